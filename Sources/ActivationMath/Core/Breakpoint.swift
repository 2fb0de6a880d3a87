/// A point where an activation's piecewise definition changes.
///
/// Figures sample it exactly and use the one-sided limits to draw a jump as a break with a
/// filled dot at the value used and a hollow dot at the other limit, instead of a vertical line.
public struct Breakpoint: Sendable, Hashable {
    /// What changes at the point.
    public enum Kind: String, Sendable, Hashable {
        /// f itself jumps (binary step, hardshrink).
        case jump
        /// f is continuous, f′ jumps: a corner (ReLU at 0).
        case kink
        /// f and f′ are continuous; a higher derivative changes (ELU at 0 with α = 1).
        case join
    }

    /// The limits from both sides and the value used at the point itself.
    public struct Limits: Sendable, Hashable {
        /// Limit from the left.
        public var left: Double
        /// Limit from the right.
        public var right: Double
        /// Value at the point (for f′: the framework convention, PyTorch's autograd).
        public var at: Double

        /// Limits from both sides and the value at the point.
        public init(left: Double, right: Double, at: Double) {
            self.left = left
            self.right = right
            self.at = at
        }

        /// A continuous quantity: both limits equal the value at the point.
        public init(continuous value: Double) { self.init(left: value, right: value, at: value) }

        /// Whether the two one-sided limits differ, so a figure must break the curve here.
        public var isJump: Bool { left != right }
    }

    /// Where the point lies.
    public var x: Double
    /// What changes there.
    public var kind: Kind
    /// Limits of f.
    public var value: Limits
    /// Limits of f′.
    public var derivative: Limits

    /// A breakpoint with explicit limits.
    public init(x: Double, kind: Kind, value: Limits, derivative: Limits) {
        self.x = x
        self.kind = kind
        self.value = value
        self.derivative = derivative
    }
}
