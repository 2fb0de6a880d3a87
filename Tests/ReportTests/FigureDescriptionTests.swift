import ActivationMath
import Charts
import Testing

@testable import Report

/// The alt text of an activation's figure (the page's `alt`, the SVG's `<desc>`) is measured
/// from the mathematics and worded from the catalogue: each sentence must be true of the curve
/// drawn, in every language, for the catalogue and for a user's formula.
@Suite("figure descriptions")
struct FigureDescriptionTests {
    /// Formulas whose alt texts use the sentences no catalogue entry needs: falling, constant,
    /// a pole, a jump found in the curve, a point with no value, a single highest point.
    static let formulas = ["-x", "-relu(x)", "1", "1/x", "binary_step(x - 1)", "x/abs(x)", "exp(-x^2)"]

    /// The alt text of a user's formula as the report builder makes it: from its drawn curves.
    static func alt(_ source: String, _ strings: Strings, range: ClosedRange<Double>? = nil) throws -> String {
        let a = ExpressionActivation(try MathExpression(source), name: "f")
        let figure = ActivationFigure(a, range: range)
        return strings.figureAlt(a, figure: figure, sampled: figure.curves())
    }

    /// `{names}` left in a text; a set such as `{0, 1}` (the binary step's range) is no placeholder.
    static func unfilled(_ text: String) -> [String] {
        Strings.placeholders(in: text).filter { name in name.allSatisfy { $0.isLetter || $0 == "-" } }.sorted()
    }

    static func alt(_ id: String, _ language: Language = .en) throws -> String {
        let a = try #require(Catalogue.find(id))
        return try StringCatalogue.builtIn(language).figureAlt(a, figure: ActivationFigure(a))
    }

    @Test("ReLU's alt text names its kink at 0 and the slopes either side, in every language")
    func reluKink() throws {
        let facts = FigureDescription(ReLU(), parameters: ReLU().defaultParameters, range: -5...5)
        guard case .kink(let x, let value, let left, let right)? = facts.breaks.first else {
            Issue.record("no kink: \(facts.breaks)")
            return
        }
        #expect(facts.breaks.count == 1 && x == 0 && value == 0 && left == 0 && right == 1)
        #expect(facts.saturatedBelow == 0 && facts.saturatedAbove == nil)
        #expect(facts.slope == .varying(min: 0, max: 1, peak: .plateau(from: 0, to: 5)))
        let en = try Self.alt("relu")
        #expect(en.contains("A kink at x = 0, where the value is 0: the slope changes from 0 to 1."), "\(en)")
        #expect(en.contains("For x < 0 the derivative is below 1 % of its largest value"), "\(en)")
        #expect(try Self.alt("relu", .zh).contains("在 x = 0 处有一个折点，函数值为 0：斜率从 0 变为 1。"))
        #expect(try Self.alt("relu", .zhTW).contains("在 x = 0 處有一個折點，函數值為 0：斜率從 0 變為 1。"))
    }

    @Test("the binary step's alt text names its jump with both limits and the value taken")
    func binaryStepJump() throws {
        let en = try Self.alt("binary-step")
        #expect(en.contains("A jump at x = 0 from 0 to 1; the value at the point is 1."), "\(en)")
        #expect(en.contains("The derivative is 0 wherever it exists."), "\(en)")
        #expect(en.contains("never decreases"), "\(en)")
        #expect(!en.contains("saturates"), "a derivative that is 0 everywhere has no peak to compare with")
        #expect(try Self.alt("binary-step", .zh).contains("在 x = 0 处有一个跳跃，函数值从 0 跳到 1；该点取值为 1。"))
    }

    @Test("sigmoid's alt text gives its peak slope and the project's saturation edges, |x| > 6")
    func sigmoidSaturation() throws {
        let facts = FigureDescription(Sigmoid(), parameters: Sigmoid().defaultParameters, range: -20...20)
        #expect(facts.saturatedBelow == -6 && facts.saturatedAbove == 6)
        #expect(facts.shape == .increasing(strictly: true))
        let en = try Self.alt("sigmoid")
        #expect(en.contains("with its peak 0.25 at x = 0"), "\(en)")
        #expect(en.contains("For x < −6 and for x > 6 the derivative is below 1 % of its largest value: there the function saturates."), "\(en)")
        #expect(try Self.alt("sigmoid", .zhTW).contains("當 x < −6 或 x > 6 時"))
    }

