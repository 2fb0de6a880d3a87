import ActivationMath
import CCairo
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
        let bytes = try PNGWriter.encode(surface)
        #expect(bytes[25] == (transparent ? 6 : 2), "IHDR colour type: RGBA for transparent, RGB for opaque")
        let back = try #require(decodedPixels(bytes))
        let original = pixels(surface.pointer)
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
        let a = try PNGWriter.encode(try drawn(transparent: false))
        let b = try PNGWriter.encode(try drawn(transparent: false))
        #expect(a == b)
    }

    @Test("the chosen settings stay within 5 % of the size of Cairo's own writer")
    func sizeAgainstCairo() throws {
        let surface = try drawn(transparent: false)
        let ours = try PNGWriter.encode(surface)
        let sink = ByteSink()
        try CairoError.check(cairo_surface_write_to_png_stream(surface.pointer, ByteSink.write, sink.opaque), "cairo PNG")
        #expect(Double(ours.count) <= 1.05 * Double(sink.bytes.count), "\(ours.count) bytes vs Cairo's \(sink.bytes.count)")
    }
}
