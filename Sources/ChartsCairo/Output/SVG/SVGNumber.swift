import Charts

/// Writes numbers for SVG attributes and path data: hundredths of a unit, shortest form.
///
/// A figure unit is a CSS pixel; a hundredth of one is far below anything a zoomed slide shows,
/// and `".55"`, `"-3"` or `"120.4"` are a third of what `"%f"` writes. Written by hand because
/// Swift's `description` prints seventeen digits and `String(format:)` goes through Foundation
/// and C varargs for each of the ~10,000 numbers of a figure; this appends bytes directly.
enum SVGNumber {
    /// Appends `value` rounded to hundredths, without a leading zero or trailing zeros.
    static func append(_ value: Double, to out: inout [UInt8]) {
        appendHundredths(hundredths(value), to: &out)
    }

    /// `value` in hundredths, rounded half away from zero; 0 for non-finite values, which
    /// canvases drop before they get here.
    static func hundredths(_ value: Double) -> Int {
        let scaled = (value * 100).rounded()
        guard scaled.isFinite, abs(scaled) < 1e15 else { return 0 }
        return Int(scaled)
    }

    /// Appends a number given in hundredths.
    static func appendHundredths(_ h: Int, to out: inout [UInt8]) {
        var magnitude = h.magnitude
        if h < 0 { out.append(UInt8(ascii: "-")) }
        let whole = magnitude / 100
        magnitude %= 100
        if whole > 0 || magnitude == 0 { appendDigits(whole, to: &out) }
        if magnitude > 0 {
            out.append(UInt8(ascii: "."))
            out.append(UInt8(ascii: "0") + UInt8(magnitude / 10))
            if magnitude % 10 != 0 { out.append(UInt8(ascii: "0") + UInt8(magnitude % 10)) }
        }
    }

    private static func appendDigits(_ value: UInt, to out: inout [UInt8]) {
        if value >= 10 { appendDigits(value / 10, to: &out) }
        out.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// Appends `#rrggbb` (`#rgb` when each byte is a doubled digit), the 8-bit values every
    /// raster would draw anyway.
    static func appendColor(_ color: Charts.Color, to out: inout [UInt8]) {
        let bytes = [color.red, color.green, color.blue].map { Int((min(max($0, 0), 1) * 255).rounded()) }
        out.append(UInt8(ascii: "#"))
        let short = bytes.allSatisfy { $0 >> 4 == $0 & 15 }
        for byte in bytes {
            out.append(hex(byte >> 4))
            if !short { out.append(hex(byte & 15)) }
        }
    }

    private static func hex(_ nibble: Int) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + UInt8(nibble) : UInt8(ascii: "a") + UInt8(nibble - 10)
    }
}
