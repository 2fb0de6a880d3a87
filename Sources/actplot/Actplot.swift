import ArgumentParser
import Charts
import Foundation
import Report

/// `actplot`: draws activation functions and their derivatives, and the report around them.
@main
struct Actplot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actplot",
        abstract: "Draw neural-network activation functions and their derivatives.",
        discussion: """
            With function names, draws each as function | derivative. With --all, draws the whole \
            catalogue and writes the report: open <out>/index.html. 'actplot list' shows the \
            names; 'actplot eval' and 'actplot data' print numbers instead of figures.
            """,
        version: Version.current,
        subcommands: [Render.self, List.self, Eval.self, DataCommand.self],
        defaultSubcommand: Render.self
    )

    /// ArgumentParser's own `main`, except that a command line it cannot parse is reported like
    /// every other error, on one line with a pointer to the help, instead of the error, the
    /// option's help and the usage over several lines.
    static func main() {
        // A file-size limit (ulimit -f) then fails the write with EFBIG, reported as an I/O
        // error, instead of killing the process halfway through a file.
        signal(SIGXFSZ, SIG_IGN)
        // A reader that goes away (`actplot data … | head`) then fails the write with EPIPE,
        // reported with status 74, instead of killing the process with status 141.
        signal(SIGPIPE, SIG_IGN)
        if let failure = RawArguments.firstInvalidUTF8() { exit(withError: failure.report()) }
        // `actplot --version` alone is answered before the parser, which spends four fifths of
        // the command's start-up looking up protocol conformances by reflection (12.4 of 15.5
        // million instructions under callgrind). The parser prints the same line wherever else
        // --version appears; this path also fails with status 74 when the line cannot be written.
        if CommandLine.arguments.dropFirst() == ["--version"] {
            do {
                try StandardOutput.print(Version.current + "\n")
            } catch {
                exit(withError: CommandError(error).report())
            }
            return
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as ExitCode {
            // Already reported by the command.
            exit(withError: error)
        } catch {
            // --help and --version arrive here too, as errors that exit cleanly.
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            let failure = CommandError.usage(ParseFailure.line(message(for: error), arguments: CommandLine.arguments))
            exit(withError: failure.report())
        }
    }
}
