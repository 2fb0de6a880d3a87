import Foundation

/// The OpenType math font the page's formulas are set in: Latin Modern Math, written beside the
/// page (or inlined into a self-contained one) so the page stays readable offline.
///
/// A browser lays MathML out with the constants and glyph variants of a font's MATH table; in a
/// text font such as DejaVu Sans a prime stands at full height beside its letter, a script
/// fraction is set as a stacked fraction and the spacing is loose.
///
/// Read from the system at run time (Debian's fonts-lmodern, which scripts/setup.sh installs)
/// rather than built into the binary: the file is 734 KB, more than every other part of the page
/// together, and only a run that writes a page needs it. A subset (fontTools, keeping Latin,
/// Greek, the math operators and the MATH table) is 181 KB, but would be a committed binary
/// that an `--expr` with another symbol outgrows. Without the font the page is written without
/// it, and its formulas fall back to the stylesheet's next family.
public struct MathFont: Sendable {
    /// The family name the stylesheet asks for; the font is shipped only when it is named.
    public static let family = "Latin Modern Math"
    /// The file written beside `index.html` and `style.css`.
    public static let fileName = "latinmodern-math.otf"
    /// Where the font is looked for, in order: Debian's fonts-lmodern, Debian's TeX Live, and a
    /// user's font folders (Linux, then macOS).
    public static let searchPaths: [String] = {
        let home = FileManager.default.homeDirectoryForCurrentUser.path
        return [
            "/usr/share/texmf/fonts/opentype/public/lm-math/latinmodern-math.otf",
            "/usr/share/texlive/texmf-dist/fonts/opentype/public/lm-math/latinmodern-math.otf",
            "\(home)/.local/share/fonts/latinmodern-math.otf",
            "\(home)/Library/Fonts/latinmodern-math.otf",
            "/Library/Fonts/latinmodern-math.otf",
        ]
    }()
    /// A file larger than this is not the font (Latin Modern Math is 734 KB); it is not read.
    static let maxBytes = 8 << 20

    /// The font file's bytes.
    public let bytes: [UInt8]
    /// Where they were read from.
    public let path: String

    /// The first of `paths` that holds an OpenType or TrueType font file, or nil: a missing,
    /// unreadable or foreign file is passed over, since the page works without the font.
    public static func find(in paths: [String] = searchPaths) -> MathFont? {
        for path in paths where OutputFolder.status(of: path) == .file {
            guard let handle = FileHandle(forReadingAtPath: path),
                let data = try? handle.read(upToCount: maxBytes + 1), data.count <= maxBytes
            else { continue }
            try? handle.close()
            let bytes = [UInt8](data)
            // "OTTO" opens an OpenType font with CFF outlines, 0x00010000 one with TrueType outlines.
            guard bytes.starts(with: Array("OTTO".utf8)) || bytes.starts(with: [0, 1, 0, 0]) else { continue }
            return MathFont(bytes: bytes, path: path)
        }
        return nil
    }

    /// The warning for a page written without the font.
    static let missingWarning =
        "\(family) was not found (Debian: apt-get install fonts-lmodern; looked in \(searchPaths[0]) and \(searchPaths.count - 1) other places); "
        + "the page's formulas use the browser's fonts instead"

    /// An `@font-face` rule giving the family this font from `source`, a URL: the file name
    /// beside the stylesheet, or a data URI.
    static func fontFace(source: String) -> String {
        "@font-face { font-family: \"\(family)\"; src: url(\"\(source)\") format(\"opentype\"); font-display: swap; }\n"
    }

    /// The font as a data URI, for a self-contained page.
    var dataURI: String { "data:font/otf;base64,\(Data(bytes).base64EncodedString())" }

    /// Whether `stylesheet` asks for the font: a restyled page that does not gets neither the
    /// file nor the rule.
    static func isNamed(in stylesheet: String) -> Bool { stylesheet.contains(family) }
}
