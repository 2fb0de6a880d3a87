import Foundation
import Testing

@testable import Report

/// The clean-up an interrupted run does must leave no temporary file, whatever its moment.
@Suite("temporary file registry")
struct TemporaryFilesTests {
    /// Tells the writers to stop; `@unchecked Sendable` because every access holds the lock.
    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var raised = false
        func raise() { lock.withLock { raised = true } }
        var isRaised: Bool { lock.withLock { raised } }
    }

    /// Writes files as `AtomicFile` does (create through the registry, write, rename, forget).
    /// Once `exiting` is raised, a writer stops at its next step and waits for `stop`, as the
    /// process's workers stop where they are when it exits.
    static func write(_ registry: TemporaryFiles, in folder: URL, worker: Int, exiting: Flag, stop: Flag) {
        var count = 0
        func halted() -> Bool {
            guard exiting.isRaised else { return false }
            while !stop.isRaised { usleep(1_000) }
            return true
        }
        while !halted() {
            let temporary = folder.appendingPathComponent(".w\(worker)-\(count).tmp").path
            let final = folder.appendingPathComponent("w\(worker)-\(count)").path
            count += 1
            let (descriptor, _) = registry.create(temporary, flags: O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode: 0o644)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            if halted() { return }
            _ = AtomicFile.writeAll(Array("whole".utf8), to: descriptor)
            if halted() { return }
            _ = rename(temporary, final)
            if halted() { return }
            registry.forget(temporary)
        }
    }

    @Test("whenever the clean-up runs, writers busy creating files leave no temporary file behind")
    func cleanUpWhileWriting() throws {
        // The race this guards against is a window of microseconds, widest at a folder's first
        // file. Many rounds, each stopping the writers at a different moment, catch the former
        // order (record the name, then create the file outside the lock) in about one round in
        // twenty: 21 and 30 of 500 in two runs.
        for round in 0..<500 {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actplot-registry-\(getpid())-\(round)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let registry = TemporaryFiles()
            let exiting = Flag(), stop = Flag()
            let group = DispatchGroup()
            for worker in 0..<3 {
                DispatchQueue.global().async(group: group) {
                    Self.write(registry, in: folder, worker: worker, exiting: exiting, stop: stop)
                }
            }
            usleep(UInt32(100 + (round * 397) % 1500))
            exiting.raise()
            registry.removeAllAndHold()
            // A writer between two steps takes the next one before it halts. Whether it halts in
            // time decides only whether the former order is caught, never whether this one passes.
            usleep(5_000)
            let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
            stop.raise()
            registry.release()
            group.wait()
            #expect(left.isEmpty, "round \(round): \(left)")
        }
    }
}
