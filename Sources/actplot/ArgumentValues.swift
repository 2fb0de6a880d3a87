import ActivationMath
import ArgumentParser
import Charts
import Report

// The option values with a fixed set of choices, parsed by ArgumentParser itself, so that
// `--help` lists the choices, shell completion offers them, and a bad value is refused with one
// line naming it and the choices (after `ParseFailure` folds ArgumentParser's message).

extension Language: ExpressibleByArgument {
    /// `en`; `zh`, `zh-CN` or `zh-Hans`; `zh-TW` or `zh-Hant`.
    public init?(argument: String) {
        guard let language = Language.named(argument) else { return nil }
        self = language
    }

    /// The canonical spellings, for help and completion.
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension Theme.Name: ExpressibleByArgument {
    /// The built-in themes; style files may add to these later, and completion will list them.
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension FigurePreset: ExpressibleByArgument {
    /// The presets, for help and completion.
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// `--format png,svg`: one or more figure formats, comma-separated, each once, in order.
struct FormatList: ExpressibleByArgument, Sendable {
    /// The formats, without repeats.
    let formats: [FigureFormat]

    /// A list given in code, for the default.
    init(formats: [FigureFormat]) { self.formats = formats }

    /// The list as typed back, for help's default value.
    var defaultValueDescription: String { formats.map(\.rawValue).joined(separator: ",") }

    init?(argument: String) {
        var formats: [FigureFormat] = []
        for word in argument.split(separator: ",", omittingEmptySubsequences: false) {
            let name = word.trimmingCharacters(in: .whitespaces).lowercased()
            guard let format = FigureFormat(rawValue: name) else { return nil }
            if !formats.contains(format) { formats.append(format) }
        }
        self.formats = formats
    }

    /// The single formats; lists of them are accepted too.
    static var allValueStrings: [String] { FigureFormat.allCases.map(\.rawValue) }

    /// Completion offers the single formats.
    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
