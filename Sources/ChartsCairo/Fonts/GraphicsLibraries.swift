import CGraphicsLoader

/// Cairo, Pango, GLib and fontconfig, loaded when a run first draws rather than when the
/// process starts (see CGraphicsLoader): commands that draw nothing never map them.
public enum GraphicsLibraries {
    /// Loads the libraries once per process. Call before drawing: a missing or too old library
    /// is then one clear error instead of a stop inside the first drawing call.
    public static func load() throws(GraphicsLibraryError) {
        var message = [CChar](repeating: 0, count: 512)
        guard actplot_graphics_load(&message, message.count) == 0 else { return }
        let bytes = message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        throw GraphicsLibraryError(description: String(decoding: bytes, as: UTF8.self))
    }
}
