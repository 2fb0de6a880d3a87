import ActivationMath
import CCairo
import Testing

@testable import Charts
@testable import ChartsCairo

@Suite("Pixel memory handed from one surface to the next")
struct PixelMemoryTests {
    @Test("a block given back is taken again, the smallest that fits, and comes back zeroed")
    func reuse() {
        let pool = PixelMemoryPool(kept: 4)
        let small = pool.take(bytes: 1000), large = pool.take(bytes: 5000)
        small.pointer.initializeMemory(as: UInt8.self, repeating: 0xAB, count: 1000)
        large.pointer.initializeMemory(as: UInt8.self, repeating: 0xCD, count: 5000)
        let (smallAddress, largeAddress) = (small.pointer, large.pointer)
        pool.give(small)
        pool.give(large)
        #expect(pool.waiting == [1000, 5000])
        let again = pool.take(bytes: 800)
        #expect(again.pointer == smallAddress, "the smallest block that is large enough")
        #expect(UnsafeRawBufferPointer(start: again.pointer, count: 800).allSatisfy { $0 == 0 })
        let larger = pool.take(bytes: 3000)
        #expect(larger.pointer == largeAddress)
        #expect(UnsafeRawBufferPointer(start: larger.pointer, count: 3000).allSatisfy { $0 == 0 })
        #expect(pool.waiting.isEmpty)
        let new = pool.take(bytes: 6000)
        #expect(new.capacity == 6000 && new.pointer != smallAddress && new.pointer != largeAddress)
    }

    @Test("no more than `kept` blocks wait; the smallest are freed first")
    func bounded() {
        let pool = PixelMemoryPool(kept: 2)
        let blocks = [300, 100, 400, 200].map { pool.take(bytes: $0) }
        for block in blocks { pool.give(block) }
        #expect(pool.waiting == [300, 400])
    }

    @Test("a surface drawn over and destroyed leaves the next surface of its size blank, opaque or not", arguments: [false, true])
    func blankAfterReuse(transparent: Bool) throws {
        for _ in 0..<3 {
            let surface = try CairoSurface.image(width: 37, height: 11, transparent: transparent)
            let p = surface.pointer
            let data = try #require(cairo_image_surface_get_data(p))
            let bytes = Int(cairo_image_surface_get_stride(p)) * 11
            #expect(UnsafeBufferPointer(start: data, count: bytes).allSatisfy { $0 == 0 })
            let cr = cairo_create(p)
            cairo_set_source_rgba(cr, 0.9, 0.2, 0.4, 1)
            cairo_paint(cr)
            cairo_destroy(cr)
            cairo_surface_flush(p)
            #expect(data[0] != 0 || data[1] != 0 || data[2] != 0)
        }
    }

    @Test("sizes Cairo refuses are refused as before, with Cairo's reason")
    func refusedSizes() {
        for (width, height) in [(40000, 10), (10, 40000), (-1, 10), (10, -5)] {
            #expect(throws: CairoError.self, "\(width)×\(height)") { try CairoSurface.image(width: width, height: height, transparent: false) }
        }
        #expect((try? CairoSurface.image(width: 0, height: 0, transparent: false)) != nil, "an empty surface, as Cairo makes one")
    }

    /// A pool holding one block of `bytes` bytes, every byte 0xA5: what an earlier figure left.
    func dirtyPool(bytes: Int) -> PixelMemoryPool {
        let pool = PixelMemoryPool(kept: 1)
        let block = pool.take(bytes: bytes)
        block.pointer.initializeMemory(as: UInt8.self, repeating: 0xA5, count: bytes)
        pool.give(block)
        return pool
    }

