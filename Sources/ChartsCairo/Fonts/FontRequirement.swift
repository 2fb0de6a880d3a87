import ActivationMath
import Charts

/// Text a run will draw that some installed font must cover, and the package that provides one.
///
/// With no font for its characters Pango draws nothing or empty boxes and reports no error, so a
/// run checks its requirements before it draws or writes anything.
public struct FontRequirement: Sendable, Hashable {
    /// The kind of text, in the error message ("Latin", "Chinese").
    public var script: String
    /// The characters that must be covered; characters Pango draws no glyph for (spaces, controls) are ignored.
    public var sample: String
    /// The family named as tried in the error message: the theme's face for this script.
    public var family: String
    /// What to install when no font covers the sample, e.g. `fonts-noto-cjk`.
    public var remedy: String

    /// A requirement for `sample`.
    public init(script: String, sample: String, family: String, remedy: String) {
        self.script = script
        self.sample = sample
        self.family = family
        self.remedy = remedy
    }

    /// What figures need from `theme`'s fonts to draw `texts` (the run's titles and the words of
    /// its language's catalogue): Chinese first where the texts hold any (its package brings
    /// Latin too), then Latin for numbers and names, then whatever else they hold (a user's
    /// `--name`). The language is not asked: its words say which script it needs.
    public static func needed(theme: Theme, texts: [String]) -> [FontRequirement] {
        let families = theme.fontFamily.split(separator: ",").map { $0.trimmingCharacters(in: " ") }
        // The catalogue's words are some 100 000 scalars, nearly all repeats: each is looked up
        // among those seen before its Unicode properties are asked (9.0 to 2.1 million
        // instructions per run under callgrind), ASCII in a bit set.
        var seenASCII: (UInt64, UInt64) = (0, 0)
        var seen = Set<Unicode.Scalar>()
        var scalars: [Unicode.Scalar] = []
        for text in texts {
            for scalar in text.unicodeScalars {
                let v = scalar.value
                if v < 64 {
                    guard seenASCII.0 & (1 << v) == 0 else { continue }
                    seenASCII.0 |= 1 << v
                } else if v < 128 {
                    guard seenASCII.1 & (1 << (v - 64)) == 0 else { continue }
                    seenASCII.1 |= 1 << (v - 64)
                } else if !seen.insert(scalar).inserted {
                    continue
                }
                if isDrawn(scalar) { scalars.append(scalar) }
            }
        }
        var result: [FontRequirement] = []
        var claimed = Set(latinSample.unicodeScalars)
        let han = scalars.filter(isCJK)
        if !han.isEmpty {
            let sample = String(String.UnicodeScalarView(han))
            claimed.formUnion(sample.unicodeScalars)
            result.append(
                FontRequirement(
                    script: "Chinese", sample: sample, family: families.first { $0.contains("CJK") } ?? theme.fontFamily,
                    remedy: "fonts-noto-cjk"))
        }
        result.append(
            FontRequirement(
                script: "Latin", sample: latinSample, family: theme.fontFamily, remedy: "fonts-noto-core or fonts-dejavu-core"))
        let rest = scalars.filter { !claimed.contains($0) }
        if !rest.isEmpty {
            result.append(
                FontRequirement(
                    script: "title", sample: String(String.UnicodeScalarView(rest)), family: theme.fontFamily,
                    remedy: "a font that covers it"))
        }
        return result
    }

    /// Whether Pango draws a glyph for `scalar`: not for spaces, control characters or the
    /// invisible formatting ones (joiners, direction marks), which need no font.
    static func isDrawn(_ scalar: Unicode.Scalar) -> Bool {
        let p = scalar.properties
        return !p.isWhitespace && !p.isDefaultIgnorableCodePoint && p.generalCategory != .control
    }

    /// Letters, digits and the signs of tick labels and formulas.
    static let latinSample = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789()[]:.,+-=<>|/"

    /// CJK ideographs, punctuation and full-width forms: the text only a CJK face covers.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x2FDF, 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF: true
        default: false
        }
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
    }
}
