import Charts

/// The two layouts teachers ask for, as one option: figures for a projected slide and for a
/// printed handout. Each sets size, text and theme; options given beside it win.
public enum FigurePreset: String, Sendable, CaseIterable {
    /// 16:9 at 1600 × 900 with text 1.5 times the usual size: tick labels of 22 px are about
    /// 1.4 % of the slide's width, readable from the back of a lecture hall.
    case slide
    /// A4's width (794 px at 96 per inch, so a PDF is 595 pt wide, the page itself) at
    /// 794 × 320, in the print theme, whose curves differ by dash and grey.
    case handout

    /// The figure size at scale 1.
    public var size: Size {
        switch self {
        case .slide: Size(width: 1600, height: 900)
        case .handout: Size(width: 794, height: 320)
        }
    }

    /// The text size multiplier.
    public var textScale: Double {
        switch self {
        case .slide: 1.5
        case .handout: 1
        }
    }

    /// The theme.
    public var theme: Theme.Name {
        switch self {
        case .slide: .light
        case .handout: .print
        }
    }
}
