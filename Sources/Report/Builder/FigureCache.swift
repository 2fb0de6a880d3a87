import Charts
import Foundation

/// Figure models built once, by the first worker that needs one, and shared by every format
/// drawn from it.
///
/// Building models in a pass of their own made every worker wait at the end of that pass for
/// the slowest model before any drawing began; here a worker builds the model it needs and
/// draws it at once. A worker that needs a model another is still building waits for it rather
/// than build it twice.
final class FigureCache: @unchecked Sendable {
    private enum Slot {
        case waiting
        case building
        case built(Figure)
    }

    private let jobs: [ReportBuilder.FigureJob]
    private var slots: [Slot]
    private let condition = NSCondition()

    /// A cache for `jobs`, nothing built yet.
    init(_ jobs: [ReportBuilder.FigureJob]) {
        self.jobs = jobs
        slots = Array(repeating: .waiting, count: jobs.count)
    }

    /// The model of job `index`, built now if no worker has started it.
    func figure(_ index: Int) -> Figure {
        condition.lock()
        while true {
            switch slots[index] {
            case .built(let figure):
                condition.unlock()
                return figure
            case .building:
                condition.wait()
            case .waiting:
                slots[index] = .building
                condition.unlock()
                let figure = jobs[index].build()
                condition.lock()
                slots[index] = .built(figure)
                condition.broadcast()
                condition.unlock()
                return figure
            }
        }
    }
}
