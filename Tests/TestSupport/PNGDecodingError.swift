import CCairo

/// Bytes Cairo's PNG reader refused.
public struct PNGDecodingError: Error, CustomStringConvertible {
    /// Cairo's status code.
    public let status: UInt32

    /// Cairo's description of the status.
    public var description: String {
        let reason = cairo_status_to_string(cairo_status_t(status)).map { String(cString: $0) } ?? "unknown"
        return "decoding PNG: \(reason)"
    }
}
