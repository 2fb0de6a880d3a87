import Foundation
import Testing

@testable import ActivationMath

/// The catalogue against the 60-digit mpmath reference (scripts/reference/make_fixtures.py).
@Suite("Accuracy against the 60-digit reference")
struct AccuracyTests {
    /// The issue's bound, in ulps of the exact value.
    static let bound = 4.0

    /// Non-zero roots of derivatives, from mpmath (findroot at 40 digits), where an absolute error
    /// of 1e-16 is accepted within 0.05: there the true value is far below the terms that
    /// produce it. Swish's root scales with 1/β.
    static func derivativeRoots(_ function: String, _ params: [String: Double]) -> [Double] {
        switch function {
        case "swish": [-1.2784645427610738 / (params["beta"] ?? 1)]
        case "gelu": [-0.7517915246935645]
        case "gelu-tanh": [-0.7524614220710162]
        case "mish": [-1.1924312145154952]
        default: []
        }
    }

    /// The worst error seen for one quantity of one case.
    struct Worst {
        var ulps = 0.0
        var x = 0.0
        var exempt = 0
        mutating func record(_ error: Double, at x: Double) {
            if error > ulps { (ulps, self.x) = (error, x) }
        }
    }

    @Test("Double: every value and derivative within 4 ulp for x in [−1000, 1000]")
    func doubleAccuracy() throws {
        let cases = try ReferenceFixtures.doubleCases()
        #expect(cases.count == 34)
        var table: [String] = []
        for c in cases {
            let activation = try #require(Catalogue.find(c.function), "no catalogue entry for \(c.function)")
            let p = try activation.resolveParameters(c.params)
            let roots = Self.derivativeRoots(c.function, c.params)
            var worstValue = Worst(), worstSlope = Worst()
            for (i, text) in c.x.enumerated() {
                let x = try #require(Double(text))
                let label = "\(c.function)\(c.params) at x = \(text)"
                try Self.check(activation.value(x, p), c.value[i], label: "value of " + label, x: x, roots: [], worst: &worstValue)
                try Self.check(activation.derivative(x, p), c.derivative[i], label: "derivative of " + label, x: x, roots: roots, worst: &worstSlope)
            }
            let params = c.params.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.shortText)" }.joined(separator: ",")
            table.append(Self.row(c.function, params, worstValue, worstSlope, points: c.x.count))
        }
        print(Self.header + "\n" + table.joined(separator: "\n"))
    }

    /// Checks one number and folds its error into `worst`.
    static func check(_ computed: Double, _ text: String, label: String, x: Double, roots: [Double], worst: inout Worst) throws {
        let reference = try #require(ReferenceNumber(text), "unparseable reference \(text)")
        guard computed.isFinite else {
            Issue.record("\(label): computed \(computed) where the reference is \(text)")
            return
        }
        if reference.isZero {
            #expect(abs(computed) < 1e-300, "\(label): \(computed), reference below 1e-300")
            return
        }
        let error = reference.ulps(computed)
        if error > bound, roots.contains(where: { abs(x - $0) <= 0.05 }) {
            let absolute = abs((DoubleWord(computed) - reference.word).rounded)
            #expect(absolute <= 1e-16, "\(label): \(computed) vs \(text), absolute error \(absolute) near a root")
            worst.exempt += 1
            return
        }
        #expect(error <= bound, "\(label): \(computed) vs \(text) is \(error) ulp off")
        worst.record(error, at: x)
    }

    static let header = """
        | function | parameters | points | value: max ulp (at x) | derivative: max ulp (at x) |
        |---|---|---|---|---|
        """

    static func row(_ function: String, _ params: String, _ v: Worst, _ d: Worst, points: Int) -> String {
        func cell(_ w: Worst) -> String {
            let ulps = String(format: "%.3f", w.ulps)
            let exempt = w.exempt > 0 ? ", \(w.exempt) by the root rule" : ""
            return "\(ulps) (\(w.x.shortText))\(exempt)"
        }
        return "| \(function) | \(params.isEmpty ? "–" : params) | \(points) | \(cell(v)) | \(cell(d)) |"
    }

    /// Float evaluation has no requirement of its own beyond the seed values, but it shares every
    /// formula, so it is held to 2 float ulps. Below 2⁻¹⁰⁰ intermediate exponentials are
    /// subnormal in float (σ(−90) ≈ 8e-40) and lose bits before the final product, so there the
    /// bound is absolute: 64 times the smallest subnormal.
    @Test("Float: within 2 float ulps of the reference at every fixture x that is a float")
    func floatAccuracy() throws {
        var checked = 0
        for c in try ReferenceFixtures.doubleCases() {
            let activation = try #require(Catalogue.find(c.function))
            let p = try activation.resolveParameters(c.params)
            for (i, text) in c.x.enumerated() {
                let x = try #require(Double(text))
                guard let xf = Float(exactly: x) else { continue }
                for (computed, refText, what) in [
                    (activation.value(xf, p), c.value[i], "value"), (activation.derivative(xf, p), c.derivative[i], "derivative"),
                ] {
                    let reference = try #require(Double(refText))
                    checked += 1
                    if abs(reference) > Double(Float.greatestFiniteMagnitude) { continue }
                    if abs(reference) < Double(Float.leastNormalMagnitude) {
                        #expect(abs(Double(computed)) <= Double(Float.leastNormalMagnitude), "\(c.function) \(what) at \(text): \(computed)")
                        continue
                    }
                    let error = abs(Double(computed) - reference) / Double(Float(reference).ulp)
                    let absolute = abs(Double(computed) - reference)
                    if abs(reference) < 0x1p-100, absolute <= 64 * Double(Float.leastNonzeroMagnitude) { continue }
                    #expect(error <= 2, "\(c.function)\(c.params) \(what) at \(text): \(computed) vs \(refText), \(error) float ulp")
                }
            }
        }
        #expect(checked > 3000)
    }
}
