import Foundation

/// The temporary files `AtomicFile` writes, and the clean-up of those a killed run left behind.
///
/// A run stopped by SIGKILL (or a power cut) between writing a temporary file and renaming it
/// leaves that file behind; no handler runs to remove it. A temporary name is
/// `.<name>.actplot-<16 random hex digits>.tmp`: hidden, unguessable (so nobody can plant a file
/// or link under the next one), and recognisable. While a run writes one, it holds an exclusive
/// `flock` on it. The next run into the folder removes a file only when all of these hold:
/// its name has exactly that form, it is a regular file owned by the same user, nobody holds
/// its lock (a live run in another PID namespace, a container sharing the folder, still does),
/// and it is older than `minimumAge`, which covers the instant between creating a file and
/// locking it. A user's `.notes.actplot-31999.tmp` has no such name and is never touched.
enum StaleTemporaries {
    /// The marker between the file's name and its random part.
    static let marker = ".actplot-"
    /// Hex digits in the random part: 64 bits.
    static let randomDigits = 16
    /// How old an unlocked temporary file must be before it counts as a leftover.
    static let minimumAge: TimeInterval = 2

    /// A fresh temporary name for writing `name`.
    static func name(for name: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let random = String(generator.next() as UInt64, radix: 16)
        return ".\(name)\(marker)\(String(repeating: "0", count: randomDigits - random.count))\(random).tmp"
    }

    /// Whether `file` has the form of a temporary name this program makes.
    static func isTemporaryName(_ file: String) -> Bool {
        let bytes = Array(file.utf8), mark = Array(marker.utf8), tail = Array(".tmp".utf8)
        // "." + at least one byte of name + marker + random digits + ".tmp"
        guard bytes.count >= 2 + mark.count + randomDigits + tail.count, bytes[0] == UInt8(ascii: "."),
            bytes.suffix(tail.count).elementsEqual(tail)
        else { return false }
        let random = bytes.dropLast(tail.count).suffix(randomDigits)
        let markAt = bytes.count - tail.count - randomDigits - mark.count
        return bytes[markAt..<(markAt + mark.count)].elementsEqual(mark)
            && random.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) }
    }

    /// Removes the temporary files in `folder` that no run is writing any more; returns their
    /// names. Failing to remove one is no reason to fail the run, so errors are ignored.
    @discardableResult
    static func remove(in folder: URL, now: Date = Date()) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        var removed: [String] = []
        for name in names.sorted() where isTemporaryName(name) {
            if removeIfAbandoned(folder.appendingPathComponent(name).path, now: now) { removed.append(name) }
        }
        return removed
    }

    /// Unlinks `path` if it is an abandoned temporary file, checked on the open file itself so
    /// that nothing swapped in under the name is removed instead.
    private static func removeIfAbandoned(_ path: String, now: Date) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var opened = stat(), named = stat()
        guard fstat(descriptor, &opened) == 0, opened.st_mode & S_IFMT == S_IFREG, opened.st_uid == geteuid() else { return false }
        let age = now.timeIntervalSince1970 - (Double(opened.st_mtim.tv_sec) + Double(opened.st_mtim.tv_nsec) / 1e9)
        guard age >= minimumAge, flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { return false }
        guard lstat(path, &named) == 0, named.st_ino == opened.st_ino, named.st_dev == opened.st_dev else { return false }
        return unlink(path) == 0
    }
}
