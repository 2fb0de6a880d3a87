import ActivationMath
import Charts

/// What the figures make of a user's `--expr` formula, judged on the very curves that are then
/// drawn: a pole or a gap in its domain (log(x), 1/x) is fine, but the user should hear that the
/// curve has breaks; a formula with nothing to draw on the range is an error, found before any
/// file is written.
enum ExpressionCoverage {
    /// The warning for a formula drawn with breaks, nil for one drawn whole; throws when there
    /// is nothing to draw.
    static func check(_ custom: ExpressionActivation, figure: ActivationFigure, sampled: SampledCurves) throws -> String? {
        let coverage = figure.coverage(of: sampled)
        let name = "--expr '\(shortened(custom.expression.source))'"
        let range = figure.range
        let interval = "[\(plain(range.lowerBound)), \(plain(range.upperBound))]"
        switch (coverage.function, coverage.derivative) {
        case (.empty, _):
            throw ExpressionCoverageError(
                description: "\(name) is not finite anywhere on \(interval), so there is nothing to draw; give a --range where it is defined")
        case (.broken, _):
            return "\(name) is not finite or not continuous on part of \(interval); drawn with breaks there"
        case (.whole, .broken):
            return "the derivative of \(name) is not finite or not continuous on part of \(interval); drawn with breaks there"
        case (.whole, .empty):
            return "the derivative of \(name) is not finite anywhere on \(interval); its panel is empty"
        case (.whole, .whole):
            return nil
        }
    }

    /// The expression on one line and at most 60 characters, to quote in a message.
    private static func shortened(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return line.count <= 60 ? line : line.prefix(59) + "…"
    }

    /// A range end as a reader typed it: `-5`, not `-5.0`.
    private static func plain(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : "\(x)"
    }
}

/// A user's formula that is not finite anywhere on the range: there is nothing to draw.
public struct ExpressionCoverageError: Error, CustomStringConvertible {
    /// The message, naming the formula and the range.
    public let description: String
}
