import CCairo

/// A growable byte buffer that Cairo's stream callbacks append to: what its SVG and PDF surfaces
/// write (and, in the tests, Cairo's own PNG writer, the size reference for `PNGWriter`).
final class ByteSink {
    var bytes: [UInt8] = []

    /// The pointer handed to Cairo as the callback's closure argument; valid while `self` lives.
    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        sink.append(data, count: Int(length))
        return CAIRO_STATUS_SUCCESS
    }

    func append(_ data: UnsafePointer<UInt8>, count: Int) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: count))
    }
}
