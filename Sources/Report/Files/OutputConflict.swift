/// Reasons a run refuses to write into a folder that earlier runs (or the user) left files in:
/// found before anything is written, so the folder stays as it was.
public enum OutputConflict: Error, CustomStringConvertible {
    /// This run would overwrite the files of another figure that the folder's manifest records.
    /// `drawing` describes this run's figure, `owner` the recorded one; `name` is the `--name`
    /// as its title shows it when this run's figure is an `--expr` one, `suggestion` a free name.
    case claimed(file: String, manifest: String, owner: String, drawing: String, name: String?, suggestion: String?)
    /// A file this run would write is in the folder, but no manifest lists it: it may be the
    /// user's own.
    case unlisted(path: String, name: String?, suggestion: String?)
    /// The folder's `manifest.json` cannot be read or is not an actplot manifest.
    case unreadableManifest(path: String, reason: String)

    /// Whether the fault is in the command (status 64) rather than in the folder's data (65).
    public var isUsage: Bool {
        if case .unreadableManifest = self { false } else { true }
    }

    /// One line naming the file, whose it is, and what the user can do instead.
    public var description: String {
        let replace = "or pass --replace to start the folder's page and manifest afresh"
        switch self {
        case let .claimed(file, manifest, owner, drawing, name, suggestion):
            if let name {
                let example = suggestion.map { ", e.g. --name \($0)" } ?? ""
                return "--name '\(name)' gives the file name '\(file)', which '\(manifest)' records for \(owner); "
                    + "choose a free name\(example), \(replace)"
            }
            return "\(drawing) would be written to '\(file)', which '\(manifest)' records for \(owner); "
                + "move that figure's files out of the folder, write into another --out, \(replace)"
        case let .unlisted(path, name, suggestion):
            let rename = name.map { n in "choose another --name than '\(n)'" + (suggestion.map { " (e.g. --name \($0))" } ?? "") + ", " } ?? ""
            return "'\(path)' is already there and no actplot manifest in the folder lists it, so it is not overwritten; "
                + "move it away, \(rename)write into another --out, \(replace) and overwrite it"
        case let .unreadableManifest(path, reason):
            return "cannot use the existing '\(path)': \(reason); fix or remove it, \(replace)"
        }
    }
}
