import ActivationMath
import Charts
import Foundation
import Testing

@testable import Report

/// Every word lives in one catalogue file per language: each language has exactly the English
/// keys with the same placeholders, every key is read by some code and every key read exists,
/// and the Swift sources hold no Chinese and no per-language choices.
@Suite("string catalogues")
struct StringCatalogueTests {
    @Test("the catalogues parsed when the command was built hold exactly the files' texts")
    func parsedAtBuild() throws {
        for language in Language.allCases {
            let path = "strings/" + StringCatalogue.fileName(for: language)
            let text = try #require(EmbeddedFiles.files[path])
            let parsed = try #require(EmbeddedFiles.catalogue(path))
            #expect(parsed == (try StringCatalogue.parse(text, file: path)), "\(path)")
            #expect(try StringCatalogue.builtIn(language).table == parsed)
        }
        #expect(EmbeddedFiles.catalogue("style.css") == nil)
    }

    /// Reads every text the figures and page can show in `language`, noting the keys.
    static func keysRead(_ language: Language) throws -> (read: Set<String>, catalogue: Set<String>) {
        let log = KeyLog()
        let base = try StringCatalogue.builtIn(language)
        let strings = Strings(language: language, table: base.table, readKeys: log)
        var changed = try #require(Catalogue.find("leaky-relu")).defaultParameters
        changed[LeakyReLU.alpha] = 0.2
        let earlier = Manifest.File(
            path: "x.svg", figure: "x", identity: .activation("x"), title: "x", alt: "x", format: "svg", width: 10, height: 10)
        _ = PageContext(
            strings: strings, activations: Catalogue.all, parameters: ["leaky-relu": changed], files: [:],
            sections: FigureSection.all, seeds: try SeedValues.builtIn(), earlier: [[earlier]]
        ).model()
        for figure in FigureSection.all.flatMap(\.figures) {
            _ = figure.model(strings)
            _ = figure.title(strings)
        }
        for a in Catalogue.all {
            _ = strings.figureTitle(a)
            _ = PanelTitles.of(a, strings)
            _ = CatalogueOverlays.of(a, parameters: a.defaultParameters, range: a.defaultRange, strings: strings)
        }
        // Alt texts of user formulas use sentences no catalogue entry needs (a pole, a constant).
        for source in FigureDescriptionTests.formulas { _ = try FigureDescriptionTests.alt(source, strings) }
        // The properties table reads a continuity's words by its name, whichever the catalogue has.
        for continuity in ActivationProperties.Continuity.allCases { _ = strings("properties.continuity.\(continuity.rawValue)") }
        // A caption names a line's style from the figure model, whichever it is.
        _ = (strings("style.dashed"), strings("style.solid"))
        // The report builder reads the language's fonts.
        _ = strings("figure.font-family")
        // `actplot list` names softmax, a vector function outside the scalar catalogue.
        _ = strings("activation.\(Softmax.id).name")
        return (log.read, Set(base.table.keys.filter { !$0.hasPrefix("_") }))
    }

    @Test("every catalogue has the English keys and placeholders, and nothing else", arguments: Language.allCases)
    func complete(language: Language) throws {
        let strings = try StringCatalogue.builtIn(language)
        let english = try StringCatalogue.builtIn(.en)
        let keys = Set(strings.table.keys.filter { !$0.hasPrefix("_") })
        #expect(keys == Set(english.table.keys.filter { !$0.hasPrefix("_") }))
        for key in keys {
            #expect(Strings.placeholders(in: strings.table[key] ?? "") == Strings.placeholders(in: english.table[key] ?? ""), "\(key)")
            #expect(!(strings.table[key] ?? "").isEmpty, "\(key) is empty")
        }
    }

    @Test("every key is read by the code, and every key the code reads exists", arguments: Language.allCases)
    func used(language: Language) throws {
        let (read, catalogue) = try Self.keysRead(language)
        #expect(catalogue.subtracting(read).sorted() == [], "keys nothing reads")
        #expect(read.subtracting(catalogue).sorted() == [], "keys read that the catalogue lacks")
    }

    /// A string left in English in one Chinese catalogue while the other translates it is an
    /// oversight ("Sources:" once read so on the Traditional page); names and citations that
    /// stay English stay English in both.
    @Test("what Simplified Chinese translates, Traditional Chinese translates too, and the reverse")
    func chineseTranslatedAlike() throws {
        let english = try StringCatalogue.builtIn(.en).table
        let simplified = try StringCatalogue.builtIn(.zh).table
        let traditional = try StringCatalogue.builtIn(.zhTW).table
        // The English words of a text, in order: equal to the English text's when nothing in it
        // was translated (titles of the Chinese source documents may still differ in script).
        func latinWords(_ text: String?) -> [Substring] {
            (text ?? "").split { !($0.isASCII && $0.isLetter) }
        }
        for (key, text) in english where !key.hasPrefix("_") {
            let inSimplified = latinWords(simplified[key]) == latinWords(text)
            let inTraditional = latinWords(traditional[key]) == latinWords(text)
            #expect(inSimplified == inTraditional, "\(key) is English in \(inSimplified ? "zh-Hans" : "zh-Hant") only: \(text)")
        }
    }

    @Test("no Chinese character and no per-language choice in the Swift sources")
    func noWordsInSwift() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources").standardized
        let files =
            FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        #expect(files.count > 50)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let han = text.unicodeScalars.filter {
                (0x3400...0x9FFF).contains($0.value) || (0x3000...0x303F).contains($0.value) || (0xFF00...0xFFEF).contains($0.value)
            }
            #expect(han.isEmpty, "\(file.lastPathComponent) holds \(String(String.UnicodeScalarView(han.prefix(10))))")
            for choice in ["== .en ?", "language == .en", "language == .zh", "en ? \""] {
                #expect(!text.contains(choice), "\(file.lastPathComponent) chooses words by language: \(choice)")
            }
        }
    }

    @Test("placeholders are filled, and a full-width bracket takes no space after it")
    func filling() {
        #expect(Strings.fill("{name} 函数图像", ["name": "Sigmoid"]) == "Sigmoid 函数图像")
        #expect(Strings.fill("{name} 函数图像", ["name": "GELU（tanh 近似）"]) == "GELU（tanh 近似）函数图像")
        #expect(Strings.fill("{name} function", ["name": "Swish (SiLU)"]) == "Swish (SiLU) function")
        #expect(Strings.fill("{a} of {b}, {c}", ["a": "1", "b": "2"]) == "1 of 2, {c}")
        #expect(Strings.fill("{name} 函数图像与导数图像", ["name": "阶跃函数"]) == "阶跃函数图像与导数图像")
        #expect(Strings.fill("左：{name} 函数图像；右：导数图像。", ["name": "恒等函数"]) == "左：恒等函数图像；右：导数图像。")
        #expect(Strings.fill("{name} 函數圖形", ["name": "步階函數"]) == "步階函數圖形")
        #expect(Strings.fill("{name} 导数图像", ["name": "阶跃函数"]) == "阶跃函数导数图像")
        #expect(Strings.fill("{name} 导数图像", ["name": "Sigmoid"]) == "Sigmoid 导数图像")
        #expect(Strings.fill("{name} function", ["name": "Identity function"]) == "Identity function function", "only Han words are merged")
    }
}
