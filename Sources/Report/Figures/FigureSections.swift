import ActivationMath

/// The report's figure sections in page order, each with its introduction; the per-activation
/// pairs (R1) and the tables are placed by the page itself.
public struct FigureSection: Sendable {
    /// The id of the section a name on the command line draws on its own (`softmax`), if any.
    public static func id(drawing name: String) -> String? {
        Softmax.matches(name) ? "softmax" : nil
    }

    let id: String
    let figures: [ReportFigure]
    /// The function a section is about when it has no pair figure of its own (softmax): its
    /// note and sources are shown with the section.
    var about: String?

    /// The section's heading, from `section.<id>.heading`.
    func heading(_ strings: Strings) -> String { strings("section.\(id).heading") }
    /// Its introduction, from `section.<id>.intro`.
    func intro(_ strings: Strings) -> String { strings("section.\(id).intro") }

    static let all: [FigureSection] = [
        FigureSection(
            id: "why", figures: [WhyNonlinearity.figure, VanishingGradient.figure]),
        FigureSection(
            id: "sigmoid-tanh", figures: [SaturationFigures.sigmoid, SaturationFigures.tanh, ComparisonFigures.sigmoidVsTanh]),
        FigureSection(
            id: "relu-and-relatives", figures: [ComparisonFigures.reluFamily, ComparisonFigures.smoothRelus]),
        FigureSection(
            id: "softmax", figures: [SoftmaxFigures.probabilities, SoftmaxFigures.jacobian], about: Softmax.id),
        FigureSection(
            id: "overview", figures: [Gallery.figure]),
    ]
}
