import ActivationMath

/// R12: the documents' printed outputs beside the project's float32 values, each cell marked.
enum ValueTables {
    static func model(_ seeds: SeedValues, strings: Strings) -> ValuesModel {
        var agreeing = 0, total = 0
        let tables: [ValueTable] = seeds.cases.compactMap { c in
            guard let rows = SeedValues.compare(c) else { return nil }
            agreeing += rows.filter(\.agrees).count
            total += rows.count
            let name = Catalogue.find(c.function).map(strings.name(of:)) ?? c.function
            let params = c.params.sorted { $0.key < $1.key }.map { "\($0.key) = \(ProseNumber.text($0.value))" }.joined(separator: ", ")
            let framework = c.framework == "pytorch" ? "PyTorch" : "TensorFlow"
            return ValueTable(
                title: params.isEmpty ? name : strings("values.title-with-parameters", ["name": name, "parameters": params]),
                source: strings("values.source", ["source": "\(c.source)", "framework": framework]),
                rows: rows.map { r in
                    ValueRow(
                        x: ProseNumber.text(r.x), printed: r.printed, ours: "\(r.ours)", mark: r.agrees ? "✓" : "✗",
                        status: r.agrees ? "agree" : "differ")
                })
        }
        return ValuesModel(
            heading: strings("values.heading"),
            intro: strings("values.intro", ["agreeing": "\(agreeing)", "total": "\(total)"]),
            columns: strings.list("values.column"), tables: tables)
    }
}
