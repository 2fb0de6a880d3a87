import Foundation

/// A set of reals as the properties table writes it: "(0, 1]", "{0, 1/6}",
/// "(−∞, −0.5) ∪ {0} ∪ (0.5, ∞)". Bounds may be decimals, fractions, ±∞ or ±π/2.
struct IntervalSet {
    enum Part {
        case interval(lower: Double, lowerClosed: Bool, upper: Double, upperClosed: Bool)
        case points([Double])
    }

    let parts: [Part]
    /// How far a printed bound may be from the true one: the tables print four decimals.
    let slack: Double

    init?(_ text: String) {
        var parts: [Part] = []
        var slack = 1e-12
        for piece in text.components(separatedBy: " ∪ ") {
            let trimmed = piece.trimmingCharacters(in: .whitespaces)
            guard let open = trimmed.first, let close = trimmed.last else { return nil }
            let inner = trimmed.dropFirst().dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            var numbers: [Double] = []
            for word in inner {
                guard let value = IntervalSet.number(word) else { return nil }
                if let dot = word.firstIndex(of: "."), !word.contains("/") {
                    slack = max(slack, 0.5 * pow10(-word[word.index(after: dot)...].count) + 1e-12)
                }
                numbers.append(value)
            }
            if open == "{" && close == "}" {
                parts.append(.points(numbers))
            } else if "([".contains(open), ")]".contains(close), numbers.count == 2 {
                parts.append(.interval(lower: numbers[0], lowerClosed: open == "[", upper: numbers[1], upperClosed: close == "]"))
            } else {
                return nil
            }
        }
        self.parts = parts
        self.slack = slack
    }

    /// A bound: "−0.2785", "1/6", "∞", "−π/2".
    static func number(_ word: String) -> Double? {
        var w = word.replacingOccurrences(of: "−", with: "-")
        var sign = 1.0
        if w.hasPrefix("-") { sign = -1; w.removeFirst() }
        if w == "∞" { return sign * .infinity }
        let ratio = w.split(separator: "/")
        guard (1...2).contains(ratio.count) else { return nil }
        let head = ratio[0] == "π" ? Double.pi : Double(ratio[0])
        let tail = ratio.count == 2 ? Double(ratio[1]) : 1
        guard let h = head, let t = tail else { return nil }
        return sign * h / t
    }

    /// Whether y lies in the closure of the set, give or take the printed precision.
    func containsClosure(_ y: Double) -> Bool {
        parts.contains { part in
            switch part {
            case let .interval(lower, _, upper, _):
                y >= lower - slack && y <= upper + slack
            case let .points(values):
                values.contains { abs($0 - y) <= max(slack, 1e-12 * abs($0)) }
            }
        }
    }

    /// Each finite bound or point that the samples should come close to.
    var targets: [Double] {
        parts.flatMap { part -> [Double] in
            switch part {
            case let .interval(lower, _, upper, _): [lower, upper].filter(\.isFinite)
            case let .points(values): values
            }
        }
    }

    /// The infinite ends the samples should run off to.
    var unbounded: (below: Bool, above: Bool) {
        var below = false, above = false
        for case let .interval(lower, _, upper, _) in parts {
            if lower == -.infinity { below = true }
            if upper == .infinity { above = true }
        }
        return (below, above)
    }
}

private func pow10(_ n: Int) -> Double {
    (0..<abs(n)).reduce(1.0) { value, _ in n < 0 ? value / 10 : value * 10 }
}
