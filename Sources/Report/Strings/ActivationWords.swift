import ActivationMath
import Charts

/// The words around one activation's figure, from the catalogue of the run's language.
extension Strings {
    /// "Sigmoid: function and derivative": the figure's title in the manifest and the page.
    func figureTitle(_ activation: any Activation) -> String {
        self("activation.figure.title", ["name": name(of: activation)])
    }
}

extension PanelTitles {
    /// "Sigmoid function" and "Sigmoid derivative" as Pango markup, the name escaped.
    static func of(_ activation: any Activation, _ strings: Strings) -> PanelTitles {
        let name = escapeXML(strings.name(of: activation))
        return PanelTitles(
            function: strings("activation.panel.function", ["name": name]),
            derivative: strings("activation.panel.derivative", ["name": name]))
    }
}
