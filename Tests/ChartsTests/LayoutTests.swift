import ActivationMath
import Testing

@testable import Charts

@Suite("Layout: nothing clipped, nothing overlapping")
struct LayoutTests {
    static let sizes = [Size(width: 600, height: 300), Size(width: 800, height: 320), Size(width: 1200, height: 480), Size(width: 2400, height: 960)]
    static let activations: [any Activation] = [Sigmoid(), TestRamp(), TestShrink(), TestStep()]

    /// Every text box inside the figure and clear of every other.
    static func check(_ texts: [RecordingCanvas.PlacedText], in size: Size, _ context: String) {
        for t in texts {
            let r = t.rect
            #expect(
                r.x >= -0.5 && r.y >= -0.5 && r.maxX <= size.width + 0.5 && r.maxY <= size.height + 0.5,
                "\(context): '\(t.markup)' at \(r) is clipped by the \(size.width)×\(size.height) figure")
        }
        // Logical text boxes include line spacing; two labels collide when their boxes overlap by more than that.
        for i in texts.indices {
            for j in texts.indices where j > i {
                let a = texts[i].rect.inset(top: 2, left: 1, bottom: 2, right: 1)
                let b = texts[j].rect.inset(top: 2, left: 1, bottom: 2, right: 1)
                #expect(!a.intersects(b), "\(context): '\(texts[i].markup)' overlaps '\(texts[j].markup)'")
            }
        }
    }

    @Test(
        "function | derivative figures at every supported size, in both languages",
        arguments: sizes.indices, Language.allCases)
    func activationFigures(_ sizeIndex: Int, _ language: Language) throws {
        let size = Self.sizes[sizeIndex]
        for activation in Self.activations {
            let figure = ActivationFigure.tested(activation, samples: 200, language: language, size: size).figure()
            let texts = try RecordingCanvas.texts(of: figure)
            #expect(texts.count >= 10)
            Self.check(texts, in: size, "\(activation.id) \(language) \(size.width)×\(size.height)")
        }
    }

    @Test("larger text for slides still fits: --text-scale 1.5 and 2 at the default size", arguments: [1.5, 2.0], Language.allCases)
    func textScale(_ scale: Double, _ language: Language) throws {
        let size = Size(width: 1200, height: 480)
        for activation in Self.activations {
            let figure = ActivationFigure.tested(activation, samples: 200, language: language, size: size, typeScale: scale).figure()
            let texts = try RecordingCanvas.texts(of: figure)
            Self.check(texts, in: size, "\(activation.id) \(language) text ×\(scale)")
            // The text really is larger: the panel titles measure taller than at scale 1.
            let plain = try RecordingCanvas.texts(of: ActivationFigure.tested(activation, samples: 200, language: language, size: size).figure())
            #expect((texts.map(\.rect.height).max() ?? 0) > 1.3 * (plain.map(\.rect.height).max() ?? 0))
        }
    }

    @Test("the showcase figures: bars, heat map, legends, log axis, small multiples", arguments: Showcase.all.map(\.0))
    func showcase(_ name: String) throws {
        let figure = try #require(Showcase.all.first { $0.0 == name }?.1)
        Self.check(try RecordingCanvas.texts(of: figure), in: figure.size, name)
    }

    @Test("--scale 2 keeps the layout: text lands in the same place at both densities")
    func scaleKeepsLayout() throws {
        let figure = ActivationFigure.tested(Sigmoid(), samples: 100, language: .zh).figure()
        let one = try RecordingCanvas.texts(of: figure, scale: 1).map(\.rect)
        let two = try RecordingCanvas.texts(of: figure, scale: 2).map(\.rect)
        #expect(one == two)
    }

    @Test("both panels of a function | derivative figure have plots of the same size")
    func equalPanels() throws {
        let canvas = try RecordingCanvas()
        for activation in Self.activations {
            let figure = ActivationFigure.tested(activation, samples: 100).figure()
            let cells = FigureRenderer.cells(figure, top: 16, space: Spacing(.light))
            let layouts = PanelLayout.make(panels: figure.panels, cells: cells, shared: true, theme: .light, canvas: canvas)
            #expect(layouts[0].plot.width == layouts[1].plot.width && layouts[0].plot.height == layouts[1].plot.height)
            #expect(layouts[0].plot.y == layouts[1].plot.y)
        }
    }
}
