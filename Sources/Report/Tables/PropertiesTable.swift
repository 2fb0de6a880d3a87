import ActivationMath

/// R11: one row per activation, every cell read from the catalogue (nothing typed here), so the
/// table cannot drift from the formulas the figures are drawn from.
enum PropertiesTable {
    static func headers(_ language: Language) -> [String] {
        language == .en
            ? ["Activation", "f(x)", "f′(x)", "Range", "f′ range", "Monotonic", "Zero-centred", "Saturates (left / right)", "Smoothness", "f′ at kinks", "PyTorch", "Keras", "JAX"]
            : ["激活函数", "f(x)", "f′(x)", "值域", "f′ 取值范围", "单调", "以 0 为中心", "饱和（左 / 右）", "光滑性", "折点处的 f′", "PyTorch", "Keras", "JAX"]
    }

    static func rows(_ language: Language) -> [[String: Any]] {
        Catalogue.all.map { a in
            let p = a.properties
            let yes = language == .en ? "yes" : "是", no = language == .en ? "no" : "否"
            func flag(_ b: Bool) -> String { b ? yes : no }
            return [
                "id": a.id, "name": a.name[language],
                "formula": a.formula.value, "derivative": a.formula.derivative,
                // A no-break space after the comma keeps an interval such as "(0, 1)" on one line.
                "cells": [
                    p.range.replacingOccurrences(of: ", ", with: ",\u{00A0}"),
                    p.derivativeRange.replacingOccurrences(of: ", ", with: ",\u{00A0}"), flag(p.monotonic), flag(p.zeroCentred),
                    "\(flag(p.saturatesLeft)) / \(flag(p.saturatesRight))", continuity(p.continuity, language),
                    kinkConvention(a, language), p.pytorch ?? "—", p.keras ?? "—", p.jax ?? "—",
                ],
            ]
        }
    }

    static func continuity(_ c: ActivationProperties.Continuity, _ language: Language) -> String {
        switch c {
        case .discontinuous: return language == .en ? "discontinuous" : "不连续"
        case .c0: return language == .en ? "continuous (C⁰)" : "连续（C⁰）"
        case .c1: return "C¹"
        case .c2: return "C²"
        case .smooth: return language == .en ? "smooth" : "光滑"
        }
    }

    /// "f′(0) = 0" for each breakpoint where f′ jumps: the value autograd uses there.
    static func kinkConvention(_ a: any Activation, _ language: Language, parameters: ParameterValues? = nil) -> String {
        let jumps = a.breakpoints(parameters ?? a.defaultParameters).filter { $0.derivative.isJump }
        guard !jumps.isEmpty else { return "—" }
        return jumps.map { "f′(\(NumberText.short($0.x))) = \(NumberText.short($0.derivative.at))" }.joined(separator: ", ")
    }
}

/// Numbers as prose shows them: shortest round-trip form, a true minus sign, no trailing ".0".
enum NumberText {
    static func short(_ v: Double) -> String {
        let s = v.shortText
        return s.hasPrefix("-") ? "−" + s.dropFirst() : s
    }
}
