import CCairo

/// Asks fontconfig, as Pango will, whether the fonts a run needs are installed.
public enum FontCoverage {
    /// Throws for the first of `requirements` with a character in its sample not covered by
    /// the fonts fontconfig offers for `family` (a comma-separated list, as in `Theme`),
    /// fallbacks included, so it fails exactly when Pango would draw nothing or a box.
    ///
    /// The font fontconfig matches first for `family` usually covers every character, and
    /// asking it is cheaper than building the union of all fonts (0.8 against 2.7 million
    /// instructions, callgrind, on a stock Debian with fonts-noto-cjk); the union is built
    /// only for characters it lacks.
    public static func check(_ requirements: [FontRequirement], family: String) throws(FontError) {
        guard !requirements.isEmpty else { return }
        if FontSetup.current == .lean, !FontSetup.leanHolds(family) || !named(family, cover: requirements) {
            FontSetup.useSystemConfiguration()
        }
        guard let pattern = pattern(for: family) else {
            throw FontError(uncovered: requirements[0], missing: requirements[0].sample.unicodeScalars.first ?? "A")
        }
        defer { FcPatternDestroy(pattern) }
        let wanted = requirements.flatMap { requirement in
            requirement.sample.unicodeScalars.filter(FontRequirement.isDrawn).map { (requirement, $0) }
        }
        let best = bestMatch(pattern)
        defer { if let best { FcPatternDestroy(best) } }
        let rest = wanted.filter { _, scalar in !(best.map { covers($0, scalar) } ?? false) }
        guard let (requirement, scalar) = rest.first else { return }
        guard let covered = union(pattern) else { throw FontError(uncovered: requirement, missing: scalar) }
        defer { FcCharSetDestroy(covered) }
        for (requirement, scalar) in rest where FcCharSetHasChar(covered, scalar.value) == 0 {
            throw FontError(uncovered: requirement, missing: scalar)
        }
    }

    /// Whether the fonts of the families `family` names cover every character of
    /// `requirements`. Pango takes each character from the first font of its sorted list that
    /// has it, and the named families head that list in every configuration: when they cover
    /// everything, the lean configuration draws exactly what the system's would.
    private static func named(_ family: String, cover requirements: [FontRequirement]) -> Bool {
        guard let objects = FcObjectSetCreate() else { return false }
        defer { FcObjectSetDestroy(objects) }
        _ = FcObjectSetAdd(objects, FC_CHARSET)
        var fontSets: [UnsafeMutablePointer<FcFontSet>] = []
        defer { fontSets.forEach { FcFontSetDestroy($0) } }
        var charsets: [OpaquePointer] = []
        for name in FamilyList.names(family) {
            guard let pattern = FcPatternCreate() else { return false }
            defer { FcPatternDestroy(pattern) }
            FamilyList.add(name, to: pattern)
            guard let fonts = FcFontList(nil, pattern, objects) else { continue }
            fontSets.append(fonts)
            for i in 0..<Int(fonts.pointee.nfont) {
                var charset: OpaquePointer?
                if let font = fonts.pointee.fonts[i], FcPatternGetCharSet(font, FC_CHARSET, 0, &charset) == FcResultMatch, let charset {
                    charsets.append(charset)
                }
            }
        }
        // Each character asked of each face: merging the faces' sets instead copies all of
        // Noto Sans CJK's 65 000 characters (12.6 million instructions against 0.1 million).
        return requirements.allSatisfy { requirement in
            requirement.sample.unicodeScalars.allSatisfy { scalar in
                !FontRequirement.isDrawn(scalar) || charsets.contains { FcCharSetHasChar($0, scalar.value) != 0 }
            }
        }
    }

    /// The font Pango sets text in first, where it has the glyph.
    private static func bestMatch(_ pattern: OpaquePointer) -> OpaquePointer? {
        var result = FcResultMatch
        return FcFontMatch(nil, pattern, &result)
    }

    /// Whether the font `match` has a glyph for `scalar`.
    private static func covers(_ match: OpaquePointer, _ scalar: Unicode.Scalar) -> Bool {
        var charset: OpaquePointer?
        guard FcPatternGetCharSet(match, FC_CHARSET, 0, &charset) == FcResultMatch, let charset else { return false }
        return FcCharSetHasChar(charset, scalar.value) != 0
    }

    /// The union of the characters of every font Pango could fall back to, or nil when
    /// fontconfig offers none: Pango sorts the whole font list and falls back along it.
    private static func union(_ pattern: OpaquePointer) -> OpaquePointer? {
        var result = FcResultMatch
        var charset: OpaquePointer?
        // Trimming drops fonts that add no characters: only the union is wanted.
        guard let fonts = FcFontSort(nil, pattern, 1, &charset, &result) else {
            if let charset { FcCharSetDestroy(charset) }
            return nil
        }
        FcFontSetDestroy(fonts)
        return charset
    }

    /// The pattern Pango would build for `family`, substitutions done; nil when fontconfig
    /// cannot make one.
    private static func pattern(for family: String) -> OpaquePointer? {
        guard let pattern = FcPatternCreate() else { return nil }
        for name in FamilyList.names(family) { FamilyList.add(name, to: pattern) }
        guard FcConfigSubstitute(nil, pattern, FcMatchPattern) != 0 else {
            FcPatternDestroy(pattern)
            return nil
        }
        FcDefaultSubstitute(pattern)
        return pattern
    }
}
