/// A dual number a + bε with ε² = 0: evaluating a formula on `Dual(x, 1)` yields f(x) and f′(x).
///
/// Used to differentiate user-written expressions exactly (no finite differences) and to
/// cross-check every hand-written derivative in the catalogue.
public struct Dual<Base: ActivationScalar>: ActivationScalar {
    /// The value part.
    public var value: Base
    /// The derivative part, carried along by the chain rule.
    public var tangent: Base

    /// A dual number with the given parts; `Dual(x, 1)` seeds differentiation with respect to x.
    @inlinable public init(_ value: Base, _ tangent: Base) {
        self.value = value
        self.tangent = tangent
    }

    /// A constant: its derivative is zero.
    @inlinable public init(_ value: Double) { self.init(Base(value), 0) }
    /// A constant from an integer literal.
    @inlinable public init(integerLiteral value: Int) { self.init(Base(Double(value)), 0) }

    /// The value part as a `Double`.
    @inlinable public var primal: Double { value.primal }

    /// Compares value parts only: branches in a formula follow the point, not the tangent.
    @inlinable public static func < (lhs: Dual, rhs: Dual) -> Bool { lhs.value < rhs.value }
    /// Equal when the value parts are equal, consistent with `<`.
    @inlinable public static func == (lhs: Dual, rhs: Dual) -> Bool { lhs.value == rhs.value }

    @inlinable public static func + (l: Dual, r: Dual) -> Dual { Dual(l.value + r.value, l.tangent + r.tangent) }
    @inlinable public static func - (l: Dual, r: Dual) -> Dual { Dual(l.value - r.value, l.tangent - r.tangent) }
    @inlinable public static func * (l: Dual, r: Dual) -> Dual {
        Dual(l.value * r.value, l.tangent * r.value + l.value * r.tangent)
    }
    @inlinable public static func / (l: Dual, r: Dual) -> Dual {
        let q = l.value / r.value
        return Dual(q, (l.tangent - q * r.tangent) / r.value)
    }
    @inlinable public static prefix func - (x: Dual) -> Dual { Dual(-x.value, -x.tangent) }
    /// Fused in the value part, so double-word arithmetic over dual numbers keeps its precision.
    @inlinable public static func fusedMultiplyAdd(_ a: Dual, _ b: Dual, _ c: Dual) -> Dual {
        Dual(Base.fusedMultiplyAdd(a.value, b.value, c.value), a.tangent * b.value + a.value * b.tangent + c.tangent)
    }

    @inlinable public static func exp(_ x: Dual) -> Dual {
        let e = Base.exp(x.value)
        return Dual(e, e * x.tangent)
    }
    @inlinable public static func expMinusOne(_ x: Dual) -> Dual {
        Dual(Base.expMinusOne(x.value), Base.exp(x.value) * x.tangent)
    }
    @inlinable public static func log(_ x: Dual) -> Dual { Dual(Base.log(x.value), x.tangent / x.value) }
    @inlinable public static func log(onePlus x: Dual) -> Dual {
        Dual(Base.log(onePlus: x.value), x.tangent / (1 + x.value))
    }
    @inlinable public static func tanh(_ x: Dual) -> Dual {
        let t = Base.tanh(x.value)
        return Dual(t, (1 - t * t) * x.tangent)
    }
    @inlinable public static func erf(_ x: Dual) -> Dual {
        Dual(Base.erf(x.value), Dual.gaussianSlope(x.value) * x.tangent)
    }
    @inlinable public static func erfc(_ x: Dual) -> Dual {
        Dual(Base.erfc(x.value), -Dual.gaussianSlope(x.value) * x.tangent)
    }
    @inlinable public static func sqrt(_ x: Dual) -> Dual {
        let s = Base.sqrt(x.value)
        return Dual(s, x.tangent / (2 * s))
    }
    @inlinable public static func sin(_ x: Dual) -> Dual { Dual(Base.sin(x.value), Base.cos(x.value) * x.tangent) }
    @inlinable public static func cos(_ x: Dual) -> Dual { Dual(Base.cos(x.value), -Base.sin(x.value) * x.tangent) }
    @inlinable public static func atan(_ x: Dual) -> Dual {
        Dual(Base.atan(x.value), x.tangent / (1 + x.value * x.value))
    }

    /// d/dx erf(x) = 2/√π · e^(−x²).
    @inlinable static func gaussianSlope(_ x: Base) -> Base {
        Base(1.1283791670955125738961589031215452) * Base.exp(-(x * x))
    }
}
