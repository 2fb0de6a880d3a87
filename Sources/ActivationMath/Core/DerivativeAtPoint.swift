/// Whether f′ exists at a point, and what the catalogue computes there when it does not.
///
/// A figure needs only the value autograd uses, but a page that states "f′(0) = 0" for the
/// binary step states something false: f′ does not exist there, and in the sense of
/// distributions it is a Dirac delta. This keeps the fact apart from the convention.
public enum DerivativeAtPoint: Sendable, Hashable {
    /// f is differentiable at the point, with this derivative.
    case defined(Double)
    /// A corner: f is continuous but its one-sided derivatives differ, so f′ does not exist;
    /// `convention` is what the catalogue (following PyTorch's autograd) returns there.
    case conventional(left: Double, right: Double, convention: Double)
    /// f jumps by `jump` (right limit minus left limit), so f′ does not exist; as a
    /// distribution it is `jump`·δ(x − x₀). `convention` is what the catalogue returns there.
    case undefinedJump(jump: Double, convention: Double)

    /// The number the catalogue's `derivative` returns at the point.
    public var value: Double {
        switch self {
        case .defined(let slope): slope
        case .conventional(_, _, let convention), .undefinedJump(_, let convention): convention
        }
    }

    /// Whether f′ exists at the point in the ordinary sense.
    public var isDefined: Bool {
        if case .defined = self { return true }
        return false
    }
}

extension Breakpoint {
    /// Whether f′ exists here: a jump in f rules it out whatever f′'s own limits are (the
    /// binary step's are both 0), differing one-sided slopes rule it out at a corner, and a
    /// join, where only a higher derivative changes, has an ordinary derivative.
    public var derivativeAtPoint: DerivativeAtPoint {
        if value.isJump { return .undefinedJump(jump: value.right - value.left, convention: derivative.at) }
        if derivative.isJump {
            return .conventional(left: derivative.left, right: derivative.right, convention: derivative.at)
        }
        return .defined(derivative.at)
    }
}
