/// A figure laid out and painted once, kept as the canvas calls that draw it.
///
/// Layout measures hundreds of labels and tries several tick sets per axis; painting samples,
/// clips and simplifies the curves. None of it depends on the file format, so a figure written
/// as PNG, SVG and PDF is laid out and painted once and the result replayed on each format's
/// canvas. The commands are also what layout tests check: where each label, curve and marker
/// ended up.
public struct FigureDrawing: Sendable {
    /// The figure's size in figure units.
    public let size: Size
    /// Figure units per device pixel the drawing was made for (see `Canvas.resolution`).
    public let resolution: Double
    /// The canvas calls, in order.
    public let commands: [DrawCommand]
    /// Plain-text title of the whole figure, for a vector file's `<title>`.
    public let title: String?
    /// Plain-text description of what the figure shows, for a vector file's `<desc>`.
    public let description: String?
    /// What the figure gave up to fit its size (`fitted`); nothing for a drawing made as asked.
    public internal(set) var fit = FigureFit()

    /// Records `figure` drawn by `renderer`, measuring text with `measurer`.
    public init(
        _ figure: Figure, renderer: FigureRenderer, measurer: TextMeasurer, resolution: Double,
        transparent: Bool = false
    ) {
        let recorder = RecordingCanvas(measurer: measurer, resolution: resolution)
        renderer.draw(figure, on: recorder, transparent: transparent)
        size = figure.size
        self.resolution = resolution
        commands = recorder.commands
        title = figure.accessibleTitle
        description = figure.accessibleDescription
    }

    /// A drawing made of the given calls, for tests of what reads drawings.
    init(size: Size, resolution: Double = 1, commands: [DrawCommand]) {
        self.size = size
        self.resolution = resolution
        self.commands = commands
        title = nil
        description = nil
    }

    /// Draws the recorded calls on `canvas`, in order.
    public func replay(on canvas: Canvas) {
        var index = commands.startIndex
        replay(on: canvas, from: &index, until: nil)
    }

    /// Replays commands from `index` until the end of the clip or group that `closing` names
    /// (or the end), so that each clip and group becomes the body of one nested canvas call.
    private func replay(on canvas: Canvas, from index: inout Int, until closing: DrawCommand?) {
        while index < commands.endIndex {
            let command = commands[index]
            index += 1
            switch command {
            case .stroke(let path, let style): canvas.stroke(path, style)
            case .fill(let path, let color): canvas.fill(path, color)
            case .text(let run, let origin, let rotated, _): canvas.draw(run, at: origin, rotated: rotated)
            case .markers(let centers, let radius, let fill, let outline):
                canvas.drawMarkers(at: centers, radius: radius, fill: fill, outline: outline)
            case .beginClip(let rect): canvas.withClip(rect) { replay(on: canvas, from: &index, until: .endClip) }
            case .beginGroup(let id): canvas.group(id: id) { replay(on: canvas, from: &index, until: .endGroup) }
            case .endClip, .endGroup:
                if command == closing { return }
            }
        }
    }
}
