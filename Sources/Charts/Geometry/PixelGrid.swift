/// Where a straight line of a given width must lie to cover whole device pixels.
///
/// A line n device pixels wide, n odd, covers whole pixels when its centre is at a pixel's
/// centre (k + ½); n even, when its centre is on a pixel boundary (k). Anywhere else its edges
/// fall inside pixels, which antialiasing paints in lighter shades on both sides: a 1 px line
/// at k + ⅝ shows as two grey pixels, a 2 px line at k + ½ as three. Lines that lie on the grid
/// are also filled whole by Cairo (pixman's solid fills), where others go through its scan
/// converter row by row.
enum PixelGrid {
    /// The position nearest below or at `v` (figure units) where a line `width` units wide lies
    /// on the device pixel grid of `resolution` figure units a pixel; lines thinner than a
    /// pixel are treated as one pixel wide.
    static func line(_ v: Double, width: Double, resolution r: Double) -> Double {
        guard v.isFinite, r > 0, r.isFinite else { return v }
        let pixels = max(1, (width / r).rounded())
        let device = v / r
        let odd = pixels.truncatingRemainder(dividingBy: 2) == 1
        return (odd ? device.rounded(.down) + 0.5 : device.rounded()) * r
    }

    /// `rect` with each edge moved onto the grid for a frame `width` units wide stroked along it.
    static func frame(_ rect: Rect, width: Double, resolution r: Double) -> Rect {
        let x0 = line(rect.x, width: width, resolution: r), y0 = line(rect.y, width: width, resolution: r)
        let x1 = line(rect.maxX, width: width, resolution: r), y1 = line(rect.maxY, width: width, resolution: r)
        guard x1 > x0, y1 > y0 else { return rect }
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }
}
