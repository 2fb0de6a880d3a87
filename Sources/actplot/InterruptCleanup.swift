import Dispatch
import Foundation
import Report

/// Ctrl-C, `kill` and a closed terminal stop a drawing run without leaving its temporary files
/// behind: the run removes them and exits with 128 + the signal's number (130 for SIGINT, 143
/// for SIGTERM, 129 for SIGHUP), as a shell reports a process the signal ended. Finished files
/// stay; the file being written keeps its previous version.
///
/// The signals are taken from their default action and handled on a dispatch queue, where
/// taking a lock is safe, rather than in a C signal handler, where it is not.
enum InterruptCleanup {
    /// Kept alive for the life of the process.
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    /// Starts handling SIGINT, SIGTERM and SIGHUP.
    static func install() {
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                TemporaryFiles.removeAllForExit()
                _exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }
}
