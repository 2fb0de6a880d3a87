import ActivationMath
import ArgumentParser

/// `actplot data`: a sampled table of x, f(x), f′(x) for pgfplots, spreadsheets and other tools.
struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Print sampled x, f(x), f′(x) as CSV or JSON.",
        discussion: """
            Evenly spaced samples plus every breakpoint at its exact position; at a jump the row \
            holds the value used at the point. CSV has the header x,value,derivative; numbers \
            are in shortest round-trip form, non-finite ones nan, inf, -inf.
            """)

    @OptionGroup var selection: FunctionSelection

    @Option(parsing: .unconditional, help: "x range as A:B, e.g. --range -5:5; the function's own by default.")
    var range: String?

    @Option(parsing: .unconditional, help: "Evenly spaced samples before breakpoints are added (2 to \(Limits.maxSamples)).")
    var samples = 201

    @Option(help: "csv or json.")
    var format = DataFormat.csv

    func run() throws {
        try CommandError.reporting(execute)
    }

    private func execute() throws {
        let (activation, parameters) = try selection.resolve()
        let interval = try range.map(Parsing.range) ?? activation.defaultRange
        try Parsing.checkSamples(samples)
        let rows = activation.samples(in: interval, count: samples, parameters)
        // Written row by row: a million rows are about 90 MB of text, never held whole.
        let out = StandardOutput()
        if format == .json {
            try out.write("[\n")
            for (index, row) in rows.enumerated() {
                let object = JSONValue.object([("x", .number(row.x)), ("value", .number(row.value)), ("derivative", .number(row.derivative))])
                try out.write("  " + object.compact + (index == rows.count - 1 ? "\n" : ",\n"))
            }
            try out.write("]\n")
        } else {
            try out.write("x,value,derivative\n")
            for row in rows {
                try out.write([row.x, row.value, row.derivative].map(NumberText.shortest).joined(separator: ",") + "\n")
            }
        }
        try out.flush()
    }
}

/// What `data` prints: comma-separated values or a JSON array.
enum DataFormat: String, CaseIterable, ExpressibleByArgument {
    case csv
    case json
}
