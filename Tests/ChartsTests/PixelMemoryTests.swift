import CCairo
import Testing

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
}
