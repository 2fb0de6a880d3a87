import CCairo

/// A Cairo call that failed, with Cairo's own explanation.
public struct CairoError: Error, CustomStringConvertible {
    /// Cairo's status code.
    public let status: UInt32
    /// What was being done.
    public let operation: String

    /// Cairo's description of the status, prefixed with the operation.
    public var description: String {
        let reason = cairo_status_to_string(cairo_status_t(status)).map { String(cString: $0) } ?? "unknown"
        return "\(operation): \(reason)"
    }

    /// Throws when `status` is not success.
    static func check(_ status: cairo_status_t, _ operation: @autoclosure () -> String) throws {
        if status != CAIRO_STATUS_SUCCESS {
            throw CairoError(status: status.rawValue, operation: operation())
        }
    }
}
