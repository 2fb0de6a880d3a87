import ActivationMath
import Charts

/// Everything the page template shows, in the run's language. The template decides layout; this
/// decides content, so a user's restyled template gets the same words and numbers.
struct PageContext {
    /// The words of the run's language.
    let strings: Strings
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

    /// The file a page shows of a figure: SVG where written, else PNG, else none (a browser
    /// cannot show a PDF as an image).
    static func shownImage(_ files: [Manifest.File]) -> Manifest.File? {
        files.first { $0.format == "svg" } ?? files.first { $0.format == "png" }
    }

    func dictionary() -> [String: Any] {
        let s = strings
        var toc: [[String: String]] = sections.map { ["anchor": $0.id, "label": $0.heading(s)] }
        toc.append(["anchor": "catalogue", "label": s("page.catalogue.heading")])
        if !earlier.isEmpty { toc.append(["anchor": "earlier", "label": s("page.earlier.heading")]) }
        var page: [String: Any] = [
            "htmlLang": s("page.lang"),
            "version": Version.current,
            "title": s("page.title"),
            "lead": s("page.lead"),
            "tocLabel": s("page.toc"),
            "conventionsHeading": s("page.conventions.heading"),
            "conventions": s.list("page.conventions"),
            "sections": sections.map(section),
            "catalogueHeading": s("page.catalogue.heading"),
            "activations": activations.map(activation),
            "filesLabel": s("page.files"),
            "footer": s("page.footer", ["version": Version.current]),
        ]
        if let seeds {
            toc += [
                ["anchor": "properties", "label": s("properties.heading")],
                ["anchor": "values", "label": s("values.toc")],
                ["anchor": "choosing", "label": s("choosing.heading")],
            ]
            page["properties"] = [
                "heading": s("properties.heading"),
                // The catalogue states its facts for the defaults; --param changes only figures.
                "intro": s("properties.intro"),
                "headers": PropertiesTable.headers(s),
                "rows": PropertiesTable.rows(s),
            ]
            page["values"] = ValueTables.context(seeds, strings: s)
            page["choosing"] = ChoosingGuide.context(s)
        }
        if !earlier.isEmpty {
            page["earlier"] = [
                "heading": s("page.earlier.heading"),
                "intro": s("page.earlier.intro"),
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
        var section: [String: Any] = [
            "id": s.id, "heading": s.heading(strings), "intro": s.intro(strings),
            "sourcesLabel": strings("page.sources"),
            "figures": s.figures.map { f in
                image(f.id).merging([
                    "id": f.id, "title": f.title(strings), "caption": f.caption(strings), "alt": f.title(strings),
                    "titleSentence": strings("page.figure-title", ["title": f.title(strings)]),
                ]) { a, _ in a }
            },
        ]
        // Only a section about one function (softmax) has a note and sources; mustache shows an
        // empty text's section, so absent keys, not empty ones.
        if let about = s.about {
            section["note"] = strings("activation.\(about).note")
            section["sources"] = strings("activation.\(about).sources")
        }
        return section
    }

    private func activation(_ a: any Activation) -> [String: Any] {
        let name = strings.name(of: a)
        let p = a.properties
        let computed = ComputedProperties.compute(for: a, parameters: parameters[a.id] ?? a.defaultParameters)
        let values = parameters[a.id] ?? a.defaultParameters
        // The catalogue states ranges for the default parameters only; say so when the figure
        // uses others, rather than print a range the curve beside it does not have.
        let defaults = values == a.defaultParameters
        let qualified = { (text: String) in defaults ? text : strings("activation.with-defaults", ["value": text]) }
        var facts: [[String: String]] = []
        if !a.parameters.isEmpty {
            facts.append(["label": strings("activation.fact.parameters"), "value": parameterText(a, values)])
        }
        facts += [
            ["label": strings("activation.fact.range"), "value": qualified(p.range)],
            ["label": strings("activation.fact.derivative-range"), "value": qualified(p.derivativeRange)],
            ["label": strings("activation.fact.kinks"), "value": PropertiesTable.kinkConvention(a, strings, parameters: values)],
            ["label": strings("activation.fact.at-zero"), "value": PropertiesTable.atZero(computed, strings)],
            ["label": strings("activation.fact.mean"), "value": PropertiesTable.meanText(computed.meanOutput)],
            ["label": strings("activation.fact.symmetry"), "value": strings(computed.isOdd ? "activation.odd" : "activation.not-odd")],
            ["label": "PyTorch", "value": p.pytorch ?? "—"],
        ]
        var entry = image(a.id).merging([
            "id": a.id, "name": name, "formula": a.formula.value, "derivative": a.formula.derivative,
            "alt": strings.figureAlt(a),
            "caption": strings("activation.figure.caption", ["name": name]),
            "sourcesLabel": strings("page.sources"),
            "facts": facts,
        ]) { a, _ in a }
        // A user's formula has no note and no sources; the catalogue's entries all do.
        if a.displayName == nil {
            entry["note"] = strings("activation.\(a.id).note")
            entry["sources"] = strings("activation.\(a.id).sources")
        }
        return entry
    }

    /// A figure an earlier run left: its recorded title and alt text, image and file links.
    private func earlierFigure(_ files: [Manifest.File]) -> [String: Any] {
        var figure: [String: Any] = [
            "id": files.first?.figure ?? "", "title": files.first?.title ?? "",
            // Recorded in the language of the run that drew it: no full stop of this page's language.
            "titleSentence": files.first?.title ?? "",
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
            let (relation, text) = ProseNumber.of(value)
            let filled = ["name": spec.name, "relation": relation, "value": text, "default": ProseNumber.text(spec.defaultValue)]
            return strings(value == spec.defaultValue ? "activation.parameter" : "activation.parameter-changed", filled)
        }.joined(separator: strings("page.list-separator"))
    }
}
