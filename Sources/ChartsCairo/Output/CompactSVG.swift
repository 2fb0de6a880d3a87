/// Shortens Cairo's SVG without changing what it draws.
///
/// Cairo writes every coordinate with six decimals, every colour as three percentages, and
/// every default style property; for a figure that is more than half of the file. This rewrites
/// the attributes Cairo emits: path data and `x`/`y` to hundredths of a pixel (far below what
/// any zoom shows for a 1200-pixel figure) with repeated line commands left implicit, colours
/// as `#rrggbb` (the 8-bit values Cairo had anyway), and style properties equal to SVG's
/// defaults dropped. Written by hand because no SVG optimiser exists as a Swift library, and
/// running one (svgo, scour) would add a Node or Python dependency to every run.
enum CompactSVG {
    static func compact(_ svg: [UInt8]) -> [UInt8] {
        let used = referencedIDs(svg)
        var out: [UInt8] = []
        out.reserveCapacity(svg.count / 2)
        var i = 0
        var roundJoin = false, inSymbol = false
        /// Copies the input up to `end` unchanged.
        func keep(to end: Int) {
            out += svg[i..<end]
            i = end
        }
        /// Writes `literal` in place of the input up to `end`.
        func replace(to end: Int, with literal: StaticString) {
            append(literal, to: &out)
            i = end
        }
        while i < svg.count {
            if let end = match(svg, i, "<symbol "), let skip = unusedSymbolEnd(svg, from: end, used: used) {
                // Cairo defines glyph 0 of each font whether or not any text uses it.
                i = skip
            } else if let end = match(svg, i, "<symbol ") {
                inSymbol = true
                keep(to: end)
            } else if let end = match(svg, i, "</symbol>") {
                inSymbol = false
                keep(to: end)
            } else if inSymbol, let end = match(svg, i, "<path style=\"stroke:none;\"") {
                // A glyph is filled by the <use> that places it; nothing above sets a stroke.
                replace(to: end, with: "<path")
            } else if let end = match(svg, i, "id=\"glyph") {
                replace(to: end, with: "id=\"g")
            } else if let end = match(svg, i, "\"#glyph") {
                replace(to: end, with: "\"#g")
            } else if let end = match(svg, i, "\n  <use") {
                replace(to: end, with: "\n<use")
            } else if let end = match(svg, i, " d=\"") {
                append(" d=\"", to: &out)
                i = rewritePathData(svg, from: end, into: &out)
            } else if let end = match(svg, i, " x=\"") ?? match(svg, i, " y=\"") {
                keep(to: end)
                let close = svg[end...].firstIndex(of: quote) ?? svg.count
                out += number(svg[end..<close]) ?? Array(svg[end..<close])
                i = close
            } else if let end = match(svg, i, "rgb("), let (hex, next) = hexColour(svg, from: end) {
                out += hex
                i = next
            } else if let end = match(svg, i, "style=\"") {
                roundJoin = false
                keep(to: end)
            } else if let end = match(svg, i, "stroke-linejoin:round;") {
                roundJoin = true
                keep(to: end)
            } else if let end = defaults.lazy.compactMap({ match(svg, i, $0) }).first {
                i = end
            } else if roundJoin, let end = match(svg, i, "stroke-miterlimit:10;") {
                // The limit only matters for mitred joins; SVG's default (4) differs from Cairo's.
                i = end
            } else {
                out.append(svg[i])
                i += 1
            }
        }
        return out
    }

    /// Every id referenced as `href="#id"`.
    private static func referencedIDs(_ svg: [UInt8]) -> Set<ArraySlice<UInt8>> {
        var ids = Set<ArraySlice<UInt8>>()
        var i = 0
        while i < svg.count {
            if let start = match(svg, i, "href=\"#") {
                let close = svg[start...].firstIndex(of: quote) ?? svg.count
                ids.insert(svg[start..<close])
                i = close
            } else {
                i += 1
            }
        }
        return ids
    }

    /// For a `<symbol` whose id nothing references, the index after its `</symbol>` line.
    private static func unusedSymbolEnd(_ svg: [UInt8], from start: Int, used: Set<ArraySlice<UInt8>>) -> Int? {
        let tagEnd = svg[start...].firstIndex(of: UInt8(ascii: ">")) ?? svg.count
        var i = start
        while i < tagEnd, match(svg, i, " id=\"") == nil { i += 1 }
        guard let idStart = match(svg, i, " id=\""), idStart < tagEnd else { return nil }
        let idEnd = svg[idStart...].firstIndex(of: quote) ?? svg.count
        guard !used.contains(svg[idStart..<idEnd]) else { return nil }
        var j = tagEnd
        while j < svg.count, match(svg, j, "</symbol>") == nil { j += 1 }
        guard var end = match(svg, j, "</symbol>") else { return nil }
        if end < svg.count, svg[end] == UInt8(ascii: "\n") { end += 1 }
        return end
    }

    /// Style properties whose value is SVG's initial value, so dropping them changes nothing.
    static let defaults: [StaticString] = ["stroke-opacity:1;", "fill-opacity:1;", "stroke-linecap:butt;", "stroke-linejoin:miter;"]

    private static let quote = UInt8(ascii: "\"")

