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
        let own = files.filter { $0.variant == nil }
        return own.first { $0.format == "svg" } ?? own.first { $0.format == "png" }
    }

    /// The page's content as the template sees it.
    func model() -> PageModel {
        let s = strings
        // Quadrature over every formula costs milliseconds: once per activation, shared by its
        // facts and, where it is drawn with its defaults, its row of the properties table.
        var computed: [String: ComputedProperties] = [:]
        for a in activations where computed[a.id] == nil {
            computed[a.id] = ComputedProperties.compute(for: a, parameters: parameters[a.id] ?? a.defaultParameters)
        }
        let atDefaults = { (a: any Activation) in
            (parameters[a.id] ?? a.defaultParameters) == a.defaultParameters ? computed[a.id] : nil
        }
        var toc = sections.map { TocEntry(anchor: $0.id, label: $0.heading(s)) }
        toc.append(TocEntry(anchor: "catalogue", label: s("page.catalogue.heading")))
        if !earlier.isEmpty { toc.append(TocEntry(anchor: "earlier", label: s("page.earlier.heading"))) }
        if seeds != nil {
            toc += [
                TocEntry(anchor: "properties", label: s("properties.heading")),
                TocEntry(anchor: "values", label: s("values.toc")),
                TocEntry(anchor: "choosing", label: s("choosing.heading")),
            ]
        }
        return PageModel(
            htmlLang: s("page.lang"), version: Version.current, title: s("page.title"), lead: s("page.lead"), skipLink: s("page.skip-link"),
            tocLabel: s("page.toc"), toc: toc,
            conventionsHeading: s("page.conventions.heading"), conventions: s.list("page.conventions"),
            sections: sections.map(section), catalogueHeading: s("page.catalogue.heading"),
            activations: activations.map { activation($0, computed[$0.id] ?? ComputedProperties.compute(for: $0)) },
            earlier: earlier.isEmpty
                ? nil
                : EarlierModel(heading: s("page.earlier.heading"), intro: s("page.earlier.intro"), figures: earlier.map(earlierFigure)),
            // The catalogue states its facts for the defaults; --param changes only figures.
            properties: seeds.map { _ in
                PropertiesModel(
                    heading: s("properties.heading"), intro: s("properties.intro"),
                    tables: PropertiesTable.tables(s, rows: PropertiesTable.rows(s) { atDefaults($0) ?? ComputedProperties.compute(for: $0) }))
            },
            values: seeds.map { ValueTables.model($0, strings: s) },
            choosing: seeds.map { _ in ChoosingGuide.model(s) },
            footer: s("page.footer", ["version": Version.current]),
            inlineStyle: inlineStyle)
    }

    /// The image a figure shows (SVG where written, else PNG), the page variants a browser may
    /// pick instead (phone, dark, print), and its file links (the figure's own files only).
    private func image(_ id: String) -> FigureImage {
        let all = files[id] ?? []
        let written = all.filter { $0.variant == nil }
        let shown = written.first { $0.format == "svg" } ?? written.first { $0.format == "png" } ?? written.first
        let sources = PageVariant.sourceOrder.compactMap { variant -> PictureSource? in
            guard let shown, let file = all.first(where: { $0.variant == variant.rawValue && $0.format == shown.format }) else { return nil }
            let below = PageVariant.narrowViewport(width: shown.width, tickPixels: shown.tickLabelPixels ?? 14.5)
            return PictureSource(
                media: variant.media(narrowBelow: below), image: inlineImages[file.path] ?? file.path, width: file.width, height: file.height)
        }
        return FigureImage(
            image: shown.map { inlineImages[$0.path] ?? $0.path } ?? "", width: shown?.width ?? 0, height: shown?.height ?? 0,
            variants: sources, files: written.map { FileLink(path: $0.path, format: $0.format.uppercased()) })
    }

    private func section(_ s: FigureSection) -> SectionModel {
        SectionModel(
            id: s.id, heading: s.heading(strings), intro: s.intro(strings),
            // Only a section about one function (softmax) has a note and sources.
            note: s.about.map { strings("activation.\($0).note") }, sources: s.about.map { strings("activation.\($0).sources") },
            sourcesLabel: strings("page.sources"),
            figures: s.figures.map { f in
                let shown = image(f.id), title = f.title(strings)
                return FigureModel(
                    id: f.id, title: title, titleSentence: strings("page.figure-title", ["title": title]), caption: f.caption(strings),
                    alt: files[f.id]?.first?.alt ?? f.alt(strings), image: shown.image, width: shown.width, height: shown.height,
                    variants: shown.variants, files: shown.files)
            })
    }

    private func activation(_ a: any Activation, _ computed: ComputedProperties) -> ActivationModel {
        let name = strings.name(of: a)
        let p = a.properties
        let values = parameters[a.id] ?? a.defaultParameters
        // The catalogue states ranges for the default parameters only; say so when the figure
        // uses others, rather than print a range the curve beside it does not have.
        let defaults = values == a.defaultParameters
        let qualified = { (text: String) in defaults ? text : strings("activation.with-defaults", ["value": text]) }
        var facts: [Fact] = []
        if !a.parameters.isEmpty {
            facts.append(Fact(label: strings("activation.fact.parameters"), value: parameterText(a, values)))
        }
        facts += [
            Fact(label: strings("activation.fact.range"), value: qualified(p.range)),
            Fact(label: strings("activation.fact.derivative-range"), value: qualified(p.derivativeRange)),
            Fact(label: strings("activation.fact.kinks"), value: PropertiesTable.kinkConvention(a, strings, parameters: values)),
            Fact(label: strings("activation.fact.at-zero"), value: PropertiesTable.atZero(computed, strings)),
            Fact(label: strings("activation.fact.mean"), value: PropertiesTable.meanText(computed.meanOutput)),
            Fact(label: strings("activation.fact.symmetry"), value: strings(computed.isOdd ? "activation.odd" : "activation.not-odd")),
            Fact(label: "PyTorch", value: p.pytorch ?? "—"),
        ]
        let shown = image(a.id)
        // A user's formula has no note and no sources; the catalogue's entries all do.
        let catalogued = a.displayName == nil
        return ActivationModel(
            id: a.id, name: name, note: catalogued ? strings("activation.\(a.id).note") : nil,
            sources: catalogued ? strings("activation.\(a.id).sources") : nil, sourcesLabel: strings("page.sources"),
            formula: MathMLWriter.markup(a.formula.value), derivative: MathMLWriter.markup(a.formula.derivative),
            // The alt text the figure was drawn with (its range, its formula's breaks), as in the manifest.
            alt: files[a.id]?.first?.alt ?? strings.figureAlt(a, figure: ActivationFigure(a, parameters: values)),
            caption: strings("activation.figure.caption", ["name": name]),
            image: shown.image, width: shown.width, height: shown.height, variants: shown.variants, files: shown.files, facts: facts)
    }

    /// A figure an earlier run left: its recorded title and alt text, image and file links.
    private func earlierFigure(_ files: [Manifest.File]) -> EarlierFigure {
        let title = files.first?.title ?? ""
        return EarlierFigure(
            // Recorded in the language of the run that drew it: no full stop of this page's language.
            id: files.first?.figure ?? "", title: title, titleSentence: title,
            files: files.filter { $0.variant == nil }.map { FileLink(path: $0.path, format: $0.format.uppercased()) },
            picture: Self.shownImage(files).map { shown in
                Picture(image: inlineImages[shown.path] ?? shown.path, width: shown.width, height: shown.height, alt: shown.alt)
            })
    }

    /// "alpha = 0.2 (default 0.01)": each parameter as typed on the command line, with its
    /// default where the figure uses another value.
    private func parameterText(_ a: any Activation, _ values: ParameterValues) -> String {
        a.parameters.map { spec in
            let value = values[spec.key]
            let (relation, text) = ProseNumber.of(value)
            let filled = ["name": spec.name, "relation": relation, "value": text, "default": ProseNumber.text(spec.defaultValue)]
            return strings(value == spec.defaultValue ? "activation.parameter" : "activation.parameter-changed", filled)
        }.joined(separator: strings("page.list-separator"))
    }
}