    @Test("an opaque figure drawn over an earlier figure's pixels is the figure drawn on a cleared surface", arguments: ["light", "dark", "print"])
    func unpaintedSurface(themeName: String) throws {
        let theme = Theme.named(try #require(Theme.Name(rawValue: themeName)))
        let encoder = FigureEncoder(theme: theme)
        let drawing = encoder.drawing(ActivationFigure.tested(GELU(), samples: 400).figure(), for: .png)
        let (width, height) = (Int(drawing.size.width.rounded()), Int(drawing.size.height.rounded()))
        let cleared = try CairoSurface.image(width: width, height: height, transparent: false, pool: PixelMemoryPool(kept: 1))
        try encoder.replay(drawing, on: cleared, scale: 1, engine: encoder.text)
        let pool = dirtyPool(bytes: Int(cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, Int32(width))) * height)
        let unpainted = try CairoSurface.image(width: width, height: height, transparent: false, cleared: false, pool: pool)
        try encoder.replay(drawing, on: unpainted, scale: 1, engine: encoder.text, surfaceUnpainted: true)
        cairo_surface_flush(cleared.pointer)
        cairo_surface_flush(unpainted.pointer)
        #expect(pixels(unpainted.pointer) == pixels(cleared.pointer))
    }

    @Test("a figure whose size in pixels is not whole has its background to the last column and row", arguments: ["light", "dark"])
    func fractionalEdges(themeName: String) throws {
        let theme = Theme.named(try #require(Theme.Name(rawValue: themeName)))
        let figure = ActivationFigure.tested(ReLU(), samples: 300, size: Size(width: 601, height: 241)).figure()
        let bytes = try FigureEncoder(theme: theme, options: RenderOptions(scale: 1.5)).encode(figure, as: .png)
        let decoded = try #require(decodedPixels(bytes))
        let header = try #require(PNGHeader(bytes))
        #expect(header.width == 902 && header.height == 362, "601.5 × 361.5 pixels, rounded up")
        let (width, height) = (header.width, header.height)
        let background = decoded[0]
        let lastColumn = (0..<height).map { decoded[$0 * width + width - 1] }
        let lastRow = decoded[((height - 1) * width)...]
        #expect(lastColumn.allSatisfy { $0 == background }, "the last column is the background, not blended with black")
        #expect(lastRow.allSatisfy { $0 == background })
    }

    @Test("nothing drawn on an earlier figure's pixels leaves a cleared surface")
    func emptyDrawing() throws {
        let pool = dirtyPool(bytes: Int(cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, 20)) * 10)
        let surface = try CairoSurface.image(width: 20, height: 10, transparent: false, cleared: false, pool: pool)
        let canvas = try CairoCanvas(surface: surface, scale: 1, resolution: 1, fontFamily: "sans-serif", surfaceUnpainted: true)
        try canvas.finish()
        cairo_surface_flush(surface.pointer)
        #expect(pixels(surface.pointer).allSatisfy { $0 == 0 })
    }

    @Test("a first stroke on an earlier figure's pixels is drawn on a cleared surface")
    func strokeFirst() throws {
        let pool = dirtyPool(bytes: Int(cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, 30)) * 30)
        let surface = try CairoSurface.image(width: 30, height: 30, transparent: false, cleared: false, pool: pool)
        let reference = try CairoSurface.image(width: 30, height: 30, transparent: false, pool: PixelMemoryPool(kept: 1))
        var path = Path()
        path.move(to: Point(2, 3))
        path.line(to: Point(27, 25))
        for (s, unpainted) in [(surface, true), (reference, false)] {
            let canvas = try CairoCanvas(surface: s, scale: 1, resolution: 1, fontFamily: "sans-serif", surfaceUnpainted: unpainted)
            canvas.stroke(path, StrokeStyle(color: Color(red: 1, green: 0.5, blue: 0, alpha: 1), width: 3))
            try canvas.finish()
            cairo_surface_flush(s.pointer)
        }
        #expect(pixels(surface.pointer) == pixels(reference.pointer))
        #expect(pixels(surface.pointer).contains(0), "the pixels the stroke does not reach are cleared")
    }
}
