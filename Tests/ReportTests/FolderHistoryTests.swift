import ActivationMath
import Foundation
import Testing

@testable import Report

/// How a run's files merge with what earlier runs recorded, without drawing anything.
@Suite("Folder history")
struct FolderHistoryTests {
    static func file(_ figure: String, _ format: String, _ identity: FigureIdentity? = nil) -> Manifest.File {
        Manifest.File(
            path: "\(figure).\(format)", figure: figure, identity: identity ?? .activation(figure), title: "\(figure) title",
            format: format, width: 10, height: 10)
    }

    @Test("this run's figures first, each followed by its other recorded formats, then the rest in recorded order")
    func mergeOrder() {
        let history = FolderHistory(
            entries: [Self.file("gallery", "svg", .report("gallery")), Self.file("relu", "png"), Self.file("relu", "svg"), Self.file("tanh", "svg")],
            hasManifest: true)
        let written = [Self.file("sigmoid", "svg"), Self.file("relu", "svg")]
        let merged = history.merged(written)
        #expect(merged.files.map(\.path) == ["sigmoid.svg", "relu.svg", "relu.png", "gallery.svg", "tanh.svg"])
        #expect(merged.earlier.map { $0.map(\.path) } == [["gallery.svg"], ["tanh.svg"]])
        // Merging the result again with the same run changes nothing.
        let again = FolderHistory(entries: merged.files, hasManifest: true).merged(written)
        #expect(again.files == merged.files)
    }

    @Test("a suggested name is free among recorded figures, this run's, the catalogue's and the files on disk")
    func suggestion() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actplot-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x".utf8).write(to: folder.appendingPathComponent("f-3.svg"))
        let history = FolderHistory(entries: [Self.file("f", "svg"), Self.file("f-2", "png")], hasManifest: true)
        #expect(history.suggestion(for: "f", taken: ["f-4"], formats: [.svg], folder: folder) == "f-5")
        #expect(history.suggestion(for: "f", taken: [], formats: [.png], folder: folder) == "f-3")
        let long = String(repeating: "a", count: CustomName.maxIDLength)
        let suggested = try #require(history.suggestion(for: long, taken: [], formats: [.svg], folder: folder))
        #expect(suggested.count == CustomName.maxIDLength && CustomName.id(from: suggested) == suggested)
    }

    @Test("entries written before identities were recorded get the identity their id means")
    func legacyEntries() throws {
        let entry = { (figure: String) in
            #"{"path": "\#(figure).svg", "figure": "\#(figure)", "title": "T", "format": "svg", "width": 1, "height": 2, "embed": {"markdown": "", "html": "", "latex": ""}}"#
        }
        let json = #"{"files": [\#(entry("relu")), \#(entry("gallery")), \#(entry("mine"))]}"#
        let manifest = try JSONDecoder().decode(Manifest.self, from: Data(json.utf8))
        #expect(manifest.files.map(\.identity) == [.activation("relu"), .report("gallery"), FigureIdentity(kind: .expression, name: "T")])
        #expect(manifest.files.allSatisfy { $0.alt == "T" })
    }

    @Test("an expression's identity is its formula and name as given, whatever file name they give")
    func expressionIdentity() throws {
        let a = ExpressionActivation(try MathExpression("max(0,x)^2"), name: "ReLU²")
        #expect(a.id == "relu")
        #expect(FigureIdentity.of(a) == FigureIdentity(kind: .expression, expression: "max(0,x)^2", name: "ReLU²"))
        #expect(FigureIdentity.of(a) != FigureIdentity.of(ExpressionActivation(try MathExpression("max(0, x)^2"), name: "ReLU²")))
        #expect(FigureIdentity.of(ReLU()) == .activation("relu"))
    }
}
