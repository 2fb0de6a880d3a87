import Foundation

@testable import Charts

/// The colour science that tests of figure colours need: CIELAB lightness, simulated colour-vision
/// deficiency and the CIEDE2000 colour difference.
///
/// Figures tell series apart by colour, so a test has to ask whether two pens still look different
/// to a reader with deuteranopia or protanopia (together about 2 % of men) and on a grayscale
/// print; pixel comparisons cannot answer that. The pipeline follows colorspacious
/// (`sRGB1` → `sRGB1-linear` → `sRGB1-linear+CVD` → `XYZ100` → `CIELab`, white D65), so the
/// values here match a Python prototype to the 1e-6 its tests quote:
///
/// - sRGB decoding and the sRGB → XYZ matrix of IEC 61966-2-1:1999 (the exact inverse of its
///   four-digit XYZ → sRGB matrix, as colorspacious takes it).
/// - Colour-vision deficiency: G. M. Machado, M. M. Oliveira, L. A. F. Fernandes, "A
///   Physiologically-based Model for Simulation of Color Vision Deficiency", IEEE Transactions on
///   Visualization and Computer Graphics 15(6), 1291–1298, 2009; their severity-1.0 matrices for
///   protanopia and deuteranopia, applied to linear RGB without clipping (as colorspacious does).
/// - Colour difference: G. Sharma, W. Wu, E. N. Dalal, "The CIEDE2000 Color-Difference Formula:
///   Implementation Notes, Supplementary Test Data, and Mathematical Observations", Color Research
///   and Application 30(1), 21–30, 2005, with kL = kC = kH = 1.
enum ColorScience {
    /// A CIELAB colour (D65 white, L* in 0...100).
    struct Lab: Sendable, Hashable, CustomStringConvertible {
        /// Lightness L*.
        var l: Double
        /// Green–red axis a*.
        var a: Double
        /// Blue–yellow axis b*.
        var b: Double

        init(_ l: Double, _ a: Double, _ b: Double) {
            self.l = l
            self.a = a
            self.b = b
        }

        var description: String { String(format: "Lab(%.4f, %.4f, %.4f)", l, a, b) }
    }

    /// How a reader sees colours: normal trichromacy or a complete red–green deficiency.
    enum Vision: String, Sendable, CaseIterable, CustomStringConvertible {
        /// Normal colour vision: the colour as it is.
        case normal
        /// No M cones (green); the most common dichromacy.
        case deuteranopia
        /// No L cones (red); reds also look darker.
        case protanopia

        var description: String { rawValue }
    }

    /// A 3 × 3 matrix by rows.
    typealias Matrix = (SIMD3<Double>, SIMD3<Double>, SIMD3<Double>)

    static func apply(_ m: Matrix, _ v: SIMD3<Double>) -> SIMD3<Double> {
        SIMD3((m.0 * v).sum(), (m.1 * v).sum(), (m.2 * v).sum())
    }

    /// XYZ → linear sRGB as IEC 61966-2-1:1999 prints it, to four digits.
    static let xyzToLinearSRGB: Matrix = (
        SIMD3(3.2406, -1.5372, -0.4986), SIMD3(-0.9689, 1.8758, 0.0415), SIMD3(0.0557, -0.2040, 1.0570)
    )

    /// Linear sRGB → XYZ (Y of white ≈ 1): the exact inverse of `xyzToLinearSRGB`, so a colour
    /// goes to XYZ and back unchanged, and the numbers agree with colorspacious.
    static let linearSRGBToXYZ: Matrix = inverse(xyzToLinearSRGB)

    /// The D65 white point (CIE 1931 2°), Y = 1, as colorspacious has it.
    static let whiteD65 = SIMD3(0.95047, 1.0, 1.08883)

    /// Machado et al. 2009, protanopia (severity 1.0), acting on linear RGB.
    static let protanopia: Matrix = (
        SIMD3(0.152286, 1.052583, -0.204868), SIMD3(0.114503, 0.786281, 0.099216), SIMD3(-0.003882, -0.048116, 1.051998)
    )

    /// Machado et al. 2009, deuteranopia (severity 1.0), acting on linear RGB.
    static let deuteranopia: Matrix = (
        SIMD3(0.367322, 0.860646, -0.227968), SIMD3(0.280085, 0.672501, 0.047413), SIMD3(-0.011820, 0.042940, 0.968881)
    )

    static func inverse(_ m: Matrix) -> Matrix {
        let (r0, r1, r2) = m
        // M · (r1 × r2) = (det, 0, 0) and so on: the cross products of pairs of rows, over the
        // determinant, are the columns of the inverse.
        let c0 = cross(r1, r2), c1 = cross(r2, r0), c2 = cross(r0, r1)
        let det = (r0 * c0).sum()
        return (
            SIMD3(c0.x, c1.x, c2.x) / det, SIMD3(c0.y, c1.y, c2.y) / det, SIMD3(c0.z, c1.z, c2.z) / det
        )
    }

