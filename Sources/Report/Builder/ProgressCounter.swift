import Foundation

/// Counts finished files across workers and reports each, one at a time, so a progress line
/// shows a steady count whichever worker finished.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let report: @Sendable (Int, Int, String) -> Void

    /// A counter up to `total` that calls `report(done, total, name)` after each file.
    init(total: Int, report: @escaping @Sendable (Int, Int, String) -> Void) {
        self.total = total
        self.report = report
    }

    /// Records that `name` was written.
    func finished(_ name: String) {
        lock.withLock {
            done += 1
            report(done, total, name)
        }
    }
}
