import ActivationMath
import Testing
@testable import Charts

@Suite("Chinese panel titles")
struct ZhTitleTests {
    @Test("titles read as the documents write them, without a space after a full-width bracket")
    func titles() {
        let plain = ActivationFigure.titles(for: LocalizedText("Sigmoid"), language: .zh)
        #expect(plain.function == "Sigmoid 函数图像")
        #expect(plain.derivative == "Sigmoid 导数图像")
        let bracketed = ActivationFigure.titles(for: LocalizedText(en: "GELU (tanh)", zh: "GELU（tanh 近似）"), language: .zh)
        #expect(bracketed.function == "GELU（tanh 近似）函数图像")
        let english = ActivationFigure.titles(for: LocalizedText("ReLU"), language: .en)
        #expect(english.function == "ReLU function" && english.derivative == "ReLU derivative")
    }
}
