import Foundation

@testable import ActivationMath

/// The committed reference data, read by path: the test target excludes `Fixtures` from its
/// resources, so the files are found next to this source file. A missing or unreadable file
/// throws, and the tests that need it fail, never skip.
enum ReferenceFixtures {
    /// One activation at ~230 x points: decimal strings from mpmath at 60 digits.
    struct Case: Decodable, Sendable {
        var function: String
        var params: [String: Double]
        var x: [String]
        var value: [String]
        var derivative: [String]
    }

    /// One softmax input with its probabilities, log-probabilities and Jacobian.
    struct SoftmaxCase: Decodable, Sendable {
        var x: [String]
        var value: [String]
        var logsoftmax: [String]
        var jacobian: [[String]]
    }

    /// Numbers the documents printed, in float32.
    struct SeedCase: Decodable, Sendable {
        var source: String
        var framework: String
        var function: String
        var params: [String: Double]
        var x: [Double]
        var printed: [String]
        var printed_sum: String?
    }

    /// E[f(Z)], E[f′(Z)] and E[f(Z)²] for Z ~ N(0, 1), from mpmath at 40 digits.
    struct ExpectationCase: Decodable, Sendable {
        var function: String
        var params: [String: Double]
        var mean: String
        var gradient: String
        var square: String
    }

    private struct File<C: Decodable>: Decodable {
        var cases: [C]
    }

    /// The folder holding the fixtures.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The repository's reference/ folder: the one copy of the documents' printed numbers,
    /// which the report also builds into the binary.
    static let referenceFolder = folder.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("reference")

    /// Decodes `name` from `folder` (the fixtures by default); throws with the path when missing.
    static func load<C: Decodable>(_ name: String, as: C.Type, in folder: URL = folder) throws -> [C] {
        let url = folder.appendingPathComponent(name)
        let data = try Data(contentsOf: url)
        return try JSONDecoder().decode(File<C>.self, from: data).cases
    }

    /// reference-double.json.
    static func doubleCases() throws -> [Case] { try load("reference-double.json", as: Case.self) }
    /// reference-expectations.json (scripts/reference/make_expectations.py).
    static func expectationCases() throws -> [ExpectationCase] { try load("reference-expectations.json", as: ExpectationCase.self) }
    /// reference-softmax.json.
    static func softmaxCases() throws -> [SoftmaxCase] { try load("reference-softmax.json", as: SoftmaxCase.self) }
    /// reference/seed-values.json, the committed copy of shared/reference/seed-values.json.
    static func seedCases() throws -> [SeedCase] { try load("seed-values.json", as: SeedCase.self, in: referenceFolder) }

    /// The parameter values a case names, on top of the activation's defaults.
    static func parameters(_ params: [String: Double], for activation: any Activation) throws -> ParameterValues {
        try activation.resolveParameters(params)
    }
}

/// A reference number parsed from its decimal string to about 100 bits, so that an error can be
/// measured in ulps of the exact value rather than of its rounding.
struct ReferenceNumber: Sendable {
    /// The exact decimal as a double word.
    let word: DoubleWord<Double>
    /// The text was "0": a value below 1e-300 in magnitude, which counts as zero.
    let isZero: Bool

    /// The double nearest the reference.
    var double: Double { word.hi }

    /// Parses "d.ddd…e±E".
    init?(_ text: String) {
        if text == "0" {
            word = DoubleWord(0)
            isZero = true
            return
        }
        isZero = false
        var s = Substring(text)
        var negative = false
        if s.first == "-" { negative = true; s = s.dropFirst() }
        var exponent = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let value = Int(s[s.index(after: e)...]) else { return nil }
            exponent = value
            s = s[..<e]
        }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        var digits = String(parts[0]) + fraction
        exponent -= fraction.count
        while digits.count > 1, digits.first == "0" { digits.removeFirst() }
        guard !digits.isEmpty, digits.allSatisfy(\.isNumber) else { return nil }
        // The digit string as an integer, 14 digits at a time: each chunk is exact in a double and
        // the running value keeps ~32 digits, more than the references carry.
        var mantissa = DoubleWord<Double>(0)
        var rest = Substring(digits)
        while !rest.isEmpty {
            let chunk = rest.prefix(14)
            rest = rest.dropFirst(chunk.count)
            guard let value = Double(String(chunk)) else { return nil }
            mantissa = mantissa * ReferenceNumber.powerOfTen(chunk.count) + value
        }
        // Scale by 10^exponent in two steps so that no power of ten leaves the normal range.
        let lead = digits.count - 1 + exponent
        let normalised = mantissa * ReferenceNumber.powerOfTen(-(digits.count - 1))
        var value = normalised * ReferenceNumber.powerOfTen(lead)
        if negative { value = -value }
        word = value
    }

    /// 10ⁿ as a double word by binary powering of exact 10; relative error ~1e-30.
    static func powerOfTen(_ n: Int) -> DoubleWord<Double> {
        var result = DoubleWord<Double>(1)
        var base = DoubleWord<Double>(10)
        var k = abs(n)
        while k > 0 {
            if k & 1 == 1 { result = result * base }
            base = base * base
            k >>= 1
        }
        return n >= 0 ? result : DoubleWord(1) / result
    }

    /// |computed − reference| in ulps of the double nearest the reference.
    func ulps(_ computed: Double) -> Double {
        let difference = (DoubleWord(computed) - word).rounded
        return abs(difference) / double.ulp
    }
}
