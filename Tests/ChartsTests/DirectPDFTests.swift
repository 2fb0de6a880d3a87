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
    /// The light theme with English figures' fonts: DejaVu Sans first, whose TrueType faces
    /// the PDF embeds, then Noto Sans CJK, drawn as Type 3 glyphs.
    static var latinFirst: Theme {
        var theme = Theme.light
        theme.fontFamily = "DejaVu Sans, Noto Sans CJK SC, sans-serif"
        return theme
    }

    static var figures: [(String, Theme, Figure)] {
        var chinese = ActivationFigure.tested(ELU(), range: -4...4).figure()
        chinese.title = "ELU 函数 e<sup>x</sup> − 1"
        var accented = ActivationFigure.tested(GELU(), range: -4...4).figure()
        accented.title = "Gaussian error linear unit: fi, é, ñ, Å, œ, ß, “ø”"
        return [
            ("sigmoid", .light, ActivationFigure.tested(Sigmoid(), range: -20...20).figure()),
            ("relu, jump markers, dark", .dark, ActivationFigure.tested(ReLU(), range: -3...3).figure()),
            ("CJK title with superscript", .light, chinese),
            ("print theme's dashes", .print, ActivationFigure.tested(Tanh(), range: -5...5).figure()),
            ("softmax heat map", .light, Showcase.softmax(.zh)),
            ("embedded faces", latinFirst, ActivationFigure.tested(Sigmoid(), range: -20...20).figure()),
            ("embedded faces and CJK glyphs", latinFirst, chinese),
            ("embedded composite glyphs", latinFirst, accented),
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
        // Type 3 glyph outlines are kept to tenths of a unit and drawn as shapes; a wrong
        // colour, glyph, position, width or missing part changes thousands of pixels. Poppler
        // hints the embedded TrueType faces to its pixel grid, which moves the edges of some
        // letters by up to a pixel (Cairo's own PDFs of the same figures differed from the PNG
        // in about 3 000 pixels); `embeddedGlyphs` checks those glyphs one by one.
        let embedded = theme.fontFamily.hasPrefix("DejaVu")
        #expect(visible < (embedded ? 400 : 300), "\(visible) pixels differ by more than 24 levels (worst \(worst))")
        if !embedded { #expect(worst < 128, "a pixel differs by \(worst) levels") }
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
        let pdf = try FigureEncoder(theme: .light).encode(Showcase.softmax(.zh), as: .pdf)
        let procedures = PDFStreams.of(pdf).filter { $0.contains(" d1\n") }
        #expect(procedures.count > 20)
        for procedure in procedures {
            #expect(procedure.hasSuffix("f") || procedure.split(separator: "\n").count == 1)
            #expect(!procedure.contains(" rg") && !procedure.contains(" RG") && !procedure.contains(" d0"))
        }
    }

    @Test("Latin text is set in embedded TrueType subsets, CJK text in Type 3 glyphs; both read back", .enabled(if: Poppler.available))
    func fontKinds() throws {
        let pdf = try FigureEncoder(theme: Self.latinFirst).encode(Self.figures[6].2, as: .pdf)
        let fonts = String(decoding: try Poppler.run("pdffonts", pdf: pdf, arguments: []), as: UTF8.self)
        let rows = fonts.split(separator: "\n").dropFirst(2)
        #expect(rows.contains { $0.contains("+DejaVuSans ") && $0.contains("CID TrueType") && $0.contains("yes yes yes") }, "\(fonts)")
        #expect(rows.contains { $0.contains("+DejaVuSans-Italic") }, "the italic x is DejaVu Sans Oblique: \(fonts)")
        #expect(rows.contains { $0.contains("Type 3") }, "函数 is drawn from Noto Sans CJK's outlines: \(fonts)")
        let text = try Poppler.text(pdf)
        for word in ["ELU", "函数", "−", "f", "x"] { #expect(text.contains(word), "\(word) is not in \(text)") }
    }

    @Test("each glyph of an embedded subset is the glyph of the font it was cut from, composite parts included")
    func embeddedGlyphs() throws {
        let engine = TextEngine(fontFamily: Self.latinFirst.fontFamily)
        let shaped = engine.shape(TextRun(markup: "Gaussian fi é ñ Å œ ß “ø” ŵ ǅ", size: 19, color: Color(hex: 0)))
        let keys = shaped.glyphs.map(\.key)
        let first = try #require(keys.first)
        let face = try #require(engine.embeddableFace(first.font))
        let wanted = keys.filter { $0.font == keys[0].font }.map(\.glyph)
        let subset = try #require(TrueTypeSubset(tables: face.tables, wanted: wanted))
        let cut = try #require(Self.tables(of: subset.bytes))
        #expect(TrueTypeSubset.checksum(subset.bytes) == 0xB1B0_AFBA, "the head table's checksum adjustment")
        #expect(cut["fpgm"] == nil && cut["prep"] == nil && cut["cvt "] == nil)
        let original = try Self.glyphs(face.tables)
        let mine = try Self.glyphs(cut)
        #expect(mine.count == subset.glyphs.count)
        var composites = 0
        for (number, old) in subset.glyphs.enumerated() {
            let a = original[Int(old)], b = mine[number]
            // The bounding box the glyph's header states, and the outline after it.
            #expect(a.prefix(10) == b.prefix(10), "glyph \(old) as \(number)")
            #expect(face.advance(old) == Int(TrueTypeSubset.u16(cut["hmtx"] ?? [], 4 * number)))
            let parts = TrueTypeSubset.components(b, 0..<b.count)
            if !parts.isEmpty { composites += 1 }
            let contours = Int(Int16(bitPattern: TrueTypeSubset.u16(a, 0)))
            if contours > 0 {
                // The same points, without instructions, and nothing after them but padding.
                let lengthAt = 10 + 2 * contours, points = Int(TrueTypeSubset.u16(a, lengthAt - 2)) + 1
                let oldStart = lengthAt + 2 + Int(TrueTypeSubset.u16(a, lengthAt)), newStart = lengthAt + 2
                let oldEnd = TrueTypeSubset.outlineEnd(a, flagsAt: oldStart, points: points)
                let newEnd = TrueTypeSubset.outlineEnd(b, flagsAt: newStart, points: points)
                #expect(TrueTypeSubset.u16(b, lengthAt) == 0 && b[newStart..<newEnd] == a[oldStart..<oldEnd], "glyph \(old)'s outline")
                #expect(b.count - newEnd < 4 && b[newEnd...].allSatisfy { $0 == 0 }, "glyph \(old) ends with \(b.count - newEnd) bytes")
            }
            let oldParts = TrueTypeSubset.components(a, 0..<a.count)
            #expect(
                parts.map { Int($0.glyph) < subset.glyphs.count ? subset.glyphs[Int($0.glyph)] : .max } == oldParts.map { UInt32($0.glyph) },
                "composite \(old)'s parts")
        }
        #expect(composites > 0, "the text has composite glyphs (é, ñ, Å in DejaVu Sans)")
        for (i, glyph) in wanted.enumerated() { #expect(subset.numbers[glyph] != nil && (i > 0 || subset.numbers[glyph] == 1)) }
    }

    @Test("faces a PDF must not embed as they are drawn fall back to Type 3")
    func notEmbeddable() throws {
        let engine = TextEngine(fontFamily: Self.latinFirst.fontFamily)
        let shaped = engine.shape(TextRun(markup: "x", size: 19, color: Color(hex: 0)))
        let glyph = try #require(shaped.glyphs.first)
        let face = try #require(engine.embeddableFace(glyph.key.font))
        let make = { (tables: [String: [UInt8]], bold: Bool, italic: Bool, cff: Bool) in
            EmbeddableFace(tables: tables, cff: cff, variable: false, size: 19, name: "x", bold: bold, italic: italic)
        }
        #expect(make(face.tables, false, false, false) != nil)
        #expect(make(face.tables, true, false, false) == nil, "bold made up by fontconfig")
        #expect(make(face.tables, false, true, false) == nil, "a slant made up by fontconfig")
        #expect(make(face.tables, false, false, true) == nil, "CFF outlines")
        var restricted = face.tables
        restricted["OS/2"]?[9] |= 0x02
        #expect(make(restricted, false, false, false) == nil, "a licence that forbids embedding")
        #expect(
            EmbeddableFace(tables: face.tables, cff: false, variable: false, size: .nan, name: "x", bold: false, italic: false) == nil,
            "a size that is not one number both ways")
    }

    /// A font file's tables by tag.
    static func tables(of file: [UInt8]) -> [String: [UInt8]]? {
        let count = Int(TrueTypeSubset.u16(file, 4))
        var tables: [String: [UInt8]] = [:]
        for i in 0..<count {
            let entry = 12 + 16 * i
            let tag = String(decoding: file[entry..<(entry + 4)], as: UTF8.self)
            let offset = Int(TrueTypeSubset.u32(file, entry + 8)), length = Int(TrueTypeSubset.u32(file, entry + 12))
            guard offset + length <= file.count else { return nil }
            tables[tag] = Array(file[offset..<(offset + length)])
        }
        return tables
    }

    /// Every glyph's data, by number, from `loca` and `glyf`.
    static func glyphs(_ tables: [String: [UInt8]]) throws -> [[UInt8]] {
        let head = try #require(tables["head"]), loca = try #require(tables["loca"]), glyf = try #require(tables["glyf"])
        let maxp = try #require(tables["maxp"])
        let count = Int(TrueTypeSubset.u16(maxp, 4))
        let long = TrueTypeSubset.u16(head, 50) == 1
        return (0..<count).map { g in
            let start = long ? Int(TrueTypeSubset.u32(loca, 4 * g)) : 2 * Int(TrueTypeSubset.u16(loca, 2 * g))
            let end = long ? Int(TrueTypeSubset.u32(loca, 4 * g + 4)) : 2 * Int(TrueTypeSubset.u16(loca, 2 * g + 2))
            return Array(glyf[start..<max(start, end)])
        }
    }
}
