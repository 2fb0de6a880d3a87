import ActivationMath

/// The report's figure sections in page order, each with its introduction; the per-activation
/// pairs (R1) and the tables are placed by the page itself.
public struct FigureSection: Sendable {
    /// The id of the section a name on the command line draws on its own (`softmax`), if any.
    public static func id(drawing name: String) -> String? {
        let normalized = Catalogue.normalized(name)
        return ([Softmax.id] + Softmax.aliases).contains(normalized) ? "softmax" : nil
    }

    let id: String
    let heading: LocalizedText
    let intro: LocalizedText
    let figures: [ReportFigure]

    static let all: [FigureSection] = [
        FigureSection(
            id: "why", heading: LocalizedText(en: "Why activation functions", zh: "为什么需要激活函数"),
            intro: LocalizedText(
                en: "An activation function transforms each layer's output and is what lets a network model curved relationships at all. It must also let the error signal flow back through many layers during training.",
                zh: "激活函数对每一层的输出做变换，正是它让网络能够表示弯曲的关系。它还必须让误差信号在训练时能够穿过许多层向后传播。"),
            figures: [WhyNonlinearity.figure, VanishingGradient.figure]),
        FigureSection(
            id: "sigmoid-tanh", heading: LocalizedText(en: "Sigmoid and tanh", zh: "Sigmoid 与 tanh"),
            intro: LocalizedText(
                en: "The two classic S-shaped activations. Both flatten out for large inputs — they saturate — and there their gradients all but vanish.",
                zh: "两种经典的 S 形激活函数。输入较大时二者都会变平——即饱和——此时梯度几乎为零。"),
            figures: [SaturationFigures.sigmoid, SaturationFigures.tanh, ComparisonFigures.sigmoidVsTanh]),
        FigureSection(
            id: "relu-and-relatives", heading: LocalizedText(en: "ReLU and its relatives", zh: "ReLU 及其变体"),
            intro: LocalizedText(
                en: "ReLU is cheap, does not saturate for positive inputs and makes many outputs exactly zero (sparse activations). Its relatives fix its weak spot, the zero gradient for negative inputs, or smooth its corner.",
                zh: "ReLU 计算便宜，对正输入不饱和，并使许多输出恰好为 0（稀疏激活）。它的各种变体要么修补其弱点——负输入时梯度为 0——要么把折角变得平滑。"),
            figures: [ComparisonFigures.reluFamily, ComparisonFigures.smoothRelus]),
        FigureSection(
            id: "softmax", heading: LocalizedText(en: "Softmax", zh: "Softmax"),
            intro: LocalizedText(
                en: "Softmax is the output activation for multi-class classification: it turns a vector of scores into probabilities that are positive and sum to 1.",
                zh: "Softmax 是多分类任务的输出层激活函数：它把一组分数变成全为正、总和为 1 的概率。"),
            figures: [SoftmaxFigures.probabilities, SoftmaxFigures.jacobian]),
        FigureSection(
            id: "overview", heading: LocalizedText(en: "Gallery", zh: "图集"),
            intro: LocalizedText(
                en: "Many other activation functions are in use. Here is every one in the catalogue; each has its own figure, formula and properties further down.",
                zh: "实际使用的激活函数还有很多。这里列出目录中的每一个；下文给出每个函数的大图、公式和性质。"),
            figures: [Gallery.figure]),
    ]
}
