import CCairo

/// A decoded PNG, read through Cairo's own PNG reader (libpng), so tests compare the figures
/// actplot's writer made pixel by pixel with a decoder that shares no code with it.
public struct PNGImage {
    /// Pixels across.
    public let width: Int
    /// Pixels down.
    public let height: Int
    /// Row-major pixels as premultiplied 0xAARRGGBB (Cairo's ARGB32; RGB24 reads as opaque).
    public let pixels: [UInt32]

    /// Decodes `bytes`; throws when they are not a PNG Cairo can read.
    public init(bytes: [UInt8]) throws {
        let source = ByteSource(bytes)
        guard let surface = cairo_image_surface_create_from_png_stream(ByteSource.read, Unmanaged.passUnretained(source).toOpaque()) else {
            throw PNGDecodingError(status: CAIRO_STATUS_NO_MEMORY.rawValue)
        }
        defer { cairo_surface_destroy(surface) }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw PNGDecodingError(status: status.rawValue) }
        cairo_surface_flush(surface)
        let w = Int(cairo_image_surface_get_width(surface)), h = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let opaque = cairo_image_surface_get_format(surface) == CAIRO_FORMAT_RGB24
        var pixels = [UInt32](repeating: 0, count: w * h)
        if let data = cairo_image_surface_get_data(surface) {
            for y in 0..<h {
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<w { pixels[y * w + x] = opaque ? row[x] | 0xFF00_0000 : row[x] }
            }
        }
        width = w
        height = h
        self.pixels = pixels
    }
}

/// Hands bytes to Cairo's PNG reader in the chunks it asks for.
private final class ByteSource {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    static let read: cairo_read_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
        let source = Unmanaged<ByteSource>.fromOpaque(closure).takeUnretainedValue()
        let n = Int(length)
        guard source.offset + n <= source.bytes.count else { return CAIRO_STATUS_READ_ERROR }
        for i in 0..<n { data[i] = source.bytes[source.offset + i] }
        source.offset += n
        return CAIRO_STATUS_SUCCESS
    }
}
