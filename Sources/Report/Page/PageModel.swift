/// The page as the template sees it: a tree of plain values whose property names are the
/// template's `{{names}}`, so renaming one is a compile error here and a visible change there,
/// never a silently empty field. swift-mustache reads the properties by reflection.
///
/// Optional texts and models are nil when the page has none: mustache shows the section of an
/// empty text, so absence is the only reliable "no".
struct PageModel {
    let htmlLang: String
    let version: String
    let title: String
    let lead: String
    /// The words of the link that skips to the main content: the first thing a keyboard reaches.
    let skipLink: String
    let tocLabel: String
    let toc: [TocEntry]
    let conventionsHeading: String
    let conventions: [String]
    let sections: [SectionModel]
    let catalogueHeading: String
    let activations: [ActivationModel]
    let earlier: EarlierModel?
    let properties: PropertiesModel?
    let values: ValuesModel?
    let choosing: ChoosingModel?
    let footer: String
    /// The stylesheet itself, for a self-contained page; nil links `style.css`.
    let inlineStyle: String?
}

/// One line of the contents.
struct TocEntry {
    let anchor: String
    let label: String
}

/// A link to one written file of a figure.
struct FileLink {
    let path: String
    let format: String
}

/// The image a figure shows and the files it was written to.
struct FigureImage {
    /// A path or, for a self-contained page, a data URI; empty where only a PDF was written.
    let image: String
    let width: Int
    let height: Int
    /// Versions a browser picks by media query: phone, dark scheme, print.
    let variants: [PictureSource]
    let files: [FileLink]
}

/// One `<source>` of a figure's `<picture>`.
struct PictureSource {
    /// The media query that selects it.
    let media: String
    /// A path or a data URI.
    let image: String
    let width: Int
    let height: Int
}

/// A section of the report's own figures.
struct SectionModel {
    let id: String
    let heading: String
    let intro: String
    /// What the function the section is about is for (softmax), and where that comes from.
    let note: String?
    let sources: String?
    let sourcesLabel: String
    let figures: [FigureModel]
}

/// One report figure with its title and caption.
struct FigureModel {
    let id: String
    let title: String
    /// The title as a sentence in the page's language, ended by its own full stop.
    let titleSentence: String
    let caption: String
    let alt: String
    let image: String
    let width: Int
    let height: Int
    /// The page variants of the image, as `<source>` elements.
    let variants: [PictureSource]
    let files: [FileLink]
}

/// One activation's entry: note, formulas, figure and facts.
struct ActivationModel {
    let id: String
    let name: String
    let note: String?
    let sources: String?
    let sourcesLabel: String
    /// MathML, rendered unescaped: built from the catalogue by the MathML writer, which escapes.
    let formula: String
    let derivative: String
    let alt: String
    let caption: String
    let image: String
    let width: Int
    let height: Int
    /// The page variants of the image, as `<source>` elements.
    let variants: [PictureSource]
    let files: [FileLink]
    let facts: [Fact]
}

/// A labelled fact under an activation's figure.
struct Fact {
    let label: String
    let value: String
}

/// Figures earlier runs left in the folder.
struct EarlierModel {
    let heading: String
    let intro: String
    let figures: [EarlierFigure]
}

/// A figure an earlier run left, with the title it was recorded with.
struct EarlierFigure {
    let id: String
    let title: String
    let titleSentence: String
    let files: [FileLink]
    let picture: Picture?
}

/// The image of an earlier figure.
struct Picture {
    let image: String
    let width: Int
    let height: Int
    let alt: String
}

/// The properties table.
struct PropertiesModel {
    let heading: String
    let intro: String
    /// The columns split into tables that each fit a laptop's page.
    let tables: [PropertiesTableModel]
}

/// One of the properties tables: the activation's name, then some of the columns.
struct PropertiesTableModel {
    /// `formulas`, `behaviour` or `frameworks`, a class name for the stylesheet.
    let kind: String
    let caption: String
    let headers: [String]
    let rows: [PropertiesTableRow]
}

/// One activation's row of one properties table.
struct PropertiesTableRow {
    let id: String
    let name: String
    let cells: [PropertyCell]
}

/// One cell with its column's header, which a phone shows beside it in a card.
struct PropertyCell {
    let label: String
    /// Plain text, escaped by the template; nil for a formula.
    let text: String?
    /// MathML, rendered unescaped (the MathML writer escapes); nil for text.
    let math: String?
}

/// One activation's row of all the properties, before it is split into the page's tables.
struct PropertiesRow {
    let id: String
    let name: String
    let formula: String
    let derivative: String
    let cells: [String]
}

/// The documents' printed numbers beside actplot's.
struct ValuesModel {
    let heading: String
    let intro: String
    let columns: [String]
    let tables: [ValueTable]
}

/// One document's printed outputs for one function.
struct ValueTable {
    let title: String
    let source: String
    let rows: [ValueRow]
}

/// One printed value and actplot's.
struct ValueRow {
    let x: String
    let printed: String
    let ours: String
    let mark: String
    /// `agree` or `differ`, a class name for the stylesheet.
    let status: String
}

/// The choosing guide.
struct ChoosingModel {
    let heading: String
    let hiddenHeading: String
    let hidden: [String]
    let outputHeading: String
    let output: [String]
    let modernHeading: String
    let modern: [String]
    let modernSources: String
    let sourcesLabel: String
}
