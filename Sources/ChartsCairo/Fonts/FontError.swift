/// Text that no installed font can draw: the run stops rather than write a blank or boxed figure.
public struct FontError: Error, CustomStringConvertible {
    /// The one-line explanation, naming what is missing and what to install.
    public let description: String

    /// No font covers `requirement`'s sample; `missing` is the first character not covered.
    init(uncovered requirement: FontRequirement, missing: Unicode.Scalar) {
        let hex = "U+" + String(missing.value, radix: 16, uppercase: true)
        if requirement.script == "title" {
            description = "no font covers '\(missing)' (\(hex)) in a figure title (tried '\(requirement.family)'); install \(requirement.remedy)"
        } else {
            description = "no font covers \(requirement.script) text (tried '\(requirement.family)'); install \(requirement.remedy)"
        }
    }

    /// Pango found no glyph for part of `text` while drawing: a font the check passed lacks
    /// some character of it.
    init(unknownGlyphsIn text: String) {
        description = "no font has a glyph for part of the figure text '\(text)'; install fonts-noto-core or fonts-noto-cjk"
    }
}
