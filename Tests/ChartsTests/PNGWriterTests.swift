import ActivationMath
import CCairo
import CScanlines
import PropertyBased
import Testing

@testable import Charts
@testable import ChartsCairo

@Suite("PNG through libpng")
struct PNGWriterTests {
    let figure = ActivationFigure.tested(Sigmoid(), samples: 300).figure()

    func drawn(transparent: Bool) throws -> CairoSurface {
        let surface = try CairoSurface.image(width: 1200, height: 480, transparent: transparent)
        let encoder = FigureEncoder(theme: .light, options: RenderOptions(transparent: transparent))
        try encoder.replay(encoder.drawing(figure, for: .png), on: surface, scale: 1)
        cairo_surface_flush(surface.pointer)
        return surface
    }

    @Test("decoding the PNG gives back the surface's pixels exactly", arguments: [false, true])
    func roundTrip(transparent: Bool) throws {
        let surface = try drawn(transparent: transparent)
        let original = pixels(surface.pointer)
        let bytes = try PNGWriter.encode(overwriting: surface)
        #expect(bytes[25] == (transparent ? 6 : 2), "IHDR colour type: RGBA for transparent, RGB for opaque")
        let back = try #require(decodedPixels(bytes))
        #expect(original.count == back.count)
        let mismatches = zip(original, back).filter { $0 != $1 }.count
        #expect(mismatches == 0, "pixels that differ after the round trip")
        if transparent {
            // Antialiased edges are partly transparent: the un-premultiplying path was taken.
            #expect(original.contains { $0 >> 24 > 0 && $0 >> 24 < 255 })
            #expect(original.contains { $0 >> 24 == 0 })
        }
    }

    @Test("the same surface encodes to the same bytes")
    func deterministic() throws {
        let a = try PNGWriter.encode(overwriting: try drawn(transparent: false))
        let b = try PNGWriter.encode(overwriting: try drawn(transparent: false))
        #expect(a == b)
    }

    @Test("the file is no larger than Cairo's own writer makes it (libpng, every filter, zlib's default level)")
    func sizeAgainstCairo() throws {
        for function in [Sigmoid(), GELU(), ReLU()] as [any Activation] {
            let surface = try CairoSurface.image(width: 1200, height: 480, transparent: false)
            let encoder = FigureEncoder(theme: .light, options: RenderOptions())
            try encoder.replay(encoder.drawing(ActivationFigure.tested(function, samples: 1000).figure(), for: .png), on: surface, scale: 1)
            let sink = ByteSink()
            try CairoError.check(cairo_surface_write_to_png_stream(surface.pointer, ByteSink.write, sink.opaque), "cairo PNG")
            let ours = try PNGWriter.encode(overwriting: surface)
            #expect(ours.count <= sink.bytes.count, "\(function.id): \(ours.count) bytes vs Cairo's \(sink.bytes.count)")
        }
    }

    @Test("each row gets whichever of SUB, UP and PAETH leaves the fewest nonzero bytes, as a plain reading of the PNG specification computes them")
    func filterChoice() throws {
        let surface = try drawn(transparent: false)
        let p = surface.pointer
        let data = try #require(cairo_image_surface_get_data(p))
        let rowStride = Int(cairo_image_surface_get_stride(p))
        let rows = PNGWriter.filteredRows(UnsafeRawPointer(data), width: 1200, height: 480, stride: rowStride, channels: 3)
        let expected = FilterReference.filtered(FilterReference.packed(pixels(p), width: 1200, height: 480), rowBytes: 3601, bpp: 3)
        #expect(rows == expected)
        // A figure has rows of each kind: repeats of the row above, horizontal lines, text.
        let types = Set(stride(from: 0, to: rows.count, by: 3601).map { rows[$0] })
        #expect(types.isSuperset(of: [1, 2, 4]), "filter types used: \(types.sorted())")
    }

