import ActivationMath
import Foundation

/// The numbers the source documents printed (reference/seed-values.json, built into the binary),
/// recomputed in float32 at run time and compared digit for digit.
struct SeedValues: Decodable, Sendable {
    struct Case: Decodable, Sendable {
        let source: String
        let framework: String
        let function: String
        let params: [String: Double]
        let x: [Double]
        let printed: [String]
        let printed_sum: String?
    }

    let about: String
    let cases: [Case]

    /// The embedded copy.
    static func builtIn() throws -> SeedValues {
        guard let text = EmbeddedFiles.files["seed-values.json"] else { throw SeedValueError.missing }
        return try JSONDecoder().decode(SeedValues.self, from: Data(text.utf8))
    }

    /// One compared number.
    struct Row: Sendable {
        let x: Double
        let printed: String
        let ours: Float
        let agrees: Bool
    }

    /// The project's float32 values for a case, each compared with the printed one under the
    /// file's rule: within half a unit of the last printed digit plus one float32 ulp.
    static func compare(_ c: Case) -> [Row]? {
        let ours: [Float]
        if c.function == "softmax" {
            ours = Softmax.values(c.x).map { Float($0) }
        } else {
            // The file's names are checked like the command line's, so a misspelt one is not
            // silently dropped.
            guard let a = Catalogue.find(c.function), let p = try? a.resolveParameters(c.params) else { return nil }
            ours = c.x.map { a.value(Float($0), p) }
        }
        return zip(zip(c.x, c.printed), ours).map { pair, value in
            Row(x: pair.0, printed: pair.1, ours: value, agrees: agrees(value, printed: pair.1))
        }
    }

    static func agrees(_ value: Float, printed: String) -> Bool {
        guard let target = Double(printed.hasSuffix(".") ? printed + "0" : printed) else { return false }
        let decimals = printed.split(separator: ".", maxSplits: 1).dropFirst().first.map { $0.prefix { $0.isNumber }.count } ?? 0
        let tolerance = 0.5 * pow(10, -Double(decimals)) + Double(Float(target).ulp)
        return abs(Double(value) - target) <= tolerance
    }
}

/// The built-in reference data could not be read; a build problem, never user input.
enum SeedValueError: Error, CustomStringConvertible {
    case missing
    var description: String { "the built-in copy of reference/seed-values.json is missing" }
}
