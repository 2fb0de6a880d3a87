/// Every activation actplot knows, in the order the report presents them.
public enum Catalogue {
    /// All entries; ids are unique and no alias names two entries (checked by the tests).
    /// The order follows a course: the classics, the ReLU family, the smooth modern ones, the rest.
    public static let all: [any Activation] = [
        Identity(), BinaryStep(), Sigmoid(), Tanh(), HardSigmoid(), HardTanh(),
        ReLU(), ReLU6(), LeakyReLU(), PReLU(), RReLU(), ELU(), CELU(), SELU(),
        GELU(), GELUTanh(), Swish(), HardSwish(), Mish(), Softplus(), Softsign(), LogSigmoid(),
        Tanhshrink(), Softshrink(), Hardshrink(), LeakyReLU6(), Arctan(), Squareplus(), Sinusoid(),
    ]

    /// The entry whose id or alias matches `name`, ignoring case and treating `_` as `-`.
    public static func find(_ name: String) -> (any Activation)? {
        index[normalized(name)].map { all[$0] }
    }

    /// Each id and alias, normalized, to the first entry it names. Built once: a run looks up
    /// each name several times, and normalizing every name of the catalogue for each lookup was
    /// half a percent of the 16-figure run's CPU time (perf).
    private static let index: [String: Int] = {
        var index: [String: Int] = [:]
        for (i, entry) in all.enumerated() {
            for key in ([entry.id] + entry.aliases).map(normalized) where index[key] == nil { index[key] = i }
        }
        return index
    }()

    /// Ids close to a mistyped name, nearest first, for "did you mean" messages.
    public static func suggestions(for name: String, limit: Int = 3) -> [String] {
        nearest(to: normalized(name), among: all.map { ($0.id, [$0.id] + $0.aliases.map(normalized)) }, limit: limit)
    }

    /// The ids of `candidates` with a name close to `key`, nearest first; shared with the
    /// expression parser, whose candidates are its own functions besides the catalogue's.
    static func nearest(to key: String, among candidates: [(id: String, names: [String])], limit: Int) -> [String] {
        let scored = candidates.map { ($0.id, $0.names.map { editDistance($0, key) }.min() ?? Int.max) }
        let close = scored.filter { $0.1 <= max(2, key.count / 3) || $0.0.hasPrefix(key) }
        return close.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(limit).map(\.0)
    }

    /// Lower case with underscores and spaces as hyphens: `Leaky_ReLU` finds `leaky-relu`.
    /// ASCII names, every name of the catalogue among them, are mapped byte by byte: Unicode
    /// lower-casing and grapheme breaking cost some 12 000 instructions a name (callgrind),
    /// most of the catalogue's index.
    public static func normalized(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(
                decoding: name.utf8.map { byte -> UInt8 in
                    switch byte {
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 0x20
                    case UInt8(ascii: "_"), UInt8(ascii: " "): UInt8(ascii: "-")
                    default: byte
                    }
                }, as: UTF8.self)
        }
        return String(name.lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 })
    }

    /// Whether `typed` is one of `names` under `normalized`: the one rule for every name a
    /// user types, whether an activation, softmax or a parameter.
    public static func matches(_ typed: String, _ names: [String]) -> Bool {
        let key = normalized(typed)
        return names.contains { normalized($0) == key }
    }

    /// Levenshtein distance; the catalogue is small, so the quadratic method is plenty.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return previous[b.count]
    }
}
