import Charts
import ChartsCairo
import Foundation

/// Figure models and their drawings, each made once, by the first worker that needs it, and
/// shared by every format drawn from it.
///
/// Building models in a pass of their own made every worker wait at the end of that pass for
/// the slowest model before any drawing began; here a worker builds what it needs and draws it
/// at once. A worker that needs something another is still making waits for it rather than
/// make it twice. A figure's PNG, SVG and PDF share one layout and painting (a
/// `FigureDrawing`) whenever they have the same resolution, which they do unless `--scale`
/// sets the PNG's.
final class FigureCache: @unchecked Sendable {
    private struct DrawingKey: Hashable {
        let index: Int
        let resolution: Double
    }

    private let jobs: [ReportBuilder.FigureJob]
    /// The encoder the drawings are made and encoded with (its theme among them).
    let encoder: FigureEncoder
    private let figures = OnceCache<Int, Figure>()
    private let drawings = OnceCache<DrawingKey, FigureDrawing>()

    /// A cache for `jobs`, drawn with `encoder`; nothing made yet.
    init(_ jobs: [ReportBuilder.FigureJob], encoder: FigureEncoder) {
        self.jobs = jobs
        self.encoder = encoder
    }

    /// The model of job `index`, built now if no worker has started it.
    func figure(_ index: Int) -> Figure {
        figures.value(for: index) {
            let job = jobs[index]
            var figure = job.build()
            // A vector file names and describes itself, for screen readers and for whoever
            // reuses it without the page.
            figure.accessibleTitle = figure.accessibleTitle ?? job.title
            figure.accessibleDescription = figure.accessibleDescription ?? job.alt
            return figure
        }
    }

    /// Job `index` laid out and painted for `format`, made now if no worker has started it.
    func drawing(_ index: Int, for format: FigureFormat) -> FigureDrawing {
        let key = DrawingKey(index: index, resolution: encoder.resolution(of: format))
        return drawings.value(for: key) { encoder.drawing(figure(index), for: format) }
    }
}
