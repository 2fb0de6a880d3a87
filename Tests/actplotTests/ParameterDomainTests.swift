import ActivationMath
import Testing

@testable import actplot

/// `--param` values outside a parameter's domain. The catalogue on this branch has no entry with
/// a restricted parameter (softplus β > 0 and the shrink functions' λ ≥ 0 come with the full
/// catalogue), so the check runs here on a test-only activation through the same parsing the
/// command line uses; `ListCommandTests` then covers every real parameter at its default.
@Suite("parameter domains")
struct ParameterDomainTests {
    /// softplus-like: β must be positive, λ at least zero, γ anything finite.
    struct Restricted: Activation {
        var id: String { "restricted" }
        var name: LocalizedText { LocalizedText("Restricted") }
        var parameters: [ParameterSpec] {
            [ParameterSpec("beta", default: 1, domain: .positive), ParameterSpec("lambd", default: 0.5, domain: .nonNegative),
             ParameterSpec("gamma", default: 0, domain: .any), ParameterSpec("scale", default: 1, domain: .nonZero)]
        }
        var properties: ActivationProperties {
            ActivationProperties(
                range: "—", derivativeRange: "—", monotonic: false, zeroCentred: false, saturatesLeft: false,
                saturatesRight: false, continuity: .smooth, pytorch: nil, keras: nil, jax: nil)
        }
        var formula: Formula { Formula(value: "", derivative: "") }
        func value<T: ActivationScalar>(_ x: T, _ p: ParameterValues) -> T { x }
        func derivative<T: ActivationScalar>(_ x: T, _ p: ParameterValues) -> T { 1 }
    }

    @Test("values outside the domain are refused naming the value, the function and the domain", arguments: [
        ("beta=0", "--param beta=0 is outside the domain of restricted; use a finite number > 0"),
        ("beta=-1", "--param beta=-1 is outside the domain of restricted; use a finite number > 0"),
        ("lambd=-0.5", "--param lambd=-0.5 is outside the domain of restricted; use a finite number ≥ 0"),
        ("scale=0", "--param scale=0 is outside the domain of restricted; use a finite number other than 0"),
        ("gamma=nan", "--param gamma=nan is outside the domain of restricted; use a finite number"),
        ("gamma=inf", "--param gamma=inf is outside the domain of restricted; use a finite number"),
        ("gamma=1e999", "--param gamma=1e999 is outside the domain of restricted; use a finite number"),
    ])
    func outside(item: String, message: String) {
        #expect {
            try Parsing.parameters([item], for: [Restricted()])
        } throws: { error in
            guard let error = error as? CommandError else { return false }
            return error.code == 64 && error.message == message
        }
    }

    @Test("values inside the domain are applied, the rest keep their defaults")
    func inside() throws {
        let values = try Parsing.parameters(["beta=0.25", "lambd=0", "scale=-2"], for: [Restricted(), Sigmoid()])
        #expect(values["restricted"]?["beta"] == 0.25)
        #expect(values["restricted"]?["lambd"] == 0)
        #expect(values["restricted"]?["scale"] == -2)
        #expect(values["restricted"]?["gamma"] == 0)
        #expect(values["sigmoid"] == Sigmoid().defaultParameters)
    }
}
