import PropertyBased
import Testing

@testable import Charts
@testable import ChartsCairo

/// The encoder's parts against their definitions: RFC 1951's tables, Huffman's optimum,
/// Kraft's inequality, and the bytes that tokens and code-length runs stand for.
@Suite("ScanlineDeflate parts")
struct DeflatePartsTests {
    /// Kraft's sum of `lengths` in units of 2^-limit (complete codes give exactly 2^limit).
    func kraft(_ lengths: [UInt8], limit: Int) -> Int {
        lengths.filter { $0 > 0 }.reduce(0) { $0 + 1 << (limit - Int($1)) }
    }

    @Test("lengths and distances map to RFC 1951's symbols and extra bits")
    func symbols() {
        let lengthBases = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
        let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
        for length in 3...258 {
            let k = lengthBases.lastIndex { $0 <= length } ?? 0
            let got = DeflateSymbols.length(length)
            #expect(got.symbol == 257 + k && got.extraBits == lengthExtra[k] && got.extra == length - lengthBases[k], "length \(length): \(got)")
            #expect(DeflateSymbols.lengthExtraBits(symbol: got.symbol) == lengthExtra[k])
        }
        let distanceBases = [
            1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385,
            24577,
        ]
        for distance in 1...32768 {
            let k = distanceBases.lastIndex { $0 <= distance } ?? 0
            let got = DeflateSymbols.distance(distance)
            let extraBits = k < 4 ? 0 : k / 2 - 1
            #expect(got.symbol == k && got.extraBits == extraBits && got.extra == distance - distanceBases[k], "distance \(distance): \(got)")
            #expect(DeflateSymbols.distanceExtraBits(symbol: k) == extraBits)
        }
    }

    @Test("without a binding limit the lengths are Huffman's (CLRS's example)")
    func optimal() {
        let lengths = HuffmanCode.lengths([45, 13, 12, 16, 9, 5], limit: 15)
        #expect(lengths == [1, 3, 3, 3, 4, 4])
    }

    @Test(
        "Fibonacci frequencies: Huffman wants more than 15 bits; the limited code is complete",
        arguments: [(30, 15), (286, 15), (19, 7)])
    func limited(symbols: Int, limit: Int) {
        var fibonacci: [UInt32] = [1, 1]
        while fibonacci.count < min(symbols, 40) { fibonacci.append(fibonacci[fibonacci.count - 1] + fibonacci[fibonacci.count - 2]) }
        let frequencies = (0..<symbols).map { $0 < fibonacci.count ? fibonacci[$0] : 1 }
        var depths = frequencies.sorted().map(Int.init)
        HuffmanCode.minimumRedundancyDepths(&depths)
        #expect(depths.max()! > limit, "the unlimited code must exceed the limit for this test to mean anything")

        let lengths = HuffmanCode.lengths(frequencies, limit: limit)
        #expect(lengths.allSatisfy { $0 >= 1 && $0 <= limit })
        #expect(kraft(lengths, limit: limit) == 1 << limit)
        for a in frequencies.indices {
            for b in frequencies.indices where frequencies[a] > frequencies[b] {
                #expect(lengths[a] <= lengths[b], "a more frequent symbol got a longer code")
            }
        }
    }

    @Test("random frequencies give complete codes within the limit")
    func randomCodes() async {
        await propertyCheck(input: Gen.uint32(in: 0...100_000).array(of: 2...286), Gen.int(in: 9...15)) { frequencies, limit in
            let lengths = HuffmanCode.lengths(frequencies, limit: limit)
            #expect(lengths.allSatisfy { $0 <= limit })
            #expect(zip(frequencies, lengths).allSatisfy { $0 == 0 || $1 > 0 }, "a used symbol has no code")
            #expect(kraft(lengths, limit: limit) == 1 << limit)
        }
    }

