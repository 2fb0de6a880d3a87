import ActivationMath

/// R12: the documents' printed outputs beside the project's float32 values, each cell marked.
enum ValueTables {
    static func context(_ seeds: SeedValues, language: Language) -> [String: Any] {
        let en = language == .en
        var agreeing = 0, total = 0
        let tables: [[String: Any]] = seeds.cases.compactMap { c in
            guard let rows = SeedValues.compare(c) else { return nil }
            agreeing += rows.filter(\.agrees).count
            total += rows.count
            let name = Catalogue.find(c.function)?.name[language] ?? c.function
            let params = c.params.sorted { $0.key < $1.key }.map { "\($0.key) = \(NumberText.short($0.value))" }.joined(separator: ", ")
            let framework = c.framework == "pytorch" ? "PyTorch" : "TensorFlow"
            return [
                "title": params.isEmpty ? name : "\(name) (\(params))",
                "source": en ? "Document \(c.source), printed by \(framework)" : "文档 \(c.source)，由 \(framework) 输出",
                "rows": rows.map { r in
                    [
                        "x": NumberText.short(r.x), "printed": r.printed, "ours": "\(r.ours)",
                        "mark": r.agrees ? "✓" : "✗", "status": r.agrees ? "agree" : "differ",
                    ]
                },
            ]
        }
        return [
            "heading": en ? "The documents' numbers, recomputed" : "文档中的数值（重新计算）",
            "intro": en
                ? "Each value the documents printed beside the value actplot computes in float32. A value agrees (✓) when it lies within half a unit of the last printed digit plus one float32 ulp; the frameworks' own float32 kernels are not correctly rounded, so the last digit may differ by one. \(agreeing) of \(total) values agree."
                : "文档输出的每个数值与 actplot 以 float32 计算的值并列。若差值不超过最后一位打印数字的半个单位加一个 float32 ulp，即视为一致（✓）；各框架自身的 float32 实现并非正确舍入，因此最后一位可能相差 1。\(total) 个数值中有 \(agreeing) 个一致。",
            "columns": en ? ["x", "printed", "actplot (float32)", "agrees"] : ["x", "文档输出", "actplot（float32）", "一致"],
            "tables": tables,
        ]
    }
}
