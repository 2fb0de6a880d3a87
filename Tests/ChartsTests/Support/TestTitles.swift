import ActivationMath

@testable import Charts

/// Figures for tests drawn without the report, titled as the report titles them in English and
/// Chinese, so golden images and layout checks see realistic text.
extension ActivationFigure {
    /// Names the tests' activations go by; others use their id.
    static let testNames: [String: (en: String, zh: String)] = [
        "sigmoid": ("Sigmoid", "Sigmoid"), "relu": ("ReLU", "ReLU"), "tanh": ("Tanh", "双曲正切 tanh"),
        "test-ramp": ("Ramp", "Ramp"), "test-step": ("Step", "阶跃"), "test-shrink": ("Shrink", "Shrink"),
        "gelu-tanh": ("GELU (tanh approximation)", "GELU（tanh 近似）"), "swish": ("Swish (SiLU)", "Swish（SiLU）"),
    ]

    /// A figure of `activation` with panel titles in `language`.
    static func tested(
        _ activation: any Activation, parameters: ParameterValues? = nil, range: ClosedRange<Double>? = nil,
        samples: Int = 1000, language: Language = .en, size: Size = Size(width: 1200, height: 480),
        overlays: ActivationOverlays = ActivationOverlays(), typeScale: Double = 1
    ) -> ActivationFigure {
        let names = testNames[activation.id] ?? (activation.displayName ?? activation.id, activation.displayName ?? activation.id)
        let name = escapeXML(language == .en ? names.en : names.zh)
        let titles =
            language == .en
            ? PanelTitles(function: "\(name) function", derivative: "\(name) derivative")
            : PanelTitles(function: "\(name) 函数图像", derivative: "\(name) 导数图像")
        return ActivationFigure(
            activation, parameters: parameters, range: range, samples: samples, titles: titles, size: size,
            overlays: overlays, typeScale: typeScale)
    }
}
