import ActivationMath
import Foundation
import Testing

@testable import Charts
@testable import ChartsCairo

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Encoding through Cairo")
struct EncodingTests {
    let figure = ActivationFigure.tested(Sigmoid(), samples: 200).figure()

    @Test("PNG has the requested pixel size at scale 1 and 2, opaque RGB unless transparent")
    func pngSizeAndColourType() throws {
        for scale in [1.0, 2.0] {
            for transparent in [false, true] {
                let options = RenderOptions(scale: scale, transparent: transparent)
                let bytes = try FigureEncoder(theme: .light, options: options).encode(figure, as: .png)
                let header = try #require(PNGHeader(bytes))
                #expect(header.width == Int(1200 * scale))
                #expect(header.height == Int(480 * scale))
                #expect(header.colourType == (transparent ? 6 : 2), "2 is RGB, 6 is RGBA")
            }
        }
    }

    @Test("SVG parses as XML")
    func svgIsXML() throws {
        let bytes = try FigureEncoder(theme: .light).encode(figure, as: .svg)
        let parser = XMLParser(data: Data(bytes))
        #expect(parser.parse(), "SVG is not well-formed XML: \(String(describing: parser.parserError))")
    }

    @Test("PDF has exactly one page and no date that would change its bytes")
    func pdfOnePage() throws {
        let bytes = try FigureEncoder(theme: .light).encode(figure, as: .pdf)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("%PDF-"))
        let pages = try Regex("/Type\\s*/Page[^s]")
        #expect(text.matches(of: pages).count == 1)
        #expect(!text.contains("/CreationDate") && !text.contains("/ModDate"))
        #expect(text.hasSuffix("%%EOF\n"))
    }

    @Test("PDF strokes carry the figure's own widths and dashes, under one matrix for the page", arguments: ["light", "print"])
    func pdfStrokesInFigureUnits(themeName: String) throws {
        let theme = Theme.named(try #require(Theme.Name(rawValue: themeName)))
        let encoder = FigureEncoder(theme: theme)
        let drawing = encoder.drawing(figure, for: .pdf)
        let recorder = try RecordingCanvas(theme: theme)
        drawing.replay(on: recorder)
        let content = try #require(PDFStreams.of(try encoder.encode(drawing, as: .pdf)).first { $0.contains(" cm\n") })
        // Figure units (CSS pixels, y downwards) to points (y upwards), once, first.
        #expect(content.hasPrefix(".75 0 0 -.75 0 360 cm\n"))
        let operators = content.split(whereSeparator: \.isWhitespace)
        #expect(operators.filter { $0 == "cm" }.count == 1)
        let widths = Set(operators.indices.filter { operators[$0] == "w" }.compactMap { Double(operators[$0 - 1]) })
        // The content starts at PDF's default width of 1 and sets a width only when it changes.
        let expected = Set(recorder.strokes.map { ($0.style.width * 100).rounded() / 100 }).subtracting([1])
        #expect(widths.subtracting([1]) == expected, "widths \(widths.sorted()) against \(expected.sorted())")
        let dashed = recorder.strokes.filter { !$0.style.dash.isEmpty }
        if theme == .print { #expect(!dashed.isEmpty, "the print theme dashes the derivative") }
        let patterns = content.matches(of: try Regex("\\[([^\\]]*)\\]\\s+0\\s+d")).compactMap { match in
            match.output[1].substring.map { $0.split(separator: " ").compactMap { Double($0) } }
        }
        for stroke in dashed {
            #expect(
                patterns.contains { $0.count == stroke.style.dash.count && zip($0, stroke.style.dash).allSatisfy { abs($0 - $1) < 0.006 } },
                "dash \(stroke.style.dash) among \(patterns)")
        }
    }

    @Test("two encodings of one figure are the same bytes", arguments: FigureFormat.allCases)
    func repeatable(_ format: FigureFormat) throws {
        let encoder = FigureEncoder(theme: .dark, options: RenderOptions(scale: 2))
        #expect(try encoder.encode(figure, as: format) == encoder.encode(figure, as: format))
    }

    @Test("a figure's bytes do not depend on what was drawn before it", arguments: FigureFormat.allCases)
    func orderIndependent(_ format: FigureFormat) throws {
        let a = figure, b = Showcase.softmax(.zh)
        let first = FigureEncoder(theme: .light), second = FigureEncoder(theme: .light)
        let a1 = try first.encode(a, as: format), b1 = try first.encode(b, as: format)
        let b2 = try second.encode(b, as: format), a2 = try second.encode(a, as: format)
        #expect(a1 == a2)
        #expect(b1 == b2)
    }

    @Test("vector files do not grow with the number of samples")
    func simplifiedCurves() throws {
        let encoder = FigureEncoder(theme: .light)
        for format in [FigureFormat.svg, .pdf] {
            let few = try encoder.encode(ActivationFigure.tested(Sigmoid(), samples: 1000).figure(), as: format).count
            let many = try encoder.encode(ActivationFigure.tested(Sigmoid(), samples: 100_000).figure(), as: format).count
            #expect(Double(many) < Double(few) * 1.05, "\(format): \(few) bytes at 1000 samples, \(many) at 100000")
        }
    }
}

/// Width, height and colour type from a PNG's IHDR chunk, or nil when the bytes are not a PNG.
func PNGHeader(_ bytes: [UInt8]) -> (width: Int, height: Int, colourType: Int)? {
    let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    guard bytes.count > 26, Array(bytes[0..<8]) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
    func be32(_ i: Int) -> Int { bytes[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) } }
    return (be32(16), be32(20), Int(bytes[25]))
}