    static func cross(_ u: SIMD3<Double>, _ v: SIMD3<Double>) -> SIMD3<Double> {
        SIMD3(u.y * v.z - u.z * v.y, u.z * v.x - u.x * v.z, u.x * v.y - u.y * v.x)
    }

    /// One sRGB component (0...1) to linear light.
    static func linear(_ c: Double) -> Double {
        c < 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }

    /// The linear-light RGB of `color`, ignoring its alpha.
    static func linearRGB(_ color: Color) -> SIMD3<Double> {
        SIMD3(linear(color.red), linear(color.green), linear(color.blue))
    }

    /// Linear RGB as a reader with `vision` sees it (Machado et al. 2009, severity 1.0). Not
    /// clipped: a simulated colour can fall slightly outside the sRGB gamut.
    static func simulate(_ rgb: SIMD3<Double>, _ vision: Vision) -> SIMD3<Double> {
        switch vision {
        case .normal: return rgb
        case .deuteranopia: return apply(deuteranopia, rgb)
        case .protanopia: return apply(protanopia, rgb)
        }
    }

    /// CIELAB of XYZ (white Y = 1) against D65.
    static func lab(xyz: SIMD3<Double>) -> Lab {
        func f(_ t: Double) -> Double {
            // Linear below (6/29)³, so the curve is defined for the small negative values that a
            // simulated out-of-gamut colour can give.
            t < pow(6.0 / 29, 3) ? t / (3 * pow(6.0 / 29, 2)) + 4.0 / 29 : cbrt(t)
        }
        let n = xyz / whiteD65
        let fx = f(n.x), fy = f(n.y), fz = f(n.z)
        return Lab(116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))
    }

    /// CIELAB of `color` (alpha ignored) as seen with `vision`.
    static func lab(_ color: Color, _ vision: Vision = .normal) -> Lab {
        lab(xyz: apply(linearSRGBToXYZ, simulate(linearRGB(color), vision)))
    }

    /// CIE L* of `color`: the grey it becomes in a grayscale print that keeps lightness.
    static func lightness(_ color: Color) -> Double { lab(color).l }

    /// CIEDE2000 ΔE00 (Sharma, Wu, Dalal 2005, equations 1–20; kL = kC = kH = 1). Hue angles in
    /// degrees as in the paper; h′ is 0 for a neutral colour, and the mean hue of a pair with a
    /// neutral member is the plain sum (their equations 10 and 14).
    static func ciede2000(_ x: Lab, _ y: Lab) -> Double {
        let rad = Double.pi / 180
        let pow25to7 = 6_103_515_625.0  // 25⁷
        let c1 = hypot(x.a, x.b), c2 = hypot(y.a, y.b)
        let cMean7 = pow((c1 + c2) / 2, 7)
        let g = 0.5 * (1 - (cMean7 / (cMean7 + pow25to7)).squareRoot())
        let a1 = (1 + g) * x.a, a2 = (1 + g) * y.a
        let c1p = hypot(a1, x.b), c2p = hypot(a2, y.b)
        func hue(_ b: Double, _ a: Double) -> Double {
            if a == 0 && b == 0 { return 0 }
            let h = atan2(b, a) / rad
            return h < 0 ? h + 360 : h
        }
        let h1 = hue(x.b, a1), h2 = hue(y.b, a2)
        let dL = y.l - x.l
        let dC = c2p - c1p
        let neutral = c1p * c2p == 0
        var dh = 0.0
        if !neutral {
            dh = h2 - h1
            if dh > 180 { dh -= 360 } else if dh < -180 { dh += 360 }
        }
        let dH = 2 * (c1p * c2p).squareRoot() * sin(dh / 2 * rad)
        let lMean = (x.l + y.l) / 2
        let cMean = (c1p + c2p) / 2
        let hMean: Double
        if neutral {
            hMean = h1 + h2
        } else if abs(h1 - h2) <= 180 {
            hMean = (h1 + h2) / 2
        } else {
            hMean = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2
        }
        let t =
            1 - 0.17 * cos((hMean - 30) * rad) + 0.24 * cos(2 * hMean * rad) + 0.32 * cos((3 * hMean + 6) * rad)
            - 0.20 * cos((4 * hMean - 63) * rad)
        let dTheta = 30 * exp(-pow((hMean - 275) / 25, 2))
        let cMeanP7 = pow(cMean, 7)
        let rC = 2 * (cMeanP7 / (cMeanP7 + pow25to7)).squareRoot()
        let l50 = (lMean - 50) * (lMean - 50)
        let sL = 1 + 0.015 * l50 / (20 + l50).squareRoot()
        let sC = 1 + 0.045 * cMean
        let sH = 1 + 0.015 * cMean * t
        let rT = -sin(2 * dTheta * rad) * rC
        let l = dL / sL, c = dC / sC, h = dH / sH
        return (l * l + c * c + h * h + rT * c * h).squareRoot()
    }

    /// ΔE00 between two colours as a reader with `vision` sees them.
    static func difference(_ x: Color, _ y: Color, _ vision: Vision = .normal) -> Double {
        ciede2000(lab(x, vision), lab(y, vision))
    }

    /// WCAG 2 relative luminance (alpha ignored).
    static func relativeLuminance(_ color: Color) -> Double {
        let rgb = linearRGB(color)
        return 0.2126 * rgb.x + 0.7152 * rgb.y + 0.0722 * rgb.z
    }

    /// WCAG 2 contrast ratio, 1...21; graphics need 3 (success criterion 1.4.11).
    static func contrastRatio(_ x: Color, _ y: Color) -> Double {
        let lx = relativeLuminance(x), ly = relativeLuminance(y)
        return (max(lx, ly) + 0.05) / (min(lx, ly) + 0.05)
    }

    /// `color` painted over the opaque `background`, blended per sRGB component as Cairo does, so a
    /// translucent pen is judged by the colour a reader sees.
    static func composited(_ color: Color, over background: Color) -> Color {
        let a = color.alpha
        return Color(
            red: a * color.red + (1 - a) * background.red, green: a * color.green + (1 - a) * background.green,
            blue: a * color.blue + (1 - a) * background.blue)
    }

    /// The least CIEDE2000 between any two series of one panel, in every `Vision`.
    static let minimumDifference = 10.0
    /// The least difference of L* between two series, so they stay apart in a grayscale print.
    static let minimumLightnessGap = 15.0
    /// The least WCAG contrast of a series against the background.
    static let minimumContrast = 3.0
    /// Two widths count as different when the wider is at least this many times the narrower: a
    /// smaller difference is not seen at a glance.
    static let distinctWidthRatio = 1.25
}

