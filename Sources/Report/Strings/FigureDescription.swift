import ActivationMath
import Charts
import Foundation

/// What a reader sees in an activation's figure, measured from the mathematics rather than
/// typed per function: the figure's text alternative (the page's `alt`, the SVG's `<desc>`) is
/// worded from these facts with the catalogue's sentences, so it is true for every function,
/// every `--param` and `--range`, and a user's `--expr` formula.
///
/// Everything is measured on the range the figure shows: a grid of samples with the
/// breakpoints and 0 added, refined where a position matters (a peak, a saturation edge).
struct FigureDescription {
    /// How the function runs across the range shown.
    enum Shape: Equatable {
        /// One value everywhere.
        case constant(Double)
        /// Never falls; `strictly` when the slope is positive wherever sampled.
        case increasing(strictly: Bool)
        /// Never rises; `strictly` when the slope is negative wherever sampled.
        case decreasing(strictly: Bool)
        /// Rises somewhere and falls somewhere.
        case varying
    }

    /// The lowest or highest value of a curve that is not monotonic, reached inside the range.
    struct Extreme: Equatable {
        var value: Double
        /// Where it is reached (the first place when `count` > 1).
        var x: Double
        /// How many separate places reach it.
        var count: Int
    }

    /// A break the figure draws (`Breakpoint`) or found in a formula's curve (its dots).
    enum Break {
        /// f continuous, f′ changing from `left` to `right`.
        case kink(x: Double, value: Double, left: Double, right: Double)
        /// f jumping from `left` to `right`, taking `at`; `slopes` when f′ changes too.
        case jump(x: Double, left: Double, right: Double, at: Double, slopes: (left: Double, right: Double)?)
        /// A jump found in a formula: the value taken and the other limits (hollow dots).
        case found(x: Double, at: Double?, others: [Double])

        /// Where it is.
        var x: Double {
            switch self {
            case .kink(let x, _, _, _), .jump(let x, _, _, _, _), .found(let x, _, _): x
            }
        }
    }

    /// Where the derivative is highest.
    enum Peak: Equatable {
        /// At one point inside the range (a one-sided limit at a breakpoint counts).
        case point(Double)
        /// On a stretch of x.
        case plateau(from: Double, to: Double)
        /// At one end of the range only.
        case edge(Double)
        /// At `count` separate places, the first at `first`.
        case repeated(count: Int, first: Double)
        /// On several stretches of x (softshrink's two sides).
        case stretches([ClosedRange<Double>])
        /// At both ends of the range and nowhere else.
        case ends
    }

    /// How the derivative runs across the range shown.
    enum Slope: Equatable {
        /// Not finite anywhere sampled.
        case none
        /// 0 wherever it exists.
        case zero
        /// One value everywhere.
        case constant(Double)
        /// Between `min` and `max`, highest at `peak`.
        case varying(min: Double, max: Double, peak: Peak)
    }

    /// The share of the largest |f′| below which the function counts as saturated: the
    /// project's one definition (`SaturationFigures.threshold`).
    static let saturationShare = SaturationFigures.threshold
    /// Evenly spaced samples before breakpoints are added: finer than a figure's panel resolves.
    static let samples = 1200

    let range: ClosedRange<Double>
    /// f at the two ends, where finite.
    var start: Double?
    var end: Double?
    var shape: Shape
    /// Reached inside the range only; an extreme at an end is `start` or `end`.
    var lowest: Extreme?
    var highest: Extreme?
    /// Inside the range, by x.
    var breaks: [Break]
    var slope: Slope
    /// x < left and x > right, where |f′| stays below `saturationShare` of its largest value.
    var saturatedBelow: Double?
    var saturatedAbove: Double?
    /// Whether the curves are drawn with gaps (a formula's pole or undefined stretch).
    var functionGaps = false
    var derivativeGaps = false
    /// The largest |f| and |f′| in view: a value far below it reads as 0.
    var valueScale = 1.0
    var slopeScale = 1.0

