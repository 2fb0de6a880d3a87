/// Pixel memory for image surfaces, handed from one figure to the next.
///
/// Why not Cairo's own allocation: a figure's surface (2.3 MB at 1200×480) is freed and the next
/// one allocated while smaller blocks of the run come and go, and the allocator rarely finds the
/// freed block whole again, so new pages are touched and the kernel faults each one in (about
/// 4 µs each on the benchmark machine). Measured on the 16 benchmark figures, PNG and SVG: 3 760
/// page faults with Cairo allocating the surfaces, 1 930 of them on surface pixels, where two
/// surfaces' worth (one a worker) would be 1 130.
final class PixelMemory: @unchecked Sendable {
    /// The block; owned by this object and used by one surface at a time.
    let pointer: UnsafeMutableRawPointer
    /// Its size in bytes.
    let capacity: Int

    private init(capacity: Int) {
        self.capacity = capacity
        // Aligned to a cache line; Cairo needs 4 bytes.
        pointer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 64)
    }

    deinit { pointer.deallocate() }

    /// Blocks given back by surfaces, for the surfaces after them.
    static let pool = PixelMemoryPool(kept: 4)

    /// A new block of `capacity` bytes, not zeroed; `PixelMemoryPool` makes them.
    static func allocate(capacity: Int) -> PixelMemory { PixelMemory(capacity: capacity) }
}
