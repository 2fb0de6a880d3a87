import ActivationMath
import Charts
import ChartsCairo
import Foundation
import Testing

@testable import Report

/// Every figure `--all` writes, in every language and theme, checked from the geometry it was
/// painted with (`LayoutAudit`): a label on a curve or a legend over data shows on a slide
/// however good the placement rules look.
@Suite("Figure layout: nothing overlaps, every breakpoint has a tick")
struct FigureLayoutTests {
    /// The models `--all` draws for `strings`: each activation's pair, then the report's own.
    static func figures(_ strings: Strings) -> [(id: String, figure: Figure)] {
        Catalogue.all.map { a in
            var figure = ActivationFigure(a, titles: .of(a, strings))
            figure.overlays = CatalogueOverlays.of(a, parameters: figure.parameters, range: figure.range, strings: strings)
            return (a.id, figure.figure())
        }
            + FigureSection.all.flatMap(\.figures).map { ($0.id, $0.model(strings)) }
    }

    /// The encoder `--all` uses for `language` and `theme`, with the language's fonts.
    static func encoder(_ strings: Strings, _ theme: Theme.Name) -> FigureEncoder {
        var t = Theme.named(theme)
        t.fontFamily = strings("figure.font-family")
        return FigureEncoder(theme: t)
    }

    @Test("no text, legend or note overlaps text, curves, markers or axis lines", arguments: Language.allCases, Theme.Name.allCases)
    func noOverlaps(_ language: Language, _ theme: Theme.Name) throws {
        let strings = try StringCatalogue.builtIn(language)
        let encoder = Self.encoder(strings, theme)
        for (id, figure) in Self.figures(strings) {
            let audit = LayoutAudit(encoder.drawing(figure, for: .svg))
            #expect(audit.texts.count >= 4, "\(id) [\(language), \(theme)] draws almost no text")
            for problem in audit.problems {
                Issue.record("\(id) [\(language), \(theme)]: \(problem)")
            }
        }
    }

    @Test("every breakpoint in view has a labelled tick on both panels", arguments: Language.allCases)
    func breakpointTicks(_ language: Language) throws {
        let strings = try StringCatalogue.builtIn(language)
        let encoder = Self.encoder(strings, .light)
        for a in Catalogue.all {
            let figure = ActivationFigure(a, titles: .of(a, strings))
            let audit = LayoutAudit(encoder.drawing(figure.figure(), for: .svg))
            for b in a.breakpoints(a.defaultParameters) where figure.range.contains(b.x) {
                let label = TickFormatter.labels(for: Ticks(values: [b.x], step: 0))[0]
                for panel in ["panel1-xticks", "panel2-xticks"] {
                    #expect(
                        audit.texts.contains { $0.group == panel && $0.markup == label },
                        "\(a.id) [\(language)]: no tick labelled \(label) in \(panel)")
                }
            }
        }
    }

    @Test("every gallery tile ticks its activation's breakpoints", arguments: Language.allCases)
    func galleryBreakpointTicks(_ language: Language) throws {
        let strings = try StringCatalogue.builtIn(language)
        let audit = LayoutAudit(Self.encoder(strings, .light).drawing(Gallery.figure.model(strings), for: .svg))
        for (index, a) in Catalogue.all.enumerated() {
            let range = Gallery.teachingRanges[a.id] ?? a.defaultRange
            let ticks = audit.texts.filter { $0.group == "panel\(index + 1)-xticks" }.map(\.markup)
            for b in a.breakpoints(a.defaultParameters) where range.contains(b.x) {
                let label = TickFormatter.labels(for: Ticks(values: [b.x], step: 0))[0]
                #expect(ticks.contains(label), "gallery tile \(a.id) [\(language)]: no tick \(label) in \(ticks)")
            }
        }
    }

    @Test("an x range that spans zero shows ticks on both sides; a derivative axis shows 0")
    func bothSidesOfZero() throws {
        let strings = try StringCatalogue.builtIn(.en)
        let encoder = Self.encoder(strings, .light)
        for a in Catalogue.all where a.defaultRange.lowerBound < 0 && a.defaultRange.upperBound > 0 {
            let audit = LayoutAudit(encoder.drawing(ActivationFigure(a, titles: .of(a, strings)).figure(), for: .svg))
            let ticks = audit.texts.filter { $0.group == "panel1-xticks" }.map(\.markup)
            #expect(ticks.contains { $0.hasPrefix("\u{2212}") }, "\(a.id): no negative x tick in \(ticks)")
            #expect(ticks.contains { Self.number($0) == 0 }, "\(a.id): no 0 tick in \(ticks)")
            let derivative = audit.texts.filter { $0.group == "panel2-yticks" }.map(\.markup)
            #expect(derivative.contains { Self.number($0) == 0 }, "\(a.id): derivative axis lacks 0: \(derivative)")
        }
    }

    /// A tick label's value ("−0.5" → −0.5), nil for text that is no plain number.
    static func number(_ label: String) -> Double? {
        Double(label.replacingOccurrences(of: "\u{2212}", with: "-"))
    }

    @Test("sin x is ticked in multiples of π")
    func piTicks() throws {
        let strings = try StringCatalogue.builtIn(.en)
        let audit = LayoutAudit(
            Self.encoder(strings, .light).drawing(ActivationFigure(Sinusoid(), titles: .of(Sinusoid(), strings)).figure(), for: .svg))
        let ticks = audit.texts.filter { $0.group == "panel1-xticks" }.map(\.markup)
        #expect(ticks.contains("π") && ticks.contains("\u{2212}π") && ticks.contains("2π"), "\(ticks)")
    }
}

/// Every word a figure can draw is valid Pango markup in every language: a bare "<" in a
/// catalogue stops a run with an internal error, and only drawing finds it.
@Suite("Figure words are valid markup")
struct FigureMarkupTests {
    @Test("each figure text of each catalogue draws", arguments: Language.allCases)
    func figureTextsDraw(_ language: Language) throws {
        let strings = try StringCatalogue.builtIn(language)
        let encoder = FigureLayoutTests.encoder(strings, .light)
        // Captions, alt texts and page titles are HTML (an alt is also an SVG's <desc>), escaped
        // where written; everything else under figure. is drawn.
        let drawn = strings.table.filter { key, _ in
            (key.hasPrefix("figure.") && !key.hasSuffix(".caption") && !key.hasSuffix(".alt") && !key.hasSuffix(".title")
                && key != "figure.font-family")
                || key.hasPrefix("activation.panel.") || key.hasSuffix(".name")
        }
        #expect(drawn.count > 40)
        for (key, text) in drawn.sorted(by: { $0.key < $1.key }) {
            // Placeholders hold plain values when drawn.
            let filled = Strings.placeholders(in: text).reduce(text) { $0.replacingOccurrences(of: "{\($1)}", with: "1") }
            var figure = Figure(size: Size(width: 400, height: 200), columns: 1, panels: [Panel(title: filled)])
            figure.title = filled
            #expect(throws: Never.self, "\(language) \(key): \(text)") { _ = try encoder.encode(figure, as: .svg) }
        }
    }
}
