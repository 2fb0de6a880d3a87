import ActivationMath
import Foundation
import Testing

@testable import Report

@Suite("Report drawn in parallel")
struct ParallelReportTests {
    @Test("every file is the same bytes whether drawn by one worker or several")
    func sameBytes() throws {
        var outputs: [[String: Data]] = []
        for jobs in [1, 2, 4] {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actplot-jobs-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            var options = ReportOptions(
                outputFolder: folder, activations: Catalogue.all, templates: try .builtIn(),
                formats: [.png, .svg, .pdf], samples: 300)
            options.jobs = jobs
            _ = try ReportBuilder(options: options).run()
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            outputs.append(
                try Dictionary(
                    uniqueKeysWithValues: names.map {
                        ($0, try Data(contentsOf: folder.appendingPathComponent($0)))
                    }))
        }
        #expect(outputs[0].keys.contains("manifest.json"))
        #expect(outputs[0].count == 3 * Catalogue.all.count + 3)
        #expect(outputs[1] == outputs[0])
        #expect(outputs[2] == outputs[0])
    }
}
