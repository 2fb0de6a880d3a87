import Testing

@testable import Charts

/// The audit must see what a reader sees: a collision made by hand is found, and the same
/// drawing with the text moved clear is not flagged.
@Suite("Layout audit")
struct LayoutAuditTests {
    static let size = Size(width: 400, height: 300)
    static let pen = StrokeStyle(color: Color(hex: 0x0072B2), width: 2.6)

    static func text(_ markup: String, at p: Point, width: Double = 60, height: Double = 17) -> DrawCommand {
        .text(
            TextRun(markup: markup, size: 14, color: Color(hex: 0x222222)), at: p, rotated: false,
            metrics: TextMetrics(width: width, height: height, baseline: 13))
    }

    static func audit(_ commands: [DrawCommand]) -> LayoutAudit {
        LayoutAudit(FigureDrawing(size: size, commands: commands))
    }

    static let curve: [DrawCommand] = [
        .beginGroup("panel1-series"), .stroke(.polyline([Point(0, 100), Point(400, 100)]), pen), .endGroup,
    ]

    @Test("a label on a curve, an axis line or the frame is found; one clear of them is not")
    func textOnLines() {
        let crossing = Self.audit(Self.curve + [.beginGroup("panel1-labels"), Self.text("effective", at: Point(50, 92)), .endGroup])
        #expect(crossing.problems.map(\.kind) == [.textOnLine])
        let clear = Self.audit(Self.curve + [.beginGroup("panel1-labels"), Self.text("effective", at: Point(50, 120)), .endGroup])
        #expect(clear.problems.isEmpty)
        let zero = Self.audit(
            [
                .beginGroup("panel1-zero"), .stroke(.polyline([Point(80, 0), Point(80, 300)]), Self.pen), .endGroup,
                Self.text("saturated", at: Point(50, 40)),
            ])
        #expect(zero.problems.map(\.kind) == [.textOnLine])
    }

    @Test("grid lines and shaded bands may lie under text")
    func gridIsNoObstacle() {
        let audit = Self.audit(
            [
                .beginGroup("panel1-grid"), .stroke(.polyline([Point(0, 100), Point(400, 100)]), Self.pen),
                .fill(.rectangle(Rect(x: 0, y: 0, width: 200, height: 300)), Color(hex: 0xEEEEEE)), .endGroup,
                Self.text("saturated", at: Point(50, 92)),
            ])
        #expect(audit.problems.isEmpty)
    }

    @Test("a curve outside its clip does not count")
    func clipped() {
        let audit = Self.audit(
            [
                .beginGroup("panel1-series"), .beginClip(Rect(x: 0, y: 0, width: 100, height: 300)),
                .stroke(.polyline([Point(0, 100), Point(400, 100)]), Self.pen), .endClip, .endGroup,
                Self.text("label", at: Point(200, 92)),
            ])
        #expect(audit.problems.isEmpty)
    }

    @Test("overlapping texts, text on a marker, and a legend over a curve or marker are found")
    func otherCollisions() {
        let texts = Self.audit([Self.text("a", at: Point(10, 10)), Self.text("b", at: Point(40, 14))])
        #expect(texts.problems.map(\.kind) == [.textOnText])
        let marker = Self.audit(
            [.markers([Point(30, 20)], radius: 4.6, fill: Color(hex: 0), outline: Self.pen), Self.text("peak", at: Point(10, 12))])
        #expect(marker.problems.map(\.kind) == [.textOnMarker])
        let legend = Self.audit(
            Self.curve + [
                .beginGroup("panel1-legend"), .fill(.rectangle(Rect(x: 100, y: 80, width: 120, height: 50)), Color(hex: 0xFFFFFF)),
                .markers([Point(110, 90)], radius: 4.6, fill: Color(hex: 0), outline: Self.pen), .endGroup,
            ])
        #expect(legend.problems.map(\.kind) == [.legendOnData])
    }
}
