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

    @Test("PDF has exactly one page and a fixed creation date")
    func pdfOnePage() throws {
        let bytes = try FigureEncoder(theme: .light).encode(figure, as: .pdf)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("%PDF-"))
        let pages = try Regex("/Type\\s*/Page[^s]")
        #expect(text.matches(of: pages).count == 1)
        // Cairo 1.16 writes the date without the optional "D:" prefix.
        #expect(text.contains("/CreationDate (20000101") || text.contains("/CreationDate (D:20000101"))
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
