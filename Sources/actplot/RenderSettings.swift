import ActivationMath
import Charts
import Foundation
import Report

/// Turns the render command's raw strings into validated report options, one clear error per
/// bad value.
struct RenderSettings {
    let command: Render

    func reportOptions() throws -> ReportOptions {
        let c = command
        let activations = try selectedActivations()
        let language = c.lang, theme = self.theme
        try Parsing.checkSamples(c.samples)
        try Parsing.checkRange("--scale", c.scale, 0.25...8)
        try Parsing.checkRange("--text-scale", textScale, 0.5...2)
        try Parsing.checkRange("--width", width, 200...8000, of: "a number of pixels")
        try Parsing.checkRange("--height", height, 200...8000, of: "a number of pixels")
        guard !c.out.isEmpty else {
            throw CommandError.usage("--out is empty; give the folder to write into, e.g. --out figures")
        }
        let formats = c.format.formats
        if formats.contains(.png) { try checkPixels() }
        let jobs = c.jobs ?? min(ProcessInfo.processInfo.activeProcessorCount, Limits.jobs.upperBound)
        guard Limits.jobs.contains(jobs) else {
            throw CommandError.usage("--jobs \(jobs) is out of range; use a whole number from 1 to \(Limits.jobs.upperBound)")
        }
        let templates = try c.templates.map { try TemplateSet.load(from: URL(fileURLWithPath: $0)) } ?? TemplateSet.builtIn()
        var options = ReportOptions(
            outputFolder: URL(fileURLWithPath: c.out, isDirectory: true),
            activations: activations, templates: templates,
            parameters: try parameters(for: activations), formats: formats,
            language: language, theme: theme, render: RenderOptions(scale: c.scale, transparent: c.transparent),
            size: Size(width: width, height: height), samples: c.samples, range: try range(),
            writePage: !c.noReport, includeReportFigures: c.all)
        guard !(c.selfContained && c.noReport) else {
            throw CommandError.usage("--self-contained inlines figures into index.html, which --no-report turns off; drop one of them")
        }
        options.jobs = jobs
        options.sectionIDs =
            c.all ? [] : Array(Set(c.functions.compactMap { Catalogue.find($0) == nil ? FigureSection.id(drawing: $0) : nil })).sorted()
        options.textScale = textScale
        options.selfContained = c.selfContained
        options.replace = c.replace
        return options
    }

    /// The figure width: --width, else the preset's, else 1200.
    var width: Double { command.width ?? command.preset?.size.width ?? 1200 }
    /// The figure height: --height, else the preset's, else 480.
    var height: Double { command.height ?? command.preset?.size.height ?? 480 }
    /// The text size multiplier: --text-scale, else the preset's, else 1.
    var textScale: Double { command.textScale ?? command.preset?.textScale ?? 1 }
    /// The theme: --theme, else the preset's, else light.
    var theme: Theme.Name { command.theme ?? command.preset?.theme ?? .light }

    /// The named functions, the whole catalogue with --all, and the --expr function.
    private func selectedActivations() throws -> [any Activation] {
        let c = command
        if c.name != nil, c.expr == nil {
            throw CommandError.usage("--name names an --expr function; add --expr, e.g. --expr 'x * sigmoid(1.702 * x)' --name quick-gelu")
        }
        guard c.all || !c.functions.isEmpty || c.expr != nil else {
            throw CommandError.usage("name at least one function (e.g. 'actplot relu'), pass --expr or --all; 'actplot list' shows them")
        }
        var seen = Set<String>()
        var result = try (c.all ? [] : c.functions).compactMap { name -> (any Activation)? in
            // Softmax maps a vector to a vector: it is drawn as its report section, not as a pair.
            if FigureSection.id(drawing: name) != nil, Catalogue.find(name) == nil { return nil }
            let activation = try Parsing.activation(named: name)
            return seen.insert(activation.id).inserted ? activation : nil
        }
        if c.all { result = Catalogue.all }
        if let expr = c.expr {
            let custom = try Parsing.expression(expr, name: c.name)
            guard !result.contains(where: { $0.id == custom.id }) else {
                throw CommandError.usage(
                    "--name '\(c.name ?? custom.id)' gives the file name '\(custom.id)', which a selected function already uses; choose another name")
            }
            result.append(custom)
        }
        return result
    }

    /// Refuses PNGs Cairo cannot allocate (a side over 32767 pixels) or that would need
    /// gigabytes of memory, before anything is written.
    private func checkPixels() throws {
        let c = command
        let width = (self.width * c.scale).rounded(), height = (self.height * c.scale).rounded()
        let side = Double(Limits.maxPNGSide), area = Double(Limits.maxPNGPixels)
        guard width > side || height > side || width * height > area else { return }
        throw CommandError.usage(
            "--width \(NumberText.shortest(self.width)) --height \(NumberText.shortest(self.height)) at --scale \(NumberText.shortest(c.scale)) "
                + "makes PNGs of \(Int(width)) × \(Int(height)) pixels; at most \(Limits.maxPNGSide) a side and "
                + "\(Limits.maxPNGPixels / 1_000_000) million in all are drawn, so lower --scale or the size")
    }

    private func range() throws -> ClosedRange<Double>? {
        guard let text = command.range else { return nil }
        let range = try Parsing.range(text)
        // Axes treat a span below 1e-12 of max(1, |value|) as one value drawn flat, so a figure
        // of a narrower range would label ticks outside it; 1e-9 leaves room for nice ticks.
        let a = range.lowerBound, b = range.upperBound
        guard b - a >= Self.narrowestRange * Swift.max(1, abs(a), abs(b)) else {
            throw CommandError.usage(
                "--range '\(text)' is too narrow to draw: B − A must be at least 1e-9 × max(1, |A|, |B|); "
                    + "'actplot data' and 'actplot eval' print values on any range")
        }
        return range
    }

    /// Narrowest drawable range, relative to max(1, |A|, |B|).
    static let narrowestRange = 1e-9

    private func parameters(for activations: [any Activation]) throws -> [String: ParameterValues] {
        try Parsing.parameters(command.params, for: activations)
    }
}
