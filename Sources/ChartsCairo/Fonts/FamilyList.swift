import CCairo

/// A theme's comma-separated font family list (`Theme.fontFamily`), read the one way the font
/// check, the lean font configuration and fontconfig patterns all need.
enum FamilyList {
    /// The family names of `list`, in order, without the spaces that follow each comma.
    static func names(_ list: String) -> [String] {
        list.split(separator: ",").map { String($0.drop { $0 == " " }) }
    }

    /// Adds `name` to `pattern` as one more family, after those it already names.
    static func add(_ name: String, to pattern: OpaquePointer) {
        _ = name.withCString { c in
            c.withMemoryRebound(to: FcChar8.self, capacity: name.utf8.count + 1) { FcPatternAddString(pattern, FC_FAMILY, $0) }
        }
    }
}
