import Foundation
import PackagePlugin

/// Turns every file of the top-level `templates/` folder, and the documents' printed numbers in
/// `reference/seed-values.json`, into Swift string constants of the target that uses the plugin,
/// so the built binary carries its default templates and reference data and runs from anywhere.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "templates")
        // The page's files, and one level of folders below (strings/en.json): each keyed by its
        // path inside templates/, as `--templates DIR` finds the same files in DIR.
        var names: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path()) where !name.hasPrefix(".") {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.appending(path: name).path(), isDirectory: &isFolder)
            if isFolder.boolValue {
                names += try FileManager.default.contentsOfDirectory(atPath: folder.appending(path: name).path())
                    .filter { !$0.hasPrefix(".") }
                    .map { "\(name)/\($0)" }
            } else {
                names.append(name)
            }
        }
        names.sort()
        let reference = context.package.directoryURL.appending(path: "reference/seed-values.json")
        let inputs = names.map { folder.appending(path: $0) } + [reference]
        let keys = names + ["seed-values.json"]
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding report templates and reference data",
                executable: try context.tool(named: "embed-templates").url,
                arguments: [output.path()] + zip(keys, inputs).map { "\($0)=\($1.path())" },
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
