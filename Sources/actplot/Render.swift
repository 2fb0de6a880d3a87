import ActivationMath
import ArgumentParser
import Charts
import ChartsCairo
import Foundation
import Report

/// Draws figures and, unless told not to, the report page around them.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw activation functions (the default command).")

    @Argument(help: "Activation ids or aliases, e.g. relu gelu swish; softmax draws its probabilities and Jacobian. See 'actplot list'.")
    var functions: [String] = []

    @Flag(help: "Draw every activation in the catalogue and the whole report.")
    var all = false

    @Option(help: "Folder to write into; created if missing.")
    var out = "output"

    @Option(help: "Comma-separated formats: png, svg, pdf.")
    var format = FormatList(formats: [.png, .svg])

    @Option(help: "Language of titles, labels and the page: en, zh (Simplified; also zh-CN, zh-Hans) or zh-TW (Traditional, Taiwan; also zh-Hant).")
    var lang = Language.en

    @Option(help: "Look of the figures: light (default), dark or print.")
    var theme: Theme.Name?

    @Option(
        help:
            "Layout for a purpose: slide (16:9, 1600 × 900, text × 1.5) or handout (A4 width, 794 × 320, print theme); --width, --height, --text-scale and --theme given beside it win."
    )
    var preset: FigurePreset?

    @Option(parsing: .unconditional, help: "Figure width in pixels at scale 1 (default 1200).")
    var width: Double?

    @Option(parsing: .unconditional, help: "Figure height in pixels at scale 1 (default 480).")
    var height: Double?

    @Option(parsing: .unconditional, help: "PNG pixel density multiplier at the same layout (0.25 to 8).")
    var scale: Double = 1

    @Option(name: .customLong("text-scale"), parsing: .unconditional, help: "Text size multiplier, e.g. 1.5 for slides (0.5 to 2; default 1).")
    var textScale: Double?

    @Flag(help: "Transparent background instead of the theme's.")
    var transparent = false

    @Option(
        parsing: .unconditional,
        help: "Evenly spaced samples per curve, before breakpoints and samples at bends are added (2 to \(Limits.maxSamples)).")
    var samples = 1000

    @Option(parsing: .unconditional, help: "x range as A:B, e.g. --range -20:20; each function's own by default.")
    var range: String?

    @Option(parsing: .unconditional, help: "Also draw a function of your own, e.g. --expr 'x * sigmoid(1.702 * x)'; see 'actplot eval --help'.")
    var expr: String?

    @Option(help: "Title and file name of the --expr function, e.g. --name quick-gelu (default custom).")
    var name: String?

    @Option(name: .customLong("param"), help: "Parameter override KEY=VALUE, e.g. --param alpha=0.1; repeatable.")
    var params: [String] = []

    @Option(help: "Folder with index.html.mustache and style.css to restyle the page.")
    var templates: String?

    @Option(help: "Figures drawn at once, 1 to 64; the number of active cores by default. The output is the same for every value.")
    var jobs: Int?

    @Flag(help: "Write only the figures, no index.html.")
    var noReport = false

    @Flag(
        help:
            "Start the folder's page and manifest afresh with only this run's figures, overwriting files of the same names whatever wrote them; other files stay."
    )
    var replace = false

    @Flag(help: "Inline the stylesheet and every figure into index.html, one file to share.")
    var selfContained = false

    @Flag(help: "Print nothing but warnings and errors.")
    var quiet = false

    func run() throws {
        try CommandError.reporting(execute)
    }

    private func execute() throws {
        MemoryTuning.apply()
        let options = try RenderSettings(command: self).reportOptions()
        try DescriptorBudget.ensure(jobs: options.jobs)
        // Only drawing needs fonts: `list`, `eval`, `data`, `--help` and `--version` never
        // load Cairo and Pango or start fontconfig. Here its configuration loads while the
        // figures are planned; the run never exits while that thread is still reading.
        try FontSetup.start(families: options.fontFamily)
        defer { FontSetup.ready() }
        InterruptCleanup.install()
        let interactive = isatty(STDERR_FILENO) == 1 && !quiet
        let summary = try ReportBuilder(options: options).run(
            warning: { CommandError.printLine("warning: \($0)") },
            progress: { done, total, name in
                if interactive { StandardStreams.error("\r\u{1B}[K[\(done)/\(total)] \(name)") }
            })
        if interactive { StandardStreams.error("\r\u{1B}[K") }
        guard !quiet else { return }
        var lines = "Wrote \(summary.written) figure files to \(options.outputFolder.path)\n"
        if let page = summary.page { lines += "Open \(page.path)\n" }
        try StandardOutput.print(lines)
    }
}
