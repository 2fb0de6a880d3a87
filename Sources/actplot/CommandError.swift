import ArgumentParser
import Foundation

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

    /// Prints the message and returns the exit code to throw.
    func report() -> ExitCode {
        FileHandle.standardError.write(Data("actplot: error: \(message)\n".utf8))
        return ExitCode(code)
    }
}
