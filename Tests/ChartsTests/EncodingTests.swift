import ActivationMath
import Foundation
import Testing
@testable import Charts

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("Encoding through Cairo")
struct EncodingTests {
    let figure = ActivationFigure(Sigmoid(), samples: 200).figure()

    @Test("a Cairo image surface round-trips to a PNG of the requested size")
    func pngSize() throws {
        for scale in [1.0, 2.0] {
            let bytes = try FigureEncoder(theme: .light, options: RenderOptions(scale: scale)).encode(figure, as: .png)
            let size = try #require(PNGHeader(bytes))
            #expect(size.width == Int(1200 * scale))
            #expect(size.height == Int(480 * scale))
        }
    }

    @Test("the PNG is not blank: curves and text put many colours on it")
    func pngNotBlank() throws {
        let bytes = try FigureEncoder(theme: .light).encode(figure, as: .png)
        #expect(bytes.count > 10_000)
    }

    @Test("SVG parses as XML and is the same bytes whatever was drawn before")
    func svg() throws {
        let encoder = FigureEncoder(theme: .light)
        let first = try encoder.encode(figure, as: .svg)
        _ = try encoder.encode(ActivationFigure(Sigmoid(), samples: 50).figure(), as: .svg)
        let again = try encoder.encode(figure, as: .svg)
        #expect(first == again)
        let parser = XMLParser(data: Data(first))
        #expect(parser.parse(), "SVG is not well-formed XML")
    }

    @Test("PDF has one page and the same bytes twice")
    func pdf() throws {
        let encoder = FigureEncoder(theme: .light)
        let a = try encoder.encode(figure, as: .pdf)
        let b = try encoder.encode(figure, as: .pdf)
        #expect(a == b)
        let text = String(decoding: a, as: UTF8.self)
        #expect(text.hasPrefix("%PDF-"))
        #expect(text.components(separatedBy: "/Type /Page\n").count - 1 + text.components(separatedBy: "/Type /Page ").count - 1 >= 1)
        #expect(text.contains("/Count 1"))
    }
}

/// Width and height from a PNG's IHDR chunk, or nil when the bytes are not a PNG.
func PNGHeader(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
    let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    guard bytes.count > 24, Array(bytes[0..<8]) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
    func be32(_ i: Int) -> Int { bytes[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) } }
    return (be32(16), be32(20))
}
