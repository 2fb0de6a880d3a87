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
        guard let language = Language(rawValue: c.lang) else {
            throw CommandError.usage("unknown --lang '\(c.lang)'; use en or zh")
        }
        guard let theme = Theme.Name(rawValue: c.theme) else {
            throw CommandError.usage("unknown --theme '\(c.theme)'; use \(Theme.Name.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard (2...Limits.maxSamples).contains(c.samples) else {
            throw CommandError.usage("--samples \(c.samples) is out of range; use a whole number from 2 to \(Limits.maxSamples)")
        }
        guard c.scale.isFinite, (0.25...8).contains(c.scale) else {
            throw CommandError.usage("--scale \(c.scale) is out of range; use a number from 0.25 to 8")
        }
        for (name, value) in [("--width", c.width), ("--height", c.height)] where !(value.isFinite && (200...8000).contains(value)) {
            throw CommandError.usage("\(name) \(value) is out of range; use a number of pixels from 200 to 8000")
        }
        let jobs = c.jobs ?? min(ProcessInfo.processInfo.activeProcessorCount, Limits.jobs.upperBound)
        guard Limits.jobs.contains(jobs) else {
            throw CommandError.usage("--jobs \(jobs) is out of range; use a whole number from 1 to \(Limits.jobs.upperBound)")
        }
        let templates = try c.templates.map { try TemplateSet.load(from: URL(fileURLWithPath: $0)) } ?? TemplateSet.builtIn()
        var options = ReportOptions(
            outputFolder: URL(fileURLWithPath: c.out, isDirectory: true),
            activations: activations, templates: templates,
            parameters: try parameters(for: activations), formats: try formats(),
            language: language, theme: theme, render: RenderOptions(scale: c.scale, transparent: c.transparent),
            size: Size(width: c.width, height: c.height), samples: c.samples, range: try range(),
            writePage: !c.noReport)
        options.jobs = jobs
        return options
    }

    private func selectedActivations() throws -> [any Activation] {
        if command.all { return Catalogue.all }
        guard !command.functions.isEmpty else {
            throw CommandError.usage("name at least one function (e.g. 'actplot relu') or pass --all; 'actplot list' shows them")
        }
        var seen = Set<String>()
        return try command.functions.compactMap { name in
            guard let activation = Catalogue.find(name) else {
                let near = Catalogue.suggestions(for: name)
                let hint = near.isEmpty ? "'actplot list' shows every id" : "did you mean \(near.joined(separator: ", "))?"
                throw CommandError.usage("unknown function '\(name)'; \(hint)")
            }
            return seen.insert(activation.id).inserted ? activation : nil
        }
    }

    private func formats() throws -> [FigureFormat] {
        var result: [FigureFormat] = []
        for word in command.format.split(separator: ",", omittingEmptySubsequences: false) {
            let name = word.trimmingCharacters(in: .whitespaces).lowercased()
            guard let format = FigureFormat(rawValue: name) else {
                throw CommandError.usage("unknown --format '\(name)'; use png, svg or pdf, comma-separated")
            }
            if !result.contains(format) { result.append(format) }
        }
        return result
    }

    private func range() throws -> ClosedRange<Double>? {
        guard let text = command.range else { return nil }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let a = Double(parts[0]), let b = Double(parts[1]) else {
            throw CommandError.usage("--range '\(text)' is not two numbers A:B, e.g. --range=-5:5")
        }
        guard a.isFinite, b.isFinite, a < b else {
            throw CommandError.usage("--range '\(text)' must have finite A < B, e.g. --range=-5:5")
        }
        return a...b
    }

    /// Applies each KEY=VALUE to every selected activation that declares KEY.
    private func parameters(for activations: [any Activation]) throws -> [String: ParameterValues] {
        var result = Dictionary(uniqueKeysWithValues: activations.map { ($0.id, $0.defaultParameters) })
        for item in command.params {
            let pair = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, !pair[0].isEmpty else {
                throw CommandError.usage("--param '\(item)' is not KEY=VALUE, e.g. --param alpha=0.1")
            }
            guard let value = Double(pair[1]) else {
                throw CommandError.usage("--param \(pair[0])='\(pair[1])' is not a number")
            }
            let owners = activations.filter { a in a.parameters.contains { $0.name == pair[0] } }
            guard !owners.isEmpty else {
                let known = Set(activations.flatMap { $0.parameters.map(\.name) }).sorted()
                let hint = known.isEmpty ? "the selected functions take no parameters" : "known: \(known.joined(separator: ", "))"
                throw CommandError.usage("unknown --param '\(pair[0])'; \(hint)")
            }
            for a in owners {
                if let spec = a.parameters.first(where: { $0.name == pair[0] }), !spec.domain.contains(value) {
                    throw CommandError.usage("--param \(pair[0])=\(pair[1]) is outside the domain of \(a.id); use \(spec.domain.description)")
                }
                result[a.id]?[pair[0]] = value
            }
        }
        return result
    }
}
