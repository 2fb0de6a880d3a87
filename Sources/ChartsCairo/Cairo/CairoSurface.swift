import CCairo

/// Owns a `cairo_surface_t`; destroying the object destroys the surface.
///
/// Vector surfaces write into an in-memory sink rather than a file, so output can be
/// post-processed (stable SVG ids) and then written atomically by the caller.
final class CairoSurface {
    let pointer: OpaquePointer
    /// Collects what a vector surface writes; kept alive as long as the surface.
    private let sink: ByteSink?

    private init(pointer: OpaquePointer, sink: ByteSink?) throws {
        self.pointer = pointer
        self.sink = sink
        try CairoError.check(cairo_surface_status(pointer), "creating a Cairo surface")
    }

    deinit { cairo_surface_destroy(pointer) }

    /// A raster surface; RGB24 for opaque figures (smaller PNGs), ARGB32 for transparent ones.
    /// Its pixels are a `PixelMemory` block, which goes back for the next surface when Cairo
    /// destroys this one: zeroed as Cairo's own would be, or, when `cleared` is false, left as
    /// an earlier surface drew them, for a canvas that paints every pixel first
    /// (`CairoCanvas`'s `surfaceUnpainted`). The block comes from `pool` and goes back to it.
    static func image(
        width: Int, height: Int, transparent: Bool, cleared: Bool = true, pool: PixelMemoryPool = PixelMemory.pool
    ) throws -> CairoSurface {
        let format = transparent ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24
        let stride = Int(cairo_format_stride_for_width(format, Int32(clamping: width)))
        // Cairo refuses sizes above 32 767 and answers -1 for widths it cannot take; its own
        // allocation then reports the error.
        guard stride > 0, width > 0, height > 0, width <= 32767, height <= 32767 else {
            guard let p = cairo_image_surface_create(format, Int32(clamping: width), Int32(clamping: height)) else {
                throw CairoError(status: CAIRO_STATUS_NO_MEMORY.rawValue, operation: "creating an image surface")
            }
            return try CairoSurface(pointer: p, sink: nil)
        }
        let memory = pool.take(bytes: stride * height, zeroed: cleared)
        guard
            let p = cairo_image_surface_create_for_data(
                memory.pointer.assumingMemoryBound(to: UInt8.self), format, Int32(width), Int32(height), Int32(stride))
        else {
            pool.give(memory)
            throw CairoError(status: CAIRO_STATUS_NO_MEMORY.rawValue, operation: "creating an image surface")
        }
        let owner = Unmanaged.passRetained(Lease(memory: memory, pool: pool)).toOpaque()
        let status = cairo_surface_set_user_data(p, pixelKey.pointer, owner) { owner in
            guard let owner else { return }
            let lease = Unmanaged<Lease>.fromOpaque(owner).takeRetainedValue()
            lease.pool.give(lease.memory)
        }
        if status != CAIRO_STATUS_SUCCESS {
            // Cairo did not take the block (it could not allocate its note of it, or the surface
            // is in an error state): destroying the surface runs no callback, so the block goes
            // back here.
            cairo_surface_destroy(p)
            Unmanaged<Lease>.fromOpaque(owner).release()
            pool.give(memory)
            throw CairoError(status: status.rawValue, operation: "creating an image surface")
        }
        return try CairoSurface(pointer: p, sink: nil)
    }

    /// The key under which an image surface keeps its `PixelMemory`; Cairo compares keys by
    /// address, so it is allocated once and never freed.
    private static let pixelKey = UserDataKey()

    /// A surface's block and the pool it goes back to.
    private final class Lease {
        let memory: PixelMemory
        let pool: PixelMemoryPool
        init(memory: PixelMemory, pool: PixelMemoryPool) { (self.memory, self.pool) = (memory, pool) }
    }

    private struct UserDataKey: @unchecked Sendable {
        let pointer = UnsafeMutablePointer<cairo_user_data_key_t>.allocate(capacity: 1)
    }

    /// An SVG surface of the given size in CSS pixels: no longer how figures are written (see
    /// `SVGCanvas`), but the reference the direct SVG writer is checked against.
    ///
    /// Pixel document units let a figure be drawn at scale 1, so Cairo writes coordinates as
    /// they are instead of adding a `transform` to every stroked path (as it must for points).
    static func svg(widthPixels: Double, heightPixels: Double) throws -> CairoSurface {
        let sink = ByteSink()
        guard let p = cairo_svg_surface_create_for_stream(ByteSink.write, sink.opaque, widthPixels, heightPixels) else {
            throw CairoError(status: CAIRO_STATUS_NO_MEMORY.rawValue, operation: "creating an SVG surface")
        }
        cairo_svg_surface_restrict_to_version(p, CAIRO_SVG_VERSION_1_1)
        cairo_svg_surface_set_document_unit(p, CAIRO_SVG_UNIT_PX)
        return try CairoSurface(pointer: p, sink: sink)
    }

    /// Finishes the surface and returns what a vector surface wrote.
    func finishVector() throws -> [UInt8] {
        cairo_surface_finish(pointer)
        try CairoError.check(cairo_surface_status(pointer), "finishing a vector surface")
        return sink?.bytes ?? []
    }
}
