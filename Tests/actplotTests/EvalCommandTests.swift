import Foundation
import Testing

@Suite("actplot eval")
struct EvalCommandTests {
    @Test("JSON is one object per point with numbers in shortest round-trip form")
    func exactJSON() throws {
        let result = try ActplotProcess.run(["eval", "sigmoid", "--at", "0,-1", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                [
                  {"x": 0.0, "value": 0.5, "derivative": 0.25},
                  {"x": -1.0, "value": 0.2689414213699951, "derivative": 0.19661193324148185}
                ]

                """)
    }

    @Test("a negative first point needs no '=', and the tail keeps its digits")
    func tail() throws {
        let result = try ActplotProcess.run(["eval", "sigmoid", "--at", "-37.5", "--at", "37.5", "--json"])
        let rows = try #require(try JSONOutput.parse(result.stdout) as? [[String: Any]])
        #expect(rows.count == 2)
        let d = try #require(JSONOutput.number(rows[1]["derivative"]))
        #expect(abs(d - 5.175555005801869e-17) <= 4 * d.ulp)  // JAX float64 gives exactly 0 here
        #expect(JSONOutput.number(rows[0]["x"]) == -37.5)
    }

    @Test("non-finite numbers are the strings nan, inf and -inf")
    func nonFinite() throws {
        let result = try ActplotProcess.run(["eval", "--expr", "1 / x + log(x + 1)", "--at", "0,-2", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#"{"x": 0.0, "value": "inf", "derivative": "-inf"}"#))
        #expect(result.stdout.contains(#"{"x": -2.0, "value": "nan", "derivative": "nan"}"#))
        let infinite = try ActplotProcess.run(["eval", "sigmoid", "--at", "inf,nan", "--json"])
        #expect(infinite.stdout.contains(#"{"x": "inf", "value": 1.0, "derivative": 0.0}"#))
        #expect(infinite.stdout.contains(#"{"x": "nan", "value": "nan", "derivative": "nan"}"#))
    }

    @Test("--float evaluates in Float and prints the float's shortest text")
    func float() throws {
        let result = try ActplotProcess.run(["eval", "sigmoid", "--at", "0.1", "--float", "--json"])
        let row = try #require((try JSONOutput.parse(result.stdout) as? [[String: Any]])?.first)
        #expect(result.stdout.contains(#""x": 0.1,"#))
        let value = try #require(JSONOutput.number(row["value"]))
        let exact = 1 / (1 + exp(-Double(Float(0.1))))
        #expect(Float(value) == Float(exact) || abs(Float(value) - Float(exact)) <= Float(exact).ulp)
        let double = try ActplotProcess.run(["eval", "sigmoid", "--at", "0.1", "--json"])
        #expect(double.stdout != result.stdout)
    }

    @Test("aliases and case find the same entry", arguments: ["logistic", "SIGMOID", "Expit"])
    func aliases(name: String) throws {
        let reference = try ActplotProcess.run(["eval", "sigmoid", "--at", "0.5,2"])
        let result = try ActplotProcess.run(["eval", name, "--at", "0.5,2"])
        #expect(result.status == 0 && result.stdout == reference.stdout)
    }

    @Test("--expr works in place of a name, with the exact derivative")
    func expression() throws {
        let result = try ActplotProcess.run(["eval", "--expr", "x ^ 3 - 2 * x", "--at", "2", "--json"])
        #expect(result.stdout.contains(#"{"x": 2.0, "value": 4.0, "derivative": 10.0}"#), "\(result.stdout)\(result.stderr)")
    }

    @Test("the plain table aligns its columns")
    func table() throws {
        let result = try ActplotProcess.run(["eval", "sigmoid", "--at", "0,-12.5,1e-300"])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("x") && lines[0].contains("value") && lines[0].hasSuffix("derivative"))
        let column = { (line: String) in line.range(of: "  ", options: .backwards).map { line.distance(from: line.startIndex, to: $0.upperBound) } }
        #expect(Set(lines.map(column)).count == 1, "derivative column not aligned:\n\(result.stdout)")
    }

    @Test("softmax takes --at as its input vector and gives values and the Jacobian")
    func softmax() throws {
        let result = try ActplotProcess.run(["eval", "softmax", "--at", "1,2,3", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONOutput.parse(result.stdout) as? [String: Any])
        #expect(Set(object.keys) == ["x", "value", "jacobian"])
        let s = try #require((object["value"] as? [Any])?.compactMap(JSONOutput.number))
        let j = try #require((object["jacobian"] as? [[Any]])?.map { $0.compactMap(JSONOutput.number) })
        #expect(abs(s.reduce(0, +) - 1) < 1e-15)
        #expect(s == s.sorted())
        for i in 0..<3 {
            #expect(abs(j[i].reduce(0, +)) < 1e-16, "row \(i) of diag(s) − s sᵀ sums to 0")
            for k in 0..<3 { #expect(j[i][k] == j[k][i]) }
            #expect(abs(j[i][i] - s[i] * (1 - s[i])) <= 4 * j[i][i].ulp)
        }
    }

    @Test("softmax survives scores that overflow exp")
    func softmaxLarge() throws {
        let result = try ActplotProcess.run(["eval", "softmax", "--at", "1000,1000,-1000", "--json"])
        #expect(result.stdout.contains(#""value": [0.5, 0.5, 0.0]"#), "\(result.stdout)")
        #expect(!result.stdout.contains("nan"))
    }

    @Test(
        "usage errors are one line naming the bad value, exit 64",
        arguments: [
            (["eval", "sigmoud", "--at", "1"], "did you mean sigmoid"),
            (["eval", "sigmoid"], "--at needs at least one number"),
            (["eval", "sigmoid", "--at", "1,,2"], "'' is not a number"),
            (["eval", "sigmoid", "--at", "1,abc"], "'abc' is not a number"),
            (["eval", "sigmoid", "--at", "1", "--param", "alpha=2"], "unknown --param 'alpha'"),
            (["eval", "sigmoid", "--expr", "x", "--at", "1"], "not both"),
            (["eval", "--at", "1"], "name a function"),
            (["eval", "softmax", "--at", "1", "--float"], "Double only"),
            (["eval", "--expr", "", "--at", "1"], "empty"),
        ])
    func usageErrors(arguments: [String], fragment: String) throws {
        let result = try ActplotProcess.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("actplot: error: "))
        #expect(result.stderr.contains(fragment), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stdout.isEmpty)
    }

    @Test("a syntax error shows the expression with a caret under the fault")
    func caret() throws {
        let result = try ActplotProcess.run(["eval", "--expr", "x * sigmoid(1.702 * )", "--at", "1"])
        #expect(result.status == 64)
        #expect(
            result.stderr == """
                actplot: error: --expr is not a valid expression:
                x * sigmoid(1.702 * )
                                    ^ expected a number, x, a function or '(' here

                """)
    }
}
