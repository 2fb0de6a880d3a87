extension Breakpoint {
    /// A point where f is continuous and f′ changes from `left` to `right`, taking `at` there:
    /// a kink when the slopes differ, a join when only a higher derivative changes.
    public static func corner(at x: Double, value: Double, slopes left: Double, _ right: Double, using at: Double) -> Breakpoint {
        Breakpoint(
            x: x, kind: left == right ? .join : .kink, value: Limits(continuous: value),
            derivative: Limits(left: left, right: right, at: at))
    }

    /// A point where f itself jumps; f′ there has its own limits.
    public static func jump(at x: Double, value: Limits, derivative: Limits) -> Breakpoint {
        Breakpoint(x: x, kind: .jump, value: value, derivative: derivative)
    }
}
