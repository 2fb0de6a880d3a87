import ActivationMath

/// R13: which activation to reach for, as the documents advise.
enum ChoosingGuide {
    static func context(_ strings: Strings) -> [String: Any] {
        [
            "heading": strings("choosing.heading"),
            "hiddenHeading": strings("choosing.hidden.heading"),
            "hidden": strings.list("choosing.hidden"),
            "outputHeading": strings("choosing.output.heading"),
            "output": strings.list("choosing.output"),
        ]
    }
}
