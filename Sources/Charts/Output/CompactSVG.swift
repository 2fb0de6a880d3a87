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
    /// Decimal places kept in coordinates.
    static let decimals = 2

    static func compact(_ svg: [UInt8]) -> [UInt8] {
        let used = referencedIDs(svg)
        var out: [UInt8] = []
        out.reserveCapacity(svg.count / 2)
        var i = 0
        var roundJoin = false, inSymbol = false
        while i < svg.count {
            if let end = match(svg, i, "<symbol "), let skip = unusedSymbolEnd(svg, from: end, used: used) {
                // Cairo defines glyph 0 of each font whether or not any text uses it.
                i = skip
            } else if let end = match(svg, i, "<symbol ") {
                inSymbol = true
                out += svg[i..<end]
                i = end
            } else if let end = match(svg, i, "</symbol>") {
                inSymbol = false
                out += svg[i..<end]
                i = end
            } else if inSymbol, let end = match(svg, i, "<path style=\"stroke:none;\"") {
                // A glyph is filled by the <use> that places it; nothing above sets a stroke.
                out += Array("<path".utf8)
                i = end
            } else if let end = match(svg, i, "id=\"glyph") {
                out += Array("id=\"g".utf8)
                i = end
            } else if let end = match(svg, i, "\"#glyph") {
                out += Array("\"#g".utf8)
                i = end
            } else if let end = match(svg, i, "\n  <use") {
                out += Array("\n<use".utf8)
                i = end
            } else if let end = match(svg, i, " d=\"") {
                out += Array(" d=\"".utf8)
                i = rewritePathData(svg, from: end, into: &out)
            } else if let end = match(svg, i, " x=\"") ?? match(svg, i, " y=\"") {
                out += svg[i..<end]
                let close = svg[end...].firstIndex(of: quote) ?? svg.count
                out += number(svg[end..<close]) ?? Array(svg[end..<close])
                i = close
            } else if let end = match(svg, i, "rgb("), let (hex, next) = hexColour(svg, from: end) {
                out += hex
                i = next
            } else if let end = match(svg, i, "style=\"") {
                roundJoin = false
                out += svg[i..<end]
                i = end
            } else if let end = match(svg, i, "stroke-linejoin:round;") {
                roundJoin = true
                out += svg[i..<end]
                i = end
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
    static let defaults = ["stroke-opacity:1;", "fill-opacity:1;", "stroke-linecap:butt;", "stroke-linejoin:miter;"]

    private static let quote = UInt8(ascii: "\"")

    /// The index after `pattern` when `bytes` has it at `i`.
    private static func match(_ bytes: [UInt8], _ i: Int, _ pattern: StaticString) -> Int? {
        let n = pattern.utf8CodeUnitCount
        guard i + n <= bytes.count else { return nil }
        return pattern.withUTF8Buffer { p in
            for k in 0..<n where bytes[i + k] != p[k] { return nil }
            return i + n
        }
    }

    private static func match(_ bytes: [UInt8], _ i: Int, _ pattern: String) -> Int? {
        let p = Array(pattern.utf8)
        guard i + p.count <= bytes.count, bytes[i] == p[0] else { return nil }
        return bytes[i..<(i + p.count)].elementsEqual(p) ? i + p.count : nil
    }

    /// Rewrites path data up to its closing quote; returns the index of that quote.
    private static func rewritePathData(_ svg: [UInt8], from start: Int, into out: inout [UInt8]) -> Int {
        let close = svg[start...].firstIndex(of: quote) ?? svg.count
        var tokens = svg[start..<close].split(separator: UInt8(ascii: " "))
        // Cairo ends a closed subpath with a move to its start, which draws nothing.
        if tokens.count > 3, tokens[tokens.count - 3].elementsEqual([UInt8(ascii: "M")]) {
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

    /// A decimal number rounded to `decimals` places in its shortest form, or nil when the
    /// bytes are not a plain decimal number.
    static func number(_ text: ArraySlice<UInt8>) -> [UInt8]? {
        guard !text.isEmpty, let value = Double(String(decoding: text, as: UTF8.self)), value.isFinite else { return nil }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value * scale).rounded()
        guard abs(scaled) < 1e15 else { return Array(text) }
        var units = Int(abs(scaled))
        if units == 0 { return [UInt8(ascii: "0")] }
        var fraction: [UInt8] = []
        for _ in 0..<decimals {
            fraction.insert(UInt8(ascii: "0") + UInt8(units % 10), at: 0)
            units /= 10
        }
        while fraction.last == UInt8(ascii: "0") { fraction.removeLast() }
        var out: [UInt8] = scaled < 0 ? [UInt8(ascii: "-")] : []
        if units > 0 { out += Array(String(units).utf8) }
        if fraction.isEmpty {
            if units == 0 { out.append(UInt8(ascii: "0")) }
        } else {
            out.append(UInt8(ascii: "."))
            out += fraction
        }
        return out
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
