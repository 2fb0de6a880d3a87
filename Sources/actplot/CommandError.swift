import ArgumentParser
import Charts
import Foundation
import Report

/// A failure the user can act on: one line on stderr and a sysexits-style exit status.
struct CommandError: Error {
    /// The message, naming the bad value and what would be accepted.
    let message: String
    /// 64 usage, 65 data, 73 cannot create output, 74 I/O.
    let code: Int32

    static func usage(_ message: String) -> CommandError { CommandError(message: message, code: 64) }
    static func data(_ message: String) -> CommandError { CommandError(message: message, code: 65) }
    static func cannotCreate(_ message: String) -> CommandError { CommandError(message: message, code: 73) }
    static func io(_ message: String) -> CommandError { CommandError(message: message, code: 74) }

    /// Runs a command's body, turning every failure a user can cause into its message and
    /// exit status instead of a stack trace.
    static func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as CommandError {
            throw error.report()
        } catch let error as OutputError {
            throw CommandError.cannotCreate(error.description).report()
        } catch let error as TemplateError {
            throw CommandError.data(error.description).report()
        } catch let error as CairoError {
            throw CommandError.io(error.description).report()
        }
    }

    /// Prints the message and returns the exit code to throw.
    func report() -> ExitCode {
        FileHandle.standardError.write(Data("actplot: error: \(message)\n".utf8))
        return ExitCode(code)
    }
}
