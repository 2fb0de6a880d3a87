import ArgumentParser
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
}
