import Foundation
import Testing

@Suite("actplot list")
struct ListCommandTests {
    @Test("the table has id, aliases, parameters and range, aligned")
    func table() throws {
        let result = try ActplotProcess.run(["list"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let header = try #require(lines.first)
        #expect(header.split(separator: " ", omittingEmptySubsequences: true) == ["id", "aliases", "parameters", "range"])
        let sigmoid = try #require(lines.first { $0.hasPrefix("sigmoid ") })
        #expect(sigmoid.contains("logistic, expit") && sigmoid.hasSuffix("(0, 1)"))
        let start = { (line: String, word: String) in line.range(of: word).map { line.distance(from: line.startIndex, to: $0.lowerBound) } }
        #expect(start(header, "aliases") == start(sigmoid, "logistic"))
    }

    @Test("JSON lists every entry with id, aliases, parameters by name and range")
    func json() throws {
        let result = try ActplotProcess.run(["list", "--json"])
        let entries = try #require(try JSONOutput.parse(result.stdout) as? [[String: Any]])
        let sigmoid = try #require(entries.first { $0["id"] as? String == "sigmoid" })
        #expect(sigmoid["aliases"] as? [String] == ["logistic", "expit"])
        #expect((sigmoid["parameters"] as? [String: Any])?.isEmpty == true)
        #expect(sigmoid["range"] as? String == "(0, 1)")
        #expect((sigmoid["name"] as? [String: String])?["en"] == "Sigmoid")
        for entry in entries {
            #expect(entry["id"] is String && entry["aliases"] is [String] && entry["parameters"] is [String: Any] && entry["range"] is String)
        }
    }

    @Test("every listed id is accepted by eval, with its parameters at their defaults")
    func listedNamesEvaluate() throws {
        let entries = try #require(try JSONOutput.parse(try ActplotProcess.run(["list", "--json"]).stdout) as? [[String: Any]])
        for entry in entries {
            let id = try #require(entry["id"] as? String)
            var arguments = ["eval", id, "--at", "0.5,1.5"]
            for (name, value) in entry["parameters"] as? [String: Any] ?? [:] {
                arguments += ["--param", "\(name)=\(JSONOutput.number(value) ?? .nan)"]
            }
            let result = try ActplotProcess.run(arguments)
            #expect(result.status == 0, "\(id): \(result.stderr)")
        }
    }
}
