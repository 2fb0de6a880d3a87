import Foundation

/// `PixelMemory` blocks given back and not yet taken again, safe to use from any thread.
final class PixelMemoryPool: @unchecked Sendable {
    private let lock = NSLock()
    private var blocks: [PixelMemory] = []
    /// At most this many blocks wait, the largest; a machine draws a figure a core at a time.
    let kept: Int

    /// An empty pool that keeps at most `kept` blocks.
    init(kept: Int) { self.kept = kept }

    /// A block of at least `bytes` bytes, its first `bytes` zero unless `zeroed` is false (then
    /// they are whatever the block held): the smallest waiting block that is large enough, else
    /// a new one.
    func take(bytes: Int, zeroed: Bool = true) -> PixelMemory {
        let reused: PixelMemory? = lock.withLock {
            let fitting = blocks.indices.filter { blocks[$0].capacity >= bytes }
            guard let best = fitting.min(by: { blocks[$0].capacity < blocks[$1].capacity }) else { return nil }
            return blocks.remove(at: best)
        }
        let memory = reused ?? PixelMemory.allocate(capacity: max(bytes, 1))
        if zeroed { memory.pointer.initializeMemory(as: UInt8.self, repeating: 0, count: bytes) }
        return memory
    }

    /// Keeps `memory` for a later `take`; when more than `kept` wait, the smallest is freed.
    func give(_ memory: PixelMemory) {
        lock.withLock {
            blocks.append(memory)
            if blocks.count > kept, let smallest = blocks.indices.min(by: { blocks[$0].capacity < blocks[$1].capacity }) {
                blocks.remove(at: smallest)
            }
        }
    }

    /// The sizes of the waiting blocks, smallest first.
    var waiting: [Int] { lock.withLock { blocks.map(\.capacity).sorted() } }
}
