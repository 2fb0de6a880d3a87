import Foundation
import Testing

@testable import ActivationMath

/// The computed facts of the properties table: moments under N(0, 1) against mpmath, and the
/// symmetry and origin facts against sets written out here, so a change in either shows.
@Suite("Computed properties")
struct ComputedPropertiesTests {
    /// The brief's accuracy target.
    static let relativeBound = 1e-10
    /// …and for values near 0, where a relative error means nothing.
    static let absoluteBound = 1e-12

    @Test("E[f], E[f′], E[f²] under N(0, 1) match the 40-digit reference for every case")
    func momentsMatchReference() throws {
        let cases = try ReferenceFixtures.expectationCases()
        #expect(cases.count == 34)
        #expect(Set(cases.map(\.function)) == Set(Catalogue.all.map(\.id)), "every catalogue entry has a reference")
        var rows: [String] = []
        var worstOverall = 0.0
        for c in cases {
            let activation = try #require(Catalogue.find(c.function))
            let computed = ComputedProperties.compute(for: activation, parameters: try activation.resolveParameters(c.params))
            var worst = 0.0
            for (what, value, text) in [
                ("mean", computed.meanOutput, c.mean), ("gradient", computed.meanGradient, c.gradient), ("square", computed.meanSquare, c.square),
            ] {
                let reference = try #require(Double(text))
                let value = try #require(value, "\(c.function)\(c.params): \(what) did not converge")
                let absolute = abs(value - reference)
                let relative = reference == 0 ? 0 : absolute / abs(reference)
                #expect(
                    relative <= Self.relativeBound || absolute <= Self.absoluteBound,
                    "\(c.function)\(c.params) \(what): \(value) vs \(text)")
                worst = max(worst, abs(reference) < 1e-3 ? absolute : relative)
            }
            worstOverall = max(worstOverall, worst)
            rows.append(
                "| \(c.function) | \(c.params.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.shortText)" }.joined(separator: ",")) | \(computed.meanOutput.map { NumberText.short($0, significantDigits: 8) } ?? "–") | \(worst) |"
            )
        }
        print("| function | parameters | E[f(Z)] | max relative error (absolute near 0) |\n|---|---|---|---|\n" + rows.joined(separator: "\n"))
        print("worst over all cases: \(worstOverall)")
    }

    @Test("closed forms: ReLU 1/√(2π), GELU 1/(2√π), sigmoid ½, tanh 0, identity 0, SELU keeps 0 and 1")
    func closedForms() throws {
        func mean(_ id: String) throws -> ComputedProperties { ComputedProperties.compute(for: try #require(Catalogue.find(id))) }
        // 1/√(2π) and 1/(2√π) as the doubles nearest them; ½ and 1 exactly representable.
        #expect(try #require(try mean("relu").meanOutput).isClose(to: 0.3989422804014327, ulps: 2))
        #expect(try #require(try mean("gelu").meanOutput).isClose(to: 0.28209479177387814, ulps: 2))
        #expect(try #require(try mean("sigmoid").meanOutput).isClose(to: 0.5, ulps: 2))
        #expect(try #require(try mean("relu").meanGradient).isClose(to: 0.5, ulps: 2))
        #expect(try mean("tanh").meanOutput == 0)
        #expect(try mean("identity").meanOutput == 0)
        #expect(try #require(try mean("identity").meanSquare).isClose(to: 1, ulps: 2))
        let selu = try mean("selu")
        #expect(abs(try #require(selu.meanOutput)) <= 1e-15)
        #expect(abs(try #require(selu.meanSquare) - 1) <= 1e-15)
    }

    @Test("Stein's identity E[f′(Z)] + Σ jumps·φ = E[Z·f(Z)] holds for every variant", arguments: Variant.all)
    func steinIdentity(variant: Variant) throws {
        // An independent check of the hand-written derivatives and of the jump data: Stein's
        // lemma integrates by parts against φ′ = −xφ, with a Dirac mass at each jump.
        let a = variant.activation, p = variant.parameters
        let breaks = a.breakpoints(p)
        let zf = GaussianExpectation.expectation(of: { x in SIMD2(x * a.value(x, p), 0) }, splittingAt: breaks.map(\.x))
        #expect(zf.converged)
        let computed = ComputedProperties.compute(for: a, parameters: p)
        var jumps = 0.0
        for b in breaks {
            if case .undefinedJump(let size, _) = b.derivativeAtPoint { jumps += size * GaussianExpectation.density(b.x) }
        }
        let lhs = try #require(computed.meanGradient) + jumps
        #expect(abs(lhs - zf.value[0]) <= 1e-13 * max(1, abs(lhs)), "\(variant.testDescription): \(lhs) vs \(zf.value[0])")
    }

    @Test("odd: exactly the expected entries")
    func oddSet() {
        let odd = Set(Catalogue.all.filter { ComputedProperties.compute(for: $0).isOdd }.map(\.id))
        #expect(odd == ["identity", "tanh", "hard-tanh", "softsign", "tanhshrink", "softshrink", "hardshrink", "arctan", "sinusoid"])
    }

    @Test("odd: parameters can break it, and near-misses are caught")
    func oddEdges() throws {
        let shrink = try #require(Catalogue.find("softshrink"))
        #expect(ComputedProperties.compute(for: shrink, parameters: try shrink.resolveParameters(["lambda": 2])).isOdd)
        let leaky = try #require(Catalogue.find("leaky-relu"))
        #expect(ComputedProperties.compute(for: leaky, parameters: try leaky.resolveParameters(["alpha": 1])).isOdd, "slope 1 is the identity")
        #expect(!ComputedProperties.compute(for: leaky, parameters: try leaky.resolveParameters(["alpha": 0.999999])).isOdd)
        // σ(x) − ½ = tanh(x/2)/2 is odd; σ is not. tanh(x) + 1e-12·x² is odd nowhere but near 0.
        #expect(!ComputedProperties.compute(for: ExpressionActivation(try MathExpression("sigmoid(x)"))).isOdd)
        #expect(ComputedProperties.compute(for: ExpressionActivation(try MathExpression("tanh(x / 2) / 2"))).isOdd)
        #expect(!ComputedProperties.compute(for: ExpressionActivation(try MathExpression("tanh(x) + 1e-12 * x * x"))).isOdd)
    }

    @Test("f(0), f′(0) and identity near the origin, from the numbers")
    func origin() {
        let identityLike = Set(Catalogue.all.filter { ComputedProperties.compute(for: $0).isIdentityNearOrigin }.map(\.id))
        #expect(identityLike == ["identity", "tanh", "hard-tanh", "elu", "celu", "softsign", "arctan", "sinusoid"])
        for a in Catalogue.all {
            let c = ComputedProperties.compute(for: a)
            #expect(c.valueAtZero == a.value(0.0, a.defaultParameters), "\(a.id)")
            #expect(c.derivativeAtZero.value == a.derivative(0.0, a.defaultParameters), "\(a.id)")
        }
        let step = ComputedProperties.compute(for: BinaryStep())
        #expect(step.valueAtZero == 1 && step.derivativeAtZero == .undefinedJump(jump: 1, convention: 0))
        #expect(ComputedProperties.compute(for: ReLU()).derivativeAtZero == .conventional(left: 0, right: 1, convention: 0))
        // λα rounded once (the naive product of the rounded constants is an ulp lower).
        #expect(
            ComputedProperties.compute(for: SELU()).derivativeAtZero
                == .conventional(left: 1.7580993408473768, right: 1.0507009873554805, convention: 1.7580993408473768))
    }

    @Test("a user's formula: an undeclared corner converges, a divergent mean is nil")
    func expressions() throws {
        let corner = ComputedProperties.compute(for: ExpressionActivation(try MathExpression("abs(x)")))
        #expect(abs(try #require(corner.meanOutput) - 2 / (2 * Double.pi).squareRoot()) <= 1e-14)
        // The catalogue's step inside a formula: a jump the expression does not declare.
        let step = ComputedProperties.compute(for: ExpressionActivation(try MathExpression("binary_step(x - 0.3)")))
        #expect(abs(try #require(step.meanOutput) - 0.38208857781104733) <= 1e-14, "P(Z ≥ 0.3)")
        let exponential = ComputedProperties.compute(for: ExpressionActivation(try MathExpression("exp(x)")))
        #expect(abs(try #require(exponential.meanOutput) - 1.6487212707001282) <= 1e-14, "E[eᶻ] = √e")
        let divergent = ComputedProperties.compute(for: ExpressionActivation(try MathExpression("exp(x * x)")))
        #expect(divergent.meanOutput == nil && divergent.meanSquare == nil)
        let pole = ComputedProperties.compute(for: ExpressionActivation(try MathExpression("1 / x")))
        #expect(pole.meanOutput == nil, "1/x has no mean, only a principal value")
        // Refinement that never settles stops at the evaluation budget instead of running on.
        let wild = GaussianExpectation.expectation(of: { x in SIMD2(sin(1 / x), 0) }, splittingAt: [])
        #expect(!wild.converged)
        // Past the budget: the refinement under way (40) and the first pass of the panels left.
        #expect(wild.evaluations <= GaussianExpectation.evaluationBudget + 300, "\(wild.evaluations) evaluations")
    }

    @Test("the whole catalogue needs few quadrature points, so it takes well under 50 ms")
    func timing() {
        let clock = ContinuousClock()
        var evaluations = 0
        let elapsed = clock.measure {
            for a in Catalogue.all {
                _ = ComputedProperties.compute(for: a)
            }
        }
        for a in Catalogue.all {
            let p = a.defaultParameters
            evaluations += GaussianExpectation.expectation(of: { SIMD2(a.value($0, p), 0) }, splittingAt: a.breakpoints(p).map(\.x)).evaluations
        }
        print("computed properties of \(Catalogue.all.count) entries in \(elapsed); \(evaluations) quadrature points in all")
        // Time in a debug build on a shared machine says little (release: 7.5 ms for all, see
        // `ComputedProperties.compute`); the count of points is what a regression changes.
        #expect(evaluations <= 20_000, "no catalogue entry should need refinement")
        #expect(elapsed < .seconds(20))
    }
}

extension Double {
    /// Whether `self` is within `ulps` units in the last place of `other`.
    fileprivate func isClose(to other: Double, ulps: Double) -> Bool { abs(self - other) <= ulps * other.ulp }
}