    /// The facts of `a` with `parameters` on `range`; `sampled`, the figure's own curves of a
    /// user's formula, adds the jumps and gaps the figure found in them.
    init(_ a: any ActivationFunction, parameters p: ParameterValues, range: ClosedRange<Double>, sampled: SampledCurves? = nil) {
        self.range = range
        let (lo, hi) = (range.lowerBound, range.upperBound)
        let width = hi - lo
        let declared = a.breakpoints(p).filter { $0.x > lo && $0.x < hi }
        var grid = (0...Self.samples).map { lo + width * Double($0) / Double(Self.samples) }
        grid[grid.count - 1] = hi
        // Breakpoints and 0 are sampled exactly; a grid point a rounding error away would
        // compare the function with itself.
        let exact = Array(Set(declared.map(\.x) + (lo < 0 && hi > 0 ? [0] : [])))
        grid.removeAll { x in exact.contains { abs($0 - x) < 1e-9 * width } }
        let xs = (grid + exact).sorted()
        let both = xs.map { a.valueAndDerivative($0, p) }
        let f = both.map(\.value)
        var d = both.map(\.derivative)
        // A breakpoint on an end of the range: the figure shows only its inward side, so the
        // slope there is that one-sided limit (hard swish on [−3, 3] falls to −0.5 at the
        // left end, though its slope at −3 itself is taken from the left).
        for b in a.breakpoints(p) where b.derivative.isJump {
            if b.x == lo, b.derivative.right.isFinite { d[0] = b.derivative.right }
            if b.x == hi, b.derivative.left.isFinite { d[d.count - 1] = b.derivative.left }
        }
        start = f.first.flatMap { $0.isFinite ? $0 : nil }
        end = f.last.flatMap { $0.isFinite ? $0 : nil }
        let snap = Snapper(a: a, p: p, xs: xs, declared: declared.map(\.x), width: width)

        // The function in x order, each breakpoint as its left limit, value and right limit.
        // Strictly monotonic where the slope never vanishes: tanh(±20) rounds to ±1, yet rises.
        // One pass over the samples: these loops ran once per figure of every run.
        var sequence: [Double] = []
        sequence.reserveCapacity(xs.count + 2 * declared.count)
        var rising = true, falling = true
        for i in xs.indices {
            let x = xs[i]
            if let b = declared.first(where: { $0.x == x }) {
                for limit in [b.value.left, b.value.at, b.value.right] where limit.isFinite { sequence.append(limit) }
                continue
            }
            if f[i].isFinite { sequence.append(f[i]) }
            let slope = d[i]
            if slope.isFinite {
                rising = rising && slope > 0
                falling = falling && slope < 0
            }
        }
        shape = Self.shape(of: sequence, rising: rising, falling: falling)
        valueScale = sequence.isEmpty ? 1 : sequence.reduce(0) { max($0, abs($1)) }

        breaks = declared.compactMap { b in
            if b.value.isJump {
                let slopes = b.derivative.isJump ? (b.derivative.left, b.derivative.right) : nil
                return .jump(x: b.x, left: b.value.left, right: b.value.right, at: b.value.at, slopes: slopes)
            }
            return b.derivative.isJump ? .kink(x: b.x, value: b.value.at, left: b.derivative.left, right: b.derivative.right) : nil
        }
        if let sampled, !a.declaresEveryBreak {
            // Drawn whole when the curve spans the range, broken only at its dots (jumps).
            let dots = { (curve: CurveSampler.Result) in Set((curve.filled + curve.hollow).map(\.x).filter { $0 > lo && $0 < hi }) }
            let whole = { (curve: CurveSampler.Result, breaks: Int) -> Bool in
                curve.segments.count == breaks + 1 && curve.segments.first?.first?.x == lo && curve.segments.last?.last?.x == hi
            }
            let jumps = dots(sampled.function)
            functionGaps = !whole(sampled.function, jumps.count)
            // f′ breaks where f jumps, too.
            derivativeGaps = !whole(sampled.derivative, jumps.union(dots(sampled.derivative)).count)
            let xsFound = Set(sampled.function.filled.map(\.x) + sampled.function.hollow.map(\.x))
                .filter { x in x > lo && x < hi && !declared.contains { $0.x == x } }
            breaks += xsFound.sorted().map { x in
                .found(
                    x: x, at: sampled.function.filled.first { $0.x == x }?.y,
                    others: sampled.function.hollow.filter { $0.x == x }.map(\.y))
            }
            breaks.sort { $0.x < $1.x }
        }

        if case .varying = shape, !functionGaps {
            lowest = Self.extreme(f, xs: xs, snap: snap, highest: false)
            highest = Self.extreme(f, xs: xs, snap: snap, highest: true)
        }

        // The derivative, with the one-sided limits at breakpoints: the figure draws them.
        let limits = declared.flatMap { [$0.derivative.left, $0.derivative.right] }
        var low = Double.infinity, high = -Double.infinity
        // Ties keep the first, as `min()` and `max()` do (0 before −0).
        for y in d + limits where y.isFinite {
            if y < low { low = y }
            if y > high { high = y }
        }
        let largest = low <= high ? max(abs(low), abs(high)) : 0
        slopeScale = largest
        if low > high || derivativeGaps {
            slope = .none
        } else if largest == 0 {
            slope = .zero
        } else if high - low <= 1e-12 * largest {
            slope = .constant(high)
        } else {
            slope = .varying(min: low, max: high, peak: Self.peak(d, xs: xs, declared: declared, max: high, min: low, snap: snap))
        }

        // Saturated: |f′| below 1 % of its largest value, from an end of the range inwards.
        if largest > 0, !derivativeGaps {
            let threshold = Self.saturationShare * largest
            let saturated = { (x: Double) -> Bool in
                let slope = a.derivative(x, p)
                return slope.isFinite && abs(slope) < threshold
            }
            let flags = d.map { $0.isFinite && abs($0) < threshold }
            // A sliver at an end (arctan′(±10) = 0.0099) is not worth a sentence: the stretch must
            // cover 2 % of the range, and its rounded edge lie inside it.
            let least = 0.02 * width
            if flags.first == true, let j = flags.firstIndex(of: false) {
                let edge = snap.edge(Self.boundary(xs[j - 1], xs[j], inside: saturated), outward: -1)
                if edge - lo >= least { saturatedBelow = edge }
            }
            if flags.last == true, let j = flags.lastIndex(of: false) {
                let edge = snap.edge(Self.boundary(xs[j + 1], xs[j], inside: saturated), outward: 1)
                if hi - edge >= least { saturatedAbove = edge }
            }
        }
    }

