import ActivationMath
import Foundation
import Testing

@testable import Charts
@testable import ChartsCairo

/// The streams of a PDF as text, inflated where compressed.
enum PDFStreams {
    static func of(_ bytes: [UInt8]) -> [String] {
        var streams: [String] = []
        var rest = bytes[...]
        while let start = rest.firstRange(of: Array("stream\n".utf8)),
            let end = rest[start.upperBound...].firstRange(of: Array("\nendstream".utf8))
        {
            let data = Array(rest[start.upperBound..<end.lowerBound])
            let header = String(decoding: rest[..<start.lowerBound].suffix(200), as: UTF8.self)
            let compressed = header.components(separatedBy: "obj").last?.contains("/FlateDecode") ?? false
            if let text = compressed ? ZlibCheck.inflate(data, limit: 1 << 22) : data {
                streams.append(String(decoding: text, as: UTF8.self))
            }
            rest = rest[end.upperBound...]
        }
        return streams
    }
}

/// Runs a Poppler tool (Debian's poppler-utils, installed by `make test`).
enum Poppler {
    static var available: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftocairo") }

    /// The tool's standard output for `arguments`, with the PDF written to a file first.
    static func run(_ tool: String, pdf: [UInt8], arguments: [String], output: String? = nil) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actplot-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("figure.pdf")
        try Data(pdf).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/\(tool)")
        process.arguments = arguments + [input.path] + (output.map { [folder.appendingPathComponent($0).path] } ?? (tool == "pdftotext" ? ["-"] : []))
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(tool) failed")
        if let output { return try Data(contentsOf: folder.appendingPathComponent(output + ".png")) }
        return data
    }

    /// The PDF drawn by Poppler through Cairo at 96 dpi: one pixel per figure unit.
    static func pixels(_ pdf: [UInt8]) throws -> [UInt32]? {
        decodedPixels(Array(try run("pdftocairo", pdf: pdf, arguments: ["-png", "-r", "96", "-singlefile"], output: "page")))
    }

    /// The PDF's text as pdftotext reads it.
    static func text(_ pdf: [UInt8]) throws -> String {
        String(decoding: try run("pdftotext", pdf: pdf, arguments: []), as: UTF8.self)
    }
}

@Suite("Direct PDF")
struct DirectPDFTests {
    static var figures: [(String, Theme, Figure)] {
        var chinese = ActivationFigure.tested(ELU(), range: -4...4).figure()
        chinese.title = "ELU 函数 e<sup>x</sup> − 1"
        return [
            ("sigmoid", .light, ActivationFigure.tested(Sigmoid(), range: -20...20).figure()),
            ("relu, jump markers, dark", .dark, ActivationFigure.tested(ReLU(), range: -3...3).figure()),
            ("CJK title with superscript", .light, chinese),
            ("print theme's dashes", .print, ActivationFigure.tested(Tanh(), range: -5...5).figure()),
            ("softmax heat map", .light, Showcase.softmax(.zh)),
        ]
    }

    @Test(
        "Poppler draws the PDF like the PNG Cairo draws, but for antialiasing at glyph edges",
        .enabled(if: Poppler.available, "needs pdftocairo (scripts/setup.sh --test)"), arguments: figures.map(\.0))
    func sameDrawing(name: String) throws {
        let (_, theme, figure) = try #require(Self.figures.first { $0.0 == name })
        let encoder = FigureEncoder(theme: theme)
        let png = try #require(decodedPixels(try encoder.encode(figure, as: .png)))
        let pdf = try #require(try Poppler.pixels(try encoder.encode(figure, as: .pdf)))
        #expect(png.count == Int(figure.size.width * figure.size.height))
        #expect(pdf.count == png.count)
        var worst = 0, visible = 0
        for (a, b) in zip(png, pdf) {
            let d = channelDifference(a, b)
            worst = max(worst, d)
            if d > 24 { visible += 1 }
        }
        // Glyph outlines are kept to tenths of a unit and drawn as shapes rather than hinted
        // text; a wrong colour, glyph, position, width or missing part changes thousands of
        // pixels.
        #expect(visible < 300, "\(visible) pixels differ by more than 24 levels (worst \(worst))")
        #expect(worst < 128, "a pixel differs by \(worst) levels")
    }

    @Test("the text reads back: Latin, CJK, right-to-left and characters markup escapes", .enabled(if: Poppler.available))
    func textReadsBack() throws {
        var figure = ActivationFigure.tested(ELU(), range: -4...4).figure()
        figure.title = "ELU 函数 &lt;x&gt; &amp; \"μ\" עברית"
        let pdf = try FigureEncoder(theme: .light).encode(figure, as: .pdf)
        let text = try Poppler.text(pdf)
        for word in ["ELU", "函数", "<x>", "&", "\"μ\"", "עברית", "−2"] {
            #expect(text.contains(word), "\(word) is not in \(text)")
        }
    }

