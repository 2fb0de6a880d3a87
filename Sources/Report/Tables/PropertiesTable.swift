import ActivationMath

/// R11: one row per activation, every cell read from the catalogue (nothing typed here), so the
/// table cannot drift from the formulas the figures are drawn from.
enum PropertiesTable {
    static func headers(_ strings: Strings) -> [String] {
        strings.list("properties.header")
    }

    static func rows(_ strings: Strings) -> [[String: Any]] {
        Catalogue.all.map { a in
            let p = a.properties
            func flag(_ b: Bool) -> String { strings(b ? "properties.yes" : "properties.no") }
            return [
                "id": a.id, "name": strings.name(of: a),
                "formula": a.formula.value, "derivative": a.formula.derivative,
                // A no-break space after the comma keeps an interval such as "(0, 1)" on one line.
                "cells": [
                    p.range.replacingOccurrences(of: ", ", with: ",\u{00A0}"),
                    p.derivativeRange.replacingOccurrences(of: ", ", with: ",\u{00A0}"), flag(p.monotonic), flag(p.zeroCentred),
                    strings("properties.saturates", ["left": flag(p.saturatesLeft), "right": flag(p.saturatesRight)]),
                    strings("properties.continuity.\(p.continuity.rawValue)"),
                    kinkConvention(a, strings), p.pytorch ?? "—", p.keras ?? "—", p.jax ?? "—",
                ],
            ]
        }
    }

    /// "f′(0) = 0" for each breakpoint where f′ jumps: the value autograd uses there; and where
    /// f itself jumps, that f′ does not exist at all (whatever a framework returns).
    static func kinkConvention(_ a: any Activation, _ strings: Strings, parameters: ParameterValues? = nil) -> String {
        let points = a.breakpoints(parameters ?? a.defaultParameters).filter { $0.derivative.isJump || $0.value.isJump }
        guard !points.isEmpty else { return "—" }
        return points.map { b in
            b.value.isJump
                ? strings("properties.jump-derivative", ["x": ProseNumber.text(b.x)])
                : ProseNumber.equation("f′(\(ProseNumber.text(b.x)))", b.derivative.at)
        }.joined(separator: strings("page.list-separator"))
    }
}
