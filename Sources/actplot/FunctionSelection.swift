import ActivationMath
import ArgumentParser

/// The function `eval` and `data` work on: a catalogue id or alias, or `--expr`, with
/// parameter overrides.
struct FunctionSelection: ParsableArguments {
    @Argument(help: ArgumentHelp("Activation id or alias, e.g. gelu or silu; 'actplot list' shows them.", valueName: "name"))
    var function: String?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "A function of x in place of NAME, e.g. --expr 'x * sigmoid(1.702 * x)'.",
            discussion:
                "Numbers, x, + - * / ^ (^ before unary minus: -x^2 is -(x^2)), parentheses, pi, e, exp, log, log1p, expm1, sqrt, abs, sin, cos, tanh, erf, erfc, atan, min(a,b), max(a,b), and every catalogue id with _ for - (leaky_relu(x))."
        ))
    var expr: String?

    @Option(name: .customLong("param"), help: "Parameter override KEY=VALUE, e.g. --param alpha=0.1; repeatable.")
    var params: [String] = []

    /// Whether the user asked for softmax, which maps a vector to a vector and so is evaluated
    /// apart from the scalar catalogue.
    var isSoftmax: Bool {
        guard expr == nil, let function else { return false }
        return Catalogue.find(function) == nil && Softmax.matches(function)
    }

    /// The chosen scalar activation with its parameters.
    func resolve() throws -> (activation: any Activation, parameters: ParameterValues) {
        let activation: any Activation
        switch (function, expr) {
        case (let name?, nil):
            if isSoftmax { throw CommandError.usage("softmax maps a vector to a vector; evaluate it with 'actplot eval softmax --at=1,2,3'") }
            activation = try Parsing.activation(named: name)
        case (nil, let text?):
            activation = try Parsing.expression(text, name: nil)
        case (.some, .some):
            throw CommandError.usage("give a function name or --expr, not both")
        case (nil, nil):
            throw CommandError.usage("name a function (e.g. gelu) or give --expr 'x * sigmoid(x)'; 'actplot list' shows the names")
        }
        let parameters = try Parsing.parameters(params, for: [activation])
        return (activation, parameters[activation.id] ?? activation.defaultParameters)
    }
}
