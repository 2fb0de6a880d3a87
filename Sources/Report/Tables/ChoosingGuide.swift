import ActivationMath

/// R13: which activation to reach for, as the documents advise, in both languages.
enum ChoosingGuide {
    static func context(_ language: Language) -> [String: Any] {
        let en = language == .en
        return [
            "heading": en ? "Choosing an activation" : "如何选择激活函数",
            "hiddenHeading": en ? "Hidden layers" : "隐藏层",
            "hidden": en
                ? ["Start with ReLU: cheap, and it does not saturate for positive inputs.",
                   "If many units die (output 0 for every input), switch to Leaky ReLU or PReLU.",
                   "Prefer tanh to sigmoid: it is centred on 0 and its gradient is four times larger.",
                   "Avoid sigmoid in deep stacks: its gradient vanishes within a few layers."]
                : ["优先使用 ReLU：计算便宜，对正输入不饱和。",
                   "如果大量神经元“死亡”（对任何输入都输出 0），改用 Leaky ReLU 或 PReLU。",
                   "tanh 优于 sigmoid：它以 0 为中心，梯度是 sigmoid 的四倍。",
                   "深层网络中避免使用 sigmoid：几层之内梯度就会消失。"],
            "outputHeading": en ? "Output layer" : "输出层",
            "output": en
                ? ["Binary classification: sigmoid, one probability.",
                   "Multi-class classification: softmax, probabilities that sum to 1.",
                   "Regression: identity (no activation)."]
                : ["二分类：sigmoid，输出一个概率。",
                   "多分类：softmax，输出和为 1 的一组概率。",
                   "回归：恒等函数（不使用激活函数）。"],
        ]
    }
}
