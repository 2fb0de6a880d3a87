import Foundation

/// Runs actplot through `/bin/sh`, for what `Process` cannot set up: closed or full standard
/// streams, resource limits, arguments that are not UTF-8.
enum ShellProcess {
    /// Runs `script` with `$ACTPLOT` naming the built executable; stdout and stderr are
    /// captured unless the script redirects them itself.
    static func run(_ script: String, in folder: URL? = nil, timeout: Double = 120) throws -> ActplotProcess.Result {
        let quoted = "'" + ActplotProcess.executable.path.replacingOccurrences(of: "'", with: "'\\''") + "'"
        return try ActplotProcess.run(URL(fileURLWithPath: "/bin/sh"), ["-c", "ACTPLOT=\(quoted); \(script)"], in: folder, timeout: timeout)
    }
}
