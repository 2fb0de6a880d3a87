/// Rows of text printed in aligned columns, for `list` and `eval`.
struct TextTable {
    /// Column titles.
    var header: [String]
    /// The rows, each as many cells as the header.
    var rows: [[String]]

    /// Columns padded to their widest cell and separated by two spaces; no trailing spaces.
    var text: String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
        return all.map { row in
            let cells = row.enumerated().map { column, cell in
                column == row.count - 1
                    ? cell : cell + String(repeating: " ", count: max(0, (column < widths.count ? widths[column] : 0) - cell.count))
            }
            return String(cells.joined(separator: "  ").reversed().drop { $0 == " " }.reversed())
        }.joined(separator: "\n") + "\n"
    }
}
