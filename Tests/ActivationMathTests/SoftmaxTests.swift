import Foundation
import PropertyBased
import Testing

@testable import ActivationMath

@Suite("Softmax")
struct SoftmaxTests {
    @Test("values, log-softmax and Jacobian within 4 ulp of the reference")
    func fixtures() throws {
        let cases = try ReferenceFixtures.softmaxCases()
        #expect(cases.count == 6)
        for c in cases {
            let x = try c.x.map { try #require(Double($0)) }
            let checks: [(String, [Double], [String])] = [
                ("softmax", Softmax.values(x), c.value),
                ("log-softmax", Softmax.logValues(x), c.logsoftmax),
                ("jacobian", Softmax.jacobian(x).flatMap { $0 }, c.jacobian.flatMap { $0 }),
            ]
            for (what, computed, reference) in checks {
                #expect(computed.count == reference.count)
                for (value, text) in zip(computed, reference) {
                    let r = try #require(ReferenceNumber(text))
                    if r.isZero {
                        #expect(abs(value) < 1e-300, "\(what) of \(c.x): \(value) for \(text)")
                    } else {
                        #expect(r.ulps(value) <= 4, "\(what) of \(c.x): \(value) vs \(text), \(r.ulps(value)) ulp")
                    }
                }
            }
        }
    }

    @Test("[1000, 1000, −1000] gives [0.5, 0.5, 0] with no overflow")
    func extremeInputs() {
        #expect(Softmax.values([1000.0, 1000, -1000]) == [0.5, 0.5, 0])
        #expect(Softmax.logValues([1000.0, -1000]) == [0, -2000])
        let j = Softmax.jacobian([1000.0, 1000, -1000])
        #expect(j == [[0.25, -0.25, -0.0], [-0.25, 0.25, -0.0], [-0.0, -0.0, 0]])
    }

    @Test("NaN anywhere gives NaN; +∞ entries share the probability; all −∞ is uniform, as all +∞ is")
    func nonFinite() {
        #expect(Softmax.values([1.0, .nan]).allSatisfy { $0.isNaN })
        #expect(Softmax.values([-Double.infinity, -.infinity]) == [0.5, 0.5])
        #expect(Softmax.values([Double.infinity, .infinity]) == [0.5, 0.5])
        #expect(Softmax.values([-Double.infinity, -.infinity, -.infinity, -.infinity]) == [0.25, 0.25, 0.25, 0.25])
        #expect(Softmax.jacobian([-Double.infinity, -.infinity]) == [[0.25, -0.25], [-0.25, 0.25]])
        #expect(Softmax.values([-Double.infinity, 1]) == [0, 1])
        #expect(Softmax.values([Double.infinity, 0, .infinity]) == [0.5, 0, 0.5])
        #expect(Softmax.values([Double]()).isEmpty)
    }

    @Test("random vectors: probabilities in [0, 1] summing to 1, Jacobian rows summing to 0")
    func randomVectors() async {
        await propertyCheck(input: Gen.double(in: -800...800).array(of: 1...12)) { x in
            let s = Softmax.values(x)
            #expect(s.allSatisfy { $0 >= 0 && $0 <= 1 })
            #expect(abs(s.reduce(0, +) - 1) <= Double(x.count) * 0x1p-52)
            let j = Softmax.jacobian(x)
            for (i, row) in j.enumerated() {
                #expect(abs(row.reduce(0, +)) <= Double(x.count) * 0x1p-53, "row \(i) of the Jacobian of \(x)")
                #expect(row[i] >= 0)
            }
            let logs = Softmax.logValues(x)
            for (l, p) in zip(logs, s) where p > 1e-300 {
                #expect(abs(l - log(p)) <= 1e-12 * max(1, abs(l)))
            }
        }
    }

    @Test("the Jacobian is the derivative: dual numbers through the shifted formula agree")
    func jacobianMatchesDuals() {
        let x = [0.2, 0.02, 0.15, 0.15, 1.3, 0.5, 0.06, 1.1, 0.05, 3.75]
        let j = Softmax.jacobian(x)
        for k in x.indices {
            let seeded = x.indices.map { Dual(x[$0], $0 == k ? 1.0 : 0) }
            let s = Softmax.values(seeded)
            for i in x.indices {
                #expect(abs(s[i].tangent - j[i][k]) <= 1e-15, "∂s\(i)/∂x\(k)")
            }
        }
    }
}