    /// Constant, monotonic either way, or neither, from values in x order; `rising` and
    /// `falling` tell whether the slope is positive (negative) wherever sampled.
    static func shape(of values: [Double], rising: Bool, falling: Bool) -> Shape {
        guard let first = values.first, let low = values.min(), let high = values.max() else { return .varying }
        let scale = max(abs(low), abs(high))
        let tolerance = 1e-12 * scale
        if high - low <= tolerance { return .constant(first) }
        let steps = zip(values, values.dropFirst()).map { $1 - $0 }
        if steps.allSatisfy({ $0 >= -tolerance }) { return .increasing(strictly: rising) }
        if steps.allSatisfy({ $0 <= tolerance }) { return .decreasing(strictly: falling) }
        return .varying
    }

    /// A local lowest (sign 1) or highest (sign −1) point of the sampled f or f′, located
    /// between samples; a stretch of equal samples is one place.
    struct Optimum {
        var value: Double
        var x: Double
        /// Where a stretch of equal values begins and ends; nil for one point.
        var stretch: (from: Double, to: Double)?
        /// Whether it lies at an end of the range.
        var atEnd: Bool
    }

    /// Every local optimum of `values` (a run of samples no worse than their neighbours),
    /// refined, then those as good as the best: the places where the lowest (or highest)
    /// value is reached.
    static func optima(_ values: [Double], xs: [Double], sign: Double, snap: Snapper, derivative: Bool) -> [Optimum] {
        let n = values.count
        var v = [Double](repeating: .infinity, count: n)
        var top = -Double.infinity, bottom = Double.infinity
        for (i, y) in values.enumerated() where y.isFinite {
            v[i] = sign * y
            top = max(top, y)
            bottom = min(bottom, y)
        }
        guard top >= bottom else { return [] }
        var local = [Bool](repeating: false, count: n)
        for i in 0..<n {
            local[i] = v[i].isFinite && (i == 0 || v[i] <= v[i - 1]) && (i == n - 1 || v[i] <= v[i + 1])
        }
        var found: [Optimum] = []
        for run in runs(local) {
            let atEnd = run.lowerBound == 0 || run.upperBound == n - 1
            if run.count > 1 {
                found.append(
                    Optimum(value: values[run.lowerBound], x: xs[run.lowerBound], stretch: (xs[run.lowerBound], xs[run.upperBound]), atEnd: atEnd))
            } else if atEnd {
                found.append(Optimum(value: values[run.lowerBound], x: xs[run.lowerBound], stretch: nil, atEnd: true))
            } else {
                let i = run.lowerBound
                let x = snap.optimum(xs[i - 1], xs[i + 1], sign: sign, derivative: derivative)
                let y = snap.value(x, derivative: derivative)
                // The search stays between the neighbours; keep the sample if it is better.
                let better = y.isFinite && sign * y <= v[i]
                found.append(Optimum(value: better ? y : values[i], x: better ? x : xs[i], stretch: nil, atEnd: false))
            }
        }
        guard let best = found.map({ sign * $0.value }).min() else { return [] }
        return found.filter { sign * $0.value <= best + 1e-9 * (top - bottom) }
    }