    @Test("one or no symbol still gets a complete code of two one-bit codewords", arguments: [[0, 0, 0], [0, 5, 0], [7, 0, 0]] as [[UInt32]])
    func degenerate(frequencies: [UInt32]) {
        let lengths = HuffmanCode.lengths(frequencies, limit: 15)
        #expect(lengths.filter { $0 == 1 }.count == 2 && lengths.filter { $0 > 1 }.isEmpty)
        for (symbol, frequency) in frequencies.enumerated() where frequency > 0 { #expect(lengths[symbol] == 1) }
    }

    @Test("canonical codes are RFC 1951's example, bit-reversed")
    func canonical() {
        let codes = HuffmanCode.codes(lengths: [3, 3, 3, 3, 3, 2, 4, 4])
        let expected = [0b010, 0b011, 0b100, 0b101, 0b110, 0b00, 0b1110, 0b1111]
        let lengths = [3, 3, 3, 3, 3, 2, 4, 4]
        for k in codes.indices {
            let unreversed = (0..<lengths[k]).reduce(0) { $0 << 1 | (Int(codes[k]) >> $1 & 1) }
            #expect(unreversed == expected[k], "symbol \(k)")
        }
    }

    @Test("code-length runs expand back to the lengths")
    func codeLengthRuns() async {
        let pieces = zip(Gen.uint8(in: 0...15), Gen.int(in: 1...200)).array(of: 1...20)
        await propertyCheck(input: pieces) { pieces in
            let lengths = pieces.flatMap { repeatElement($0.0, count: $0.1) }
            var expanded: [UInt8] = []
            for run in DynamicBlockHeader.runLengthCoded(lengths) {
                let symbol = run & 0xFF, extra = Int(run >> 8)
                switch symbol {
                case 16: expanded += repeatElement(expanded.last ?? 99, count: 3 + extra)
                case 17: expanded += repeatElement(0, count: 3 + extra)
                case 18: expanded += repeatElement(0, count: 11 + extra)
                default: expanded.append(UInt8(symbol))
                }
                #expect(symbol < 16 || extra < [4, 8, 128][Int(symbol) - 16], "extra value \(extra) too large for \(symbol)")
            }
            #expect(expanded == lengths)
        }
    }

    /// The tokens the finder makes for `input`, in one block.
    func tokens(_ input: [UInt8], rowBytes: Int) -> [(length: Int, distance: Int, literal: UInt8)] {
        input.withUnsafeBytes { bytes in
            var finder = MatchFinder(bytes.baseAddress, count: bytes.count, rowBytes: rowBytes)
            var block = TokenBlock(capacity: input.count + 1)
            finder.parse(into: &block)
            return (0..<block.count).map { k in
                let token = block.tokens[k]
                return (Int(token & 0xFFFF), Int(token >> 16), UInt8(truncatingIfNeeded: token))
            }
        }
    }

    @Test("tokens rebuild the input with legal lengths and distances, reaching one row and the whole window")
    func matchFinder() {
        var input = DeflateInputs.random(40000, seed: 4, below: 15)
        input.replaceSubrange(5000..<5400, with: input[1399..<1799])
        input.replaceSubrange(33000..<33300, with: input[232..<532])
        for rowBytes in [0, 3601, 32768] {
            var rebuilt: [UInt8] = []
            let found = tokens(input, rowBytes: rowBytes)
            for token in found {
                if token.distance == 0 {
                    rebuilt.append(token.literal)
                } else {
                    #expect((3...258).contains(token.length) && (1...32768).contains(token.distance))
                    guard token.distance <= rebuilt.count else { Issue.record("distance before the start"); return }
                    for _ in 0..<token.length { rebuilt.append(rebuilt[rebuilt.count - token.distance]) }
                }
            }
            #expect(rebuilt == input, "rows of \(rowBytes)")
            if rowBytes > 0 { #expect(found.contains { $0.distance == rowBytes && $0.length >= 200 }) }
        }
    }

    @Test("a match is found behind a nearer, shorter one with the same first three bytes")
    func secondCandidate() {
        var input = DeflateInputs.random(400, seed: 9, below: 15)
        let long = Array("ABCDEFGHIJ".utf8), short = Array("ABCz".utf8)
        input.replaceSubrange(100..<110, with: long)
        input.replaceSubrange(200..<204, with: short)
        input.replaceSubrange(300..<310, with: long)
        let found = tokens(input, rowBytes: 0)
        // The nearer "ABC" at 200 gives three bytes; the one at 100, second in its chain, ten.
        #expect(found.contains { $0.distance == 200 && $0.length >= 10 })
    }
}
