import ActivationMath
import Foundation
import TestSupport
import Testing

@testable import Charts
@testable import ChartsCairo

/// Small rendered figures compared with committed PNGs, pixel by pixel with a tolerance, so a
/// font or anti-aliasing update does not fail them but a moved curve, dot or label does.
/// `ACTPLOT_UPDATE_GOLDEN=1 swift test --filter GoldenTests` rewrites the files.
@Suite("Golden images")
struct GoldenTests {
    static let size = Size(width: 600, height: 240)

    static let cases: [(name: String, theme: Theme, figure: Figure)] = [
        ("sigmoid-light", .light, ActivationFigure.tested(Sigmoid(), samples: 400, size: size).figure()),
        ("ramp-print", .print, ActivationFigure.tested(TestRamp(), samples: 400, language: .zh, size: size).figure()),
        ("shrink-dark", .dark, ActivationFigure.tested(TestShrink(), samples: 400, size: size).figure()),
    ]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test("figures match their golden PNGs", arguments: cases.indices)
    func matchesGolden(_ index: Int) throws {
        let c = Self.cases[index]
        let bytes = try FigureEncoder(theme: c.theme).encode(c.figure, as: .png)
        let url = Self.folder.appendingPathComponent("\(c.name).png")
        if ProcessInfo.processInfo.environment["ACTPLOT_UPDATE_GOLDEN"] == "1" {
            try Data(bytes).write(to: url)
            return
        }
        let golden = try PNGImage(bytes: Array(try Data(contentsOf: url)))
        let difference = try ImageDifference(golden, PNGImage(bytes: bytes))
        if !difference.isSmall {
            // The drawn image and a map of what changed, beside the golden one, for a person to compare.
            let folder = FileManager.default.temporaryDirectory
            let actual = folder.appendingPathComponent("actplot-golden-\(c.name).actual.png")
            let changes = folder.appendingPathComponent("actplot-golden-\(c.name).diff.pgm")
            try? Data(bytes).write(to: actual)
            if let drawn = try? PNGImage(bytes: bytes) { try? Data(ImageDifference.map(golden, drawn)).write(to: changes) }
            Issue.record("\(c.name): \(difference); drawn: \(actual.path), changes: \(changes.path), golden: \(url.path)")
        }
    }

    @Test("the comparison catches a real change: a different figure is not within tolerance")
    func detectsChange() throws {
        let encoder = FigureEncoder(theme: .light)
        let a = try PNGImage(bytes: encoder.encode(Self.cases[0].figure, as: .png))
        let b = try PNGImage(bytes: encoder.encode(ActivationFigure.tested(Sigmoid(), range: -10...10, size: Self.size).figure(), as: .png))
        #expect(try !ImageDifference(a, b).isSmall)
        #expect(try ImageDifference(a, a).isSmall)
    }
}

/// How far two images of the same size differ.
struct ImageDifference: CustomStringConvertible {
    /// Share of pixels where some channel differs by more than a quarter of its range.
    let changedShare: Double
    /// Mean absolute channel difference, 0…255.
    let meanDifference: Double

    struct SizeMismatch: Error {}

    init(_ a: PNGImage, _ b: PNGImage) throws {
        guard a.width == b.width, a.height == b.height else { throw SizeMismatch() }
        var changed = 0, total = 0.0
        for (p, q) in zip(a.pixels, b.pixels) {
            var worst: UInt32 = 0
            for shift in stride(from: 0, to: 32, by: 8) {
                let x = (p >> UInt32(shift)) & 0xFF, y = (q >> UInt32(shift)) & 0xFF
                let d = x > y ? x - y : y - x
                worst = max(worst, d)
                total += Double(d)
            }
            if worst > 64 { changed += 1 }
        }
        changedShare = Double(changed) / Double(max(1, a.pixels.count))
        meanDifference = total / Double(max(1, a.pixels.count * 4))
    }

    /// A grey map of the largest channel difference at each pixel (white where the images agree),
    /// as a binary PGM file any image viewer opens: where a failing golden image changed.
    static func map(_ a: PNGImage, _ b: PNGImage) -> [UInt8] {
        guard a.width == b.width, a.height == b.height else { return [] }
        var out = Array("P5\n\(a.width) \(a.height)\n255\n".utf8)
        for (p, q) in zip(a.pixels, b.pixels) {
            var worst: UInt32 = 0
            for shift in stride(from: 0, to: 32, by: 8) {
                let x = (p >> UInt32(shift)) & 0xFF, y = (q >> UInt32(shift)) & 0xFF
                worst = max(worst, x > y ? x - y : y - x)
            }
            out.append(UInt8(255 - min(worst, 255)))
        }
        return out
    }

    /// Within tolerance: at most 0.3 % of pixels clearly changed and a mean difference under 1.5.
    var isSmall: Bool { changedShare <= 0.003 && meanDifference < 1.5 }

    var description: String {
        "\(String(format: "%.3f", changedShare * 100)) % of pixels changed, mean difference \(String(format: "%.2f", meanDifference))"
    }
}
