/// One token of an expression, with where it starts (in characters) for error carets.
struct ExpressionToken: Sendable, Equatable {
    /// What the token is.
    enum Kind: Sendable, Equatable {
        case number(Double)
        case name(String)
        case plus, minus, times, divide, power, open, close, comma, end
    }

    var kind: Kind
    /// Characters before the token.
    var offset: Int
    /// The token as written.
    var text: String
}

/// Splits an expression into tokens. Besides ASCII it reads the signs a user copies from a
/// formula: − (U+2212) as minus, × and · as times, π as pi.
struct ExpressionLexer {
    let source: String
    private let characters: [Character]

    init(_ source: String) {
        self.source = source
        characters = Array(source)
    }

    /// All tokens, ending with `.end` at the end of the text.
    func tokens() throws(ExpressionError) -> [ExpressionToken] {
        var result: [ExpressionToken] = []
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if c.isWhitespace {
                i += 1
                continue
            }
            if let kind = Self.symbol(c) {
                result.append(ExpressionToken(kind: kind, offset: i, text: String(c)))
                i += 1
            } else if c.isASCII && (c.isNumber || c == ".") {
                let end = numberEnd(from: i)
                let text = String(characters[i..<end])
                guard let value = Double(text) else {
                    throw ExpressionError("'\(text)' is not a number; write digits such as 2, 0.5, .5 or 1e-3", in: source, at: i)
                }
                guard value.isFinite else {
                    throw ExpressionError("the number \(text) is too large for a double (at most about 1.8e308)", in: source, at: i)
                }
                result.append(ExpressionToken(kind: .number(value), offset: i, text: text))
                i = end
            } else if Self.isNameStart(c) {
                var end = i + 1
                while end < characters.count, Self.isNamePart(characters[end]) { end += 1 }
                let text = String(characters[i..<end])
                result.append(ExpressionToken(kind: .name(c == "π" ? "pi" : text), offset: i, text: text))
                i = end
            } else {
                throw ExpressionError("unexpected character '\(c)'; use numbers, x, + - * / ^, parentheses and function names", in: source, at: i)
            }
        }
        result.append(ExpressionToken(kind: .end, offset: characters.count, text: ""))
        return result
    }

    /// digits [. digits] [e [+-] digits]; the exponent is taken only when digits follow, so
    /// `2e` leaves the `e` to be reported as a name where an operator belongs.
    private func numberEnd(from start: Int) -> Int {
        var i = start
        func digits() { while i < characters.count, characters[i].isASCII, characters[i].isNumber { i += 1 } }
        digits()
        if i < characters.count, characters[i] == "." {
            i += 1
            digits()
        }
        if i < characters.count, characters[i] == "e" || characters[i] == "E" {
            var j = i + 1
            if j < characters.count, characters[j] == "+" || characters[j] == "-" { j += 1 }
            if j < characters.count, characters[j].isASCII, characters[j].isNumber {
                i = j
                digits()
            }
        }
        return i
    }

    private static func symbol(_ c: Character) -> ExpressionToken.Kind? {
        switch c {
        case "+": .plus
        case "-", "−": .minus
        case "*", "×", "·": .times
        case "/": .divide
        case "^": .power
        case "(": .open
        case ")": .close
        case ",": .comma
        default: nil
        }
    }

    private static func isNameStart(_ c: Character) -> Bool { (c.isASCII && c.isLetter) || c == "_" || c == "π" }
    private static func isNamePart(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || c == "_") }
}
