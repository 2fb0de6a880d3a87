import ActivationMath

/// R11: one row per activation, every cell read from the catalogue or computed from its formulas
/// (nothing typed here), so the table cannot drift from the functions the figures draw.
enum PropertiesTable {
    static func headers(_ strings: Strings) -> [String] {
        strings.list("properties.header")
    }

    /// The page's tables, each a caption key and its columns as indices into `headers`: the
    /// fourteen columns in one table are twice as wide as a laptop's page, so they are split,
    /// each table starting with the activation's name so a row reads on its own.
    static let tableColumns: [(caption: String, columns: [Int])] = [
        ("properties.table.formulas", [1, 2]),
        ("properties.table.behaviour", Array(3...10)),
        ("properties.table.frameworks", [11, 12, 13]),
    ]

    /// `rows` as the page's tables (`tableColumns`); every cell carries its column's header, which a
    /// narrow screen shows beside the value when it lays each row out as a card.
    static func tables(_ strings: Strings, rows: [PropertiesRow]) -> [PropertiesTableModel] {
        let names = headers(strings)
        return tableColumns.map { table in
            PropertiesTableModel(
                kind: String(table.caption.split(separator: ".").last ?? ""), caption: strings(table.caption),
                headers: [names[0]] + table.columns.map { names[$0] },
                rows: rows.map { row in
                    PropertiesTableRow(
                        id: row.id, name: row.name,
                        cells: table.columns.map { column in
                            switch column {
                            case 1: PropertyCell(label: names[column], text: nil, math: row.formula)
                            case 2: PropertyCell(label: names[column], text: nil, math: row.derivative)
                            default: PropertyCell(label: names[column], text: row.cells[column - 3], math: nil)
                            }
                        })
                })
        }
    }

    /// One row per catalogue entry; `computed` gives its properties at the default parameters
    /// (the page passes those it already has).
    static func rows(
        _ strings: Strings, computed: (any Activation) -> ComputedProperties = { ComputedProperties.compute(for: $0) }
    ) -> [PropertiesRow] {
        Catalogue.all.map { a in
            let p = a.properties, computed = computed(a)
            func flag(_ b: Bool) -> String { strings(b ? "properties.yes" : "properties.no") }
            return PropertiesRow(
                id: a.id, name: strings.name(of: a), formula: MathMLWriter.markup(a.formula.value),
                derivative: MathMLWriter.markup(a.formula.derivative),
                // A no-break space after the comma keeps an interval such as "(0, 1)" on one line.
                cells: [
                    p.range.replacingOccurrences(of: ", ", with: ",\u{00A0}"),
                    p.derivativeRange.replacingOccurrences(of: ", ", with: ",\u{00A0}"), flag(p.monotonic),
                    meanText(computed.meanOutput), flag(computed.isOdd),
                    strings("properties.saturates", ["left": flag(p.saturatesLeft), "right": flag(p.saturatesRight)]),
                    strings("properties.continuity.\(p.continuity.rawValue)"),
                    kinkConvention(a, strings), p.pytorch ?? "—", p.keras ?? "—", p.jax ?? "—",
                ])
        }
    }

    /// E[f(z)] for z ~ N(0, 1) as a reader sees it: a value below 1e-12 is rounding, shown as 0.
    static func meanText(_ mean: Double?) -> String {
        guard let mean else { return "—" }
        return abs(mean) < 1e-12 ? "0" : ProseNumber.text(mean)
    }

    /// "f(0) = 0, f′(0) = 1" and, where that makes it the identity to first order, a word on it.
    static func atZero(_ computed: ComputedProperties, _ strings: Strings) -> String {
        let value = ProseNumber.equation("f(0)", computed.valueAtZero)
        let slope: String
        switch computed.derivativeAtZero {
        case .undefinedJump: slope = strings("properties.jump-derivative", ["x": "0"])
        case .conventional(let left, let right, let convention):
            slope = strings(
                "activation.kink-at-zero",
                [
                    "equation": ProseNumber.equation("f′(0)", convention), "left": ProseNumber.text(left), "right": ProseNumber.text(right),
                ])
        case .defined(let d): slope = ProseNumber.equation("f′(0)", d)
        }
        let text = strings("activation.at-zero", ["value": value, "slope": slope])
        return computed.isIdentityNearOrigin ? strings("activation.identity-near-origin", ["facts": text]) : text
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
