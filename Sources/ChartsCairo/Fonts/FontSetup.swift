import CCairo

/// Starts reading the fonts before the first figure needs them.
///
/// Pango reads fontconfig's configuration on a thread of its own the first time a font map is
/// made, and every text layout waits for it: about 6 ms of XML on a stock Debian install, on
/// the critical path of a short run because the first figure's layout needs it at once.
/// Making the calling thread's font map early starts that read while the command line is still
/// being parsed. Drawing threads make their own font maps later (Pango's are per thread) and
/// find the configuration read or being read, never read twice.
public enum FontSetup {
    /// Loads the graphics libraries, then starts loading the font configuration in the
    /// background and returns.
    public static func start() throws(GraphicsLibraryError) {
        try GraphicsLibraries.load()
        _ = pango_cairo_font_map_get_default()
    }
}
