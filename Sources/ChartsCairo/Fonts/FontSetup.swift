import CCairo
import Dispatch

/// Reads fontconfig's configuration once, in the background, before the first figure needs it.
///
/// Loading the configuration is about 27 million instructions of XML on a stock Debian install
/// (callgrind), on the critical path of a short run. It starts while the command line is still
/// being checked, on a thread of its own, and everything that asks fontconfig or Pango
/// anything waits for it first (`ready()`): fontconfig lets two threads that find no
/// configuration each load one, and the font check and Pango's own start-up thread used to do
/// exactly that, loading it twice.
public enum FontSetup {
    /// Entered until the configuration is loaded; made, and the load started, on first use.
    private static let loading: DispatchGroup = {
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            _ = FcInit()
            group.leave()
        }
        return group
    }()

    /// Loads the graphics libraries, then starts loading the font configuration in the
    /// background and returns.
    public static func start() throws(GraphicsLibraryError) {
        try GraphicsLibraries.load()
        _ = loading
    }

    /// Returns once the font configuration is loaded, starting the load if nothing has.
    /// Call before the first fontconfig or Pango call of a run, and after `start()` before the
    /// process exits, on every path: a thread still inside fontconfig while the process tears
    /// itself down can crash it (seen as SIGILL when a refused run exited at once).
    public static func ready() {
        loading.wait()
    }
}
