import ActivationMath
import Charts

/// R4, R5 and R6: several activations on shared axes, so their differences show at a glance.
enum ComparisonFigures {
    static let sigmoidVsTanh = ReportFigure(
        id: "sigmoid-vs-tanh-derivatives", requirement: "R4",
        title: LocalizedText(en: "Sigmoid and tanh derivatives compared", zh: "Sigmoid 与 tanh 的导数对比"),
        caption: LocalizedText(
            en: "The peak gradient of tanh is 1, four times sigmoid's 0.25, and tanh's outputs centre on 0. Each layer passes back a larger share of the error signal, which is why networks with tanh hidden layers usually train faster than with sigmoid.",
            zh: "tanh 的最大梯度为 1，是 sigmoid（0.25）的 4 倍，而且其输出以 0 为中心。每一层向后传回的误差信号更多，因此隐藏层使用 tanh 的网络通常比使用 sigmoid 的训练得更快。"),
        size: Size(width: 1000, height: 480),
        build: { language in
            let pair = CurveSeries.activations(["sigmoid", "tanh"])
            let series = pair.enumerated().flatMap { i, a in
                CurveSeries.series(a, range: -6...6, derivative: true, slot: i, label: "\(a.name[language])′(<i>x</i>)")
            }
            let peaks: [Series] = pair.enumerated().map { i, a in
                .markers(MarkerSeries(points: [Point(0, a.derivative(0.0, a.defaultParameters))], filled: true, slot: i))
            }
            let title = language == .en ? "Derivatives of sigmoid and tanh" : "Sigmoid 与 tanh 的导数"
            return Figure(size: Size(width: 1000, height: 480), columns: 1, panels: [
                Panel(title: title, xLabel: MathMarkup.variable("x"), yLabel: MathMarkup.derivative("f"), series: series + peaks, legend: .auto),
            ])
        })

    static let reluFamily = ReportFigure(
        id: "relu-family", requirement: "R5",
        title: LocalizedText(en: "The ReLU family", zh: "ReLU 家族"),
        caption: LocalizedText(
            en: "Left: ReLU outputs 0 for every negative input, so a unit stuck there gets no gradient (a “dead” unit). Leaky ReLU keeps a small slope α = 0.1 on the left; PReLU learns that slope (shown for α = 0.25 and 0.5). Right: ReLU6 caps the output at 6, which suits low-precision arithmetic; ELU bends smoothly towards −1; the proposed “ReLU6 + Leaky ReLU” combines a leaky left side with the cap at 6.",
            zh: "左：ReLU 对所有负输入都输出 0，停在那里的神经元得不到梯度（“死亡”神经元）。Leaky ReLU 在左侧保留一个小斜率 α = 0.1；PReLU 则学习这个斜率（图中为 α = 0.25 和 0.5）。右：ReLU6 把输出上限定为 6，适合低精度运算；ELU 平滑地弯向 −1；文中提出的“ReLU6 + Leaky ReLU”把带泄漏的左侧与上限 6 结合在一起。"),
        size: Size(width: 1200, height: 520),
        build: { language in
            func curve(_ id: String, _ parameter: (String, Double)?, slot: Int, label: String) -> [Series] {
                guard let a = CurveSeries.activations([id]).first else { return [] }
                let p = parameter.map { CurveSeries.parameters(a, $0.0, $0.1) }
                return CurveSeries.series(a, parameters: p, range: -4...8, slot: slot, label: label)
            }
            let left = curve("relu", nil, slot: 0, label: "ReLU")
                + curve("leaky-relu", ("alpha", 0.1), slot: 1, label: "Leaky ReLU, α = 0.1")
                + curve("prelu", ("alpha", 0.25), slot: 2, label: "PReLU, α = 0.25")
                + curve("prelu", ("alpha", 0.5), slot: 3, label: "PReLU, α = 0.5")
            let right = curve("relu6", nil, slot: 0, label: "ReLU6")
                + curve("elu", nil, slot: 4, label: "ELU, α = 1")
                + curve("leaky-relu6", ("alpha", 0.1), slot: 1, label: language == .en ? "ReLU6 + Leaky ReLU, α = 0.1" : "ReLU6 + Leaky ReLU，α = 0.1")
            let titles = language == .en
                ? ("ReLU, Leaky ReLU and PReLU", "ReLU6, ELU and ReLU6 + Leaky ReLU")
                : ("ReLU、Leaky ReLU 与 PReLU", "ReLU6、ELU 与 ReLU6 + Leaky ReLU")
            return Figure(size: Size(width: 1200, height: 520), columns: 2, panels: [
                Panel(title: titles.0, xLabel: MathMarkup.variable("x"), yLabel: MathMarkup.function("f"), series: left, legend: .auto),
                Panel(title: titles.1, xLabel: MathMarkup.variable("x"), yLabel: MathMarkup.function("f"), series: right, legend: .auto),
            ])
        })

    static let smoothRelus = ReportFigure(
        id: "smooth-relus", requirement: "R6",
        title: LocalizedText(en: "Smooth relatives of ReLU", zh: "ReLU 的平滑变体"),
        caption: LocalizedText(
            en: "Swish (x·σ(x)) and GELU (x·Φ(x)) follow ReLU for large |x| but are smooth at 0 and dip slightly below zero for negative inputs, so their derivatives change gradually instead of jumping. Hard-Swish replaces the sigmoid in Swish by a piecewise-linear ramp: nearly the same curve, much cheaper on mobile hardware, with kinks at ±3.",
            zh: "Swish（x·σ(x)）和 GELU（x·Φ(x)）在 |x| 较大时与 ReLU 一致，但在 0 附近是光滑的，负输入时略低于 0，因此导数是逐渐变化而不是突变。Hard-Swish 用分段线性的斜坡代替 Swish 中的 sigmoid：曲线几乎相同，在移动设备上计算便宜得多，只是在 ±3 处有折点。"),
        size: Size(width: 1200, height: 520),
        build: { language in
            let ids = ["relu", "swish", "hard-swish", "gelu"]
            let all = CurveSeries.activations(ids)
            func panel(derivative: Bool) -> Panel {
                let series = all.enumerated().flatMap { i, a in
                    CurveSeries.series(a, range: -5...5, derivative: derivative, slot: i, label: a.name[language])
                }
                let title = derivative
                    ? (language == .en ? "Derivatives" : "导数图像") : (language == .en ? "Functions" : "函数图像")
                let y = derivative ? MathMarkup.derivative("f") : MathMarkup.function("f")
                return Panel(title: title, xLabel: MathMarkup.variable("x"), yLabel: y, series: series, legend: .auto)
            }
            return Figure(size: Size(width: 1200, height: 520), columns: 2, panels: [panel(derivative: false), panel(derivative: true)])
        })
}