    /// The lowest (or highest) value if it is reached inside the range; nil where it is
    /// reached only at an end.
    static func extreme(_ values: [Double], xs: [Double], snap: Snapper, highest: Bool) -> Extreme? {
        let places = optima(values, xs: xs, sign: highest ? -1 : 1, snap: snap, derivative: false)
        guard let first = places.first, places.contains(where: { !$0.atEnd }) else { return nil }
        return Extreme(value: first.value, x: snap.position(first.x), count: places.count)
    }

    /// Where the derivative reaches `max`.
    static func peak(_ d: [Double], xs: [Double], declared: [Breakpoint], max: Double, min: Double, snap: Snapper) -> Peak {
        let places = optima(d, xs: xs, sign: -1, snap: snap, derivative: true)
        let reached = places.map(\.value).max() ?? -.infinity
        // A one-sided limit higher than any value taken (hard swish's 1.5 left of 3) is the peak.
        let tolerance = 1e-9 * (max - min)
        if reached < max - tolerance,
            let b = declared.first(where: { Swift.max($0.derivative.left, $0.derivative.right) >= max - tolerance })
        {
            return .point(b.x)
        }
        guard let first = places.first else { return .edge(xs[0]) }
        if places.count > 1 {
            if places.count == 2, places.allSatisfy({ $0.atEnd && $0.stretch == nil }) { return .ends }
            let stretches = places.compactMap(\.stretch)
            if stretches.count == places.count {
                return .stretches(stretches.map { snap.plateauStart($0.from)...snap.plateauEnd($0.to) })
            }
            return .repeated(count: places.count, first: snap.position(first.x))
        }
        if let (from, to) = first.stretch { return .plateau(from: snap.plateauStart(from), to: snap.plateauEnd(to)) }
        return first.atEnd ? .edge(first.x) : .point(snap.position(first.x))
    }

    /// Maximal runs of consecutive `true`, as closed index ranges.
    static func runs(_ flags: [Bool]) -> [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        var start: Int?
        for (i, flag) in flags.enumerated() {
            if flag, start == nil { start = i }
            if !flag, let s = start {
                result.append(s...(i - 1))
                start = nil
            }
        }
        if let s = start { result.append(s...(flags.count - 1)) }
        return result
    }

    /// The point between `inside` (where `test` holds) and `outside` (where it does not) at
    /// which it stops holding, by bisection.
    static func boundary(_ inside: Double, _ outside: Double, inside test: (Double) -> Bool) -> Double {
        var (a, b) = (inside, outside)
        for _ in 0..<80 {
            let mid = (a + b) / 2
            if mid == a || mid == b { break }
            if test(mid) { a = mid } else { b = mid }
        }
        return a
    }

    /// Turns measured positions into the short numbers a reader is told, keeping them true.
    struct Snapper {
        let a: any ActivationFunction
        let p: ParameterValues
        let xs: [Double]
        /// Breakpoints inside the range: a stretch or an edge that ends near one ends there.
        let declared: [Double]
        let width: Double

        func value(_ x: Double, derivative: Bool) -> Double { derivative ? a.derivative(x, p) : a.value(x, p) }

        /// `x` or a breakpoint or number of at most three decimals within a millionth of the
        /// range of it (a shown "x = 1.5" claims equality, so no more digits are guessed).
        func position(_ x: Double) -> Double {
            let near = 1e-6 * width
            if let b = declared.first(where: { abs($0 - x) <= near }) { return b }
            for decimals in 0...3 {
                let scale = pow(10, Double(decimals))
                let short = (x * scale).rounded() / scale
                if abs(short - x) <= near { return short }
            }
            return x
        }

