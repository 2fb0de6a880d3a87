import ActivationMath
import ArgumentParser

/// `actplot eval`: values and derivatives at exact points, as a table or JSON.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Print f(x) and f′(x) at the given points.",
        discussion: """
            Numbers print in their shortest round-trip form (1.0, 0.25, 1e-07); nan, inf and -inf \
            are strings in JSON. For softmax, --at is the input vector and the output is its \
            values and Jacobian.
            """)

    @OptionGroup var selection: FunctionSelection

    @Option(parsing: .unconditionalSingleValue, help: "Points, comma-separated, e.g. --at -1,0,2.5; repeatable.")
    var at: [String] = []

    @Flag(help: "Print a JSON array of {\"x\", \"value\", \"derivative\"}.")
    var json = false

    @Flag(help: "Evaluate in Float (float32) instead of Double.")
    var float = false

    func run() throws {
        try CommandError.reporting(execute)
    }

    private func execute() throws {
        if selection.isSoftmax { return try softmax() }
        let (activation, parameters) = try selection.resolve()
        let text =
            float
            ? try table(Float.self, activation, parameters) : try table(Double.self, activation, parameters)
        try StandardOutput.print(text)
    }

    /// One row per point, computed in `T`.
    private func table<T: ActivationScalar & BinaryFloatingPoint & LosslessStringConvertible>(
        _ type: T.Type, _ activation: any Activation, _ parameters: ParameterValues
    ) throws -> String {
        let points = try Parsing.numbers(at, option: "--at", as: T.self)
        let rows = points.map { x in [x, activation.value(x, parameters), activation.derivative(x, parameters)] }
        let header = ["x", "value", "derivative"]
        if json {
            return JSONValue.array(rows.map { .object(Array(zip(header, $0.map(JSONValue.number)))) }).document
        }
        return TextTable(header: header, rows: rows.map { $0.map(NumberText.shortest) }).text
    }

    /// The input vector's softmax and the Jacobian diag(s) − s sᵀ.
    private func softmax() throws {
        guard !float else { throw CommandError.usage("softmax is evaluated in Double only; drop --float") }
        guard selection.params.isEmpty else { throw CommandError.usage("softmax takes no parameters; drop --param") }
        let x = try Parsing.numbers(at, option: "--at", as: Double.self)
        guard x.count <= Limits.maxSoftmaxLength else {
            throw CommandError.usage(
                "--at has \(x.count) numbers; softmax takes at most \(Limits.maxSoftmaxLength) (its Jacobian has the square of that)")
        }
        let s = Softmax.values(x), jacobian = Softmax.jacobian(x)
        if json {
            let vector = { (v: [Double]) in JSONValue.array(v.map(JSONValue.number)) }
            try StandardOutput.print(JSONValue.object([("x", vector(x)), ("value", vector(s)), ("jacobian", .array(jacobian.map(vector)))]).document)
            return
        }
        let values = TextTable(
            header: ["i", "x", "value"], rows: x.indices.map { ["\($0)", NumberText.shortest(x[$0]), NumberText.shortest(s[$0])] })
        let matrix = TextTable(
            header: ["i\\j"] + x.indices.map(String.init),
            rows: jacobian.enumerated().map { ["\($0.offset)"] + $0.element.map(NumberText.shortest) })
        try StandardOutput.print(values.text + "\nJacobian ∂value[i]/∂x[j] = diag(s) − s sᵀ:\n" + matrix.text)
    }
}
