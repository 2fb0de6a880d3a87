import Foundation

/// A value made on first use, by whichever thread asks first, and shared by every copy of
/// what holds it; a thread asking while another makes it waits.
///
/// A figure's alt text is measured from the mathematics (`FigureDescription`, about 5 million
/// instructions a catalogue figure): deferred, the workers make it in parallel as they draw,
/// instead of the main thread making them all, one after another, before drawing starts.
final class Deferred<Value: Sendable>: @unchecked Sendable {
    private let make: @Sendable () -> Value
    private var made: Value?
    private let lock = NSLock()

    /// A value `make` will make when first asked for.
    init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    /// A value already made.
    init(made value: Value) {
        make = { value }
        made = value
    }

    /// The value, made now if no thread has made it.
    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let value = make()
        made = value
        return value
    }
}