        /// The lowest (sign 1) or highest (sign −1) point of f or f′ between `a` and `b`, by
        /// golden-section search, moved to a shorter x where the value there is as good.
        func optimum(_ a: Double, _ b: Double, sign: Double, derivative: Bool) -> Double {
            let g = (sqrt(5.0) - 1) / 2
            var (lo, hi) = (a, b)
            // Each step keeps one inner point and its value, as golden-section search is meant
            // to: one evaluation a step instead of two (an exact GELU′ costs about 4 000
            // instructions, and a search takes some 45 steps).
            var x1 = hi - g * (hi - lo), x2 = lo + g * (hi - lo)
            var f1 = sign * value(x1, derivative: derivative), f2 = sign * value(x2, derivative: derivative)
            for _ in 0..<100 {
                if f1 <= f2 {
                    hi = x2
                    (x2, f2) = (x1, f1)
                    x1 = hi - g * (hi - lo)
                    f1 = sign * value(x1, derivative: derivative)
                } else {
                    lo = x1
                    (x1, f1) = (x2, f2)
                    x2 = lo + g * (hi - lo)
                    f2 = sign * value(x2, derivative: derivative)
                }
                if hi - lo <= 1e-12 * width { break }
            }
            let x = (lo + hi) / 2, best = sign * value(x, derivative: derivative)
            // Near a smooth peak every point within 1e−6 is as good to rounding: only a number
            // of at most three decimals that is as good is taken (hard swish's −1.5, sigmoid′'s 0).
            for decimals in 0...3 {
                let scale = pow(10, Double(decimals))
                let short = (x * scale).rounded() / scale
                guard abs(short - x) <= 1e-3 * width else { continue }
                let there = sign * value(short, derivative: derivative)
                if there.isFinite, there <= best + 1e-14 * max(1, abs(best)) { return short }
            }
            return x
        }

        /// A stretch's first sample moved back onto the breakpoint it begins at, if one lies
        /// within the step before it.
        func plateauStart(_ x: Double) -> Double {
            let i = xs.firstIndex(of: x) ?? 0
            let before = i > 0 ? xs[i - 1] : x
            return declared.first { $0 >= before && $0 <= x } ?? position(x)
        }

        /// A stretch's last sample moved on to the breakpoint it ends at, if one lies within the
        /// step after it.
        func plateauEnd(_ x: Double) -> Double {
            let i = xs.firstIndex(of: x) ?? xs.count - 1
            let after = i < xs.count - 1 ? xs[i + 1] : x
            return declared.first { $0 >= x && $0 <= after } ?? position(x)
        }

        /// A saturation edge rounded away from the unsaturated side (`outward` −1 for x < edge,
        /// +1 for x > edge), so "saturated for x < edge" stays true: to as few significant digits
        /// as keep it within 2 % of the range.
        func edge(_ x: Double, outward: Double) -> Double {
            let near = 1e-6 * width
            if let b = declared.first(where: { abs($0 - x) <= near }) { return b }
            if abs(x) <= near { return 0 }
            // An edge that is a short number to rounding error (softsign's ±9) is that number.
            for digits in 1...3 {
                let magnitude = pow(10, floor(log10(abs(x))) - Double(digits - 1))
                let short = (x / magnitude).rounded() * magnitude
                if abs(short - x) <= 1e-9 * width { return short }
            }
            for digits in 1...3 {
                let magnitude = pow(10, floor(log10(abs(x))) - Double(digits - 1))
                let rounded = outward < 0 ? floor(x / magnitude) * magnitude : ceil(x / magnitude) * magnitude
                if abs(rounded - x) <= 0.02 * width || digits == 3 { return (rounded / magnitude).rounded() * magnitude }
            }
            return x
        }
    }
}

