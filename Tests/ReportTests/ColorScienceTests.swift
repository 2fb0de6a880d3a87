import Foundation
import Testing

@testable import Charts

/// The colour science behind the colour checks of figures, against published data (CIEDE2000) and
/// against colorspacious 1.1.2 (`cspace_convert` to "CIELab", from "sRGB1" or from "sRGB1+CVD" with
/// severity 100), so a failing palette check can be trusted to be the palette's fault.
@Suite("Colour science")
struct ColorScienceTests {
    typealias CS = ColorScience

    /// Sharma, Wu, Dalal 2005, Table 1: all 34 pairs (L1, a1, b1, L2, a2, b2, ΔE00), published to
    /// four decimals. They exercise the hue wrap-around, the mean hue of neutral and opposite colours
    /// and the rotation term near blue.
    static let sharmaPairs: [(CS.Lab, CS.Lab, Double)] = [
        (.init(50.0000, 2.6772, -79.7751), .init(50.0000, 0.0000, -82.7485), 2.0425),
        (.init(50.0000, 3.1571, -77.2803), .init(50.0000, 0.0000, -82.7485), 2.8615),
        (.init(50.0000, 2.8361, -74.0200), .init(50.0000, 0.0000, -82.7485), 3.4412),
        (.init(50.0000, -1.3802, -84.2814), .init(50.0000, 0.0000, -82.7485), 1.0000),
        (.init(50.0000, -1.1848, -84.8006), .init(50.0000, 0.0000, -82.7485), 1.0000),
        (.init(50.0000, -0.9009, -85.5211), .init(50.0000, 0.0000, -82.7485), 1.0000),
        (.init(50.0000, 0.0000, 0.0000), .init(50.0000, -1.0000, 2.0000), 2.3669),
        (.init(50.0000, -1.0000, 2.0000), .init(50.0000, 0.0000, 0.0000), 2.3669),
        (.init(50.0000, 2.4900, -0.0010), .init(50.0000, -2.4900, 0.0009), 7.1792),
        (.init(50.0000, 2.4900, -0.0010), .init(50.0000, -2.4900, 0.0010), 7.1792),
        (.init(50.0000, 2.4900, -0.0010), .init(50.0000, -2.4900, 0.0011), 7.2195),
        (.init(50.0000, 2.4900, -0.0010), .init(50.0000, -2.4900, 0.0012), 7.2195),
        (.init(50.0000, -0.0010, 2.4900), .init(50.0000, 0.0009, -2.4900), 4.8045),
        (.init(50.0000, -0.0010, 2.4900), .init(50.0000, 0.0010, -2.4900), 4.8045),
        (.init(50.0000, -0.0010, 2.4900), .init(50.0000, 0.0011, -2.4900), 4.7461),
        (.init(50.0000, 2.5000, 0.0000), .init(50.0000, 0.0000, -2.5000), 4.3065),
        (.init(50.0000, 2.5000, 0.0000), .init(73.0000, 25.0000, -18.0000), 27.1492),
        (.init(50.0000, 2.5000, 0.0000), .init(61.0000, -5.0000, 29.0000), 22.8977),
        (.init(50.0000, 2.5000, 0.0000), .init(56.0000, -27.0000, -3.0000), 31.9030),
        (.init(50.0000, 2.5000, 0.0000), .init(58.0000, 24.0000, 15.0000), 19.4535),
        (.init(50.0000, 2.5000, 0.0000), .init(50.0000, 3.1736, 0.5854), 1.0000),
        (.init(50.0000, 2.5000, 0.0000), .init(50.0000, 3.2972, 0.0000), 1.0000),
        (.init(50.0000, 2.5000, 0.0000), .init(50.0000, 1.8634, 0.5757), 1.0000),
        (.init(50.0000, 2.5000, 0.0000), .init(50.0000, 3.2592, 0.3350), 1.0000),
        (.init(60.2574, -34.0099, 36.2677), .init(60.4626, -34.1751, 39.4387), 1.2644),
        (.init(63.0109, -31.0961, -5.8663), .init(62.8187, -29.7946, -4.0864), 1.2630),
        (.init(61.2901, 3.7196, -5.3901), .init(61.4292, 2.2480, -4.9620), 1.8731),
        (.init(35.0831, -44.1164, 3.7933), .init(35.0232, -40.0716, 1.5901), 1.8645),
        (.init(22.7233, 20.0904, -46.6940), .init(23.0331, 14.9730, -42.5619), 2.0373),
        (.init(36.4612, 47.8580, 18.3852), .init(36.2715, 50.5065, 21.2231), 1.4146),
        (.init(90.8027, -2.0831, 1.4410), .init(91.1528, -1.6435, 0.0447), 1.4441),
        (.init(90.9257, -0.5406, -0.9208), .init(88.6381, -0.8985, -0.7239), 1.5381),
        (.init(6.7747, -0.2908, -2.4247), .init(5.8714, -0.0985, -2.2286), 0.6377),
        (.init(2.0776, 0.0795, -1.1350), .init(0.9033, -0.0636, -0.5514), 0.9082),
    ]

