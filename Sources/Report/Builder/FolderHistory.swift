import ActivationMath
import Charts
import Foundation

/// What earlier runs left in the output folder, as its `manifest.json` records it, and how this
/// run's figures fit with it: a run replaces the files of figures it redraws, refuses to
/// overwrite those of other figures or files no manifest lists, and keeps the rest on the page
/// and in the manifest.
struct FolderHistory {
    /// Entries of the earlier manifest whose files still exist, in their recorded order.
    let entries: [Manifest.File]
    /// Whether the folder had a manifest; without one, an existing page is not taken as ours.
    let hasManifest: Bool

    /// A folder with no history, as `--replace` treats every folder.
    static let empty = FolderHistory(entries: [], hasManifest: false)

    /// Reads `folder/manifest.json`; a missing folder or manifest is an empty history.
    static func load(_ folder: URL) throws -> FolderHistory {
        let url = folder.appendingPathComponent("manifest.json")
        guard OutputFolder.status(of: url.path) != .missing else { return .empty }
        let unreadable = { (reason: String) in OutputConflict.unreadableManifest(path: url.path, reason: reason) }
        guard access(url.path, R_OK) == 0 else { throw unreadable(String(cString: strerror(errno))) }
        let manifest: Manifest
        do {
            let data = try Data(contentsOf: url)
            manifest = try ManifestFastReader.read(Array(data)) ?? JSONDecoder().decode(Manifest.self, from: data)
        } catch let error as DecodingError {
            throw unreadable(reason(error))
        } catch {
            throw unreadable("it could not be read")
        }
        var seen = Set<String>()
        var kept: [Manifest.File] = []
        for file in manifest.files where seen.insert(file.path).inserted {
            // The recorded paths are linked from the page and may be read into it: only the
            // flat names actplot itself writes are accepted, never a path out of the folder.
            guard isFigureFile(file) else {
                throw unreadable("it lists '\(file.path)', which is not a figure file actplot writes")
            }
            if OutputFolder.status(of: folder.appendingPathComponent(file.path).path) == .file { kept.append(file) }
        }
        return FolderHistory(entries: kept, hasManifest: true)
    }

    /// Throws when a figure of this run would overwrite another figure's files, or a file no
    /// manifest lists. `figures` are this run's ids and identities; `files` every file it writes.
    func check(_ figures: [(id: String, identity: FigureIdentity)], files: [String], formats: [FigureFormat], folder: URL) throws {
        var owners: [String: FigureIdentity] = [:]
        for entry in entries where owners[entry.figure] == nil { owners[entry.figure] = entry.identity }
        let manifest = folder.appendingPathComponent("manifest.json").path
        let name = { (identity: FigureIdentity) in identity.kind == .expression ? identity.name : nil }
        for figure in figures {
            guard let owner = owners[figure.id], owner != figure.identity else { continue }
            throw OutputConflict.claimed(
                file: "\(figure.id).\(formats.first?.fileExtension ?? "png")", manifest: manifest, owner: owner.description,
                drawing: figure.identity.description,
                name: name(figure.identity), suggestion: suggestion(for: figure.id, taken: figures.map(\.id), formats: formats, folder: folder))
        }
        let listed = Set(entries.map(\.path))
        let pageFiles: Set = ["index.html", "style.css", MathFont.fileName, "manifest.json"]
        for file in files where !listed.contains(file) {
            // With a manifest in the folder, its page is ours to rewrite; without one it may not be.
            if hasManifest, pageFiles.contains(file) { continue }
            let url = folder.appendingPathComponent(file)
            guard OutputFolder.status(of: url.path, following: false) != .missing else { continue }
            let stem = (file as NSString).deletingPathExtension
            let figure = figures.first { $0.id == stem }
            throw OutputConflict.unlisted(
                path: url.path, name: figure.flatMap { name($0.identity) },
                suggestion: figure.flatMap {
                    name($0.identity) == nil ? nil : suggestion(for: stem, taken: figures.map(\.id), formats: formats, folder: folder)
                })
        }
    }

    /// The manifest after a run that wrote `written` (in its order): each figure of this run
    /// with its new files, then any older files of the same figure this run did not rewrite;
    /// then the earlier figures this run did not draw, in their recorded order. The same
    /// command again gives the same list.
    func merged(_ written: [Manifest.File]) -> (files: [Manifest.File], earlier: [[Manifest.File]]) {
        let paths = Set(written.map(\.path))
        let redrawn = Set(written.map(\.identity))
        var files: [Manifest.File] = []
        var done = Set<FigureIdentity>()
        for (i, file) in written.enumerated() {
            files.append(file)
            // After a figure's new files, its files in other formats that earlier runs left.
            let lastOfFigure = i == written.count - 1 || written[i + 1].identity != file.identity
            if lastOfFigure, done.insert(file.identity).inserted {
                files += entries.filter { $0.identity == file.identity && !paths.contains($0.path) }
            }
        }
        var earlier: [[Manifest.File]] = []
        var index: [FigureIdentity: Int] = [:]
        for entry in entries where !redrawn.contains(entry.identity) {
            files.append(entry)
            if let i = index[entry.identity] {
                earlier[i].append(entry)
            } else {
                index[entry.identity] = earlier.count
                earlier.append([entry])
            }
        }
        return (files, earlier)
    }

    /// `relu-2`, `relu-3`, …: the first name no earlier figure, figure of this run, catalogue
    /// or report figure uses, and under which no file of this run's formats exists yet.
    func suggestion(for stem: String, taken: [String], formats: [FigureFormat], folder: URL) -> String? {
        var used = Set(taken + entries.map(\.figure) + Catalogue.all.map(\.id))
        used.formUnion(FigureSection.all.flatMap(\.figures).map(\.id))
        for n in 2...999 {
            let suffix = "-\(n)"
            var base = String(stem.prefix(CustomName.maxIDLength - suffix.count))
            while base.last == "-" { base.removeLast() }
            let candidate = base + suffix
            guard !used.contains(candidate) else { continue }
            let onDisk = formats.contains { format in
                OutputFolder.status(of: folder.appendingPathComponent("\(candidate).\(format.fileExtension)").path, following: false) != .missing
            }
            if !onDisk { return candidate }
        }
        return nil
    }

    /// Whether `file` names a figure the way actplot writes them: `<id>.<format>`, or
    /// `<id>.<variant>.<format>` for a page variant, with an id of a–z, 0–9 and single hyphens.
    private static func isFigureFile(_ file: Manifest.File) -> Bool {
        guard let format = FigureFormat(rawValue: file.format) else { return false }
        let variant = file.variant.flatMap(PageVariant.init(rawValue:))
        guard file.variant == nil || variant != nil else { return false }
        let expected = variant.map { $0.fileName(file.figure, format) } ?? "\(file.figure).\(format.fileExtension)"
        guard file.path == expected else { return false }
        let id = file.figure
        return !id.isEmpty && id.count <= CustomName.maxIDLength && CustomName.id(from: id) == id
    }

    /// A short reason for a manifest that does not decode, without the decoder's coding paths.
    private static func reason(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted: "it is not valid JSON"
        case .keyNotFound(let key, _): "it is not an actplot manifest (no '\(key.stringValue)' where one belongs)"
        case .typeMismatch, .valueNotFound: "it is not an actplot manifest (a value of the wrong type)"
        @unknown default: "it is not an actplot manifest"
        }
    }
}
