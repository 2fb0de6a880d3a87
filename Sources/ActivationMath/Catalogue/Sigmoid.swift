/// The logistic function: squashes any input into (0, 1); the classic output for binary labels.
public struct Sigmoid: Activation {
    /// Creates the catalogue entry.
    public init() {}
    public var id: String { "sigmoid" }
    public var name: LocalizedText { LocalizedText(en: "Sigmoid", zh: "Sigmoid") }
    public var aliases: [String] { ["logistic", "expit"] }
    /// The documents' code draws sigmoid on [−20, 20].
    public var defaultRange: ClosedRange<Double> { -20...20 }
    public var properties: ActivationProperties {
        ActivationProperties(
            range: "(0, 1)", derivativeRange: "(0, 0.25]", monotonic: true, zeroCentred: false,
            saturatesLeft: true, saturatesRight: true, continuity: .smooth,
            pytorch: "torch.sigmoid", keras: "sigmoid", jax: "jax.nn.sigmoid")
    }
    public var formula: Formula {
        Formula(
            value: "<mi>σ</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo><mfrac><mn>1</mn><mrow><mn>1</mn><mo>+</mo><msup><mi>e</mi><mrow><mo>−</mo><mi>x</mi></mrow></msup></mrow></mfrac>",
            derivative: "<msup><mi>σ</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo><mi>σ</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>(</mo><mn>1</mn><mo>−</mo><mi>σ</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>)</mo>")
    }
    public func value<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        StableForms.sigmoid(x)
    }
    public func derivative<T: ActivationScalar>(_ x: T, _ parameters: ParameterValues) -> T {
        StableForms.sigmoidSlope(x)
    }
}
