import CCairo
import Foundation
import Testing

@testable import ChartsCairo

/// The lean fontconfig configuration's text: what it holds, and that a family name from a
/// user's catalogue cannot break out of its XML.
@Suite("lean font configuration")
struct FontSetupTests {
    /// The fonts a configuration made from `text` holds, by family, or nil when fontconfig
    /// refuses the text. A configuration of its own: the process's current one is not touched.
    static func families(in text: String) -> [String]? {
        FontSetup.ready()
        guard let config = FcConfigCreate() else { return nil }
        defer { FcConfigDestroy(config) }
        let parsed = text.withCString { c in
            c.withMemoryRebound(to: FcChar8.self, capacity: text.utf8.count + 1) { FcConfigParseAndLoadFromMemory(config, $0, 0) }
        }
        guard parsed != 0, FcConfigBuildFonts(config) != 0, let fonts = FcConfigGetFonts(config, FcSetSystem) else { return nil }
        var names: [String] = []
        for i in 0..<Int(fonts.pointee.nfont) {
            var family: UnsafeMutablePointer<FcChar8>?
            if let font = fonts.pointee.fonts[i], FcPatternGetString(font, FC_FAMILY, 0, &family) == FcResultMatch, let family {
                names.append(String(cString: family))
            }
        }
        return names
    }

    @Test("a family name cannot add XML of its own to the configuration")
    func escaping() {
        let text = FontSetup.leanConfiguration(families: "Evil</string></patelt></pattern></acceptfont><dir>/etc</dir>")
        #expect(!text.contains("<dir>/etc</dir>"))
        #expect(text.contains("Evil&lt;/string&gt;"))
    }

    @Test(
        "the lean configuration parses, and holds only the named families' fonts when given them",
        .enabled(if: FileManager.default.fileExists(atPath: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")))
    func restriction() throws {
        let all = try #require(Self.families(in: FontSetup.leanConfiguration(families: nil)))
        #expect(all.contains("DejaVu Sans"))
        let named = try #require(Self.families(in: FontSetup.leanConfiguration(families: "DejaVu Sans, No Such Family, sans-serif")))
        #expect(!named.isEmpty && Set(named) == ["DejaVu Sans"], "\(Set(named))")
        #expect(Set(all).count > 1, "a stock install has more than one family")
        // A name that would break the XML if written as it is.
        let odd = try #require(Self.families(in: FontSetup.leanConfiguration(families: "DejaVu Sans, A&B <C>")))
        #expect(Set(odd) == ["DejaVu Sans"])
    }
}
