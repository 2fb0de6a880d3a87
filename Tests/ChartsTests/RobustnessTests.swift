import Testing

@testable import Charts
@testable import ChartsCairo

/// Odd input draws something sensible instead of failing: Cairo stops drawing for good after a
/// single non-finite coordinate, so every such value must be kept away from it.
@Suite("Odd input still draws")
struct RobustnessTests {
    static let panels: [(String, Panel)] = [
        ("empty panel", Panel()),
        (
            "NaN and infinities in a curve",
            Panel(series: [.line(LineSeries(points: [Point(0, 1), Point(1, .nan), Point(2, .infinity), Point(3, 2), Point(4, 3)], slot: 0))])
        ),
        (
            "zero-width fixed limits",
            Panel(x: Axis(limits: 1...1), y: Axis(limits: 0...0), series: [.line(LineSeries(points: [Point(1, 0), Point(2, 0)], slot: 0))])
        ),
        (
            "negative data on a log axis",
            Panel(y: .log(), series: [.line(LineSeries(points: [Point(0, -1), Point(1, 0), Point(2, 10), Point(3, 1000)], slot: 0))])
        ),
        ("log axis without positive data", Panel(y: .log(), series: [.bars(BarSeries(values: [-1, 0]))])),
        (
            "non-finite bars, reference lines and markers",
            Panel(series: [
                .bars(BarSeries(values: [1, .nan, -.infinity, 2])), .reference(ReferenceLine(.horizontal, at: .nan, label: "nan")),
                .markers(MarkerSeries(points: [Point(.nan, 1)], filled: true, slot: 0)),
            ])
        ),
        ("empty and ragged heat maps", Panel.heatMap(HeatMap(values: [[1, .nan], [], [2, 3, 4]], decimals: 1))),
        ("empty heat map", Panel.heatMap(HeatMap(values: []))),
        ("values at the ends of Double", Panel(series: [.line(LineSeries(points: [Point(-1e308, -1e308), Point(1e308, 1e308)], slot: 0))])),
        (
            "annotation at NaN and a legend of unlabelled series",
            Panel(
                series: [.band(BandSeries(x: [0, 1, 2], lower: [0, .nan, 0], upper: [1, 1, 1]))], legend: .auto,
                annotations: [Annotation("?", at: Point(.nan, 0), arrow: true)])
        ),
    ]

    @Test("odd panels encode in every format", arguments: panels.indices)
    func oddPanels(_ index: Int) throws {
        let figure = Figure(size: Size(width: 400, height: 300), columns: 1, panels: [Self.panels[index].1])
        for format in FigureFormat.allCases {
            let bytes = try FigureEncoder(theme: .light).encode(figure, as: format)
            #expect(!bytes.isEmpty, "\(Self.panels[index].0) as \(format)")
        }
    }

    @Test("a figure with no panels or a tiny size still encodes")
    func degenerateFigures() throws {
        for figure in [
            Figure(size: Size(width: 200, height: 100), columns: 3, panels: []),
            Figure(size: Size(width: 20, height: 10), columns: 2, panels: [Panel(), Panel()], title: "T"),
        ] {
            #expect(try !FigureEncoder(theme: .dark).encode(figure, as: .png).isEmpty)
        }
    }
}
