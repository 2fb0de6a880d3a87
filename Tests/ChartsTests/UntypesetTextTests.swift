import Charts
import ChartsCairo
import Testing

/// The canvas's last line of defence: text no font has glyphs for stops the figure instead of
/// becoming empty boxes in a file.
@Suite("text without glyphs")
struct UntypesetTextTests {
    @Test("a title with a character no font covers is refused in every format", arguments: FigureFormat.allCases)
    func privateUseCharacter(format: FigureFormat) throws {
        // U+E000, private use: no font on a stock system has a glyph for it.
        let figure = Figure(size: Size(width: 400, height: 300), columns: 1, panels: [Panel()], title: "Sigmoid \u{E000}")
        #expect {
            _ = try FigureEncoder(theme: .light).encode(figure, as: format)
        } throws: { error in
            (error as? FontError)?.description.contains("Sigmoid \u{E000}") == true
        }
    }

    @Test("ordinary English and Chinese titles pass")
    func ordinaryTitles() throws {
        for title in ["Sigmoid function", "Sigmoid 函数图像"] {
            let figure = Figure(size: Size(width: 400, height: 300), columns: 1, panels: [Panel(title: title)])
            #expect(try !FigureEncoder(theme: .light).encode(figure, as: .svg).isEmpty)
        }
    }
}
