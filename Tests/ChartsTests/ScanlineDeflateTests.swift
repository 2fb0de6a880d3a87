import ActivationMath
import CCairo
import PropertyBased
import Testing

@testable import Charts
@testable import ChartsCairo

/// Every stream must decode, through libdeflate, to exactly the input.
@Suite("ScanlineDeflate: zlib streams for scanlines")
struct ScanlineDeflateTests {
    func expectRoundTrip(_ input: [UInt8], rowBytes: Int = 0, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let stream = ScanlineDeflate.zlib(input, rowBytes: rowBytes)
        let problems = ZlibCheck.problems(stream, original: input)
        #expect(problems.isEmpty, "\(what) (\(input.count) bytes): \(problems.joined(separator: "; "))", sourceLocation: sourceLocation)
    }

    @Test("empty input and a single byte")
    func tiny() {
        expectRoundTrip([], "empty")
        expectRoundTrip([], rowBytes: 3601, "empty with rows")
        for byte: UInt8 in [0, 1, 255] { expectRoundTrip([byte], "one byte \(byte)") }
        expectRoundTrip([7, 7], "two bytes")
        expectRoundTrip([7, 7, 7, 7, 7], rowBytes: 1, "a run with rows of one byte")
    }

    @Test(
        "zeros around the longest match, the window and the sample size",
        arguments: [1, 2, 3, 4, 257, 258, 259, 260, 516, 32767, 32768, 32769, 65536, 1_728_480])
    func zeros(count: Int) {
        let input = [UInt8](repeating: 0, count: count)
        expectRoundTrip(input, "zeros")
        expectRoundTrip(input, rowBytes: 3601, "zeros in rows")
        // 258 zeros cost a few bits; anything near a byte per zero means runs went unused.
        #expect(ScanlineDeflate.zlib(input).count <= 16 + count / 200)
    }

    @Test("random bytes are stored, barely larger than they are")
    func incompressible() {
        for count in [100, 65535, 65536, 200_000] {
            let input = DeflateInputs.random(count, seed: UInt64(count))
            expectRoundTrip(input, "random")
            let stream = ScanlineDeflate.zlib(input)
            #expect(stream.count <= count + 6 + 5 * (count / 16384 + count / 65535 + 2), "\(stream.count) bytes for \(count) random ones")
        }
    }

    @Test("runs and repeats at distances 1, one row and the whole window")
    func repeats() {
        var input = DeflateInputs.random(40000, seed: 1)
        input.replaceSubrange(100..<1100, with: repeatElement(9, count: 1000))  // distance 1
        input.replaceSubrange(5000..<6000, with: input[1399..<2399])  // distance 3601
        input.replaceSubrange(33000..<33600, with: input[232..<832])  // distance 32768
        input.replaceSubrange(39000..<39300, with: input[6200..<6500])  // beyond the window
        expectRoundTrip(input, "repeats")
        expectRoundTrip(input, rowBytes: 3601, "repeats with rows")
        expectRoundTrip(input, rowBytes: 32768, "repeats with window-wide rows")
        expectRoundTrip(input, rowBytes: 40000, "repeats with rows longer than the window")
        #expect(ScanlineDeflate.zlib(input, rowBytes: 3601).count < input.count - 2000)
    }

    @Test("synthetic scanlines, in many blocks, compress as well as libdeflate's level 5 within 10 %")
    func scanlines() {
        let input = DeflateInputs.scanlines(width: 1200, rows: 480, seed: 2)
        expectRoundTrip(input, rowBytes: 3601, "scanlines")
        let ours = ScanlineDeflate.zlib(input, rowBytes: 3601).count
        let theirs = ZlibCheck.libdeflateSize(input, level: 5)
        #expect(theirs > 0 && Double(ours) <= 1.1 * Double(theirs), "\(ours) bytes vs libdeflate's \(theirs)")
    }

    @Test("a small alphabet gives several dynamic blocks of short matches and literals")
    func severalBlocks() {
        let input = DeflateInputs.random(5 * ScanlineDeflate.blockTokens, seed: 3, below: 3)
        expectRoundTrip(input, "four-letter text")
        // Two bits of information a letter: stored blocks would take eight.
        #expect(ScanlineDeflate.zlib(input).count < input.count / 2)
    }

    @Test("a drawn figure's scanlines round-trip and stay within 5 % of libdeflate's level 5")
    func figure() throws {
        let surface = try CairoSurface.image(width: 1200, height: 480, transparent: false)
        let encoder = FigureEncoder(theme: .light, options: RenderOptions())
        try encoder.replay(
            encoder.drawing(ActivationFigure.tested(Tanh(), samples: 300).figure(), for: .png), on: surface, scale: 1)
        cairo_surface_flush(surface.pointer)
        let data = try #require(cairo_image_surface_get_data(surface.pointer))
        let stride = Int(cairo_image_surface_get_stride(surface.pointer))
        let rows = PNGWriter.filteredRows(UnsafeRawPointer(data), width: 1200, height: 480, stride: stride, channels: 3)
        expectRoundTrip(rows, rowBytes: 3601, "figure scanlines")
        let ours = ScanlineDeflate.zlib(rows, rowBytes: 3601).count
        let theirs = ZlibCheck.libdeflateSize(rows, level: 5)
        #expect(theirs > 0 && Double(ours) <= 1.05 * Double(theirs), "\(ours) bytes vs libdeflate's \(theirs)")
    }

    @Test("random inputs of runs and small-alphabet noise round-trip")
    func randomRoundTrips() async {
        let pieces = zip(Gen.uint8(in: 0...3), Gen.int(in: 1...600)).array(of: 0...30)
        await propertyCheck(count: 60, input: pieces, Gen.int(in: 0...700)) { pieces, rowBytes in
            var input: [UInt8] = []
            for (value, length) in pieces {
                // Even values are runs; odd ones noise of a few letters, which repeats by chance.
                if value.isMultiple(of: 2) {
                    input += repeatElement(value, count: length)
                } else {
                    input += DeflateInputs.random(length, seed: UInt64(input.count), below: value)
                }
            }
            let problems = ZlibCheck.problems(ScanlineDeflate.zlib(input, rowBytes: rowBytes), original: input)
            #expect(problems.isEmpty, "rows of \(rowBytes): \(problems)")
        }
    }
}
