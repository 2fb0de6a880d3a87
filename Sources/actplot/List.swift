import ActivationMath
import ArgumentParser

/// `actplot list`: every name the other commands accept, with parameters and range.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the activations: id, aliases, parameters with defaults, range.")

    @Flag(help: "Print a JSON array of {\"id\", \"name\", \"aliases\", \"parameters\", \"range\", \"kind\"}.")
    var json = false

    /// One row of the list.
    private struct Entry {
        var id: String
        var name: LocalizedText
        var aliases: [String]
        var parameters: [ParameterSpec]
        var range: String
        var kind: String
    }

    /// The catalogue, and softmax where the catalogue has no entry for it: `eval` takes it as
    /// a vector function either way.
    private var entries: [Entry] {
        var result = Catalogue.all.map { a in
            Entry(id: a.id, name: a.name, aliases: a.aliases, parameters: a.parameters, range: a.properties.range, kind: "scalar")
        }
        if Catalogue.find("softmax") == nil {
            result.append(Entry(id: "softmax", name: LocalizedText("Softmax"), aliases: [], parameters: [], range: "(0, 1) each, sum 1", kind: "vector"))
        }
        return result
    }

    func run() throws {
        try CommandError.reporting(execute)
    }

    private func execute() throws {
        if json {
            let objects = entries.map { e in
                JSONValue.object([
                    ("id", .string(e.id)),
                    ("name", .object([("en", .string(e.name.en)), ("zh", .string(e.name.zh))])),
                    ("aliases", .array(e.aliases.map(JSONValue.string))),
                    ("parameters", .object(e.parameters.map { ($0.name, JSONValue.number($0.defaultValue)) })),
                    ("range", .string(e.range)),
                    ("kind", .string(e.kind)),
                ])
            }
            try StandardOutput.print(JSONValue.array(objects).document)
            return
        }
        let rows = entries.map { e in
            [
                e.id,
                e.aliases.isEmpty ? "—" : e.aliases.joined(separator: ", "),
                e.parameters.isEmpty ? "—" : e.parameters.map { "\($0.name)=\(NumberText.shortest($0.defaultValue))" }.joined(separator: ", "),
                e.range,
            ]
        }
        try StandardOutput.print(TextTable(header: ["id", "aliases", "parameters", "range"], rows: rows).text)
    }
}
