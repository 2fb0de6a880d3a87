import Foundation
import Testing

/// Reading a command's JSON output in tests.
enum JSONOutput {
    /// The parsed document; fails the test when the output is not JSON.
    static func parse(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    /// A JSON number or one of the strings "nan", "inf", "-inf" as a Double.
    static func number(_ value: Any?) -> Double? {
        switch value {
        case let n as NSNumber: return n.doubleValue
        case let s as String: return ["nan": Double.nan, "inf": .infinity, "-inf": -.infinity][s]
        default: return nil
        }
    }
}
