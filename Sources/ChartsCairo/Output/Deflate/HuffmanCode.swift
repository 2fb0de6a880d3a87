/// Length-limited canonical Huffman codes, as deflate's blocks describe them.
///
/// Lengths come from an optimal Huffman tree (Moffat and Katajainen's in-place method on the
/// frequencies in ascending order); a tree deeper than deflate allows is then repaired the way
/// miniz does, by moving leaves between levels until Kraft's sum is exactly one again. The
/// repair is not quite optimal, unlike package-merge, but it runs only on the rare block deep
/// enough to need it and is a dozen lines.
enum HuffmanCode {
    /// Code lengths for `frequencies`, none longer than `limit`, zero where a symbol is unused.
    ///
    /// The code is always complete: when fewer than two symbols occur, symbols 0 and 1 stand in
    /// so that two one-bit codes exist, because decoders may refuse a lone codeword.
    /// `frequencies` must have at least two entries and at most 2^`limit`.
    static func lengths(_ frequencies: [UInt32], limit: Int) -> [UInt8] {
        var lengths = [UInt8](repeating: 0, count: frequencies.count)
        var used = frequencies.indices.filter { frequencies[$0] > 0 }
        if used.count < 2 {
            let symbol = used.first ?? 0
            lengths[symbol] = 1
            lengths[symbol == 0 ? 1 : 0] = 1
            return lengths
        }
        used.sort { (frequencies[$0], $0) < (frequencies[$1], $1) }
        var depths = used.map { Int(frequencies[$0]) }
        minimumRedundancyDepths(&depths)

        // How many symbols get each length, the deepest folded onto `limit`.
        var perLength = [Int](repeating: 0, count: limit + 1)
        for depth in depths { perLength[min(depth, limit)] += 1 }
        enforceKraft(&perLength, limit: limit)

        // Least frequent symbols (first in `used`) take the longest codes.
        var next = 0
        for length in stride(from: limit, through: 1, by: -1) {
            for _ in 0..<perLength[length] {
                lengths[used[next]] = UInt8(length)
                next += 1
            }
        }
        return lengths
    }

    /// Replaces ascending frequencies by the depths of their leaves in an optimal Huffman tree
    /// (A. Moffat and J. Katajainen, "In-place calculation of minimum-redundancy codes", 1995).
    /// Needs at least two entries.
    static func minimumRedundancyDepths(_ a: inout [Int]) {
        let n = a.count
        // First pass: combine pairs, leaving in a[next] the weight and then the parent index.
        a[0] += a[1]
        var root = 0, leaf = 2
        for next in 1..<(n - 1) {
            if leaf >= n || a[root] < a[leaf] {
                a[next] = a[root]; a[root] = next; root += 1
            } else {
                a[next] = a[leaf]; leaf += 1
            }
            if leaf >= n || (root < next && a[root] < a[leaf]) {
                a[next] += a[root]; a[root] = next; root += 1
            } else {
                a[next] += a[leaf]; leaf += 1
            }
        }
        // Second pass: depths of internal nodes, from the root down.
        a[n - 2] = 0
        for next in stride(from: n - 3, through: 0, by: -1) { a[next] = a[a[next]] + 1 }
        // Third pass: depths of the leaves.
        var available = 1, used = 0, depth = 0
        var node = n - 2, next = n - 1
        while available > 0 {
            while node >= 0 && a[node] == depth { used += 1; node -= 1 }
            while available > used { a[next] = depth; next -= 1; available -= 1 }
            available = 2 * used; depth += 1; used = 0
        }
    }

    /// Restores Kraft's sum to one after the deepest leaves were lifted to `limit`: each step
    /// drops a leaf from the bottom level and splits the deepest shorter leaf into two one
    /// level down, which lowers the sum by one bottom-level unit. Lifting k leaves raised the
    /// sum by fewer than k units, so the bottom level never runs out.
    private static func enforceKraft(_ perLength: inout [Int], limit: Int) {
        var total = 0
        for length in 1...limit { total += perLength[length] << (limit - length) }
        while total > 1 << limit {
            perLength[limit] -= 1
            for length in stride(from: limit - 1, through: 1, by: -1) where perLength[length] > 0 {
                perLength[length] -= 1
                perLength[length + 1] += 2
                break
            }
            total -= 1
        }
    }

    /// The canonical codes for `lengths` (RFC 1951, section 3.2.2), each bit-reversed, because
    /// deflate sends Huffman codes from their most significant bit and `BitWriter` packs from
    /// the least.
    static func codes(lengths: [UInt8]) -> [UInt16] {
        var perLength = [Int](repeating: 0, count: 16)
        for length in lengths where length > 0 { perLength[Int(length)] += 1 }
        var nextCode = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1..<16 {
            code = (code + perLength[length - 1]) << 1
            nextCode[length] = code
        }
        return lengths.map { length in
            guard length > 0 else { return 0 }
            let value = nextCode[Int(length)]
            nextCode[Int(length)] += 1
            var reversed = 0
            for bit in 0..<Int(length) where value >> bit & 1 == 1 { reversed |= 1 << (Int(length) - 1 - bit) }
            return UInt16(reversed)
        }
    }
}