    @Test("a saturation edge is rounded towards the flat side, so every sample beyond it is saturated")
    func saturationIsTrue() throws {
        for a in Catalogue.all {
            let p = a.defaultParameters, range = a.defaultRange
            let facts = FigureDescription(a, parameters: p, range: range)
            let xs = (0...2000).map { range.lowerBound + (range.upperBound - range.lowerBound) * Double($0) / 2000 }
            let largest = xs.map { abs(a.derivative($0, p)) }.max() ?? 0
            for x in xs {
                if let edge = facts.saturatedBelow, x < edge { #expect(abs(a.derivative(x, p)) < 0.01 * largest, "\(a.id) at \(x)") }
                if let edge = facts.saturatedAbove, x > edge { #expect(abs(a.derivative(x, p)) < 0.01 * largest, "\(a.id) at \(x)") }
            }
        }
    }

    @Test("the extremes, peaks and kinks it names are where the curve has them")
    func positions() throws {
        let swish = FigureDescription(Swish(), parameters: Swish().defaultParameters, range: -5...5)
        let lowest = try #require(swish.lowest)
        #expect(abs(lowest.x - -1.2785) < 1e-3 && abs(lowest.value - -0.27846) < 1e-4 && lowest.count == 1)
        #expect(swish.highest == nil, "the highest value is at the right end, said with the end")
        let sine = try #require(Catalogue.find("sinusoid"))
        let wave = FigureDescription(sine, parameters: sine.defaultParameters, range: sine.defaultRange)
        #expect(wave.lowest?.count == 2 && wave.highest?.count == 2)
        let en = try Self.alt("sinusoid")
        #expect(en.contains("the first at x = −π/2") && en.contains("It repeats every 2π."), "\(en)")
        let hardSwish = try Self.alt("hard-swish")
        #expect(hardSwish.contains("Its lowest value in view is −0.375, at x = −1.5."), "\(hardSwish)")
    }

    /// A range that ends on a kink shows only the inward side: the slope's range is the
    /// one-sided limit there, not the nearest sample's value (hard swish once read "between
    /// ≈ −0.498 and 1.5" on [−3, 3]).
    @Test("a kink on an end of the range gives the slope its inward one-sided limit there")
    func kinkOnAnEnd() throws {
        let hardSwish = try #require(Catalogue.find("hard-swish"))
        let facts = FigureDescription(hardSwish, parameters: hardSwish.defaultParameters, range: -3...3)
        #expect(facts.slope == .varying(min: -0.5, max: 1.5, peak: .edge(3)), "\(facts.slope)")
        let softshrink = try #require(Catalogue.find("softshrink"))
        let right = FigureDescription(softshrink, parameters: softshrink.defaultParameters, range: 0.5...9)
        #expect(right.slope == .constant(1), "\(right.slope)")
    }

    @Test("every catalogue activation in every language gets sentences with every placeholder filled", arguments: Language.allCases)
    func everyActivation(language: Language) throws {
        let strings = try StringCatalogue.builtIn(language)
        let end = strings("activation.alt.end")
        for a in Catalogue.all {
            let text = strings.figureAlt(a, figure: ActivationFigure(a))
            #expect(text.count > 80, "\(a.id): \(text)")
            #expect(Self.unfilled(text).isEmpty && !text.contains("activation.alt") && text.hasSuffix(end), "\(a.id): \(text)")
            #expect(!text.contains("nan") && !text.contains("inf") && !text.contains("e-"), "\(a.id): \(text)")
            #expect(text.hasPrefix(strings.name(of: a)), "\(a.id): \(text)")
        }
    }

    @Test("parameters and a range of the user's change the text: no catalogue range is claimed for other parameters")
    func changedParameters() throws {
        let a = LeakyReLU()
        var p = a.defaultParameters
        p[LeakyReLU.alpha] = 0.2
        let strings = try StringCatalogue.builtIn(.en)
        let text = strings.figureAlt(a, figure: ActivationFigure(a, parameters: p, range: -2...2))
        #expect(text.contains("for x from −2 to 2") && text.contains("the slope changes from 0.2 to 1"), "\(text)")
        #expect(!text.contains("Over all x"), "\(text)")
    }

    @Test("a user's formula gets a description too: falling, constant, with a pole, a jump or a hole", arguments: Language.allCases)
    func formulas(language: Language) throws {
        let strings = try StringCatalogue.builtIn(language)
        for source in Self.formulas + ["x * sigmoid(1.702 * x)", "log(x)"] {
            let text = try Self.alt(source, strings)
            #expect(text.hasPrefix("f") && Self.unfilled(text).isEmpty && !text.contains("activation.alt"), "\(source): \(text)")
        }
        guard language == .en else { return }
        #expect(try Self.alt("-x", strings).contains("The function decreases from 5 at x = −5 to −5 at x = 5."))
        #expect(try Self.alt("1", strings).contains("The function is constant: 1 everywhere in view."))
        #expect(try Self.alt("1/x", strings).contains("drawn with breaks"))
        let step = try Self.alt("binary_step(x - 1)", strings)
        #expect(step.contains("A jump at x = 1: the value there is 1, and the curve reaches 0 from one side."), "\(step)")
        #expect(!step.contains("drawn with breaks"), "a jump the figure marks with dots is not a gap: \(step)")
        let hole = try Self.alt("x/abs(x)", strings)
        #expect(hole.contains("A break at x = 0, where the function has no value"), "\(hole)")
        let bump = try Self.alt("exp(-x^2)", strings)
        #expect(bump.contains("Its highest value in view is 1, at x = 0."), "\(bump)")
        #expect(bump.contains("x ≈ −0.707"), "a located peak is approximate, not 'x = −0.7071': \(bump)")
    }

    @Test("every report figure has an alt text of its own, not its title", arguments: Language.allCases)
    func reportFigures(language: Language) throws {
        let strings = try StringCatalogue.builtIn(language)
        for figure in FigureSection.all.flatMap(\.figures) {
            let alt = figure.alt(strings)
            #expect(alt != figure.title(strings) && alt.count > 60 && !alt.hasPrefix("figure."), "\(figure.id): \(alt)")
        }
    }

    @Test("numbers are short: exact where they are, ≈ with three digits where rounded, π on a π-ticked axis")
    func numbers() {
        let words = AltWords(range: -5...5, piUnits: false)
        #expect(words.number(0.25) == "0.25" && words.number(1.0 / 6) == "1/6" && words.number(-1.7580993408473768) == "≈ −1.76")
        #expect(words.number(2e-9) == "≈ 0" && words.number(0.99999999) == "≈ 1" && words.number(12345.678) == "≈ 12300")
        #expect(words.position(0) == "x = 0" && words.position(-1.27846) == "x ≈ −1.28")
        let pi = AltWords(range: -2 * .pi...2 * .pi, piUnits: true)
        #expect(pi.position(-.pi / 2) == "x = −π/2" && pi.number(2 * .pi, x: true) == "2π" && pi.number(3 * .pi / 4, x: true) == "3π/4")
    }
}
