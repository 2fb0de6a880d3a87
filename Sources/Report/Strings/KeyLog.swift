import Foundation

/// The catalogue keys a run read, collected across workers: the completeness test compares them
/// with the catalogue to find keys that no code uses any more.
final class KeyLog: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: Set<String> = []

    /// Notes that `key` was read.
    func note(_ key: String) {
        lock.lock()
        keys.insert(key)
        lock.unlock()
    }

    /// Every key read so far.
    var read: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return keys
    }
}