    /// The index after `pattern` when `bytes` has it at `i`.
    private static func match(_ bytes: [UInt8], _ i: Int, _ pattern: StaticString) -> Int? {
        let n = pattern.utf8CodeUnitCount
        guard i + n <= bytes.count, bytes[i] == pattern.utf8Start.pointee else { return nil }
        return pattern.withUTF8Buffer { p in
            for k in 1..<n where bytes[i + k] != p[k] { return nil }
            return i + n
        }
    }

    private static func append(_ literal: StaticString, to out: inout [UInt8]) {
        literal.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    /// Rewrites path data up to its closing quote; returns the index of that quote.
    private static func rewritePathData(_ svg: [UInt8], from start: Int, into out: inout [UInt8]) -> Int {
        let close = svg[start...].firstIndex(of: quote) ?? svg.count
        var tokens = svg[start..<close].split(separator: UInt8(ascii: " "))
        // Cairo ends a closed subpath with a move to its start, which draws nothing.
        if tokens.count > 3, tokens[tokens.count - 3].count == 1, tokens[tokens.count - 3].first == UInt8(ascii: "M") {
            tokens.removeLast(3)
        }
        var lastCommand: UInt8 = 0
        var previousWasNumber = false
        for token in tokens {
            if token.count == 1, let c = token.first, (c | 0x20) >= UInt8(ascii: "a"), (c | 0x20) <= UInt8(ascii: "z") {
                // A repeated L or C may be left out: SVG repeats the previous command.
                if c == lastCommand, c == UInt8(ascii: "L") || c == UInt8(ascii: "C") { continue }
                out.append(c)
                lastCommand = c
                previousWasNumber = false
            } else {
                let formatted = number(token) ?? Array(token)
                // A minus sign separates numbers as well as a space does.
                if previousWasNumber, formatted.first != UInt8(ascii: "-") { out.append(UInt8(ascii: " ")) }
                out += formatted
                previousWasNumber = true
            }
        }
        return close
    }

    /// A decimal number rounded to hundredths in its shortest form, or nil when the bytes are
    /// not a number. Cairo's plain decimals are rounded on their digits, without a `Double`.
    static func number(_ text: ArraySlice<UInt8>) -> [UInt8]? {
        guard let (negative, hundredths) = plainDecimal(text) ?? viaDouble(text) else { return nil }
        if hundredths == 0 { return [UInt8(ascii: "0")] }
        var out: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        let whole = hundredths / 100, tenths = hundredths / 10 % 10, last = hundredths % 10
        if whole > 0 { appendDigits(whole, to: &out) }
        if tenths > 0 || last > 0 {
            out += [UInt8(ascii: "."), UInt8(ascii: "0") + UInt8(tenths)]
            if last > 0 { out.append(UInt8(ascii: "0") + UInt8(last)) }
        }
        return out
    }

    /// Sign and magnitude in hundredths of `[-]digits[.digits]`, rounded half away from zero.
    private static func plainDecimal(_ text: ArraySlice<UInt8>) -> (Bool, Int)? {
        var i = text.startIndex
        let negative = i < text.endIndex && text[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        var whole = 0, digits = 0
        while i < text.endIndex, let d = digit(text[i]) {
            whole = whole * 10 + d
            digits += 1
            i += 1
        }
        var fraction = [0, 0, 0]
        if i < text.endIndex, text[i] == UInt8(ascii: ".") {
            i += 1
            var k = 0
            while i < text.endIndex, let d = digit(text[i]) {
                if k < 3 { fraction[k] = d }
                k += 1
                digits += 1
                i += 1
            }
        }
        guard i == text.endIndex, digits > 0, digits < 16 else { return nil }
        let hundredths = whole * 100 + fraction[0] * 10 + fraction[1] + (fraction[2] >= 5 ? 1 : 0)
        return (negative, hundredths)
    }

    /// Anything else Swift reads as a finite number (exponents), rounded the same way.
    private static func viaDouble(_ text: ArraySlice<UInt8>) -> (Bool, Int)? {
        guard let value = Double(String(decoding: text, as: UTF8.self)), value.isFinite, abs(value) < 1e13 else { return nil }
        return (value < 0, Int((abs(value) * 100).rounded()))
    }

    private static func appendDigits(_ n: Int, to out: inout [UInt8]) {
        if n >= 10 { appendDigits(n / 10, to: &out) }
        out.append(UInt8(ascii: "0") + UInt8(n % 10))
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }

    /// `rgb(a%,b%,c%)` starting after `rgb(` as `#rrggbb`, and the index after `)`.
    private static func hexColour(_ svg: [UInt8], from start: Int) -> ([UInt8], Int)? {
        guard let close = svg[start..<min(svg.count, start + 40)].firstIndex(of: UInt8(ascii: ")")) else { return nil }
        let parts = svg[start..<close].split(separator: UInt8(ascii: ","))
        guard parts.count == 3 else { return nil }
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = [UInt8(ascii: "#")]
        for part in parts {
            guard part.last == UInt8(ascii: "%"), let p = Double(String(decoding: part.dropLast(), as: UTF8.self)),
                p >= 0, p <= 100
            else { return nil }
            let v = Int((p / 100 * 255).rounded())
            hex += [digits[v >> 4], digits[v & 15]]
        }
        return (hex, close + 1)
    }
}
