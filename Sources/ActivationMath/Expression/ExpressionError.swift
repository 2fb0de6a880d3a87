/// Why a custom expression could not be read, and where.
///
/// Its description is the expression with a caret under the fault and the reason beside it:
/// ```
/// x * sigmoid(1.702 * )
///                     ^ expected a number, x, a function or '(' here
/// ```
public struct ExpressionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The expression as given.
    public var source: String
    /// Characters before the fault (0 is the first character, `source.count` the end), or nil
    /// when the fault is the expression as a whole (empty, too long).
    public var offset: Int?
    /// The reason, naming the bad piece and what would be accepted.
    public var message: String

    /// An error at `offset` in `source`.
    public init(_ message: String, in source: String, at offset: Int?) {
        self.source = source
        self.offset = offset
        self.message = message
    }

    /// The expression over a caret line, or just the message when no position applies. Tabs and
    /// line breaks in the expression show as spaces, so the caret stays under its character.
    public var description: String {
        guard let offset else { return message }
        let line = String(source.map { $0.isWhitespace ? " " : $0 })
        return line + "\n" + String(repeating: " ", count: offset) + "^ " + message
    }
}
