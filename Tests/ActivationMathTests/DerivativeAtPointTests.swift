import Testing

@testable import ActivationMath

@Suite("Derivative at breakpoints")
struct DerivativeAtPointTests {
    /// Every breakpoint of the catalogue at its defaults, with whether f′ exists there.
    static let expected: [String: [DerivativeAtPoint]] = [
        "binary-step": [.undefinedJump(jump: 1, convention: 0)],
        "hard-sigmoid": [.conventional(left: 0, right: 1.0 / 6, convention: 0), .conventional(left: 1.0 / 6, right: 0, convention: 0)],
        "hard-tanh": [.conventional(left: 0, right: 1, convention: 0), .conventional(left: 1, right: 0, convention: 0)],
        "relu": [.conventional(left: 0, right: 1, convention: 0)],
        "relu6": [.conventional(left: 0, right: 1, convention: 0), .conventional(left: 1, right: 0, convention: 0)],
        "leaky-relu": [.conventional(left: 0.01, right: 1, convention: 0.01)],
        "prelu": [.conventional(left: 0.25, right: 1, convention: 0.25)],
        "rrelu": [.conventional(left: 11.0 / 48, right: 1, convention: 11.0 / 48)],
        "elu": [.defined(1)],
        "celu": [.defined(1)],
        "selu": [.conventional(left: 1.7580993408473768, right: 1.0507009873554805, convention: 1.7580993408473768)],
        "hard-swish": [.conventional(left: 0, right: -0.5, convention: 0), .conventional(left: 1.5, right: 1, convention: 1)],
        "softsign": [.defined(1)],
        "softshrink": [.conventional(left: 1, right: 0, convention: 0), .conventional(left: 0, right: 1, convention: 0)],
        "hardshrink": [.undefinedJump(jump: 0.5, convention: 0), .undefinedJump(jump: 0.5, convention: 0)],
        "leaky-relu6": [.conventional(left: 0.01, right: 1, convention: 0.01), .conventional(left: 1, right: 0, convention: 0)],
    ]

    @Test("the catalogue's breakpoints, one by one")
    func catalogue() {
        var found: [String: [DerivativeAtPoint]] = [:]
        for a in Catalogue.all {
            let points = a.breakpoints(a.defaultParameters).map(\.derivativeAtPoint)
            if !points.isEmpty { found[a.id] = points }
        }
        #expect(found == Self.expected)
    }

    @Test("value is what derivative returns; defined exactly when the kind says so", arguments: Variant.all)
    func consistency(variant: Variant) {
        let a = variant.activation, p = variant.parameters
        for b in a.breakpoints(p) {
            #expect(b.derivativeAtPoint.value == a.derivative(b.x, p))
            #expect(b.derivativeAtPoint.isDefined == (b.kind == .join), "\(variant.testDescription) at \(b.x)")
        }
    }
}
