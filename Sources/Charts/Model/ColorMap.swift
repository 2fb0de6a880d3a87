import Foundation

/// A colour scale as evenly spaced stops, interpolated linearly between neighbours.
public struct ColorMap: Sendable, Hashable {
    /// The stops from the low end to the high end.
    public var stops: [Color]

    /// A map through `stops` (at least one).
    public init(stops: [Color]) { self.stops = stops.isEmpty ? [Color(hex: 0x808080)] : stops }

    /// The colour at `t` in 0…1 (clamped).
    public func color(at t: Double) -> Color {
        guard stops.count > 1, t.isFinite else { return stops[0] }
        let s = min(1, max(0, t)) * Double(stops.count - 1)
        let i = min(Int(s), stops.count - 2)
        let f = s - Double(i)
        let a = stops[i], b = stops[i + 1]
        return Color(
            red: a.red + (b.red - a.red) * f, green: a.green + (b.green - a.green) * f,
            blue: a.blue + (b.blue - a.blue) * f, alpha: a.alpha + (b.alpha - a.alpha) * f)
    }

    /// Paul Tol's diverging BuRd: blue through near-white to red, designed to stay readable with
    /// colour-vision deficiencies; the neutral centre marks zero.
    public static let blueRed = ColorMap(
        stops: [0x2166AC, 0x4393C3, 0x92C5DE, 0xD1E5F0, 0xF7F7F7, 0xFDDBC7, 0xF4A582, 0xD6604D, 0xB2182B]
            .map { Color(hex: $0) })

    /// Light to dark grey, for the print theme: sign cannot be a hue in grayscale, so the scale runs
    /// one way and the printed values and colour bar carry the sign.
    public static let greys = ColorMap(stops: [0xF5F5F5, 0xBDBDBD, 0x737373, 0x252525].map { Color(hex: $0) })
}

extension Color {
    /// Relative luminance (WCAG), to choose dark or light text on a filled cell or bar.
    var luminance: Double {
        func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }
}
