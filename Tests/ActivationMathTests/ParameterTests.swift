import Testing

@testable import ActivationMath

@Suite("Parameters")
struct ParameterTests {
    @Test("every formula reads only the parameters it declares", arguments: Variant.all)
    func onlyDeclaredParameters(variant: Variant) {
        let a = variant.activation, declared = variant.parameters
        // A key the entry does not declare reads NaN, which would spoil every value computed
        // from it; these points avoid no branch of any formula.
        for x in [-3.7, -0.6, 0, 0.45, 2.2, 5.9, 6.8] {
            #expect(a.value(x, declared).isFinite, "\(variant.testDescription) value at \(x)")
            #expect(a.derivative(x, declared).isFinite, "\(variant.testDescription) derivative at \(x)")
        }
        #expect(a.breakpoints(declared).allSatisfy { $0.x.isFinite && $0.value.at.isFinite })
    }

    @Test("a key the activation does not declare reads NaN and cannot be set")
    func undeclaredKey() {
        var values = LeakyReLU().defaultParameters
        #expect(values[Swish.beta].isNaN)
        values[Swish.beta] = 2
        #expect(values == LeakyReLU().defaultParameters)
        #expect(values.value(named: "beta") == nil)
        #expect(values.value(named: "alpha") == 0.01)
        // The same name in another entry is the same parameter: PReLU's α is Leaky ReLU's.
        values[PReLU.alpha] = 0.3
        #expect(values[LeakyReLU.alpha] == 0.3)
    }

    @Test("defaults lie in their domains and satisfy the constraints", arguments: Catalogue.all.map(\.id))
    func defaultsAreValid(id: String) throws {
        let a = try #require(Catalogue.find(id))
        for spec in a.parameters { #expect(spec.domain.contains(spec.defaultValue), "\(id).\(spec.name)") }
        #expect(a.parameterConstraints.allSatisfy { $0.holds(for: a.defaultParameters) })
        let names = a.parameters.flatMap { [$0.name] + $0.aliases }.map(Catalogue.normalized)
        #expect(Set(names).count == names.count, "\(id): parameter names and aliases are unique")
        for c in a.parameterConstraints {
            #expect(a.parameters.contains { $0.key == c.lower } && a.parameters.contains { $0.key == c.upper })
        }
    }

    @Test("names and aliases resolve, case-insensitively, with _ and - alike")
    func aliases() throws {
        #expect(try LeakyReLU().resolveParameters(["negative_slope": 0.2])[LeakyReLU.alpha] == 0.2)
        #expect(try LeakyReLU().resolveParameters(["ALPHA": 0.3])[LeakyReLU.alpha] == 0.3)
        #expect(try Softshrink().resolveParameters(["lambd": 1])[Softshrink.lambda] == 1)
        #expect(try HardTanh().resolveParameters(["min-val": -2])[HardTanh.min] == -2)
        #expect(try Swish().resolveParameters([:])[Swish.beta] == 1)
    }

    @Test("an unknown name is named, with the parameters the activation has and the nearest one")
    func unknownName() {
        #expect(throws: ParameterError.self) { try LeakyReLU().resolveParameters(["alpah": 0.1]) }
        do {
            _ = try LeakyReLU().resolveParameters(["alpah": 0.1])
        } catch {
            #expect(error.description == "unknown parameter 'alpah' for leaky-relu; did you mean 'alpha'? (it takes: alpha)")
        }
        do {
            _ = try HardTanh().resolveParameters(["gamma": 2])
        } catch {
            #expect(error.description == "unknown parameter 'gamma' for hard-tanh (it takes: min, max)")
        }
        do {
            _ = try ReLU().resolveParameters(["alpha": 0.1])
        } catch {
            #expect(error.description == "unknown parameter 'alpha': relu takes no parameters")
        }
    }

    @Test(
        "a value outside the domain is named with the domain",
        arguments: [
            ("softplus", "beta", 0.0, "beta=0 is outside the domain of softplus; use a finite number > 0"),
            ("celu", "alpha", -1, "alpha=-1 is outside the domain of celu; use a finite number > 0"),
            ("leaky-relu6", "alpha", 1.5, "alpha=1.5 is outside the domain of leaky-relu6; use a number from 0 to 1"),
            ("elu", "alpha", .nan, "alpha=nan is outside the domain of elu; use a finite number"),
            ("squareplus", "b", .infinity, "b=inf is outside the domain of squareplus; use a finite number > 0"),
        ])
    func outsideDomain(id: String, name: String, value: Double, message: String) throws {
        let a = try #require(Catalogue.find(id))
        do {
            _ = try a.resolveParameters([name: value])
            Issue.record("\(id) accepted \(name)=\(value)")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("orders between parameters are enforced")
    func constraints() {
        do {
            _ = try RReLU().resolveParameters(["lower": 0.5, "upper": 0.2])
            Issue.record("rrelu accepted lower > upper")
        } catch {
            #expect(error.description == "rrelu needs lower ≤ upper, got lower=0.5 and upper=0.2")
        }
        #expect(throws: ParameterError.self) { try HardTanh().resolveParameters(["min": 1, "max": 1]) }
        #expect((try? RReLU().resolveParameters(["lower": 0.2, "upper": 0.2])) != nil)
    }
}
