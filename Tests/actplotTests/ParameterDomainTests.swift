import ActivationMath
import Foundation
import Testing

@testable import actplot

/// `--param` values outside a parameter's domain, checked twice: on a test-only activation through
/// the parsing the command line uses, and through the executable for every catalogue parameter
/// whose domain is restricted (softplus β > 0, the shrink functions' λ ≥ 0, …; that test is
/// skipped while the catalogue has none).
@Suite("parameter domains")
struct ParameterDomainTests {
    /// softplus-like: β must be positive, λ at least zero, γ anything finite.
    struct Restricted: Activation {
        var id: String { "restricted" }
        var parameters: [ParameterSpec] {
            [
                ParameterSpec(ParameterKey("beta"), default: 1, domain: .positive),
                ParameterSpec(ParameterKey("lambd"), default: 0.5, domain: .nonNegative),
                ParameterSpec(ParameterKey("gamma"), default: 0, domain: .any), ParameterSpec(ParameterKey("scale"), default: 1, domain: .nonZero),
            ]
        }
        var properties: ActivationProperties {
            ActivationProperties(
                range: "—", derivativeRange: "—", monotonic: false, saturatesLeft: false,
                saturatesRight: false, continuity: .smooth, pytorch: nil, keras: nil, jax: nil)
        }
        var formula: Formula { Formula(value: .sequence([]), derivative: .sequence([])) }
        func value<T: ActivationScalar>(_ x: T, _ p: ParameterValues) -> T { x }
        func derivative<T: ActivationScalar>(_ x: T, _ p: ParameterValues) -> T { 1 }
    }

    @Test(
        "values outside the domain are refused naming the value, the function and the domain",
        arguments: [
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

    /// Every catalogue parameter with a value outside its domain: 0, −1 or NaN, whichever is out.
    static let restricted: [(id: String, name: String, value: String, domain: String)] = Catalogue.all.flatMap { a in
        a.parameters.compactMap { spec -> (String, String, String, String)? in
            guard let bad = ["0", "-1"].first(where: { !spec.domain.contains(Double($0)!) }) else { return nil }
            return (a.id, spec.name, bad, spec.domain.description)
        }
    }

    @Test(
        "through the executable: a catalogue parameter outside its domain exits 64, nothing written",
        .enabled(if: !restricted.isEmpty, "no catalogue parameter has a restricted domain"))
    func catalogue() throws {
        for (id, name, value, domain) in Self.restricted {
            let out = ActplotProcess.temporaryFolder()
            let result = try ActplotProcess.run([id, "--param", "\(name)=\(value)", "--out", out.path])
            #expect(result.status == 64, "\(id) \(name)=\(value): \(result.stderr)")
            #expect(result.stderr.hasPrefix("actplot: error: ") && result.stderr.contains("\(name)=\(value)"), "\(result.stderr)")
            #expect(result.stderr.contains(domain), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
    }

    @Test("values inside the domain are applied, the rest keep their defaults")
    func inside() throws {
        let values = try Parsing.parameters(["beta=0.25", "lambd=0", "scale=-2"], for: [Restricted(), Sigmoid()])
        #expect(values["restricted"]?.value(named: "beta") == 0.25)
        #expect(values["restricted"]?.value(named: "lambd") == 0)
        #expect(values["restricted"]?.value(named: "scale") == -2)
        #expect(values["restricted"]?.value(named: "gamma") == 0)
        #expect(values["sigmoid"] == Sigmoid().defaultParameters)
    }
}
