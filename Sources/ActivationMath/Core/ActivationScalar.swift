import CFusedMultiplyAdd
import RealModule

/// The numbers an activation can be evaluated in: `Float`, `Double` and `Dual` numbers over them.
///
/// swift-numerics' `Real` would be the natural constraint, but it refines `FloatingPoint`, which a
/// dual number cannot honestly satisfy (`ulp`, `nextUp`, `significand` have no meaning for it). This
/// protocol asks only for the operations activation formulas use, so one generic formula serves
/// plain evaluation in both precisions and forward-mode differentiation.
public protocol ActivationScalar: Comparable, Sendable, ExpressibleByIntegerLiteral {
    /// Converts a parameter or constant, rounding to the nearest representable value.
    init(_ value: Double)
    /// The ordinary number part, used for branching and for reading results.
    var primal: Double { get }

    static func + (lhs: Self, rhs: Self) -> Self
    static func - (lhs: Self, rhs: Self) -> Self
    static func * (lhs: Self, rhs: Self) -> Self
    static func / (lhs: Self, rhs: Self) -> Self
    static prefix func - (operand: Self) -> Self
    /// a·b + c rounded once: the exact product error that double-word arithmetic is built on.
    static func fusedMultiplyAdd(_ a: Self, _ b: Self, _ c: Self) -> Self

    static func exp(_ x: Self) -> Self
    /// eˣ − 1 without cancellation near 0.
    static func expMinusOne(_ x: Self) -> Self
    static func log(_ x: Self) -> Self
    /// log(1 + x) without cancellation near 0.
    static func log(onePlus x: Self) -> Self
    static func tanh(_ x: Self) -> Self
    static func erf(_ x: Self) -> Self
    static func erfc(_ x: Self) -> Self
    static func sqrt(_ x: Self) -> Self
    static func sin(_ x: Self) -> Self
    static func cos(_ x: Self) -> Self
    static func atan(_ x: Self) -> Self
}

extension ActivationScalar {
    /// |x|, by the sign of the primal part so that it also differentiates correctly.
    @inlinable public static func magnitude(_ x: Self) -> Self { x.primal < 0 ? -x : x }
    /// The smaller of two values; ties return `a`.
    @inlinable public static func minimum(_ a: Self, _ b: Self) -> Self { b < a ? b : a }
    /// The larger of two values; ties return `a`.
    @inlinable public static func maximum(_ a: Self, _ b: Self) -> Self { b > a ? b : a }
    /// Whether the value is NaN: piecewise formulas test it first, since every comparison with
    /// NaN is false and would otherwise send it down some branch as if it were a number.
    @inlinable public var isNaN: Bool { primal.isNaN }
}

// RealModule supplies the elementary functions for both standard types.
extension Double: ActivationScalar {
    @inlinable public var primal: Double { self }
    @inlinable public static func fusedMultiplyAdd(_ a: Double, _ b: Double, _ c: Double) -> Double {
        actplot_fma(a, b, c)
    }
}

extension Float: ActivationScalar {
    @inlinable public var primal: Double { Double(self) }
    @inlinable public static func fusedMultiplyAdd(_ a: Float, _ b: Float, _ c: Float) -> Float {
        c.addingProduct(a, b)
    }
}
