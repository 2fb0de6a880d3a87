import Foundation

/// Writes files so that a reader never sees a half-written one: bytes go to a temporary file in
/// the same folder, which is then renamed over the target (rename is atomic within a folder).
/// An interrupted run leaves the previous version whole.
///
/// Written with POSIX calls rather than `Data.write(options: .atomic)`, whose temporary files
/// have random names (a killed run's leftovers could not be told from a user's files) and, in
/// swift-corelibs-foundation, mode 0600 instead of the usual 0644.
public enum AtomicFile {
    /// Writes `bytes` to `url` atomically.
    public static func write(_ bytes: [UInt8], to url: URL) throws {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(StaleTemporaries.name(for: url.lastPathComponent, process: getpid()))
        // O_NOFOLLOW: a link planted under the temporary name cannot redirect the write.
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o666)
        guard descriptor >= 0 else {
            throw OutputError.cannotCreate(path: url.path, reason: String(cString: strerror(errno)))
        }
        var failure: OutputError?
        if let code = writeAll(bytes, to: descriptor) {
            failure = .cannotWrite(path: url.path, reason: String(cString: strerror(code)))
        }
        if close(descriptor) != 0, failure == nil {
            failure = .cannotWrite(path: url.path, reason: String(cString: strerror(errno)))
        }
        if failure == nil, rename(temporary.path, url.path) != 0 {
            failure = .cannotCreate(path: url.path, reason: String(cString: strerror(errno)))
        }
        if let failure {
            unlink(temporary.path)
            throw failure
        }
    }

    /// Writes UTF-8 text atomically.
    public static func write(_ text: String, to url: URL) throws {
        try write(Array(text.utf8), to: url)
    }

    /// Writes every byte, resuming after short writes and signals; the errno of a failure.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
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
