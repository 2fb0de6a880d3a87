import Foundation

/// Makes sure a drawing run has the file descriptors it needs before it starts any worker.
///
/// Fonts, the dispatch library's workers and each file being written take descriptors. With
/// too few (`ulimit -n 5`), Pango falls back to drawing without fonts ("expect ugly output"),
/// files fail halfway with "Too many open files", and the dispatch library can trap (SIGILL).
/// Measured here: 9 descriptors in all for one worker and 10 for two or four, the three
/// standard streams included. The budget asks for half as much again, raises the soft limit towards the hard one when it is lower, and otherwise
/// stops with one line and status 71 before anything is drawn or written.
enum DescriptorBudget {
    /// Free descriptors asked for: a margin over the measured need, plus two a worker.
    static func needed(jobs: Int) -> Int { 8 + 2 * jobs }

    /// Checks (and if need be raises) the descriptor limit for `jobs` workers.
    static func ensure(jobs: Int) throws {
        let want = needed(jobs: jobs)
        if free(upTo: want) >= want { return }
        var limit = rlimit()
        if getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < limit.rlim_max {
            limit.rlim_cur = min(limit.rlim_max, limit.rlim_cur + rlim_t(want))
            _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
            if free(upTo: want) >= want { return }
        }
        _ = getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        throw CommandError(
            message: "too few file descriptors: the limit is \(limit.rlim_cur) (ulimit -n) and \(want) more are needed "
                + "for --jobs \(jobs); raise it with 'ulimit -n 256' or lower --jobs",
            code: 71)
    }

    /// How many more descriptors can be opened, counting no further than `count`.
    private static func free(upTo count: Int) -> Int {
        var opened: [Int32] = []
        defer { for descriptor in opened { close(descriptor) } }
        while opened.count < count {
            let descriptor = open("/dev/null", O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { break }
            opened.append(descriptor)
        }
        return opened.count
    }
}
