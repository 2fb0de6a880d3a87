import Foundation
import Testing

@Suite("actplot data")
struct DataCommandTests {
    @Test("CSV has the header and one row per sample, x on a clean grid")
    func csv() throws {
        let result = try ActplotProcess.run(["data", "sigmoid", "--range", "-1:1", "--samples", "5"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "x,value,derivative")
        #expect(lines.dropFirst().map { $0.split(separator: ",")[0] } == ["-1.0", "-0.5", "0.0", "0.5", "1.0"])
        #expect(lines[3] == "0.0,0.5,0.25")
    }

    @Test("the default range is the function's own, with 201 samples")
    func defaults() throws {
        let result = try ActplotProcess.run(["data", "sigmoid"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 202)
        #expect(lines[1].hasPrefix("-20.0,") && lines[201].hasPrefix("20.0,"))
        #expect(lines[2].hasPrefix("-19.8,"))
    }

    @Test("JSON rows carry x, value and derivative; non-finite values are strings")
    func json() throws {
        let result = try ActplotProcess.run(["data", "--expr", "log(x)", "--range", "-1:1", "--samples", "3", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONOutput.parse(result.stdout) as? [[String: Any]])
        #expect(rows.count == 3)
        #expect(rows[0]["value"] as? String == "nan")
        #expect(rows[1]["value"] as? String == "-inf")
        #expect(JSONOutput.number(rows[2]["derivative"]) == 1)
        #expect(result.stdout.hasPrefix("[\n  {\"x\": -1.0, \"value\": \"nan\", \"derivative\": \"nan\"}"))
    }

    @Test("CSV writes non-finite values as nan, inf, -inf")
    func csvNonFinite() throws {
        let result = try ActplotProcess.run(["data", "--expr", "1 / x", "--range", "-1:1", "--samples", "3"])
        #expect(result.stdout.split(separator: "\n")[2] == "0.0,inf,-inf")
    }

    @Test(
        "usage errors name the bad value, exit 64",
        arguments: [
            (["data", "sigmoid", "--samples", "1"], "--samples 1 is out of range"),
            (["data", "sigmoid", "--samples", "1000001"], "from 2 to 1000000"),
            (["data", "sigmoid", "--range", "5:1"], "finite A < B"),
            (["data", "sigmoid", "--range", "a:b"], "not two numbers"),
            (["data", "sigmoid", "--format", "xml"], "Please provide one of 'csv' and 'json'"),
            (["data", "relu6x"], "unknown function 'relu6x'"),
            (["data", "softmax"], "eval softmax"),
        ])
    func usageErrors(arguments: [String], fragment: String) throws {
        let result = try ActplotProcess.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("actplot: error: ") && result.stderr.contains(fragment), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}