extension Strings {
    /// The text alternative of `figure`, an activation's two panels: what they show, in
    /// sentences of this language from the catalogue's `activation.alt.*` keys. `sampled` is
    /// the figure's own sampling of a user's formula, whose jumps and gaps the figure found.
    func figureAlt(_ activation: any Activation, figure: ActivationFigure, sampled: SampledCurves? = nil) -> String {
        let facts = FigureDescription(activation, parameters: figure.parameters, range: figure.range, sampled: sampled)
        // A periodic figure is ticked in multiples of π (`ActivationFigure`); its text says them too.
        let piUnits = activation.period.map { abs($0 / .pi - ($0 / .pi).rounded()) < 1e-9 } ?? false
        let words = AltWords(range: figure.range, piUnits: piUnits)
        let value = { (v: Double) in words.number(v, scale: facts.valueScale) }
        let slope = { (v: Double) in words.number(v, scale: facts.slopeScale) }
        var sentences = [
            self(
                "activation.alt.intro",
                [
                    "name": name(of: activation), "from": words.number(figure.range.lowerBound, x: true),
                    "to": words.number(figure.range.upperBound, x: true),
                ])
        ]
        let ends = [
            "start": facts.start.map(value) ?? "—", "end": facts.end.map(value) ?? "—",
            "left": words.position(figure.range.lowerBound), "right": words.position(figure.range.upperBound),
        ]
        if facts.functionGaps {
            sentences.append(self("activation.alt.gaps"))
        } else {
            switch facts.shape {
            case .constant(let constant): sentences.append(self("activation.alt.constant", ["value": value(constant)]))
            case .increasing(let strictly): sentences.append(self(strictly ? "activation.alt.increasing" : "activation.alt.non-decreasing", ends))
            case .decreasing(let strictly): sentences.append(self(strictly ? "activation.alt.decreasing" : "activation.alt.non-increasing", ends))
            case .varying: sentences.append(self("activation.alt.not-monotonic", ends))
            }
        }
        for (extreme, key) in [(facts.lowest, "lowest"), (facts.highest, "highest")] {
            guard let extreme else { continue }
            let values = ["value": value(extreme.value), "x": words.position(extreme.x), "count": String(extreme.count)]
            sentences.append(self(extreme.count > 1 ? "activation.alt.\(key)-repeated" : "activation.alt.\(key)", values))
        }
        // The catalogue's range holds for all x, and only with the default parameters.
        if activation.displayName == nil, figure.parameters == activation.defaultParameters {
            sentences.append(self("activation.alt.range", ["range": activation.properties.range]))
        }
        if let period = activation.period { sentences.append(self("activation.alt.periodic", ["period": words.number(period, x: true)])) }
        for item in facts.breaks {
            switch item {
            case .kink(let x, let y, let left, let right):
                sentences.append(
                    self("activation.alt.kink", ["x": words.position(x), "value": value(y), "left": slope(left), "right": slope(right)]))
            case .jump(let x, let left, let right, let at, let slopes):
                var values = ["x": words.position(x), "left": value(left), "right": value(right), "at": value(at)]
                if let slopes {
                    values["slope-left"] = slope(slopes.left)
                    values["slope-right"] = slope(slopes.right)
                }
                sentences.append(self(slopes == nil ? "activation.alt.jump" : "activation.alt.jump-slope", values))
            case .found(let x, let at, let others):
                let limits = others.map(value).joined(separator: self("page.list-separator"))
                sentences.append(
                    self(
                        at == nil ? "activation.alt.jump-found-undefined" : "activation.alt.jump-found",
                        ["x": words.position(x), "at": at.map(value) ?? "—", "others": limits]))
            }
        }
        switch facts.slope {
        case .none: sentences.append(self("activation.alt.derivative-gaps"))
        case .zero: sentences.append(self("activation.alt.derivative-zero"))
        case .constant(let constant): sentences.append(self("activation.alt.derivative-constant", ["value": slope(constant)]))
        case .varying(let low, let high, let peak):
            var values = ["min": slope(low), "max": slope(high)]
            let key: String
            switch peak {
            case .point(let x):
                key = "activation.alt.derivative-peak"
                values["x"] = words.position(x)
            case .plateau(let from, let to):
                key = "activation.alt.derivative-plateau"
                values["from"] = words.position(from)
                values["to"] = words.position(to)
            case .edge(let x):
                key = "activation.alt.derivative-edge"
                values["x"] = words.position(x)
            case .repeated(let count, let first):
                key = "activation.alt.derivative-peaks"
                values["count"] = String(count)
                values["x"] = words.position(first)
            case .stretches(let stretches):
                key = "activation.alt.derivative-plateaus"
                values["stretches"] = stretches.map { "[\(words.number($0.lowerBound, x: true)), \(words.number($0.upperBound, x: true))]" }
                    .joined(separator: self("page.list-separator"))
            case .ends:
                key = "activation.alt.derivative-ends"
            }
            sentences.append(self(key, values))
        }
        let below = facts.saturatedBelow.map { "x < " + words.number($0, x: true, exactOnly: true) }
        let above = facts.saturatedAbove.map { "x > " + words.number($0, x: true, exactOnly: true) }
        switch (below, above) {
        case (let below?, let above?): sentences.append(self("activation.alt.saturates-both", ["below": below, "above": above]))
        case (let below?, nil): sentences.append(self("activation.alt.saturates-below", ["below": below]))
        case (nil, let above?): sentences.append(self("activation.alt.saturates-above", ["above": above]))
        case (nil, nil): break
        }
        // The sentences carry no full stop of their own: the language's joins them and ends them.
        return sentences.joined(separator: self("activation.alt.separator")) + self("activation.alt.end")
    }
}

