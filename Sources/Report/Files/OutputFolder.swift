import Foundation

/// The folder a run writes into, checked before anything is drawn: a run that cannot write
/// all of its files fails before it creates or changes any of them.
enum OutputFolder {
    /// Checks that every one of `files` (names inside `folder`) can be written, creates the
    /// folder if missing, and removes temporary files killed runs left there.
    static func prepare(_ folder: URL, files: [String]) throws {
        try check(folder, files: files)
        try create(folder)
        StaleTemporaries.remove(in: folder)
    }

    /// Throws the first reason the run could not write `files` into `folder`: two files with
    /// one name, a folder path that is a file or lies under one, a folder that is not writable,
    /// or a folder where a file is to go.
    static func check(_ folder: URL, files: [String]) throws {
        var seen = Set<String>()
        for file in files where !seen.insert(file).inserted {
            throw OutputError.clash(file: file)
        }
        let path = folder.path
        try checkLengths(folder, files: files)
        if let target = danglingLinkTarget(path) {
            throw OutputError.cannotCreateFolder(path: path, reason: "it is a symbolic link to '\(target)', which does not exist")
        }
        switch status(of: path) {
        case .directory:
            if let reason = notWritable(path) { throw OutputError.folderNotWritable(path: path, reason: reason) }
            for file in files {
                let target = folder.appendingPathComponent(file).path
                if status(of: target, following: false) == .directory {
                    throw OutputError.cannotCreate(path: target, reason: "a folder of that name is in the way")
                }
            }
        case .file:
            throw OutputError.cannotCreateFolder(path: path, reason: "it is a file")
        case .missing:
            // The nearest existing ancestor is where the first new folder goes.
            var ancestor = folder.deletingLastPathComponent()
            while status(of: ancestor.path) == .missing, ancestor.path != "/" {
                ancestor = ancestor.deletingLastPathComponent()
            }
            switch status(of: ancestor.path) {
            case .directory:
                if let reason = notWritable(ancestor.path) {
                    throw OutputError.cannotCreateFolder(path: path, reason: "'\(ancestor.path)' is not writable (\(reason))")
                }
            case .file:
                throw OutputError.cannotCreateFolder(path: path, reason: "'\(ancestor.path)' is a file")
            case .unreadable(let reason):
                throw OutputError.cannotCreateFolder(path: path, reason: reason)
            case .missing:
                throw OutputError.cannotCreateFolder(path: path, reason: "no part of the path exists")
            }
        case .unreadable(let reason):
            throw OutputError.cannotCreateFolder(path: path, reason: reason)
        }
    }

    /// Refuses paths the system would refuse only after folders were made: a temporary file's
    /// path longer than PATH_MAX, or any name in it longer than NAME_MAX.
    static func checkLengths(_ folder: URL, files: [String]) throws {
        let path = folder.path
        let longestName = files.map { StaleTemporaries.name(for: $0).utf8.count }.max() ?? 0
        let folderNames = path.split(separator: "/").map { $0.utf8.count }
        if let long = folderNames.max(), long > Int(NAME_MAX) {
            throw OutputError.cannotCreateFolder(path: path, reason: "a folder name in it is \(long) bytes long; at most \(NAME_MAX) are allowed")
        }
        if longestName > Int(NAME_MAX) {
            throw OutputError.cannotCreateFolder(
                path: path, reason: "a file name would be \(longestName) bytes long; at most \(NAME_MAX) are allowed")
        }
        let absolute = path.hasPrefix("/") ? path.utf8.count : FileManager.default.currentDirectoryPath.utf8.count + 1 + path.utf8.count
        if absolute + 1 + longestName >= Int(PATH_MAX) {
            throw OutputError.cannotCreateFolder(
                path: path,
                reason: "the path is \(absolute) bytes long and files in it would pass the system's limit of \(PATH_MAX); choose a shorter --out")
        }
    }

    /// The target of `path` when it is a symbolic link to nothing, else nil.
    static func danglingLinkTarget(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK, stat(path, &info) != 0, errno == ENOENT else { return nil }
        return try? FileManager.default.destinationOfSymbolicLink(atPath: path)
    }

    /// Creates `folder` and its missing parents, one `mkdir` each, so a failure names its cause
    /// in the system's words.
    static func create(_ folder: URL) throws {
        guard status(of: folder.path) != .directory else { return }
        try create(folder.deletingLastPathComponent())
        if mkdir(folder.path, 0o777) != 0, errno != EEXIST {
            throw OutputError.cannotCreateFolder(path: folder.path, reason: String(cString: strerror(errno)))
        }
    }

    /// What is at a path.
    enum Status: Equatable {
        case directory, file, missing
        /// `stat` failed for another reason than absence (permissions, a loop of links).
        case unreadable(String)
    }

    static func status(of path: String, following: Bool = true) -> Status {
        var info = stat()
        if (following ? stat(path, &info) : lstat(path, &info)) != 0 {
            return errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable(String(cString: strerror(errno)))
        }
        return info.st_mode & S_IFMT == S_IFDIR ? .directory : .file
    }

    /// Why new files cannot be made in `path`, or nil when they can.
    private static func notWritable(_ path: String) -> String? {
        access(path, W_OK | X_OK) == 0 ? nil : String(cString: strerror(errno))
    }
}
