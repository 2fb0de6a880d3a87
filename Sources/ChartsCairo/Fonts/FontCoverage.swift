import CCairo

/// Asks fontconfig, as Pango will, whether the fonts a run needs are installed.
public enum FontCoverage {
    /// Throws for the first of `requirements` with a character in its sample not covered by
    /// the fonts fontconfig offers for `family` (a comma-separated list, as in `Theme`),
    /// fallbacks included, so it fails exactly when Pango would draw nothing or a box.
    public static func check(_ requirements: [FontRequirement], family: String) throws(FontError) {
        guard !requirements.isEmpty else { return }
        guard let covered = coverage(of: family) else {
            throw FontError(uncovered: requirements[0], missing: requirements[0].sample.unicodeScalars.first ?? "A")
        }
        defer { FcCharSetDestroy(covered) }
        for requirement in requirements {
            for scalar in requirement.sample.unicodeScalars where FontRequirement.isDrawn(scalar) {
                if FcCharSetHasChar(covered, scalar.value) == 0 {
                    throw FontError(uncovered: requirement, missing: scalar)
                }
            }
        }
    }

    /// The union of the characters of every font Pango could use for `family`, or nil when
    /// fontconfig offers none. Pango also sorts the whole font list and falls back along it.
    private static func coverage(of family: String) -> OpaquePointer? {
        guard let pattern = FcPatternCreate() else { return nil }
        defer { FcPatternDestroy(pattern) }
        for name in family.split(separator: ",") {
            let trimmed = name.drop { $0 == " " }
            _ = String(trimmed).withCString { c in
                c.withMemoryRebound(to: FcChar8.self, capacity: trimmed.utf8.count + 1) {
                    FcPatternAddString(pattern, FC_FAMILY, $0)
                }
            }
        }
        guard FcConfigSubstitute(nil, pattern, FcMatchPattern) != 0 else { return nil }
        FcDefaultSubstitute(pattern)
        var result = FcResultMatch
        var charset: OpaquePointer?
        // Trimming drops fonts that add no characters: only the union is wanted.
        guard let fonts = FcFontSort(nil, pattern, 1, &charset, &result) else {
            if let charset { FcCharSetDestroy(charset) }
            return nil
        }
        FcFontSetDestroy(fonts)
        return charset
    }
}