    @Test("rows held aside while filtering in place: as many as the pixels need, none for one pixel a row")
    func heldRows() {
        #expect(actplot_rows_held_in_place(4800, 1200) == 4)
        #expect(actplot_rows_held_in_place(8, 2) == 7)
        #expect(actplot_rows_held_in_place(12, 3) == 5)
        #expect(actplot_rows_held_in_place(4, 1) == 0, "a filtered row of one pixel is as long as the pixel")
        for width in 2...300 {
            let stride = 4 * width, rowBytes = 3 * width + 1
            let k = actplot_rows_held_in_place(stride, width)
            #expect(k > 0 && (k + 1) * rowBytes <= k * stride && k * rowBytes > (k - 1) * stride, "width \(width)")
        }
        // Refused, with the pixels untouched, where there is no such row or too little room.
        var pixels = [UInt8](repeating: 7, count: 4 * 3)
        var scratch = [UInt8](repeating: 0, count: 64)
        var held = [UInt8](repeating: 0, count: 64)
        #expect(!actplot_filter_rgb_in_place(&pixels, 4, 1, 3, &scratch, &held, 64))
        var wide = [UInt8](repeating: 7, count: 8 * 10)
        #expect(!actplot_filter_rgb_in_place(&wide, 8, 2, 10, &scratch, &held, 6))
        #expect(pixels.allSatisfy { $0 == 7 } && wide.allSatisfy { $0 == 7 })
    }

    @Test("opaque images one pixel wide and wider, short and tall, filter as the reference does, in place or not")
    func edgeSizes() throws {
        for width in [1, 2, 3, 5, 6, 7, 64] {
            for height in [1, 2, 3, 4, 7, 8, 9, 20] {
                let surface = try CairoSurface.image(width: width, height: height, transparent: false)
                let p = surface.pointer
                let data = try #require(cairo_image_surface_get_data(p))
                let stride = Int(cairo_image_surface_get_stride(p))
                for y in 0..<height {
                    for x in 0..<width {
                        // Rows that repeat the row above and rows that do not; rows 2 and 3 of
                        // every 4 black, where SUB ties with UP and wins.
                        let v = UInt32((x * 37 + y * 11) % 256)
                        let pixel = y % 4 >= 2 ? 0 : v << 16 | (255 - v) << 8 | v / 2
                        UnsafeMutableRawPointer(data).storeBytes(of: pixel, toByteOffset: y * stride + x * 4, as: UInt32.self)
                    }
                }
                cairo_surface_mark_dirty(p)
                let original = pixels(p)
                let packed = FilterReference.packed(original, width: width, height: height)
                let reference = FilterReference.filtered(packed, rowBytes: 3 * width + 1, bpp: 3)
                let scanlines = try PNGWriter.scanlines(overwriting: surface)
                #expect(scanlines.rows == reference, "\(width)×\(height)")
                #expect(decodedPixels(PNGWriter.encode(scanlines)) == original, "\(width)×\(height)")
            }
        }
    }

    /// An image surface to fill pixel by pixel, with its pixels and stride; nil, with the issue
    /// recorded, when Cairo makes none.
    static func blank(_ width: Int, _ height: Int, transparent: Bool) -> (CairoSurface, UnsafeMutablePointer<UInt8>, Int)? {
        guard let surface = try? CairoSurface.image(width: width, height: height, transparent: transparent),
            let data = cairo_image_surface_get_data(surface.pointer)
        else {
            Issue.record("no \(width)×\(height) surface")
            return nil
        }
        return (surface, data, Int(cairo_image_surface_get_stride(surface.pointer)))
    }

