import ArgumentParser
import Charts
import ChartsCairo
import Foundation
import Report

/// A failure the user can act on: one line on stderr and a sysexits-style exit status.
struct CommandError: Error {
    /// The message, naming the bad value and what would be accepted.
    let message: String
    /// 64 usage, 65 data, 69 a font or graphics library missing, 70 internal, 73 cannot create output, 74 I/O.
    let code: Int32
    /// Whether the message's line breaks are meant (the expression over its caret line);
    /// otherwise a line break, like every control character, comes from a user's value and is
    /// printed as an escape, so the message stays on one line.
    let multiline: Bool

    static func usage(_ message: String) -> CommandError { CommandError(message: message, code: 64) }
    static func data(_ message: String) -> CommandError { CommandError(message: message, code: 65) }
    static func cannotCreate(_ message: String) -> CommandError { CommandError(message: message, code: 73) }
    static func io(_ message: String) -> CommandError { CommandError(message: message, code: 74) }

    init(message: String, code: Int32, multiline: Bool = false) {
        self.message = message
        self.code = code
        self.multiline = multiline
    }

    /// The message and status for any error a command's body throws. An error of a type not
    /// named here is a bug in actplot, reported as such (status 70) rather than as a trace.
    init(_ error: Error) {
        switch error {
        case let error as CommandError:
            self = error
        case let error as OutputError:
            switch error {
            case .clash: self = .usage(error.description)
            case .cannotWrite: self = .io(error.description)
            case .cannotCreate, .cannotCreateFolder, .folderNotWritable: self = .cannotCreate(error.description)
            }
        case let error as OutputConflict:
            self = error.isUsage ? .usage(error.description) : .data(error.description)
        case let error as TemplateError:
            if case .missingFolder = error { self = .usage(error.description) } else { self = .data(error.description) }
        case let error as FontError:
            self.init(message: error.description, code: 69)
        case let error as GraphicsLibraryError:
            self.init(message: error.description, code: 69)
        case let error as CairoError:
            self = .io(error.description)
        case let error as ExpressionCoverageError:
            self = .data(error.description)
        case let error as TextMarkupError:
            self.init(message: error.description, code: 70)
        default:
            self.init(message: "internal error, please report it: \(error)", code: 70)
        }
    }

    /// Runs a command's body, turning every failure into its message and exit status instead
    /// of a stack trace.
    static func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch {
            throw CommandError(error).report()
        }
    }

    /// Prints the message and returns the exit code to throw.
    func report() -> ExitCode {
        Self.printLine("error: \(message)", multiline: multiline)
        return ExitCode(code)
    }

    /// Writes `actplot: <text>` on stderr: one line unless `multiline`. Control characters,
    /// line separators and invisible format characters (bidi overrides such as U+202E, zero-width
    /// characters) are shown as escapes (`\u{1B}`, `\u{202E}`), so a user's value cannot break
    /// the line, drive the terminal or reorder the text around it.
    static func printLine(_ text: String, multiline: Bool = false) {
        let lines = multiline ? text.split(separator: "\n", omittingEmptySubsequences: false) : [Substring(text)]
        let printable = lines.map { line in
            line.unicodeScalars.map { scalar in
                shownAsEscape(scalar) ? "\\u{\(String(scalar.value, radix: 16, uppercase: true))}" : String(scalar)
            }.joined()
        }
        StandardStreams.error("actplot: \(printable.joined(separator: "\n"))\n")
    }

    /// Whether a scalar would act on the terminal or on the text around it instead of showing.
    static func shownAsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }
}
