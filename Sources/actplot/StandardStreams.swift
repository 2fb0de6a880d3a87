import Foundation
import Report

/// Writing to standard error and standard output with `write(2)`, so that a closed, full or
/// broken stream is an error code to act on rather than a trap.
///
/// `FileHandle.standardError.write` traps (SIGILL, exit 132) when the write fails, and Swift's
/// `print` drops a failed write without a word: `data … > file` on a full disk then exits 0
/// with a truncated file. Standard error is written to and its failures ignored (there is
/// nowhere left to report them); standard output goes through `StandardOutput`, which checks
/// every write and the final flush.
enum StandardStreams {
    /// Writes `text` to standard error; a failure is ignored, since a message about failing to
    /// print a message has nowhere to go, and the exit status still tells.
    static func error(_ text: String) {
        _ = AtomicFile.writeAll(Array(text.utf8), to: STDERR_FILENO)
    }
}

/// Standard output, buffered, with every failure reported: a command's output is complete or
/// the command fails with status 74 and one line naming the reason.
///
/// Long outputs (`data --samples 1000000 --format json` is about 90 MB) are written as they
/// are made, a buffer of 64 KiB at a time, instead of being built whole in memory first.
final class StandardOutput {
    private var buffer: [UInt8] = []
    private let capacity = 1 << 16

    init() { buffer.reserveCapacity(capacity) }

    /// Appends `text`, writing the buffer out when it is full.
    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { try flush() }
    }

    /// Writes out whatever is buffered.
    func flush() throws {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        if let code = AtomicFile.writeAll(buffer, to: STDOUT_FILENO) {
            throw CommandError.io("cannot write to standard output: \(String(cString: strerror(code)))")
        }
    }

    /// Writes `text` and flushes: the whole output of a short command.
    static func print(_ text: String) throws {
        let out = StandardOutput()
        try out.write(text)
        try out.flush()
    }
}
