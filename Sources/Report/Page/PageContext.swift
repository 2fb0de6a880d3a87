import ActivationMath
import Charts

/// Everything the page template shows, in the run's language. The template decides layout; this
/// decides content, so a user's restyled template gets the same words and numbers.
struct PageContext {
    let language: Language
    let activations: [any Activation]
    /// The parameters each activation is drawn with, by id; absent means its defaults.
    var parameters: [String: ParameterValues] = [:]
    /// Files written per figure id, in format order.
    let files: [String: [Manifest.File]]
    let sections: [FigureSection]
    let seeds: SeedValues?
    /// Data URIs by file path, for a self-contained page; empty links the files instead.
    var inlineImages: [String: String] = [:]
    /// The stylesheet to embed in a self-contained page.
    var inlineStyle: String?
    /// Figures earlier runs left in the folder that this run did not draw, each with its files:
    /// shown with the title and alt text they were recorded with.
    var earlier: [[Manifest.File]] = []

    var en: Bool { language == .en }

    /// "Sigmoid: function and derivative" in the run's language.
    static func figureTitle(_ activation: any Activation, _ language: Language) -> String {
        let name = activation.name[language]
        return language == .en ? "\(name): function and derivative" : "\(name) 函数图像与导数图像"
    }

    /// "Sigmoid: function (left) and derivative (right)", the image's text alternative.
    static func figureAlt(_ activation: any Activation, _ language: Language) -> String {
        let name = activation.name[language]
        return language == .en ? "\(name): function (left) and derivative (right)" : "\(name)：函数图像（左）与导数图像（右）"
    }

    /// The file a page shows of a figure: SVG where written, else PNG, else none (a browser
    /// cannot show a PDF as an image).
    static func shownImage(_ files: [Manifest.File]) -> Manifest.File? {
        files.first { $0.format == "svg" } ?? files.first { $0.format == "png" }
    }

    func dictionary() -> [String: Any] {
        var toc: [[String: String]] = sections.map { ["anchor": $0.id, "label": $0.heading[language]] }
        toc.append(["anchor": "catalogue", "label": en ? "Every activation" : "全部激活函数"])
        if !earlier.isEmpty { toc.append(["anchor": "earlier", "label": earlierHeading]) }
        var page: [String: Any] = [
            "htmlLang": en ? "en" : "zh-CN",
            "version": Version.current,
            "title": en ? "Activation functions and their derivatives" : "激活函数及其导数",
            "lead": en
                ? "Every activation function drawn beside its derivative, with formulas, properties and the numbers the source documents printed, checked."
                : "每个激活函数都与其导数并排绘制，并附有公式、性质，以及对源文档所印数值的核对。",
            "tocLabel": en ? "Contents" : "目录",
            "conventionsHeading": en ? "How to read the figures" : "如何阅读这些图",
            "conventions": en
                ? ["The function is drawn on the left in blue, its derivative on the right in vermillion, on the same x range.",
                   "Where a curve jumps, it is broken rather than joined by a vertical line: a filled dot marks the value taken at the point, a hollow dot the other one-sided limit.",
                   "At a kink the derivative is undefined; the figures and tables use the value PyTorch's autograd uses (for example ReLU′(0) = 0, Leaky ReLU′(0) = α)."]
                : ["左图（蓝色）为函数图像，右图（朱红色）为导数图像，横轴范围相同。",
                   "曲线跳跃处断开，而不是用竖线连接：实心点表示该点实际取的值，空心点表示另一侧的极限。",
                   "在折点处导数没有定义；图和表采用 PyTorch 自动求导所用的值（例如 ReLU′(0) = 0，Leaky ReLU′(0) = α）。"],
            "sections": sections.map(section),
            "catalogueHeading": en ? "Every activation" : "全部激活函数",
            "activations": activations.map(activation),
            "filesLabel": en ? "Files:" : "文件：",
            "footer": en ? "Made with actplot \(Version.current)." : "由 actplot \(Version.current) 生成。",
        ]
        if let seeds {
            toc += [
                ["anchor": "properties", "label": en ? "Properties" : "性质一览"],
                ["anchor": "values", "label": en ? "The documents' numbers" : "文档中的数值"],
                ["anchor": "choosing", "label": en ? "Choosing an activation" : "如何选择激活函数"],
            ]
            page["properties"] = [
                "heading": en ? "Properties" : "性质一览",
                // The catalogue states its facts for the defaults; --param changes only figures.
                "intro": en
                    ? "Every activation with its default parameters, the values PyTorch uses unless stated."
                    : "下表均为各激活函数在默认参数下的性质（除另有说明外，默认值与 PyTorch 相同）。",
                "headers": PropertiesTable.headers(language),
                "rows": PropertiesTable.rows(language),
            ]
            page["values"] = ValueTables.context(seeds, language: language)
            page["choosing"] = ChoosingGuide.context(language)
        }
        if !earlier.isEmpty {
            page["earlier"] = [
                "heading": earlierHeading,
                "intro": en
                    ? "Figures that earlier runs wrote into this folder, shown with the titles they were drawn with."
                    : "此前写入本文件夹的图，标题保留绘制时的原样。",
                "figures": earlier.map(earlierFigure),
            ]
        }
        page["toc"] = toc
        if let inlineStyle { page["inlineStyle"] = inlineStyle }
        return page
    }

