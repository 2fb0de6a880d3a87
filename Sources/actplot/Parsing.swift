import ActivationMath
import Foundation

/// Bounds on numeric options, so a typo cannot ask for a billion-sample curve.
enum Limits {
    static let maxSamples = 1_000_000
    /// Worker threads `--jobs` takes.
    static let jobs = 1...64
    /// Points `eval --at` takes.
    static let maxPoints = 10_000
    /// Inputs softmax takes in `eval`: its Jacobian has the square of this many entries.
    static let maxSoftmaxLength = 1_000
    /// Longest PNG side: Cairo's limit for an image surface.
    static let maxPNGSide = 32_767
    /// Most pixels in one PNG: 400 MB of image memory. The default 1200 × 480 at --scale 8
    /// needs 37 million.
    static let maxPNGPixels = 100_000_000
}

/// The option values every command reads the same way, each turned into a checked value or a
/// usage error that names the bad value and what is accepted.
enum Parsing {
    /// The catalogue entry for an id or alias.
    static func activation(named name: String) throws -> any Activation {
        if let activation = Catalogue.find(name) { return activation }
        let near = Catalogue.suggestions(for: name)
        let hint = near.isEmpty ? "'actplot list' shows every id" : "did you mean \(near.joined(separator: ", "))?"
        throw CommandError.usage("unknown function '\(name)'; \(hint)")
    }

    /// A custom function from `--expr`, called `name`. A syntax error is the one message longer
    /// than a line: the expression with a caret under the fault.
    static func expression(_ text: String, name: String?) throws -> ExpressionActivation {
        if let name, let problem = CustomName.problem(with: name) {
            // A name of 60,000 marks is not worth echoing: the start shows which one is meant.
            let shown = name.unicodeScalars.count > 40 ? String(String.UnicodeScalarView(name.unicodeScalars.prefix(40))) + "…" : name
            throw CommandError.usage("--name '\(shown)' \(problem); give a name such as quick-gelu")
        }
        do {
            return ExpressionActivation(try MathExpression(text), name: name ?? CustomName.fallback)
        } catch  where error.offset == nil {
            throw CommandError.usage("--expr: \(error.message)")
        } catch {
            throw CommandError(message: "--expr is not a valid expression:\n\(error)", code: 64, multiline: true)
        }
    }

    /// `A:B` with finite A < B.
    static func range(_ text: String) throws -> ClosedRange<Double> {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let a = Double(parts[0]), let b = Double(parts[1]) else {
            throw CommandError.usage("--range '\(text)' is not two numbers A:B, e.g. --range=-5:5")
        }
        guard a.isFinite, b.isFinite, a < b else {
            throw CommandError.usage("--range '\(text)' must have finite A < B, e.g. --range=-5:5")
        }
        return a...b
    }

    /// A numeric option within `range`, e.g. "--scale 0.0 is out of range; use a number from
    /// 0.25 to 8"; `what` names the unit ("a number of pixels").
    static func checkRange(_ option: String, _ value: Double, _ range: ClosedRange<Double>, of what: String = "a number") throws {
        guard value.isFinite, range.contains(value) else {
            throw CommandError.usage(
                "\(option) \(value) is out of range; use \(what) from \(range.lowerBound.shortText) to \(range.upperBound.shortText)")
        }
    }

    /// Refuses a sample count outside 2...`Limits.maxSamples`.
    static func checkSamples(_ count: Int) throws {
        guard (2...Limits.maxSamples).contains(count) else {
            throw CommandError.usage("--samples \(count) is out of range; use a whole number from 2 to \(Limits.maxSamples)")
        }
    }

    /// Numbers from one or more comma-separated lists (`--at=-1,0,2.5 --at 3`), parsed
    /// directly in the evaluation type so `--float` rounds once, not twice.
    static func numbers<T: LosslessStringConvertible>(_ lists: [String], option: String, as type: T.Type) throws -> [T] {
        let example = "e.g. \(option)=-1,0,2.5"
        var result: [T] = []
        for list in lists {
            for piece in list.split(separator: ",", omittingEmptySubsequences: false) {
                let text = piece.trimmingCharacters(in: .whitespaces)
                guard let value = T(text) else {
                    throw CommandError.usage("\(option) '\(list)': '\(text)' is not a number; give numbers separated by commas, \(example)")
                }
                result.append(value)
            }
        }
        guard !result.isEmpty else { throw CommandError.usage("\(option) needs at least one number, \(example)") }
        guard result.count <= Limits.maxPoints else {
            throw CommandError.usage("\(option) has \(result.count) numbers; at most \(Limits.maxPoints) are accepted")
        }
        return result
    }

    /// Applies each KEY=VALUE to every activation that declares KEY, after checking VALUE
    /// against the parameter's domain; the result holds every activation's values by id.
    static func parameters(_ items: [String], for activations: [any Activation]) throws -> [String: ParameterValues] {
        var overrides: [(key: String, text: String, value: Double)] = []
        for item in items {
            let pair = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, !pair[0].isEmpty else {
                throw CommandError.usage("--param '\(item)' is not KEY=VALUE, e.g. --param alpha=0.1")
            }
            guard let value = Double(pair[1]) else {
                throw CommandError.usage("--param \(pair[0])='\(pair[1])' is not a number")
            }
            overrides.append((pair[0], pair[1], value))
        }
        // A key applies to every selected function that has a parameter of that name or alias;
        // the catalogue then checks names, domains and orders such as hard-tanh's min < max.
        func accepts(_ a: any Activation, _ key: String) -> Bool {
            a.parameters.contains { Catalogue.matches(key, [$0.name] + $0.aliases) }
        }
        for o in overrides where !activations.contains(where: { accepts($0, o.key) }) {
            let known = Set(activations.flatMap { $0.parameters.map(\.name) }).sorted()
            let hint = known.isEmpty ? "the selected functions take no parameters" : "known: \(known.joined(separator: ", "))"
            throw CommandError.usage("unknown --param '\(o.key)'; \(hint)")
        }
        var result = Dictionary(activations.map { ($0.id, $0.defaultParameters) }, uniquingKeysWith: { first, _ in first })
        for a in activations {
            let mine = overrides.filter { accepts(a, $0.key) }
            guard !mine.isEmpty else { continue }
            do {
                result[a.id] = try a.resolveParameters(Dictionary(mine.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last }))
            } catch let .outsideDomain(name, _, owner, domain) {
                // Echo the value as typed: "1e999" reads better than the "inf" it parsed to.
                // The key may have been an alias (negative_slope for alpha), so match it as typed.
                let names = a.parameters.first { $0.name == name }.map { [$0.name] + $0.aliases } ?? [name]
                let typed = mine.last { Catalogue.matches($0.key, names) }
                throw CommandError.usage(
                    "--param \(typed?.key ?? name)=\(typed?.text ?? "") is outside the domain of \(owner); use \(domain.description)")
            } catch {
                throw CommandError.usage("--param: \(error.description)")
            }
        }
        return result
    }
}