    @Test("a figure with more glyphs than one font holds gets a second font, and keeps all its text", .enabled(if: Poppler.available))
    func moreThan256Glyphs() throws {
        let characters = (0x4E00..<0x4E00 + 300).compactMap { Unicode.Scalar($0).map(Character.init) }
        let line = String(characters)
        let engine = TextEngine(fontFamily: Theme.light.fontFamily)
        let canvas = PDFCanvas(size: Size(width: 4000, height: 100), engine: engine)
        canvas.draw(TextRun(markup: line, size: 12, color: Color(hex: 0x000000)), at: Point(5, 5), rotated: false)
        try canvas.finish()
        let pdf = canvas.document(title: "many glyphs", description: nil)
        let document = String(decoding: pdf, as: UTF8.self)
        #expect(document.matches(of: /\/Subtype \/Type3/).count == 2)
        let text = try Poppler.text(pdf).filter { !$0.isWhitespace }
        #expect(text == line)
    }

    @Test("the document's title and subject are the figure's accessible title and description", .enabled(if: Poppler.available))
    func documentInformation() throws {
        var figure = ActivationFigure.tested(ReLU(), range: -3...3).figure()
        figure.accessibleTitle = "ReLU <function> & \"derivative\" 函数 )\\("
        figure.accessibleDescription = "Zero for x < 0"
        let pdf = try FigureEncoder(theme: .light).encode(figure, as: .pdf)
        let info = String(decoding: try Poppler.run("pdfinfo", pdf: pdf, arguments: []), as: UTF8.self)
        #expect(info.contains("Title:           ReLU <function> & \"derivative\" 函数 )\\(\n"), "\(info)")
        #expect(info.contains("Subject:         Zero for x < 0\n"))
        #expect(info.contains("Pages:           1\n") && info.contains("Page size:       900 x 360 pts"))
    }

    @Test("each cross-reference entry points at its object")
    func crossReferences() throws {
        let bytes = try FigureEncoder(theme: .light).encode(Self.figures[2].2, as: .pdf)
        let text = String(decoding: bytes, as: UTF8.self)
        let start = try #require(Int(text.split(separator: "startxref\n").last?.split(separator: "\n").first ?? ""))
        let table = Array(bytes[start...])
        #expect(table.starts(with: Array("xref\n0 ".utf8)))
        let lines = String(decoding: table, as: UTF8.self).split(separator: "\n")
        let count = try #require(Int(lines[1].split(separator: " ")[1]))
        #expect(count > 5)
        for number in 1..<count {
            let entry = lines[2 + number]
            #expect(entry.count == 19 && entry.hasSuffix(" 00000 n "), "entry \(number): \(entry)")
            let offset = try #require(Int(entry.prefix(10)))
            #expect(bytes[offset...].starts(with: Array("\(number) 0 obj\n".utf8)), "object \(number) is not at \(offset)")
        }
    }

    @Test("the same figure gives the same bytes, from one encoder or a fresh one")
    func stable() throws {
        let figure = Self.figures[2].2
        let encoder = FigureEncoder(theme: .light)
        let first = try encoder.encode(figure, as: .pdf)
        _ = try encoder.encode(ActivationFigure.tested(Tanh(), range: -5...5).figure(), as: .pdf)
        #expect(try encoder.encode(figure, as: .pdf) == first)
        #expect(try FigureEncoder(theme: .light).encode(figure, as: .pdf) == first)
    }

    @Test("names escape every byte that could end them; text strings hold any character")
    func namesAndStrings() {
        #expect(String(decoding: PDFNumber.name("DejaVu Sans/(x)#<>+é"), as: UTF8.self) == "/DejaVu#20Sans#2F#28x#29#23#3C#3E+#C3#A9")
        #expect(String(decoding: PDFNumber.name(""), as: UTF8.self) == "/Unnamed")
        #expect(String(decoding: PDFNumber.textString("a)\\😀"), as: UTF8.self) == "<FEFF00610029005CD83DDE00>")
        var out: [UInt8] = []
        for value in [0.0, 1.0, 0x80 / 255.0, 0x0B / 255.0, 2, -1, .nan] {
            PDFNumber.appendComponent(value, to: &out)
            out.append(UInt8(ascii: " "))
        }
        #expect(String(decoding: out, as: UTF8.self) == "0 1 .502 .043 1 0 0 ")
    }

    @Test("a glyph is a shape in the text's colour: its procedure sets no colour of its own")
    func glyphProcedures() throws {
        let pdf = try FigureEncoder(theme: .light).encode(Self.figures[2].2, as: .pdf)
        let procedures = PDFStreams.of(pdf).filter { $0.contains(" d1\n") }
        #expect(procedures.count > 20)
        for procedure in procedures {
            #expect(procedure.hasSuffix("f") || procedure.split(separator: "\n").count == 1)
            #expect(!procedure.contains(" rg") && !procedure.contains(" RG") && !procedure.contains(" d0"))
        }
    }
}
