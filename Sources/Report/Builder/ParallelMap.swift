import Dispatch
import Foundation

/// An order-preserving map that runs its transform on several threads.
///
/// Figures are independent and each encode makes its own Cairo surface and Pango context
/// (Pango's font map is per thread), so they can be drawn at once on every core. Results come
/// back in the order of the input whatever finished first, which keeps output bytes and the
/// manifest independent of the number of workers. Written here rather than taken from a
/// library because the standard ones (Dispatch's `concurrentPerform`, task groups) give
/// neither ordered results nor a bound below the core count on their own.
enum ParallelMap {
    /// `items.map(transform)`, with at most `workers` transforms running at once.
    ///
    /// When transforms throw, the error of the earliest failing item is rethrown (the same
    /// one a serial map would throw), after the running ones finish; no new items start.
    static func map<T: Sendable, R: Sendable>(
        _ items: [T], workers: Int, _ transform: @Sendable (T) throws -> R
    ) throws -> [R] {
        let width = min(max(1, workers), items.count)
        if width <= 1 { return try items.map(transform) }
        let state = Progress<R>(count: items.count)
        // Each of the `width` iterations is one worker pulling items until none are left.
        DispatchQueue.concurrentPerform(iterations: width) { _ in
            while let i = state.claim() {
                let result = Result { try transform(items[i]) }
                state.store(result, at: i)
            }
        }
        return try state.results()
    }

    /// The shared bookkeeping of one map, guarded by a lock.
    private final class Progress<R: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private var failed = false
        private var slots: [Result<R, any Error>?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        /// The next unstarted index, or nil when all are taken or an item failed.
        func claim() -> Int? {
            lock.withLock {
                guard !failed, next < slots.count else { return nil }
                defer { next += 1 }
                return next
            }
        }

        func store(_ result: Result<R, any Error>, at index: Int) {
            lock.withLock {
                if case .failure = result { failed = true }
                slots[index] = result
            }
        }

        /// Every result in order, or the earliest error.
        func results() throws -> [R] {
            try lock.withLock {
                var out: [R] = []
                out.reserveCapacity(slots.count)
                for slot in slots {
                    // Items are claimed in order, so an unstarted (nil) slot can only follow
                    // the failure that stopped the claims, which has thrown by then.
                    guard let slot else { break }
                    out.append(try slot.get())
                }
                return out
            }
        }
    }
}
