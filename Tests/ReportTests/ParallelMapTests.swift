import Foundation
import Testing

@testable import Report

@Suite("Parallel map")
struct ParallelMapTests {
    struct Failure: Error, Equatable { let index: Int }

    /// Counts how many transforms run at once.
    final class Gauge: @unchecked Sendable {
        private let lock = NSLock()
        private var running = 0
        private(set) var peak = 0
        func enter() {
            lock.withLock {
                running += 1; peak = max(peak, running)
            }
        }
        func leave() { lock.withLock { running -= 1 } }
    }

    @Test("results come back in input order for every worker count", arguments: [1, 2, 3, 8])
    func order(workers: Int) throws {
        let items = Array(0..<200)
        // Uneven work, so later items often finish before earlier ones.
        let out = try ParallelMap.map(items, workers: workers) { i -> String in
            usleep(UInt32((i * 37) % 5) * 100)
            return "item \(i)"
        }
        #expect(out == items.map { "item \($0)" })
    }

    @Test("no more than the requested number of transforms run at once")
    func bound() throws {
        let gauge = Gauge()
        _ = try ParallelMap.map(Array(0..<40), workers: 2) { i -> Int in
            gauge.enter()
            defer { gauge.leave() }
            usleep(2000)
            return i
        }
        #expect(gauge.peak <= 2)
        #expect(gauge.peak >= 1)
    }

    @Test("the earliest failing item's error is thrown, as a serial map would", arguments: [1, 2, 4])
    func earliestError(workers: Int) {
        #expect(throws: Failure(index: 5)) {
            _ = try ParallelMap.map(Array(0..<100), workers: workers) { i -> Int in
                if i == 5 || i == 7 || i == 60 { throw Failure(index: i) }
                return i
            }
        }
    }

    @Test("an empty input gives an empty output")
    func empty() throws {
        #expect(try ParallelMap.map([Int](), workers: 4) { $0 }.isEmpty)
    }
}
