import ActivationMath
import Charts

/// R7: softmax on the documents' own inputs, and its derivative, which is a matrix.
enum SoftmaxFigures {
    /// Document 000's ten scores and document 002's seven.
    static let courseScores = [0.2, 0.02, 0.15, 0.15, 1.3, 0.5, 0.06, 1.1, 0.05, 3.75]
    static let exampleScores = [-3.0, -2, -1, 0, 1, 2, 3]

    static let probabilities = ReportFigure(
        id: "softmax-probabilities", requirement: "R7",
        title: LocalizedText(en: "Softmax turns scores into probabilities", zh: "Softmax 把分数变成概率"),
        caption: LocalizedText(
            en: "Left: the ten scores of the PyTorch course notes; right: the scores −3 … 3 of the TensorFlow examples. Each bar is the probability softmax assigns, printed on the bar; they sum to 1. The exponential rewards the largest score disproportionately: 3.75 takes 74 % although it is only about three times the next score.",
            zh: "左：PyTorch 课程笔记中的十个分数；右：TensorFlow 示例中的分数 −3 … 3。每根柱子是 softmax 给出的概率，数值印在柱上，总和为 1。指数运算会不成比例地偏向最大分数：3.75 虽然只比次大分数大约三倍，却占了 74% 的概率。"),
        size: Size(width: 1200, height: 520),
        build: { language in
            let en = language == .en
            func panel(_ scores: [Double], decimals: Int, title: String) -> Panel {
                Panel(
                    title: title, xLabel: en ? "score <i>x</i><sub>i</sub>" : "分数 <i>x</i><sub>i</sub>",
                    yLabel: en ? "probability" : "概率",
                    x: Axis(categories: scores.map { NumberText.short($0) }), y: Axis(limits: 0...1, padding: 0),
                    series: [.bars(BarSeries(values: Softmax.values(scores), slot: 0, valueLabels: .decimals(decimals)))])
            }
            return Figure(size: Size(width: 1200, height: 520), columns: 2, panels: [
                panel(courseScores, decimals: 4, title: en ? "Ten scores (PyTorch course)" : "十个分数（PyTorch 课程）"),
                panel(exampleScores, decimals: 3, title: en ? "Scores −3 … 3 (TensorFlow examples)" : "分数 −3 … 3（TensorFlow 示例）"),
            ])
        })

    static let jacobian = ReportFigure(
        id: "softmax-jacobian", requirement: "R7",
        title: LocalizedText(en: "The derivative of softmax is a matrix", zh: "Softmax 的导数是一个矩阵"),
        caption: LocalizedText(
            en: "Softmax maps a vector to a vector, so its derivative is the Jacobian ∂sᵢ/∂xⱼ = sᵢ(δᵢⱼ − sⱼ), that is diag(s) − s sᵀ, shown for the scores −3 … 3. Raising one score raises its own probability (positive diagonal) and lowers every other (negative off-diagonal); each row sums to 0 because the probabilities always sum to 1.",
            zh: "Softmax 把向量映射为向量，所以它的导数是雅可比矩阵 ∂sᵢ/∂xⱼ = sᵢ(δᵢⱼ − sⱼ)，即 diag(s) − s sᵀ，图中为分数 −3 … 3 的情形。提高某个分数会提高它自己的概率（对角线为正），并降低其他所有概率（非对角线为负）；由于概率之和恒为 1，每一行的和都是 0。"),
        size: Size(width: 900, height: 720),
        build: { language in
            let labels = exampleScores.map { NumberText.short($0) }
            let map = HeatMap(values: Softmax.jacobian(exampleScores), decimals: 3, colorBarLabel: "∂<i>s</i><sub>i</sub>/∂<i>x</i><sub>j</sub>")
            let en = language == .en
            let panel = Panel.heatMap(
                map, title: en ? "Jacobian of softmax at <i>x</i> = (−3, …, 3)" : "softmax 在 <i>x</i> = (−3, …, 3) 处的雅可比矩阵",
                rowLabels: labels, columnLabels: labels,
                xLabel: en ? "input <i>x</i><sub>j</sub>" : "输入 <i>x</i><sub>j</sub>",
                yLabel: en ? "output <i>s</i><sub>i</sub>" : "输出 <i>s</i><sub>i</sub>")
            return Figure(size: Size(width: 900, height: 720), columns: 1, panels: [panel])
        })
}
