import ActivationMath
import CCairo
import Testing
@testable import Charts

@Suite("PNG through libpng")
struct PNGWriterTests {
    let figure = ActivationFigure(Sigmoid(), samples: 300).figure()

    func drawn(transparent: Bool) throws -> CairoSurface {
        let surface = try CairoSurface.image(width: 1200, height: 480, transparent: transparent)
        try FigureEncoder(theme: .light, options: RenderOptions(transparent: transparent)).draw(figure, on: surface, scale: 1)
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

/// An image surface's pixels as 32-bit words; RGB24 leaves the top byte undefined, so it is masked.
private func pixels(_ p: OpaquePointer) -> [UInt32] {
    let width = Int(cairo_image_surface_get_width(p)), height = Int(cairo_image_surface_get_height(p))
    let stride = Int(cairo_image_surface_get_stride(p))
    let mask: UInt32 = cairo_image_surface_get_format(p) == CAIRO_FORMAT_RGB24 ? 0x00FF_FFFF : 0xFFFF_FFFF
    guard let data = cairo_image_surface_get_data(p) else { return [] }
    var out: [UInt32] = []
    out.reserveCapacity(width * height)
    for y in 0..<height {
        for x in 0..<width {
            out.append(UnsafeRawPointer(data).loadUnaligned(fromByteOffset: y * stride + x * 4, as: UInt32.self) & mask)
        }
    }
    return out
}

/// Reads PNG bytes with Cairo's own decoder, independent of the writer under test.
private func decodedPixels(_ bytes: [UInt8]) -> [UInt32]? {
    final class Reader {
        let bytes: [UInt8]
        var offset = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }
    }
    let reader = Reader(bytes)
    let read: cairo_read_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
        let r = Unmanaged<Reader>.fromOpaque(closure).takeUnretainedValue()
        let n = Int(length)
        guard r.offset + n <= r.bytes.count else { return CAIRO_STATUS_READ_ERROR }
        r.bytes.withUnsafeBufferPointer { data.update(from: $0.baseAddress! + r.offset, count: n) }
        r.offset += n
        return CAIRO_STATUS_SUCCESS
    }
    let surface = withExtendedLifetime(reader) {
        cairo_image_surface_create_from_png_stream(read, Unmanaged.passUnretained(reader).toOpaque())
    }
    guard let surface else { return nil }
    defer { cairo_surface_destroy(surface) }
    guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
    return pixels(surface)
}
