import Foundation

/// Values made once per key by whichever thread asks first; a thread asking for a value that
/// another is still making waits for it instead of making it again.
final class OnceCache<Key: Hashable, Value>: @unchecked Sendable {
    private enum Slot {
        case building
        case built(Value)
    }

    private var slots: [Key: Slot] = [:]
    private let condition = NSCondition()

    /// The value for `key`, made by `make` (outside the lock) if no thread has started it.
    func value(for key: Key, make: () -> Value) -> Value {
        condition.lock()
        while true {
            switch slots[key] {
            case .built(let value):
                condition.unlock()
                return value
            case .building:
                condition.wait()
            case nil:
                slots[key] = .building
                condition.unlock()
                let value = make()
                condition.lock()
                slots[key] = .built(value)
                condition.broadcast()
                condition.unlock()
                return value
            }
        }
    }
}
