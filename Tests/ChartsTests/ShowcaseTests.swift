import Foundation
import Testing

@testable import Charts
@testable import ChartsCairo

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Every kind of series renders in every format; set ACTPLOT_SHOWCASE_DIR to also write the
/// files there for a look.
@Suite("Showcase figures")
struct ShowcaseTests {
    @Test(
        "bars, heat map, bands, legends, log axes, annotations and small multiples render to PNG, SVG and PDF",
        arguments: Showcase.all.map(\.0))
    func renders(_ name: String) throws {
        let figure = try #require(Showcase.all.first { $0.0 == name }?.1)
        let folder = ProcessInfo.processInfo.environment["ACTPLOT_SHOWCASE_DIR"].map { URL(fileURLWithPath: $0) }
        for theme in Theme.Name.allCases {
            let encoder = FigureEncoder(theme: .named(theme))
            for format in FigureFormat.allCases {
                let bytes = try encoder.encode(figure, as: format)
                #expect(bytes.count > 1000)
                if format == .svg { #expect(XMLParser(data: Data(bytes)).parse(), "\(name).svg is not XML") }
                if let folder {
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                    try Data(bytes).write(to: folder.appendingPathComponent("\(name)-\(theme.rawValue).\(format.rawValue)"))
                }
            }
        }
    }
}