/// Numbers and positions as the alt text says them: short, with `≈` where rounded, and in
/// multiples of π on a figure ticked in π.
struct AltWords {
    let range: ClosedRange<Double>
    let piUnits: Bool

    /// Significant digits of a rounded number: a sentence read aloud, not a table.
    static let digits = 3

    /// "0.25", "1/6", "≈ 0.993", "≈ 0" (for a value below 1/10 000 of `scale`, the largest
    /// of its kind in view, or of the range for a position), "−π/2". `x` marks a position on the x axis; `exactOnly` a number already rounded to
    /// what it should say (a saturation edge), shown without `≈`.
    func number(_ value: Double, scale: Double = 1, x: Bool = false, exactOnly: Bool = false) -> String {
        let scale = x ? range.upperBound - range.lowerBound : scale
        // A position of 1e−16 is rounding error; a value that small may be true (tanh′(20)).
        if value == 0 || (x && abs(value) < 1e-12 * scale) { return "0" }
        if x, piUnits, let text = Self.piText(value) { return text }
        let (relation, exact) = ProseNumber.of(value)
        if relation == "=", !exact.contains(Character("≈")), ProseNumber.significantDigits(exact) <= 4, !exact.contains(Character("e")) {
            return exact
        }
        if let (n, d) = NumberText.fraction(of: value, maximumDenominator: 12), d > 1 { return ProseNumber.minus("\(n)/\(d)") }
        if exactOnly { return Self.plain(value) }
        if abs(value) < 1e-4 * scale { return "≈ 0" }
        let rounded = Double(NumberText.short(value, significantDigits: Self.digits)) ?? value
        // Past a million, digits would only be zeros: the exponent form says it shorter.
        if abs(rounded) >= 1e6 { return "≈ " + ProseNumber.minus(NumberText.short(value, significantDigits: Self.digits)) }
        return "≈ " + Self.plain(rounded)
    }

    /// "x = 0", "x ≈ −1.28", "x = −π/2".
    func position(_ x: Double) -> String {
        let text = number(x, x: true)
        return text.hasPrefix("≈ ") ? "x " + text : "x = " + text
    }

    /// A decimal without an exponent and with a true minus sign.
    static func plain(_ value: Double) -> String {
        let magnitude = value == 0 ? 0 : Int(floor(log10(abs(value))))
        let decimals = min(max(digits - 1 - magnitude, 0), 17)
        var text = NumberText.fixed(value, decimals: decimals)
        if text.contains(Character(".")) {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return ProseNumber.minus(text)
    }

    /// `value` as a multiple of π/4 ("2π", "−π/2", "3π/4"), or nil when it is none.
    static func piText(_ value: Double) -> String? {
        let quarters = value / (Double.pi / 4)
        let n = quarters.rounded()
        // A located extreme is only as exact as a search on a flat curve can make it.
        guard abs(quarters - n) < 1e-4, n != 0, abs(n) < 1e6 else { return nil }
        var (numerator, denominator) = (Int(n), 4)
        while denominator > 1, numerator % 2 == 0 {
            numerator /= 2
            denominator /= 2
        }
        let sign = numerator < 0 ? "−" : ""
        let count = abs(numerator) == 1 ? "" : String(abs(numerator))
        return denominator == 1 ? "\(sign)\(count)π" : "\(sign)\(count)π/\(denominator)"
    }
}
