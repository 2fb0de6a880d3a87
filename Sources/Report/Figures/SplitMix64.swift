import Foundation

/// A small, fixed pseudo-random generator (Steele, Lea and Flood's SplitMix64): the figure must
/// be the same bytes on every run and platform, which the system generator does not promise.
///
/// As a `RandomNumberGenerator` it also serves the standard library's `random(in:using:)` and
/// `shuffled(using:)`, though their mapping from 64-bit words is not promised to stay the same
/// across Swift versions; `uniform()` and `normal()` are fixed here for that reason.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in (0, 1).
    mutating func uniform() -> Double { (Double(next() >> 11) + 0.5) / 9_007_199_254_740_992 }

    /// Standard normal by Box–Muller.
    mutating func normal() -> Double {
        (-2 * log(uniform())).squareRoot() * cos(2 * Double.pi * uniform())
    }
}
