import Foundation

/// The temporary files this process is writing, so that an interrupted run (SIGINT, SIGTERM)
/// can remove them before it exits instead of leaving them for the next run.
///
/// A file is created and recorded in one step under the lock, and forgotten after it is renamed
/// or removed. Whatever the moment of the signal, the clean-up therefore either sees a file or
/// runs before it exists, and then no worker can create it: recording a name first and creating
/// the file after, outside the lock, let a worker create its file just after the clean-up had
/// looked, and a killed run kept it. Once `removeAllForExit` has run, creating blocks for good:
/// the process is exiting and must make nothing more. `@unchecked Sendable`: every access to
/// `paths` holds `lock`.
public final class TemporaryFiles: @unchecked Sendable {
    /// The registry the whole process writes through.
    static let shared = TemporaryFiles()

    private let lock = NSLock()
    private var paths: Set<String> = []

    /// An empty registry: the process uses `shared`, a test its own.
    init() {}

    /// Creates `path` with `open(path, flags, mode)` and, if that succeeds, records it. Returns
    /// the descriptor, or -1 and the `errno` of the failure (taken before the lock is released).
    func create(_ path: String, flags: Int32, mode: mode_t) -> (descriptor: Int32, errno: Int32) {
        lock.lock()
        defer { lock.unlock() }
        let descriptor = open(path, flags, mode)
        let code = errno
        if descriptor >= 0 { paths.insert(path) }
        return (descriptor, code)
    }

    /// Records that `path` no longer exists under that name.
    func forget(_ path: String) {
        lock.lock()
        paths.remove(path)
        lock.unlock()
    }

    /// Removes every recorded file and keeps the lock, so no worker creates another before the
    /// process exits. Call it only on the way out.
    func removeAllAndHold() {
        lock.lock()
        for path in paths { unlink(path) }
        paths.removeAll()
    }

    /// Lets a registry be used again after `removeAllAndHold`, so that a test can stop its
    /// workers; the process, which exits instead, never calls it.
    func release() {
        lock.unlock()
    }

    /// Removes the process's temporary files and keeps them from being made again. Call it only
    /// on the way out.
    public static func removeAllForExit() {
        shared.removeAllAndHold()
    }
}
