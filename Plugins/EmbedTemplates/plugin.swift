import Foundation
import PackagePlugin

/// Turns every file of the top-level `templates/` folder, and the documents' printed numbers in
/// `reference/seed-values.json`, into Swift string constants of the target that uses the plugin,
/// so the built binary carries its default templates and reference data and runs from anywhere.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path())
            .filter { !$0.hasPrefix(".") }
            .sorted()
        let inputs = names.map { folder.appending(path: $0) }
            + [context.package.directoryURL.appending(path: "reference/seed-values.json")]
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding report templates and reference data",
                executable: try context.tool(named: "embed-templates").url,
                arguments: [output.path()] + inputs.map { $0.path() },
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