    @Test("CIEDE2000 matches Sharma, Wu and Dalal's 34 published pairs, either way round", arguments: 0..<34)
    func sharma(_ index: Int) {
        let (x, y, published) = Self.sharmaPairs[index]
        let forward = CS.ciede2000(x, y), backward = CS.ciede2000(y, x)
        #expect(abs(forward - published) <= 1e-4, "pair \(index + 1): \(forward), published \(published)")
        #expect(abs(forward - backward) <= 1e-12, "pair \(index + 1): \(forward) one way, \(backward) the other")
        #expect(CS.ciede2000(x, x) == 0)
    }

    @Test("the sRGB → XYZ matrix is the inverse of the standard's, and white has Y = 1")
    func matrix() {
        let m = CS.linearSRGBToXYZ
        let expected: [SIMD3<Double>] = [
            SIMD3(0.41239559, 0.35758343, 0.18049265), SIMD3(0.21258623, 0.7151703, 0.0722005),
            SIMD3(0.01929722, 0.11918386, 0.95049713),
        ]
        for (row, want) in zip([m.0, m.1, m.2], expected) {
            #expect(((row - want) * (row - want)).sum().squareRoot() < 1e-8, "\(row), colorspacious \(want)")
        }
        let back = CS.apply(CS.xyzToLinearSRGB, CS.apply(m, SIMD3(0.2, 0.5, 0.9)))
        #expect(abs(back.x - 0.2) + abs(back.y - 0.5) + abs(back.z - 0.9) < 1e-12)
        #expect(abs(CS.apply(m, SIMD3(1, 1, 1)).y - 1) < 1e-4)
    }

    /// L* from colorspacious; white is 99.998 rather than 100 because the standard's four-digit
    /// matrix does not map white exactly onto D65.
    static let lightness: [(UInt32, Double)] = [
        (0x000000, 0), (0xFFFFFF, 99.998338591), (0x777777, 50.033493015), (0x808080, 53.584016821),
        (0x0072B2, 45.972695884), (0xD55E00, 54.186105550), (0x009E73, 57.742118040), (0xE69F00, 70.606156409),
        (0xCC79A7, 61.046146468), (0x56B4E9, 69.826086857), (0xF0E442, 89.112096168),
    ]

    @Test("L* of greys and of the Okabe–Ito colours")
    func lightnessOfKnownColours() {
        for (hex, expected) in Self.lightness {
            let l = CS.lightness(Color(hex: hex))
            #expect(abs(l - expected) < 1e-6, "\(String(hex, radix: 16)): L* \(l), colorspacious \(expected)")
        }
        #expect(abs(CS.lightness(Color(hex: 0xFFFFFF)) - 100) < 0.01)
        #expect(abs(CS.lab(Color(hex: 0x808080)).a) < 0.01 && abs(CS.lab(Color(hex: 0x808080)).b) < 0.01)
    }

