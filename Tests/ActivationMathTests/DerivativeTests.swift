import Testing

@testable import ActivationMath

/// The hand-written derivatives against two independent ones: forward-mode dual numbers through
/// the value formula, and central finite differences.
@Suite("Derivatives")
struct DerivativeTests {
    @Test("dual numbers through value agree with derivative (relative 1e-10 or absolute 1e-14)", arguments: Variant.all)
    func dual(variant: Variant) {
        let a = variant.activation, p = variant.parameters
        for x in Samples.wide where variant.isAwayFromBreaks(x, margin: 1e-9) {
            let automatic = a.value(Dual(x, 1.0), p)
            let written = a.derivative(x, p)
            #expect(automatic.value == a.value(x, p), "value part at \(x)")
            let error = abs(automatic.tangent - written)
            #expect(error <= max(1e-10 * abs(written), 1e-14), "\(variant.testDescription) at \(x): dual \(automatic.tangent), written \(written)")
        }
    }

    @Test("central differences agree with derivative away from breakpoints", arguments: Variant.all)
    func finiteDifferences(variant: Variant) {
        let a = variant.activation, p = variant.parameters
        for x in Samples.grid(-7.9, 7.9, count: 87) where variant.isAwayFromBreaks(x, margin: 1e-3) {
            let h = 1e-5 * max(1, abs(x))
            let difference = (a.value(x + h, p) - a.value(x - h, p)) / (2 * h)
            let written = a.derivative(x, p)
            #expect(
                abs(difference - written) <= 1e-7 * max(1, abs(written)),
                "\(variant.testDescription) at \(x): difference \(difference), written \(written)")
        }
    }

    /// Parameters are rounded to float first, so the two evaluate the same function.
    @Test("Float and Double agree to float precision", arguments: Variant.all)
    func floatMatchesDouble(variant: Variant) {
        let a = variant.activation
        var p = variant.parameters
        for (name, value) in p.values { p[ParameterKey(name)] = Double(Float(value)) }
        for x in Samples.grid(-20, 20, count: 81) {
            for (f, d) in [(a.value(Float(x), p), a.value(x, p)), (a.derivative(Float(x), p), a.derivative(x, p))] {
                #expect(abs(Double(f) - d) <= 2 * Double(Float(d).ulp) + 1e-38, "\(variant.testDescription) at \(x): \(f) vs \(d)")
            }
        }
    }
}
