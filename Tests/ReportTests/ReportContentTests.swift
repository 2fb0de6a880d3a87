import ActivationMath
import Charts
import Foundation
import Testing

@testable import Report

@Suite("Report content")
struct ReportContentTests {
    /// Labelled curves each report figure must show, per panel: a missing catalogue id would
    /// silently drop a curve, so the count is pinned here.
    static let expectedCurves: [String: [Int]] = [
        "why-nonlinearity": [3, 3],
        "vanishing-gradient": [4],
        "sigmoid-saturation": [1, 1],
        "tanh-saturation": [1, 1],
        "sigmoid-vs-tanh-derivatives": [2],
        "relu-family": [4, 3, 4, 3],
        "smooth-relus": [4, 4],
    ]

    static var figures: [ReportFigure] { FigureSection.all.flatMap(\.figures) }

    @Test("every report figure has its curves in both languages")
    func curves() throws {
        for figure in Self.figures {
            for language in Language.allCases {
                let model = figure.model(try StringCatalogue.builtIn(language))
                let counts = model.panels.map { panel in
                    panel.series.filter { if case .line = $0 { true } else { false } }.count
                }
                if let expected = Self.expectedCurves[figure.id] {
                    #expect(counts == expected, "\(figure.id) [\(language)]: \(counts) curves, expected \(expected)")
                } else {
                    #expect(!model.panels.isEmpty, "\(figure.id) has no panels")
                }
            }
        }
    }

    @Test("figure, section and activation ids are unique (they share the page's anchors) and file-name safe")
    func ids() {
        let ids =
            Self.figures.map(\.id) + Catalogue.all.map(\.id) + FigureSection.all.map(\.id)
            + ["conventions", "catalogue", "earlier", "properties", "values", "choosing"]
        #expect(Set(ids).count == ids.count)
        for id in ids { #expect(id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(id)") }
    }

    @Test("every number the documents printed is reproduced in float32")
    func seedValues() throws {
        let seeds = try SeedValues.builtIn()
        #expect(seeds.cases.count == 7)
        for c in seeds.cases {
            let rows = try #require(SeedValues.compare(c), "no activation for \(c.function)")
            for row in rows {
                #expect(row.agrees, "\(c.function)(\(row.x)): printed \(row.printed), computed \(row.ours)")
            }
        }
    }

    @Test("the agreement rule rejects a value off by more than the printed precision")
    func agreementRule() {
        #expect(SeedValues.agrees(0.9950548, printed: "0.9950547"))
        #expect(!SeedValues.agrees(0.99506, printed: "0.9950547"))
        #expect(SeedValues.agrees(0, printed: "0."))
        #expect(!SeedValues.agrees(-0.6, printed: "-0.5"))
    }

    @Test("the properties table has a row per activation with every column filled")
    func propertiesTable() throws {
        for language in Language.allCases {
            let strings = try StringCatalogue.builtIn(language)
            let rows = PropertiesTable.rows(strings)
            #expect(rows.count == Catalogue.all.count)
            let width = PropertiesTable.headers(strings).count
            for row in rows {
                let cells = row.cells
                #expect(cells.count + 3 == width)
                #expect(cells.allSatisfy { !$0.isEmpty })
            }
        }
    }

    @Test("the properties table says it holds for the default parameters", arguments: [Language.en, .zh])
    func propertiesAreForDefaults(language: Language) throws {
        let page = PageContext(
            strings: try StringCatalogue.builtIn(language), activations: [Sigmoid()], files: [:], sections: [], seeds: try SeedValues.builtIn()
        ).model()
        let intro = page.properties?.intro ?? ""
        #expect(intro.contains(language == .en ? "default parameters" : "默认参数"))
    }
}
