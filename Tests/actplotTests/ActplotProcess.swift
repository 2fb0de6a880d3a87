import Foundation

/// Runs the built `actplot` executable as a user would (or another program), capturing what it prints.
struct ActplotProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Whether a signal ended the process (a crash, or the timeout's SIGKILL) rather than exit.
        var signalled = false
    }

    /// The binary the tests run: `ACTPLOT_BINARY` when set (`make test` builds the release
    /// binary and names it, since the debug one draws about 20 times slower), else the binary
    /// built beside the test bundle (same build folder, whatever --scratch-path).
    static let executable: URL = {
        if let path = ProcessInfo.processInfo.environment["ACTPLOT_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path).standardizedFileURL
        }
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../.build/debug"),
        ]
        for case let folder? in candidates {
            for base in [folder, folder.deletingLastPathComponent()] {
                let url = base.appendingPathComponent("actplot")
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return URL(fileURLWithPath: "actplot")
    }()

    static func run(_ arguments: [String], in folder: URL? = nil, timeout: Double? = nil, environment: [String: String] = [:]) throws -> Result {
        try run(executable, arguments, in: folder, timeout: timeout, environment: environment)
    }

    /// Runs any program the same way (the page check's Python, say). After `timeout` seconds
    /// the process gets SIGKILL, and the result says it was signalled. `environment` adds to
    /// (or replaces entries of) the test's own environment.
    static func run(
        _ program: URL, _ arguments: [String], in folder: URL? = nil, timeout: Double? = nil, environment: [String: String] = [:]
    ) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let pid = process.processIdentifier
        let killer = DispatchWorkItem { kill(pid, SIGKILL) }
        if let timeout { DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer) }
        // Both pipes are read at once, stderr on another thread: reading one to its end first
        // would stall a run that fills the other pipe's buffer.
        let errBox = DataBox()
        let errDone = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errBox.data = err.fileHandleForReading.readDataToEndOfFile()
            errDone.signal()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errDone.wait()
        let errData = errBox.data
        process.waitUntilExit()
        killer.cancel()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self), signalled: process.terminationReason == .uncaughtSignal)
    }

    /// Starts actplot without waiting, its output discarded, for a test that stops it midway.
    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("actplot-cli-\(UUID().uuidString)")
    }
}

/// The stderr bytes read on another thread, handed back after a semaphore.
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
