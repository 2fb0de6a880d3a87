import ActivationMath
import Charts
import Report

/// What the figures will make of the user's `--expr` function: drawing a formula with a pole or
/// a gap in its domain (log(x), 1/x) is fine, but the user should hear that the curve has
/// breaks; a formula with nothing to draw on the range is an error, found before any file is
/// written.
enum ExpressionCheck {
    /// One warning line per `--expr` function drawn with breaks.
    static func warnings(for options: ReportOptions) throws -> [String] {
        var result: [String] = []
        for case let custom as ExpressionActivation in options.activations {
            let range = options.range ?? custom.defaultRange
            let figure = ActivationFigure(
                custom, range: range, samples: options.samples, size: options.size)
            let coverage = figure.coverage()
            let name = "--expr '\(shortened(custom.expression.source))'"
            let interval = "[\(plain(range.lowerBound)), \(plain(range.upperBound))]"
            switch (coverage.function, coverage.derivative) {
            case (.empty, _):
                throw CommandError.data(
                    "\(name) is not finite anywhere on \(interval), so there is nothing to draw; give a --range where it is defined")
            case (.broken, _):
                result.append("\(name) is not finite or not continuous on part of \(interval); drawn with breaks there")
            case (.whole, .broken):
                result.append("the derivative of \(name) is not finite or not continuous on part of \(interval); drawn with breaks there")
            case (.whole, .empty):
                result.append("the derivative of \(name) is not finite anywhere on \(interval); its panel is empty")
            case (.whole, .whole):
                break
            }
        }
        return result
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
