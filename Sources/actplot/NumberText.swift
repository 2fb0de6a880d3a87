/// How every command prints a number: the shortest text that reads back as the same value.
///
/// That is Swift's own `description` of `Double` or `Float`, so whole numbers keep their point
/// (`1.0`, `-3.0`), small and large ones use an exponent (`1e-07`, `1e+16`), and `--float`
/// prints the shortest text for the float (`0.1`, not `0.10000000149011612`). The same text
/// is valid JSON and CSV. Non-finite values have no JSON number, so every format writes them as
/// `nan`, `inf` and `-inf` (quoted in JSON).
enum NumberText {
    /// The shortest round-trip text, or `nan` / `inf` / `-inf`.
    static func shortest<T: BinaryFloatingPoint & CustomStringConvertible>(_ value: T) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        return value.description
    }
}
