import ActivationMath

/// A JSON document written with its keys in the order given and its numbers in
/// `NumberText`'s form.
///
/// Foundation's `JSONEncoder` would order keys by hash or alphabetically (`derivative` before
/// `x`) and print 1.0 as `1` but 1.0 in the CSV as `1.0`; a reader comparing the formats, or a
/// person reading {"x", "value", "derivative"} as documented, is better served by this writer.
enum JSONValue {
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// A number, or its `nan` / `inf` / `-inf` string when it has no JSON number form.
    static func number<T: BinaryFloatingPoint & CustomStringConvertible>(_ value: T) -> JSONValue {
        value.isFinite ? .number(value.description) : .string(NumberText.shortest(value))
    }

    /// The document: a top-level array or object puts each element on its own line, so long
    /// results stay readable and diff well; everything inside an element stays on that line.
    var document: String {
        switch self {
        case .array(let items) where !items.isEmpty:
            return "[\n" + items.map { "  " + $0.compact }.joined(separator: ",\n") + "\n]\n"
        case .object(let members) where !members.isEmpty:
            return "{\n" + members.map { "  " + Self.quoted($0.0) + ": " + $0.1.compact }.joined(separator: ",\n") + "\n}\n"
        default:
            return compact + "\n"
        }
    }

    /// The value on one line.
    var compact: String {
        switch self {
        case .number(let text): text
        case .string(let text): Self.quoted(text)
        case .array(let items): "[" + items.map(\.compact).joined(separator: ", ") + "]"
        case .object(let members): "{" + members.map { Self.quoted($0.0) + ": " + $0.1.compact }.joined(separator: ", ") + "}"
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest as
    /// UTF-8 (names in Chinese stay readable).
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