    @Test("random images of every small size, opaque and transparent, decode to their pixels and filter as the reference does")
    func randomImages() async {
        let images = zip(Gen.int(in: 1...40), Gen.int(in: 1...20), Gen.bool, Gen.uint64())
        await propertyCheck(count: 120, input: images) { width, height, transparent, seed in
            guard let (surface, data, stride) = Self.blank(width, height, transparent: transparent) else { return }
            // Few distinct values, in runs, so that every filter wins somewhere; channels evenly
            // spaced, so that PAETH's ties (a + b = 2c) occur.
            var rng = Xoshiro(seed: (seed, 11, 12, 13))
            let levels: [UInt32] = [0, 64, 128, 192, 255]
            let palette: [UInt32] = (0..<4).map { _ in
                (0..<4).reduce(0) { word, _ in word << 8 | levels[Int.random(in: 0..<5, using: &rng)] }
            }
            for y in 0..<height {
                for x in 0..<width {
                    var pixel = palette[Int.random(in: 0..<4, using: &rng)]
                    if Bool.random(using: &rng), x > 0 {
                        pixel = UnsafeRawPointer(data).loadUnaligned(fromByteOffset: y * stride + (x - 1) * 4, as: UInt32.self)
                    }
                    if transparent {
                        // Premultiplied: no channel above the alpha.
                        let a = pixel >> 24
                        let clamp = { (c: UInt32) in min(c, a) }
                        pixel = a << 24 | clamp(pixel >> 16 & 0xFF) << 16 | clamp(pixel >> 8 & 0xFF) << 8 | clamp(pixel & 0xFF)
                    }
                    UnsafeMutableRawPointer(data).storeBytes(of: pixel, toByteOffset: y * stride + x * 4, as: UInt32.self)
                }
            }
            cairo_surface_mark_dirty(surface.pointer)
            let original = pixels(surface.pointer)
            // Opaque rows are filtered over the pixels themselves: as the reference filters them,
            // for every size, including those whose first rows wait aside (and one pixel wide,
            // which is filtered into an array instead).
            let packed = FilterReference.packed(original, width: width, height: height)
            let reference = transparent ? nil : FilterReference.filtered(packed, rowBytes: 3 * width + 1, bpp: 3)
            if let reference {
                let rows = PNGWriter.filteredRows(UnsafeRawPointer(data), width: width, height: height, stride: stride, channels: 3)
                #expect(rows == reference, "\(width)×\(height), into an array")
            }
            guard let scanlines = try? PNGWriter.scanlines(overwriting: surface) else {
                Issue.record("\(width)×\(height) did not filter")
                return
            }
            if let reference { #expect(scanlines.rows == reference, "\(width)×\(height), in place") }
            guard let back = decodedPixels(PNGWriter.encode(scanlines)) else {
                Issue.record("\(width)×\(height) did not encode and decode")
                return
            }
            // Decoding multiplies the alpha in again: fully transparent pixels come back as zero.
            let comparable = transparent ? original.map { $0 >> 24 == 0 ? 0 : $0 } : original
            #expect(back == comparable, "\(width)×\(height), transparent: \(transparent)")
        }
    }

    @Test("rows that differ from the row above in a few places, anywhere along rows up to 700 pixels, filter as the reference does")
    func sparseChanges() async {
        let images = zip(Gen.int(in: 2...700), Gen.int(in: 2...12), Gen.uint64())
        await propertyCheck(count: 150, input: images) { width, height, seed in
            guard let (surface, data, stride) = Self.blank(width, height, transparent: false) else { return }
            var rng = Xoshiro(seed: (seed, 21, 22, 23))
            let colours: [UInt32] = [0, 0xFFFFFF, 0x808080, 0x1F77B4, 0xFF7F0E, 0x7F7F7F]
            var row = (0..<width).map { _ in colours[Int.random(in: 0..<colours.count, using: &rng)] }
            for y in 0..<height {
                switch Int.random(in: 0..<8, using: &rng) {
                case 0: break  // the row above again
                case 1: row = Array(repeating: 0, count: width)  // black, where SUB wins the tie
                default:
                    // A few pixels or short runs, often at the ends and at block and word edges.
                    let places = [0, width - 1, 7, 8, 63, 64, 511, 512, 513].filter { $0 < width }
                    for _ in 0..<Int.random(in: 1...6, using: &rng) {
                        let start = Bool.random(using: &rng) ? places.randomElement(using: &rng) ?? 0 : Int.random(in: 0..<width, using: &rng)
                        let end = min(width, start + Int.random(in: 1...20, using: &rng))
                        // The top byte is undefined in RGB24: a change there alone is no change.
                        let colour = colours[Int.random(in: 0..<colours.count, using: &rng)] | UInt32.random(in: 0...255, using: &rng) << 24
                        for x in start..<end { row[x] = colour }
                    }
                }
                for x in 0..<width { UnsafeMutableRawPointer(data).storeBytes(of: row[x], toByteOffset: y * stride + x * 4, as: UInt32.self) }
            }
            cairo_surface_mark_dirty(surface.pointer)
            let original = pixels(surface.pointer)
            let reference = FilterReference.filtered(FilterReference.packed(original, width: width, height: height), rowBytes: 3 * width + 1, bpp: 3)
            let rows = PNGWriter.filteredRows(UnsafeRawPointer(data), width: width, height: height, stride: stride, channels: 3)
            #expect(rows == reference, "\(width)×\(height), into an array")
            guard let scanlines = try? PNGWriter.scanlines(overwriting: surface) else {
                Issue.record("\(width)×\(height) did not filter")
                return
            }
            #expect(scanlines.rows == reference, "\(width)×\(height), in place")
            #expect(decodedPixels(PNGWriter.encode(scanlines)) == original, "\(width)×\(height)")
        }
    }
}

/// The PNG filters as the specification (section 9) defines them, byte by byte in `Int`, for
/// checking the vectorized C that the writer uses.
enum FilterReference {
    /// Pixels as RGB rows, each led by a zero filter-type byte.
    static func packed(_ pixels: [UInt32], width: Int, height: Int) -> [UInt8] {
        var out: [UInt8] = []
        for y in 0..<height {
            out.append(0)
            for x in 0..<width {
                let p = pixels[y * width + x]
                out += [UInt8(p >> 16 & 0xFF), UInt8(p >> 8 & 0xFF), UInt8(p & 0xFF)]
            }
        }
        return out
    }

