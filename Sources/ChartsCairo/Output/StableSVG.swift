/// Makes Cairo's SVG output independent of what the process drew before.
///
/// Cairo numbers `<g id="surfaceN">` (and the ids that refer to other surfaces) from a
/// process-wide counter, so the same figure gets other ids depending on drawing order. This
/// renumbers every `surfaceN` in order of first appearance, which keeps references intact.
enum StableSVG {
    static func normalize(_ bytes: [UInt8]) -> [UInt8] {
        let prefix = Array("surface".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var numbers: [ArraySlice<UInt8>: Int] = [:]
        var i = 0
        while i < bytes.count {
            if bytes[i] == prefix[0], bytes.count - i > prefix.count, bytes[i..<(i + prefix.count)].elementsEqual(prefix) {
                var j = i + prefix.count
                while j < bytes.count, bytes[j] >= 48, bytes[j] <= 57 { j += 1 }
                if j > i + prefix.count {
                    let key = bytes[(i + prefix.count)..<j]
                    let n = numbers[key] ?? (numbers.count + 1)
                    numbers[key] = n
                    out += prefix
                    out += Array(String(n).utf8)
                    i = j
                    continue
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }
}
