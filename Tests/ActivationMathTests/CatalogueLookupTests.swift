import Testing

@testable import ActivationMath

@Suite("Catalogue lookup")
struct CatalogueLookupTests {
    @Test("ids are unique and no alias names two entries")
    func uniqueNames() {
        var seen: [String: String] = [:]
        for a in Catalogue.all {
            for name in [a.id] + a.aliases.map(Catalogue.normalized) {
                #expect(seen[name] == nil, "\(name) names both \(seen[name] ?? "") and \(a.id)")
                seen[name] = a.id
            }
        }
    }

    @Test("lookup ignores case and treats _ as -", arguments: ["sigmoid", "SIGMOID", "Logistic", "expit"])
    func lookup(name: String) {
        #expect(Catalogue.find(name)?.id == "sigmoid")
    }

    @Test("a typo suggests the nearest id")
    func suggestion() {
        #expect(Catalogue.find("sigmoud") == nil)
        #expect(Catalogue.suggestions(for: "sigmoud").first == "sigmoid")
    }

    @Test("sigmoid's derivative keeps its value in the tail where 1 − σ rounds to 0")
    func sigmoidTail() {
        let s = Sigmoid()
        let p = s.defaultParameters
        #expect(s.value(0.0, p) == 0.5)
        #expect(s.derivative(0.0, p) == 0.25)
        // True σ′(40) = 4.248354255291589e-18; σ(40)(1 − σ(40)) gives exactly 0.
        let d = s.derivative(40.0, p)
        #expect(abs(d - 4.248354255291589e-18) <= 4 * d.ulp)
        #expect(s.value(-800.0, p) == 0)
        #expect(s.value(800.0, p) == 1)
    }
}