/// What makes the series pens of one panel hard to tell apart, one line per failing pair (and one
/// per pen of too little contrast); empty when all is well. Every pair of pens must differ by
/// CIEDE2000 ≥ 10 with normal vision, deuteranopia and protanopia (Machado et al. 2009) and by
/// ΔL* ≥ 15 (a grayscale print), and every pen must have WCAG contrast ≥ 3 against `background`.
/// Translucent pens are judged as painted over `background`. All pens here are taken to have one
/// width, so no pair is exempt from the lightness rule; see the overload with widths.
func seriesPenProblems(_ pens: [(color: Color, dash: [Double])], background: Color) -> [String] {
    seriesPenProblems(pens.map { (color: $0.color, dash: $0.dash, width: 1.0) }, background: background)
}

/// As `seriesPenProblems(_:background:)`, with pen widths: a pair whose pens differ in dash pattern
/// and visibly in width (one ≥ 1.25 × the other) is exempt from the ΔL* rule, never from the
/// CIEDE2000 one. The exemption is for where the lightness rule cannot be met (five hued series
/// on a background that allows only some 60 units of L*), so give such a pen its own width only then.
func seriesPenProblems(_ pens: [(color: Color, dash: [Double], width: Double)], background: Color) -> [String] {
    typealias CS = ColorScience
    let colors = pens.map { CS.composited($0.color, over: background) }
    var problems: [String] = []
    for (i, color) in colors.enumerated() {
        let contrast = CS.contrastRatio(color, background)
        if contrast < CS.minimumContrast {
            problems.append("pen \(i): contrast \(format(contrast)):1 against the background, below 3:1")
        }
    }
    for i in colors.indices {
        for j in colors.indices where j > i {
            var failed: [String] = []
            for vision in CS.Vision.allCases {
                let d = CS.difference(colors[i], colors[j], vision)
                if d < CS.minimumDifference {
                    failed.append("CIEDE2000 \(format(d)) with \(vision), below \(format(CS.minimumDifference))")
                }
            }
            let gap = abs(CS.lightness(colors[i]) - CS.lightness(colors[j]))
            let wide = max(pens[i].width, pens[j].width), narrow = min(pens[i].width, pens[j].width)
            let exempt = pens[i].dash != pens[j].dash && wide >= CS.distinctWidthRatio * narrow
            if gap < CS.minimumLightnessGap && !exempt {
                failed.append("grayscale ΔL* \(format(gap)), below \(format(CS.minimumLightnessGap))")
            }
            if !failed.isEmpty { problems.append("pens \(i) and \(j): " + failed.joined(separator: "; ")) }
        }
    }
    return problems
}

private func format(_ x: Double) -> String { String(format: "%.2f", x) }
