import ActivationMath

/// R13: which activation to reach for, as the documents advise, and what is done today beyond
/// them, each under its own heading so a reader can tell which is which.
enum ChoosingGuide {
    static func model(_ strings: Strings) -> ChoosingModel {
        ChoosingModel(
            heading: strings("choosing.heading"),
            hiddenHeading: strings("choosing.hidden.heading"), hidden: strings.list("choosing.hidden"),
            outputHeading: strings("choosing.output.heading"), output: strings.list("choosing.output"),
            modernHeading: strings("choosing.modern.heading"), modern: strings.list("choosing.modern"),
            modernSources: strings("choosing.modern.sources"), sourcesLabel: strings("page.sources"))
    }
}
