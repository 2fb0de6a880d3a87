import Foundation

/// The temporary files this process is writing, so that an interrupted run (SIGINT, SIGTERM)
/// can remove them before it exits instead of leaving them for the next run.
///
/// A path is registered before its file is created and forgotten after it is renamed or
/// removed, so whatever the moment of the signal, `removeAll` covers every file that exists.
/// Once `removeAll` has run, registering blocks for good: the process is exiting and must
/// create nothing more.
public enum TemporaryFiles {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var paths: Set<String> = []

    /// Records that `path` is about to be created.
    static func register(_ path: String) {
        lock.lock()
        paths.insert(path)
        lock.unlock()
    }

    /// Records that `path` no longer exists under that name.
    static func forget(_ path: String) {
        lock.lock()
        paths.remove(path)
        lock.unlock()
    }

    /// Removes every registered file and keeps the lock, so no worker creates another before
    /// the process exits. Call it only on the way out.
    public static func removeAllForExit() {
        lock.lock()
        for path in paths { unlink(path) }
        paths.removeAll()
    }
}
