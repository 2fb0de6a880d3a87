import CCairo

/// An image surface's pixels as 32-bit words; RGB24 leaves the top byte undefined, so it is masked.
func pixels(_ p: OpaquePointer) -> [UInt32] {
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
func decodedPixels(_ bytes: [UInt8]) -> [UInt32]? {
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