    private func image(_ id: String) -> [String: Any] {
        let written = files[id] ?? []
        let shown = written.first { $0.format == "svg" } ?? written.first { $0.format == "png" } ?? written.first
        return [
            "image": shown.map { inlineImages[$0.path] ?? $0.path } ?? "", "width": shown?.width ?? 0, "height": shown?.height ?? 0,
            "files": written.map { ["path": $0.path, "format": $0.format.uppercased()] },
        ]
    }

    private func section(_ s: FigureSection) -> [String: Any] {
        [
            "id": s.id, "heading": s.heading[language], "intro": s.intro[language],
            "figures": s.figures.map { f in
                image(f.id).merging([
                    "id": f.id, "title": f.title[language], "caption": f.caption[language], "alt": f.title[language],
                ]) { a, _ in a }
            },
        ]
    }

    private func activation(_ a: any Activation) -> [String: Any] {
        let name = a.name[language]
        let p = a.properties
        let values = parameters[a.id] ?? a.defaultParameters
        // The catalogue states ranges for the default parameters only; say so when the figure
        // uses others, rather than print a range the curve beside it does not have.
        let defaults = values == a.defaultParameters
        let qualified = { (text: String) in defaults ? text : text + (en ? " with the default parameters" : "（默认参数时）") }
        var facts: [[String: String]] = []
        if !a.parameters.isEmpty {
            facts.append(["label": en ? "Parameters" : "参数", "value": parameterText(a, values)])
        }
        facts += [
            ["label": en ? "Range" : "值域", "value": qualified(p.range)],
            ["label": en ? "Derivative range" : "导数取值范围", "value": qualified(p.derivativeRange)],
            ["label": en ? "Derivative at kinks" : "折点处的导数", "value": PropertiesTable.kinkConvention(a, language, parameters: values)],
            ["label": "PyTorch", "value": p.pytorch ?? "—"],
        ]
        return image(a.id).merging([
            "id": a.id, "name": name, "formula": a.formula.value, "derivative": a.formula.derivative,
            "alt": Self.figureAlt(a, language),
            "caption": en ? "\(name) on the left, its derivative on the right." : "左：\(name) 函数图像；右：导数图像。",
            "facts": facts,
        ]) { a, _ in a }
    }

    private var earlierHeading: String { en ? "Other figures in this folder" : "本文件夹中的其他图" }

    /// A figure an earlier run left: its recorded title and alt text, image and file links.
    private func earlierFigure(_ files: [Manifest.File]) -> [String: Any] {
        var figure: [String: Any] = [
            "id": files.first?.figure ?? "", "title": files.first?.title ?? "",
            "files": files.map { ["path": $0.path, "format": $0.format.uppercased()] },
        ]
        if let shown = Self.shownImage(files) {
            figure["picture"] = [
                "image": inlineImages[shown.path] ?? shown.path, "width": shown.width, "height": shown.height, "alt": shown.alt,
            ]
        }
        return figure
    }

    /// "alpha = 0.2 (default 0.01)": each parameter as typed on the command line, with its
    /// default where the figure uses another value.
    private func parameterText(_ a: any Activation, _ values: ParameterValues) -> String {
        a.parameters.map { spec in
            let value = values[spec.name]
            let text = "\(spec.name) = \(NumberText.short(value))"
            guard value != spec.defaultValue else { return text }
            return text + (en ? " (default \(NumberText.short(spec.defaultValue)))" : "（默认 \(NumberText.short(spec.defaultValue))）")
        }.joined(separator: en ? ", " : "，")
    }
}