    static func paeth(_ a: Int, _ b: Int, _ c: Int) -> Int {
        let p = a + b - c
        let pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
        if pa <= pb && pa <= pc { return a }
        return pb <= pc ? b : c
    }

    /// Each row filtered with the candidate of fewest nonzero bytes, then smallest sum of
    /// magnitudes as signed bytes, then first in the order SUB, UP, PAETH (NONE, SUB for the
    /// first row, whose row above is taken as zeros).
    static func filtered(_ packed: [UInt8], rowBytes: Int, bpp: Int) -> [UInt8] {
        let n = rowBytes - 1
        var out: [UInt8] = []
        for y in 0..<packed.count / rowBytes {
            let row = Array(packed[(y * rowBytes + 1)..<((y + 1) * rowBytes)])
            let above = y == 0 ? [UInt8](repeating: 0, count: n) : Array(packed[((y - 1) * rowBytes + 1)..<(y * rowBytes)])
            func left(_ r: [UInt8], _ i: Int) -> Int { i >= bpp ? Int(r[i - bpp]) : 0 }
            let sub: [UInt8] = (0..<n).map { UInt8(truncatingIfNeeded: Int(row[$0]) - left(row, $0)) }
            let up: [UInt8] = (0..<n).map { UInt8(truncatingIfNeeded: Int(row[$0]) - Int(above[$0])) }
            let paeth: [UInt8] = (0..<n).map { UInt8(truncatingIfNeeded: Int(row[$0]) - Self.paeth(left(row, $0), Int(above[$0]), left(above, $0))) }
            let candidates: [(type: UInt8, bytes: [UInt8])]
            if y == 0 { candidates = [(1, sub), (0, row)] } else { candidates = [(1, sub), (2, up), (4, paeth)] }
            func key(_ bytes: [UInt8]) -> (Int, Int) {
                (bytes.filter { $0 != 0 }.count, bytes.reduce(0) { $0 + abs(Int(Int8(bitPattern: $1))) })
            }
            var best = candidates[0]
            for candidate in candidates.dropFirst() where key(candidate.bytes) < key(best.bytes) { best = candidate }
            out.append(best.type)
            out += best.bytes
        }
        return out
    }
}
