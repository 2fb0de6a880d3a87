/// Reads an expression into an `ExpressionNode` by recursive descent.
///
/// Hand-written because no package available here parses formulas into a tree that a generic
/// evaluator can walk over `Float`, `Double` and dual numbers alike; the grammar is small:
/// ```
/// sum     = product (("+" | "-") product)*
/// product = unary (("*" | "/") unary)*
/// unary   = ("-" | "+") unary | power          -x^2 is -(x^2)
/// power   = primary ("^" unary)?               right-associative: 2^3^2 is 2^(3^2)
/// primary = number | name | name "(" sum ("," sum)* ")" | "(" sum ")"
/// ```
/// Every recursion passes through `unary`, which counts nesting, so no input can exhaust the
/// stack; with the length bound the tree is at most a few hundred levels high.
struct ExpressionParser {
    private let source: String
    private let tokens: [ExpressionToken]
    private var index = 0
    private var depth = 0

    /// Tokenises `source`; the text has already passed the length bound.
    init(_ source: String) throws(ExpressionError) {
        self.source = source
        tokens = try ExpressionLexer(source).tokens()
    }

    /// The whole expression.
    mutating func parse() throws(ExpressionError) -> ExpressionNode {
        if current.kind == .end {
            throw ExpressionError("the expression is empty; write a function of x, e.g. x * sigmoid(1.702 * x)", in: source, at: nil)
        }
        let node = try sum()
        switch current.kind {
        case .end: return node
        case .close: throw fault("this ')' has no matching '('")
        default: throw fault("expected an operator (+ - * / ^) or the end here")
        }
    }

    private var current: ExpressionToken { tokens[min(index, tokens.count - 1)] }
    private func peek(_ ahead: Int) -> ExpressionToken { tokens[min(index + ahead, tokens.count - 1)] }
    private mutating func advance() { index = min(index + 1, tokens.count - 1) }

    private func fault(_ message: String, at token: ExpressionToken? = nil) -> ExpressionError {
        ExpressionError(message, in: source, at: (token ?? current).offset)
    }

    private mutating func sum() throws(ExpressionError) -> ExpressionNode {
        var left = try product()
        while true {
            switch current.kind {
            case .plus: advance(); left = .binary(.add, left, try product())
            case .minus: advance(); left = .binary(.subtract, left, try product())
            default: return left
            }
        }
    }

    private mutating func product() throws(ExpressionError) -> ExpressionNode {
        var left = try unary()
        while true {
            switch current.kind {
            case .times: advance(); left = .binary(.multiply, left, try unary())
            case .divide: advance(); left = .binary(.divide, left, try unary())
            default: return left
            }
        }
    }

    private mutating func unary() throws(ExpressionError) -> ExpressionNode {
        guard depth <= MathExpression.maxDepth else {
            throw fault("nested deeper than \(MathExpression.maxDepth) levels; simplify the expression")
        }
        depth += 1
        defer { depth -= 1 }
        switch current.kind {
        case .plus: advance(); return try unary()
        case .minus: advance(); return .negate(try unary())
        default: return try power()
        }
    }

    private mutating func power() throws(ExpressionError) -> ExpressionNode {
        let base = try primary()
        guard current.kind == .power else { return base }
        advance()
        let exponent = try unary()
        return .power(base, exponent, wholeExponent: Self.wholeNumber(exponent))
    }

    private mutating func primary() throws(ExpressionError) -> ExpressionNode {
        let token = current
        switch token.kind {
        case .number(let value):
            advance()
            return .number(value, text: token.text)
        case .name(let name):
            advance()
            if current.kind == .open { return try call(name, at: token) }
            return try symbol(name, at: token)
        case .open:
            advance()
            let inner = try sum()
            guard current.kind == .close else {
                throw fault("expected ')' to close the '(' at column \(token.offset + 1)")
            }
            advance()
            return inner
        default:
            throw fault("expected a number, x, a function or '(' here")
        }
    }

    /// A name not followed by '(': the variable or a constant.
    private func symbol(_ name: String, at token: ExpressionToken) throws(ExpressionError) -> ExpressionNode {
        let key = name.lowercased()
        if key == "x" { return .variable }
        if let constant = MathConstant(rawValue: key) { return .constant(constant) }
        if let hyphenated = hyphenatedFunction(after: name) {
            throw fault("'\(hyphenated)' reads as '\(name)' minus a name here; write \(ExpressionNames.typed(hyphenated))", at: token)
        }
        if ExpressionNames.isFunction(key) {
            throw fault("'\(name)' is a function; write \(name)(...) with its argument in parentheses", at: token)
        }
        throw fault("unknown name '\(name)'; \(ExpressionNames.hint(for: key, variables: true))", at: token)
    }

    /// `name(arguments)`: an elementary function or a catalogue activation.
    private mutating func call(_ name: String, at token: ExpressionToken) throws(ExpressionError) -> ExpressionNode {
        let key = name.lowercased()
        let arity: Int
        if UnaryFunction(rawValue: key) != nil || Catalogue.find(key) != nil {
            arity = 1
        } else if PairFunction(rawValue: key) != nil {
            arity = 2
        } else {
            throw fault("unknown function '\(name)'; \(ExpressionNames.hint(for: key, variables: false))", at: token)
        }
        let open = current
        advance()
        var arguments = [try sum()]
        while current.kind == .comma {
            advance()
            arguments.append(try sum())
        }
        guard current.kind == .close else {
            throw fault("expected ',' or ')' to close the '(' of \(name) at column \(open.offset + 1)")
        }
        advance()
        guard arguments.count == arity else {
            let expected = arity == 1 ? "1 argument" : "\(arity) arguments"
            throw fault("\(name) takes \(expected), not \(arguments.count)", at: token)
        }
        if let f = UnaryFunction(rawValue: key) { return .unary(f, arguments[0]) }
        if let f = PairFunction(rawValue: key) { return .pair(f, arguments[0], arguments[1]) }
        guard let activation = Catalogue.find(key) else {
            throw fault("unknown function '\(name)'", at: token)
        }
        return .activation(activation, activation.defaultParameters, arguments[0])
    }

    /// The catalogue id a user meant by `leaky-relu`, which the grammar reads as leaky − relu.
    private func hyphenatedFunction(after name: String) -> String? {
        guard current.kind == .minus, case .name(let next) = peek(1).kind else { return nil }
        return Catalogue.find("\(name)-\(next)")?.id
    }

    /// The value of a constant exponent that is a whole number, for exact repeated multiplication.
    private static func wholeNumber(_ node: ExpressionNode) -> Int? {
        guard !node.containsVariable else { return nil }
        return Int(exactly: node.evaluate(at: 0.0))
    }
}
