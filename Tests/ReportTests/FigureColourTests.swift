import ActivationMath
import Charts
import ChartsCairo
import Foundation
import Testing

@testable import Report

/// Colour keeps its meaning across the report, and the curves of one panel stay apart for
/// readers with deuteranopia or protanopia and on a grayscale print (rules in
/// `seriesPenProblems`), read from the pens each figure was actually painted with.
@Suite("Figure colours")
struct FigureColourTests {
    /// The distinct pens of the curves drawn in each panel of `drawing`: palette colours only
    /// (reference lines and the grid are not series).
    static func pens(_ drawing: FigureDrawing, theme: Theme) -> [String: [(color: Color, dash: [Double], width: Double)]] {
        var groups: [String] = []
        var out: [String: [(color: Color, dash: [Double], width: Double)]] = [:]
        for command in drawing.commands {
            switch command {
            case .beginGroup(let id): groups.append(id)
            case .endGroup: _ = groups.popLast()
            case .stroke(_, let style):
                guard let group = groups.last, group.hasSuffix("-series"), theme.palette.contains(style.color) else { continue }
                var list = out[group, default: []]
                if !list.contains(where: { $0.color == style.color && $0.dash == style.dash && $0.width == style.width }) {
                    list.append((style.color, style.dash, style.width))
                }
                out[group] = list
            default: continue
            }
        }
        return out
    }

    @Test("the curves of every panel differ in colour for every reader and in grayscale", arguments: Theme.Name.allCases)
    func seriesApart(_ name: Theme.Name) throws {
        let strings = try StringCatalogue.builtIn(.en)
        let encoder = FigureLayoutTests.encoder(strings, name)
        var compared = 0
        for (id, figure) in FigureLayoutTests.figures(strings) {
            for (panel, pens) in Self.pens(encoder.drawing(figure, for: .svg), theme: encoder.theme) where pens.count > 1 {
                compared += 1
                for problem in seriesPenProblems(pens, background: encoder.theme.background) {
                    Issue.record("\(id) \(panel) [\(name)]: \(problem)")
                }
            }
        }
        // The 29 gallery tiles (f and f′) and the comparison figures' panels.
        #expect(compared >= 38, "only \(compared) panels with more than one curve were compared")
    }

    @Test("the derivative's colour is drawn only for derivatives", arguments: Theme.Name.allCases)
    func derivativeColour(_ name: Theme.Name) throws {
        let strings = try StringCatalogue.builtIn(.en)
        let encoder = FigureLayoutTests.encoder(strings, name)
        let derivative = encoder.theme.color(Theme.derivativeSlot)
        // Pair figures draw f′ in the right panel only; comparison figures never use the colour.
        let pairs = Set(Catalogue.all.map(\.id) + [SaturationFigures.sigmoid.id, SaturationFigures.tanh.id])
        for (id, figure) in FigureLayoutTests.figures(strings) where id != Gallery.figure.id {
            for (panel, pens) in Self.pens(encoder.drawing(figure, for: .svg), theme: encoder.theme) {
                let uses = pens.contains { $0.color == derivative && $0.dash == encoder.theme.dashes[Theme.derivativeSlot] }
                if pairs.contains(id) {
                    #expect(uses == (panel == "panel2-series"), "\(id) \(panel) [\(name)]")
                } else {
                    #expect(!uses, "\(id) \(panel) [\(name)] draws a curve in the derivative's colour")
                }
            }
        }
    }
}
