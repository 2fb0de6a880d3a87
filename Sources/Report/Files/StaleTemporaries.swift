import Foundation

/// The temporary files `AtomicFile` writes, and the clean-up of those a killed run left behind.
///
/// A run stopped by SIGKILL (or a power cut) between writing a temporary file and renaming it
/// leaves that file behind; no handler runs to remove it. Each temporary name carries the
/// writing process's id, `.<name>.actplot-<pid>.tmp`, so the next run into the folder can remove
/// exactly the leftovers of runs that are no longer alive, and never a user's file or the
/// temporary file of a run still writing into the same folder.
enum StaleTemporaries {
    /// The temporary name `process` uses while writing `name`: hidden, and marked as ours.
    static func name(for name: String, process: Int32) -> String {
        ".\(name).actplot-\(process).tmp"
    }

    /// The id of the process that wrote `file`, when `file` is one of our temporary names.
    static func writer(of file: String) -> Int32? {
        guard file.hasPrefix("."), file.hasSuffix(".tmp") else { return nil }
        let stem = file.dropLast(".tmp".count)
        guard let marker = stem.range(of: ".actplot-", options: .backwards), marker.lowerBound > stem.index(after: stem.startIndex) else {
            return nil
        }
        let digits = stem[marker.upperBound...]
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        return Int32(digits)
    }

    /// Removes the temporary files in `folder` whose writer has exited; returns their names.
    /// Failing to remove one is no reason to fail the run, so errors are ignored.
    @discardableResult
    static func remove(in folder: URL) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        var removed: [String] = []
        for name in names.sorted() {
            guard let process = writer(of: name), process != getpid(), !isAlive(process) else { continue }
            if unlink(folder.appendingPathComponent(name).path) == 0 { removed.append(name) }
        }
        return removed
    }

    /// Whether a process with this id exists (signal 0 checks without sending anything).
    private static func isAlive(_ process: Int32) -> Bool {
        process > 0 && (kill(process, 0) == 0 || errno == EPERM)
    }
}
