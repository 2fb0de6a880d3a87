import Foundation

/// Writes files so that a reader never sees a half-written one: bytes go to a temporary file in
/// the same folder, which is then renamed over the target (rename is atomic within a folder).
/// An interrupted run leaves the previous version whole.
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
        let folder = url.deletingLastPathComponent()
        var temporary = ""
        var descriptor: Int32 = -1
        for _ in 0..<attempts {
            temporary = folder.appendingPathComponent(StaleTemporaries.name(for: url.lastPathComponent)).path
            TemporaryFiles.register(temporary)
            // O_EXCL and O_NOFOLLOW: a file, hard link or symbolic link already under the name
            // is never written through; a new name is drawn instead.
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o666)
            if descriptor >= 0 || errno != EEXIST { break }
            TemporaryFiles.forget(temporary)
        }
        guard descriptor >= 0 else {
            let code = errno
            TemporaryFiles.forget(temporary)
            throw OutputError.creating(url.path, errno: code)
        }
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
        TemporaryFiles.forget(temporary)
        if let failure { throw failure }
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
