import ActivationMath
import ArgumentParser
import Report

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
        /// The name in each language, in `Language.allCases` order.
        var names: [String]
        var aliases: [String]
        var parameters: [ParameterSpec]
        var range: String
        var kind: String
    }

    /// The catalogue, and softmax where the catalogue has no entry for it: `eval` takes it as
    /// a vector function either way.
    private func entries() throws -> [Entry] {
        let catalogues = try Language.allCases.map(StringCatalogue.builtIn)
        var result = Catalogue.all.map { a in
            Entry(
                id: a.id, names: catalogues.map { $0.name(of: a) }, aliases: a.aliases, parameters: a.parameters,
                range: a.properties.range, kind: "scalar")
        }
        if Catalogue.find("softmax") == nil {
            let names = catalogues.map { $0("activation.\(Softmax.id).name") }
            result.append(Entry(id: Softmax.id, names: names, aliases: Softmax.aliases, parameters: [], range: Softmax.range, kind: "vector"))
        }
        return result
    }

    func run() throws {
        try CommandError.reporting(execute)
    }

    private func execute() throws {
        if json {
            let objects = try entries().map { e in
                JSONValue.object([
                    ("id", .string(e.id)),
                    ("name", .object(zip(Language.allCases, e.names).map { ($0.rawValue, JSONValue.string($1)) })),
                    ("aliases", .array(e.aliases.map(JSONValue.string))),
                    ("parameters", .object(e.parameters.map { ($0.name, JSONValue.number($0.defaultValue)) })),
                    ("range", .string(e.range)),
                    ("kind", .string(e.kind)),
                ])
            }
            try StandardOutput.print(JSONValue.array(objects).document)
            return
        }
        let rows = try entries().map { e in
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
