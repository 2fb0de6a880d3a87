import Foundation

/// Writes files so that a reader never sees a half-written one: bytes go to a temporary file in
/// the same folder, which is then renamed over the target (rename is atomic within a folder).
/// An interrupted run leaves the previous version whole. A file that already holds exactly the
/// new bytes is left as it is, so a repeated run changes no modification time (make, latexmk and
/// rsync see nothing to do) and costs a read instead of a new file and the old one's removal:
/// for the 16 figures of the benchmark drawn again into their folder, 115 → 105 ms of CPU, of
/// which system time 26 → 18 ms (hyperfine, 40 runs each, alternated).
///
/// Written with POSIX calls rather than `Data.write(options: .atomic)`, whose temporary files
/// have random names (a killed run's leftovers could not be told from a user's files) and, in
/// swift-corelibs-foundation, mode 0600 instead of the usual 0644.
public enum AtomicFile {
    /// Fresh names tried before giving up: each is 64 random bits, so a second try only ever
    /// happens when something already sits under the first.
    private static let attempts = 8

    /// Writes `bytes` to `url` atomically.
    public static func write(_ bytes: [UInt8], to url: URL) throws {
        if holds(bytes, at: url.path) { return }
        let folder = url.deletingLastPathComponent()
        var temporary = ""
        var descriptor: Int32 = -1
        var code: Int32 = 0
        for _ in 0..<attempts {
            temporary = folder.appendingPathComponent(StaleTemporaries.name(for: url.lastPathComponent)).path
            // O_EXCL and O_NOFOLLOW: a file, hard link or symbolic link already under the name
            // is never written through; a new name is drawn instead.
            (descriptor, code) = TemporaryFiles.shared.create(
                temporary, flags: O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode: 0o666)
            if descriptor >= 0 || code != EEXIST { break }
        }
        guard descriptor >= 0 else { throw OutputError.creating(url.path, errno: code) }
        // Held until the file is renamed or removed: another run's clean-up leaves it alone.
        _ = flock(descriptor, LOCK_EX | LOCK_NB)
        var failure: OutputError?
        if let code = writeAll(bytes, to: descriptor) {
            failure = .cannotWrite(path: url.path, reason: String(cString: strerror(code)))
        }
        if failure == nil, rename(temporary, url.path) != 0 {
            failure = .creating(url.path, errno: errno)
        }
        if failure != nil { unlink(temporary) }
        if close(descriptor) != 0, failure == nil {
            failure = .cannotWrite(path: url.path, reason: String(cString: strerror(errno)))
        }
        TemporaryFiles.shared.forget(temporary)
        if let failure { throw failure }
    }

    /// Whether `path` is a regular file of its own that holds exactly `bytes`. A symbolic link,
    /// a file with other hard links, or anything unreadable answers false and is written over as
    /// before, so skipping a write never changes what the path refers to.
    static func holds(_ bytes: [UInt8], at path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_nlink == 1, info.st_size == bytes.count
        else { return false }
        return bytes.withUnsafeBytes { expected -> Bool in
            guard let base = expected.baseAddress else { return true }
            var buffer = [UInt8](repeating: 0, count: min(bytes.count, 1 << 16))
            var offset = 0
            while offset < bytes.count {
                let read = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, min($0.count, bytes.count - offset)) }
                if read < 0, errno == EINTR { continue }
                guard read > 0, buffer.withUnsafeBytes({ $0.baseAddress.map { memcmp($0, base + offset, read) } }) == 0 else { return false }
                offset += read
            }
            // A file that grew since fstat holds more than `bytes`.
            var extra: UInt8 = 0
            return Foundation.read(descriptor, &extra, 1) == 0
        }
    }

    /// Writes UTF-8 text atomically.
    public static func write(_ text: String, to url: URL) throws {
        try write(Array(text.utf8), to: url)
    }

    /// Writes every byte, resuming after short writes and signals; the errno of a failure, or
    /// nil. Also what the command line writes its standard streams with, since Foundation's
    /// `FileHandle.write` traps on a failed write.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }
}

/// Failures to create or write the output.
public enum OutputError: Error, CustomStringConvertible {
    /// The output folder cannot be created, or is a file.
    case cannotCreateFolder(path: String, reason: String)
    /// The output folder exists but new files cannot be made in it.
    case folderNotWritable(path: String, reason: String)
    /// A file cannot be created in the output folder (permissions, a folder in its place).
    case cannotCreate(path: String, reason: String)
    /// Writing a file's bytes failed (a full disk, an I/O error).
    case cannotWrite(path: String, reason: String)
    /// Two figures of one run would be written to the same file.
    case clash(file: String)

    /// The error for a file that could not be created: a full disk or file system (no space,
    /// no inodes, a quota) is an I/O failure like a failed write; anything else (permissions,
    /// a folder in the way) means the output cannot be created there.
    static func creating(_ path: String, errno code: Int32) -> OutputError {
        let reason = String(cString: strerror(code))
        return [ENOSPC, EDQUOT, EIO, EFBIG].contains(code) ? .cannotWrite(path: path, reason: reason) : .cannotCreate(path: path, reason: reason)
    }

    /// The one-line message, naming the path and the system's reason.
    public var description: String {
        switch self {
        case .cannotCreateFolder(let path, let reason): "cannot create output folder '\(path)': \(reason)"
        case .folderNotWritable(let path, let reason): "cannot write into output folder '\(path)': \(reason)"
        case .cannotCreate(let path, let reason): "cannot create '\(path)': \(reason)"
        case .cannotWrite(let path, let reason): "cannot write '\(path)': \(reason)"
        case .clash(let file): "two figures of this run would both be written to '\(file)'; give each figure its own name"
        }
    }
}