    /// CIELAB of colours seen with a deficiency, from colorspacious ("sRGB1+CVD", severity 100).
    static let simulated: [(UInt32, CS.Vision, CS.Lab)] = [
        (0xD55E00, .deuteranopia, .init(57.973772, -5.689672, 64.039469)),
        (0xD55E00, .protanopia, .init(47.422964, -4.590700, 60.134576)),
        (0x009E73, .deuteranopia, .init(55.842622, -1.283963, 9.212164)),
        (0x009E73, .protanopia, .init(60.365240, -2.217345, 18.713587)),
        (0xCC79A7, .deuteranopia, .init(63.055052, 1.101541, -6.974964)),
        (0xCC79A7, .protanopia, .init(57.885273, 2.635145, -17.068536)),
        (0xFF0000, .deuteranopia, .init(59.666081, -6.000428, 70.570117)),
        (0xFF0000, .protanopia, .init(40.243334, -4.012968, 51.382364)),
        (0x0000FF, .deuteranopia, .init(28.220722, 43.705864, -112.983176)),
        (0x0000FF, .protanopia, .init(38.438660, 29.954313, -101.050051)),
    ]

    @Test("deuteranopia and protanopia (Machado et al. 2009) as colorspacious simulates them")
    func deficiency() {
        for (hex, vision, expected) in Self.simulated {
            let lab = CS.lab(Color(hex: hex), vision)
            let error = max(abs(lab.l - expected.l), abs(lab.a - expected.a), abs(lab.b - expected.b))
            #expect(error < 1e-5, "\(String(hex, radix: 16)) with \(vision): \(lab), colorspacious \(expected)")
        }
        // The simulation keeps greys grey and leaves normal vision alone.
        for vision in CS.Vision.allCases {
            for grey in [0x000000, 0x777777, 0xFFFFFF] as [UInt32] {
                let color = Color(hex: grey)
                #expect(CS.difference(color, color, vision) == 0)
                #expect(CS.ciede2000(CS.lab(color, vision), CS.lab(color)) < 0.01, "\(String(grey, radix: 16)) with \(vision)")
            }
        }
        // Pure red is the first column of each matrix.
        let red = CS.simulate(CS.linearRGB(Color(hex: 0xFF0000)), .protanopia)
        #expect(red == SIMD3(0.152286, 0.114503, -0.003882))
    }

    /// ΔE00 with normal vision, deuteranopia and protanopia, from the Python prototype (colorspacious
    /// Lab and a CIEDE2000 checked on Sharma's pairs).
    static let differences: [(UInt32, UInt32, [Double])] = [
        (0x0072B2, 0xD55E00, [49.624222, 56.977336, 51.520061]),
        (0x009E73, 0xCC79A7, [63.451988, 15.891197, 27.862316]),
        (0xE69F00, 0x56B4E9, [53.620941, 54.263363, 52.047713]),
    ]

    @Test("ΔE00 of Okabe–Ito pairs in each vision")
    func differencesOfPairs() {
        for (x, y, expected) in Self.differences {
            for (vision, want) in zip(CS.Vision.allCases, expected) {
                let d = CS.difference(Color(hex: x), Color(hex: y), vision)
                #expect(abs(d - want) < 1e-5, "\(String(x, radix: 16))–\(String(y, radix: 16)) with \(vision): \(d), expected \(want)")
            }
        }
    }

    @Test("WCAG contrast and compositing")
    func contrast() {
        #expect(abs(CS.contrastRatio(Color(hex: 0x000000), Color(hex: 0xFFFFFF)) - 21) < 1e-12)
        #expect(abs(CS.contrastRatio(Color(hex: 0x777777), Color(hex: 0xFFFFFF)) - 4.478) < 0.001)
        let half = CS.composited(Color(hex: 0x000000, alpha: 0.5), over: Color(hex: 0xFFFFFF))
        #expect(half == Color(red: 0.5, green: 0.5, blue: 0.5))
    }

    // MARK: - The pen check

