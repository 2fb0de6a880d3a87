import Foundation
import Testing

@testable import ActivationMath

/// The documents' printed float32 outputs, reproduced by evaluating in `Float`.
@Suite("Seed values from the documents")
struct SeedValueTests {
    /// Half a unit of the last printed digit plus one float32 ulp, as seed-values.json states.
    static func tolerance(_ printed: String) throws -> Double {
        let value = try #require(Double(printed), "unparseable printed value \(printed)")
        let lower = printed.lowercased()
        let mantissa = lower.split(separator: "e").first.map(String.init) ?? lower
        let exponent = lower.contains("e") ? Int(lower.split(separator: "e")[1]) ?? 0 : 0
        let decimals = mantissa.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
        let halfUnit = 0.5 * pow(10, Double(exponent - decimals))
        return halfUnit + Double(Float(value).ulp)
    }

    @Test("every printed number is reproduced in Float within the stated tolerance")
    func reproduced() throws {
        let cases = try ReferenceFixtures.seedCases()
        #expect(cases.count >= 7, "seed-values.json copy has \(cases.count) cases")
        var compared = 0
        for c in cases {
            let inputs = c.x.map { Float($0) }
            let computed: [Float]
            if c.function == Softmax.id {
                computed = Softmax.values(inputs)
                if let sum = c.printed_sum {
                    let total = computed.reduce(0, +)
                    let tolerance = try Self.tolerance(sum)
                    #expect(abs(Double(total) - (Double(sum) ?? .nan)) <= tolerance, "\(c.source) softmax sum \(total)")
                }
            } else {
                let activation = try #require(Catalogue.find(c.function), "no catalogue entry for \(c.function)")
                let p = try activation.resolveParameters(c.params)
                computed = inputs.map { activation.value($0, p) }
            }
            #expect(computed.count == c.printed.count)
            for (value, printed) in zip(computed, c.printed) {
                let expected = try #require(Double(printed))
                let tolerance = try Self.tolerance(printed)
                #expect(
                    abs(Double(value) - expected) <= tolerance,
                    "\(c.source) \(c.framework) \(c.function): computed \(value), printed \(printed), tolerance \(tolerance)")
                compared += 1
            }
        }
        #expect(compared >= 50)
    }

    @Test("the committed copy matches shared/reference/seed-values.json where that file exists")
    func copyIsCurrent() throws {
        let copy = try Data(contentsOf: ReferenceFixtures.referenceFolder.appendingPathComponent("seed-values.json"))
        // Package root is three levels above this file; shared/ sits beside the clone.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared/reference/seed-values.json")
        guard let original = try? Data(contentsOf: shared) else { return }
        #expect(copy == original, "reference/seed-values.json differs from \(shared.path); copy it again")
    }

    @Test("the tolerance reads the printed precision", arguments: [("0.04742587", 0.5e-8), ("0.", 0.5), ("-0.6", 0.05), ("0.0212", 0.5e-4)])
    func toleranceRule(printed: String, halfUnit: Double) throws {
        let expected = halfUnit + Double(Float(Double(printed) ?? 0).ulp)
        #expect(abs(try Self.tolerance(printed) - expected) <= 1e-20)
    }
}
