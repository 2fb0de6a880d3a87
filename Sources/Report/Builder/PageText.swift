import ActivationMath
import Charts

/// The words of the page and the template contexts that carry them, in both languages.
enum PageText {
    static func page(sections: [[String: Any]], language: Language) -> [String: Any] {
        let en = language == .en
        return [
            "htmlLang": en ? "en" : "zh-CN",
            "version": Version.current,
            "title": en ? "Activation functions and their derivatives" : "激活函数及其导数",
            "lead": en
                ? "Each function is drawn beside its derivative. Jumps are shown as breaks: a filled dot marks the value used at the point, a hollow dot the other one-sided limit. At a kink the derivative takes the value PyTorch's autograd uses."
                : "每个函数与其导数并排绘制。跳跃处曲线断开：实心点表示该点实际取的值，空心点表示另一侧的极限。在折点处，导数取 PyTorch 自动求导所用的值。",
            "tocLabel": en ? "Contents" : "目录",
            "footer": en ? "Made with actplot \(Version.current)." : "由 actplot \(Version.current) 生成。",
            "activations": sections,
        ]
    }

    static func section(_ activation: any Activation, files: [Manifest.File], language: Language) -> [String: Any] {
        let en = language == .en
        let name = activation.name[language]
        let image = files.first { $0.format == "svg" } ?? files.first { $0.format == "png" } ?? files.first
        return [
            "id": activation.id,
            "name": name,
            "formula": activation.formula.value,
            "derivative": activation.formula.derivative,
            "image": image?.path ?? "",
            "width": image?.width ?? 0,
            "height": image?.height ?? 0,
            "alt": en ? "\(name): function (left) and derivative (right)" : "\(name)：函数图像（左）与导数图像（右）",
            "caption": en ? "\(name) on the left, its derivative on the right. Files:" : "左：\(name) 函数图像；右：导数图像。文件：",
            "files": files.map { ["path": $0.path, "format": $0.format.uppercased()] },
        ]
    }
}

/// The version printed by `--version` and stamped into the page.
public enum Version {
    /// Semantic version of this build.
    public static let current = "0.1.0"
}
