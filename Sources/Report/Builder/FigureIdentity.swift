import ActivationMath

/// What a figure is, whatever language, theme or parameters it was drawn with: a run replaces
/// the files of a figure with the same identity and refuses to overwrite those of another.
///
/// In `manifest.json` it is an object with `kind` and either `id` (`{"kind": "activation",
/// "id": "relu"}`, `{"kind": "report", "id": "gallery"}`) or, for an `--expr` function,
/// `expression` and `name` as given (`{"kind": "expression", "expression": "max(0,x)^2",
/// "name": "ReLU²"}`): the same command again is the same identity, another formula or name
/// that happens to give the same file name is not.
public struct FigureIdentity: Codable, Sendable, Hashable {
    /// Where a figure comes from.
    public enum Kind: String, Codable, Sendable {
        /// A catalogue activation's function | derivative figure.
        case activation
        /// One of the report's own figures, drawn by `--all`.
        case report
        /// A user's `--expr` function.
        case expression
    }

    /// Where the figure comes from.
    public var kind: Kind
    /// The catalogue or report figure id; nil for an expression.
    public var id: String?
    /// The expression as typed; nil for the other kinds, and for a figure recorded by an
    /// actplot that did not record identities, which then matches no new expression.
    public var expression: String?
    /// The expression's name as shown in its title.
    public var name: String?

    /// A catalogue activation's figure.
    public static func activation(_ id: String) -> FigureIdentity { FigureIdentity(kind: .activation, id: id) }

    /// A report figure.
    public static func report(_ id: String) -> FigureIdentity { FigureIdentity(kind: .report, id: id) }

    /// The identity of the figure drawn for `activation`.
    static func of(_ activation: any Activation) -> FigureIdentity {
        guard let custom = activation as? ExpressionActivation else { return .activation(activation.id) }
        return FigureIdentity(kind: .expression, expression: custom.expression.source, name: custom.name)
    }

    /// What a manifest without identities most likely meant by figure `id`: a catalogue id or
    /// report figure id is taken as that, anything else as an expression whose formula is
    /// unknown.
    static func inferred(figure id: String, title: String) -> FigureIdentity {
        if Catalogue.all.contains(where: { $0.id == id }) { return .activation(id) }
        if FigureSection.all.contains(where: { $0.figures.contains { $0.id == id } }) { return .report(id) }
        return FigureIdentity(kind: .expression, name: title)
    }

    /// The figure in words, for an error message: "the catalogue's relu", "the --expr
    /// 'max(0,x)^2' named 'ReLU²'".
    var description: String {
        switch kind {
        case .activation: "the catalogue's \(id ?? "")"
        case .report: "the report figure \(id ?? "")"
        case .expression:
            if let expression { "the --expr '\(expression)' named '\(name ?? "")'" } else { "an --expr figure titled '\(name ?? "")'" }
        }
    }
}
