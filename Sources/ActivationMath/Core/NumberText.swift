import CNumberText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Numbers as short exact or rounded text for tables, where the shortest round-trip form
/// (`Double.shortText`) prints binary noise such as 0.22916666666666666 for 11/48.
///
/// Only digits, a sign, a point and an exponent: no words, so every language shares it.
public enum NumberText {
    /// The shortest text that reads back as the same value, as every command prints numbers:
    /// Swift's own `description` of `Double` or `Float`, so whole numbers keep their point
    /// (`1.0`), small and large ones use an exponent (`1e-07`), and `--float` prints the
    /// shortest text for the float (`0.1`, not `0.10000000149011612`). The same text is valid
    /// JSON and CSV; non-finite values, which JSON has no number for, are `nan`, `inf`, `-inf`.
    public static func shortest<T: BinaryFloatingPoint & CustomStringConvertible>(_ value: T) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        return value.description
    }

    /// The fraction n/d with the smallest denominator d ≤ `maximumDenominator` whose correctly
    /// rounded quotient is exactly `value`, or nil when none is.
    ///
    /// "Exactly" is the point: 1/3 is returned for 0.3333333333333333 because 1.0/3.0 rounds
    /// to that double, not because the digits look periodic, so a caller may print "1/3" and
    /// lose nothing. The smallest denominator comes first, so the fraction is in lowest terms.
    /// Short decimals are fractions too (0.25 is 1/4, 0.1 is 1/10); which reads better is the
    /// page's choice. The numerator carries the sign; 0 is 0/1.
    public static func fraction(of value: Double, maximumDenominator: Int = 1000) -> (numerator: Int, denominator: Int)? {
        guard value.isFinite, maximumDenominator >= 1 else { return nil }
        for d in 1...maximumDenominator {
            // value·d is within d ulp of the true numerator when there is one, so rounding
            // it finds the only candidate; the division then checks it exactly.
            let n = roundedHalfAway(value * Double(d))
            guard abs(n) < 0x1p53 else { return nil }
            if n / Double(d) == value { return (Int(n), d) }
        }
        return nil
    }

    /// `v.rounded()`, computed inline: without SSE4.1 in the x86-64 baseline, `rounded()` is a
    /// call to the C library's `round`, a thousand times for a number that is no fraction
    /// (1.5 million instructions of the 16 benchmark figures' alt texts, callgrind).
    @inline(__always)
    static func roundedHalfAway(_ v: Double) -> Double {
        let t = abs(v)
        // From 2^52 on every double is whole; ±∞ and NaN come back as they are.
        guard t < 0x1p52 else { return v }
        var r = Double(Int64(t))
        if t - r >= 0.5 { r += 1 }
        return v.sign == .minus ? -r : r
    }

    /// `value` with exactly `decimals` digits after the point (0 to 17), as C's `%.*f` prints
    /// it: "-0.50", "20". The same text as `String(format: "%.2f", value)`, whose format parser
    /// made tick labels cost 3.6 % of the 16-figure run's CPU time (perf).
    public static func fixed(_ value: Double, decimals: Int) -> String {
        printed(value, precision: decimals, conversion: "f")
    }

    /// `value` as C's `%.*e` prints it with `decimals` digits after the point: "-1.50e-08".
    public static func scientific(_ value: Double, decimals: Int) -> String {
        printed(value, precision: decimals, conversion: "e")
    }

    /// `value` printed with C's `%.*f`, `%.*e` or `%.*g` (`conversion` "f", "e" or "g") and a
    /// precision of 0 to 17.
    private static func printed(_ value: Double, precision: Int, conversion: Unicode.Scalar) -> String {
        guard value.isFinite else { return String(value) }
        // The longest: %f of ±1.8e308, 309 digits, a sign, a point and 17 decimals.
        var buffer = [CChar](repeating: 0, count: 352)
        let count = buffer.withUnsafeMutableBufferPointer { pointer in
            actplot_print_double(
                pointer.baseAddress, pointer.count, CChar(truncatingIfNeeded: conversion.value), Int32(min(max(precision, 0), 17)), value)
        }
        guard count > 0, Int(count) < buffer.count else { return String(value) }
        return String(decoding: buffer[..<Int(count)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `value` rounded to at most `significantDigits` significant digits (1 to 17), without
    /// trailing zeros: 0.22917, 1.7581, 0.5, 3, 1e-17, 1.2346e+05.
    ///
    /// The rounding is of the exact binary value (C's `%.*g`, correctly rounded in glibc), not
    /// of its shortest decimal form, which could round a second time the other way. Like `%g`
    /// (and like `shortText`), exponents appear below 1e-4 and from 10^digits up, where
    /// positional notation would print digits that are not significant. −0 prints as 0: a
    /// sign on a rounded zero means nothing in a table. Non-finite values print as `inf`,
    /// `-inf` and `nan`, as `shortText` prints them.
    public static func short(_ value: Double, significantDigits: Int = 5) -> String {
        guard value.isFinite else { return String(value) }
        if value == 0 { return "0" }
        return printed(value, precision: min(max(significantDigits, 1), 17), conversion: "g")
    }
}
