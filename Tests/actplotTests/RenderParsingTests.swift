import ActivationMath
import ArgumentParser
import Charts
import Foundation
import Report
import Testing

@testable import actplot

/// Options parsed in the test process, as swift-argument-parser's own `AssertParse` helpers do:
/// what each option turns into, without starting a process per case.
@Suite("render options parsed in process")
struct RenderParsingTests {
    /// The report options a command line gives, or the usage error it is refused with.
    static func options(_ arguments: [String]) throws -> ReportOptions {
        try RenderSettings(command: try Render.parse(arguments)).reportOptions()
    }

    @Test(
        "language spellings, themes and format lists become their values",
        arguments: [
            (["relu", "--lang", "zh-Hant", "--theme", "dark", "--format", "svg,png,svg"], Language.zhTW, Theme.Name.dark, [FigureFormat.svg, .png]),
            (["relu", "--lang", "ZH_cn", "--format", "pdf"], .zh, .light, [.pdf]),
            (["relu"], .en, .light, [.png, .svg]),
        ])
    func values(arguments: [String], language: Language, theme: Theme.Name, formats: [FigureFormat]) throws {
        let o = try Self.options(arguments)
        #expect(o.language == language && o.theme == theme && o.formats == formats)
    }

    @Test("softmax is drawn as its report section, aliases too; other names are catalogue entries")
    func softmaxSection() throws {
        let o = try Self.options(["softargmax", "gelu"])
        #expect(o.sectionIDs == ["softmax"] && o.activations.map(\.id) == ["gelu"])
    }

    @Test(
        "a value outside its choices is refused while parsing",
        arguments: [
            ["relu", "--lang", "fr"], ["relu", "--theme", "neon"], ["relu", "--format", "gif"], ["relu", "--format", "png,,svg"],
        ])
    func refused(arguments: [String]) {
        #expect(throws: (any Error).self) { try Render.parse(arguments) }
    }

    @Test(
        "numbers out of range and clashing options are usage errors naming the value",
        arguments: [
            (["relu", "--scale", "9"], "--scale 9.0 is out of range"),
            (["relu", "--range=1:1.0000000000000002"], "is too narrow to draw"),
            (["relu", "--self-contained", "--no-report"], "drop one of them"),
            (["--name", "x"], "--name names an --expr function"),
        ])
    func usage(arguments: [String], fragment: String) throws {
        #expect {
            _ = try Self.options(arguments)
        } throws: { error in
            guard let failure = error as? CommandError else { return false }
            return failure.code == 64 && failure.message.contains(fragment)
        }
    }
}
