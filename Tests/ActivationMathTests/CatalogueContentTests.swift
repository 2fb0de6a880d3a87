import Testing

@testable import ActivationMath

@Suite("Catalogue contents")
struct CatalogueContentTests {
    @Test("every required id is there, in teaching order")
    func ids() {
        #expect(
            Catalogue.all.map(\.id) == [
                "identity", "binary-step", "sigmoid", "tanh", "hard-sigmoid", "hard-tanh", "relu", "relu6", "leaky-relu",
                "prelu", "rrelu", "elu", "celu", "selu", "gelu", "gelu-tanh", "swish", "hard-swish", "mish", "softplus",
                "softsign", "log-sigmoid", "tanhshrink", "softshrink", "hardshrink", "leaky-relu6", "arctan", "squareplus",
                "sinusoid",
            ])
    }

    @Test(
        "framework spellings find their entry",
        arguments: [
            ("silu", "swish"), ("SiLU", "swish"), ("hswish", "hard-swish"), ("hardswish", "hard-swish"), ("hard_swish", "hard-swish"),
            ("logsigmoid", "log-sigmoid"), ("log_sigmoid", "log-sigmoid"), ("hardtanh", "hard-tanh"), ("hard_tanh", "hard-tanh"),
            ("hardsigmoid", "hard-sigmoid"), ("heaviside", "binary-step"), ("step", "binary-step"), ("LeakyReLU", "leaky-relu"),
            ("leaky_relu", "leaky-relu"), ("soft_sign", "softsign"), ("tanh_shrink", "tanhshrink"), ("soft_shrink", "softshrink"),
            ("hard_shrink", "hardshrink"), ("linear", "identity"), ("gelu_new", "gelu-tanh"), ("atan", "arctan"),
        ])
    func aliases(name: String, id: String) {
        #expect(Catalogue.find(name)?.id == id)
    }

    @Test("ids are kebab-case, and catalogue entries leave their names to the string catalogues", arguments: Catalogue.all.map(\.id))
    func names(id: String) throws {
        let a = try #require(Catalogue.find(id))
        #expect(a.displayName == nil)
        #expect(id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" })
    }

    @Test("formulas use a true minus and a true prime", arguments: Catalogue.all.map(\.id) + ["softmax"])
    func formulas(id: String) throws {
        let formula = id == Softmax.id ? Softmax.formula : try #require(Catalogue.find(id)).formula
        for (node, what) in [(formula.value, "value"), (formula.derivative, "derivative")] {
            let leaves = FormulaLeaves(node)
            #expect(!leaves.operators.contains("-") && !leaves.numbers.contains { $0.hasPrefix("-") }, "\(id) \(what): hyphen used as minus")
        }
        if id != Softmax.id {
            #expect(FormulaLeaves(formula.derivative).operators.contains("′"), "\(id): derivative formula names f′")
        }
    }

    @Test("NaN in gives NaN out, for values and derivatives", arguments: Variant.all)
    func nanPropagates(variant: Variant) {
        let a = variant.activation, p = variant.parameters
        #expect(a.value(Double.nan, p).isNaN && a.derivative(Double.nan, p).isNaN)
        #expect(a.value(Float.nan, p).isNaN && a.derivative(Float.nan, p).isNaN)
    }

    @Test("±∞ gives the limits, never NaN (except sin and cos, which have none)", arguments: Variant.all)
    func infinities(variant: Variant) {
        let a = variant.activation, p = variant.parameters
        guard a.id != "sinusoid" else { return }
        for x in [Double.infinity, -.infinity] {
            #expect(!a.value(x, p).isNaN && !a.derivative(x, p).isNaN, "\(variant.testDescription) at \(x)")
            #expect(!a.value(Float(x), p).isNaN && !a.derivative(Float(x), p).isNaN, "\(variant.testDescription) in Float at \(x)")
        }
    }

    @Test("sigmoid′(37.5) and tanh′(−20) keep their tiny values (JAX float64 returns 0)")
    func tinyDerivatives() {
        #expect(Sigmoid().derivative(37.5, [:]) > 5e-17)
        #expect(Tanh().derivative(-20.0, [:]) > 1e-17)
    }
}

extension ParameterValues: ExpressibleByDictionaryLiteral {
    /// Test shorthand for an explicit set of values.
    public init(dictionaryLiteral elements: (String, Double)...) {
        self.init(specs: elements.map { ParameterSpec(ParameterKey($0.0), default: $0.1) })
    }
}