    static let dashes: [[Double]] = [[], [9, 5], [2, 4], [12, 4, 2, 4], [6, 3]]

    @Test("Okabe–Ito blue and vermillion differ in hue for everyone but not in grayscale")
    func functionAndDerivativeToday() {
        let pens = [(color: Color(hex: 0x0072B2), dash: [Double]()), (color: Color(hex: 0xD55E00), dash: [16, 6])]
        let problems = seriesPenProblems(pens, background: Color(hex: 0xFFFFFF))
        #expect(problems == ["pens 0 and 1: grayscale ΔL* 8.21, below 15.00"])
        // A thinner dashed derivative is exempt from the lightness rule, not from the others.
        let widths = [(color: pens[0].color, dash: pens[0].dash, width: 2.6), (color: pens[1].color, dash: pens[1].dash, width: 1.6)]
        #expect(seriesPenProblems(widths, background: Color(hex: 0xFFFFFF)).isEmpty)
    }

    @Test("every rule reports the pair, the rule and the value")
    func problemText() {
        let white = Color(hex: 0xFFFFFF)
        // Sky blue on white is faint; this red and olive look alike without M cones and are equally light.
        let problems = seriesPenProblems(
            [(color: Color(hex: 0x56B4E9), dash: []), (color: Color(hex: 0xC84A32), dash: [9, 5]), (color: Color(hex: 0x5F7F00), dash: [2, 4])],
            background: white)
        #expect(problems.count == 2, "\(problems)")
        #expect(problems.first == "pen 0: contrast 2.31:1 against the background, below 3:1")
        let pair = problems.last ?? ""
        #expect(pair.hasPrefix("pens 1 and 2: CIEDE2000 4.36 with deuteranopia, below 10.00"), "\(pair)")
        #expect(!pair.contains("protanopia") && pair.hasSuffix("; grayscale ΔL* 0.25, below 15.00"), "\(pair)")
        // The same colour twice is reported once per rule, all on one line.
        let same = seriesPenProblems([(color: Color(hex: 0x0072B2), dash: []), (color: Color(hex: 0x0072B2), dash: [9, 5])], background: white)
        #expect(same.count == 1)
        #expect(same.first?.components(separatedBy: "; ").count == 4)
    }

    /// The proposed series pens of multi-curve figures (hex, as in the proposal). The fifth is drawn
    /// at 0.65 × the width: five series cannot all be 15 apart in L* where contrast ≥ 3 leaves some
    /// 60 units (light, print) or less (dark), so its one pair too close in lightness differs in
    /// dash and width instead.
    static let proposals: [(name: String, background: UInt32, colors: [UInt32])] = [
        ("light", 0xFFFFFF, [0x0072B2, 0xC68801, 0x01533B, 0x500036, 0xCC79A7]),
        ("dark", 0x15181C, [0x62BEF4, 0xFAED4C, 0x009E73, 0x984976, 0xEFA713]),
        ("print", 0xFFFFFF, [0x000000, 0x939393, 0x2B2B2B, 0x4D4D4D, 0x737373]),
    ]

    @Test("the proposed series pens pass for any first n of them", arguments: 0..<3)
    func proposedSeries(_ index: Int) {
        let proposal = Self.proposals[index]
        let background = Color(hex: proposal.background)
        let pens = proposal.colors.enumerated().map { i, hex in
            (color: Color(hex: hex), dash: Self.dashes[i], width: i == 4 ? 0.65 * 2.6 : 2.6)
        }
        for n in 2...pens.count {
            let problems = seriesPenProblems(Array(pens.prefix(n)), background: background)
            #expect(problems.isEmpty, "\(proposal.name), first \(n): \(problems)")
        }
        // Four pass without the exemption; the fifth needs it.
        let sameWidth = pens.map { (color: $0.color, dash: $0.dash) }
        #expect(seriesPenProblems(Array(sameWidth.prefix(4)), background: background).isEmpty)
        #expect(seriesPenProblems(sameWidth, background: background).count == 1)
    }
}
