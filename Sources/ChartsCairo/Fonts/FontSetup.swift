import CCairo
import Charts
import Dispatch
import Foundation

/// Loads fontconfig's configuration once, in the background, before the first figure needs it,
/// and loads only what figures use.
///
/// The system's configuration is some 35 XML files of aliases, language preferences and
/// rendering rules; reading them is 17 million instructions on a stock Debian install
/// (callgrind), the whole start-up of a short run. A figure names its fonts (`Theme.fontFamily`)
/// and sets its own rendering options (`PangoTextLayout.configure`), so of all those rules it
/// needs only where the fonts are and the synthetic oblique and bold styles. The lean
/// configuration below has just that: the system's font and cache folders (Debian's
/// `fonts.conf`), the user's and the administrator's own configuration files, and a copy of
/// fontconfig's stock `90-synthetic.conf`. It reads in 0.8 million instructions, from the same
/// font caches.
///
/// The aliases matter only to a character none of the named families has, which Pango then
/// takes from a font the configuration prefers. `FontCoverage.check` looks at every character
/// a run draws first and, when one of them falls outside the named families, replaces the lean
/// configuration with the system's (`useSystemConfiguration()`), before any text is laid out.
/// `FONTCONFIG_FILE` or `FONTCONFIG_PATH` in the environment also selects the system's.
///
/// Loading starts while the command line is still being checked, on a thread of its own, and
/// everything that asks fontconfig or Pango anything waits for it first (`ready()`).
public enum FontSetup {
    /// The configuration fontconfig uses.
    public enum Configuration: Sendable {
        /// The lean one: font folders and synthetic styles only.
        case lean
        /// The system's whole configuration.
        case system
    }

    /// The folders and rules of the lean configuration. The folders are those Debian's
    /// `/etc/fonts/fonts.conf` names, and the user's files those its `50-user.conf` includes;
    /// `local.conf` is the administrator's, which `51-local.conf` includes; the two `match`
    /// rules are fontconfig's `90-synthetic.conf`.
    static let leanFolders = """
        <?xml version="1.0"?>
        <fontconfig>
          <dir>/usr/share/fonts</dir>
          <dir>/usr/local/share/fonts</dir>
          <dir prefix="xdg">fonts</dir>
          <dir>~/.fonts</dir>
          <cachedir>/var/cache/fontconfig</cachedir>
          <cachedir prefix="xdg">fontconfig</cachedir>
          <cachedir>~/.fontconfig</cachedir>
          <include ignore_missing="yes" prefix="xdg">fontconfig/conf.d</include>
          <include ignore_missing="yes" prefix="xdg">fontconfig/fonts.conf</include>
          <include ignore_missing="yes">~/.fonts.conf.d</include>
          <include ignore_missing="yes">~/.fonts.conf</include>
          <include ignore_missing="yes">/etc/fonts/local.conf</include>
          <match target="font">
            <test name="slant"><const>roman</const></test>
            <test target="pattern" name="slant" compare="not_eq"><const>roman</const></test>
            <edit name="matrix" mode="assign">
              <times><name>matrix</name><matrix><double>1</double><double>0.2</double><double>0</double><double>1</double></matrix></times>
            </edit>
            <edit name="slant" mode="assign"><const>oblique</const></edit>
            <edit name="embeddedbitmap" mode="assign"><bool>false</bool></edit>
          </match>
          <match target="font">
            <test name="weight" compare="less_eq"><const>medium</const></test>
            <test target="pattern" name="weight" compare="more_eq"><const>bold</const></test>
            <edit name="embolden" mode="assign"><bool>true</bool></edit>
            <edit name="weight" mode="assign"><const>bold</const></edit>
          </match>
        </fontconfig>
        """

    /// What `current` says, and the families a lean configuration holds (nil: all installed
    /// fonts); written by the loading thread before it leaves `loading`, and by
    /// `useSystemConfiguration()`, under `lock`.
    nonisolated(unsafe) private static var loaded = Configuration.system
    nonisolated(unsafe) private static var families: String?
    /// Whether `loading` has been made: `families` is then fixed.
    nonisolated(unsafe) private static var loadingStarted = false
    private static let lock = NSLock()

    /// Entered until the configuration is loaded; made, and the load started, on first use.
    private static let loading: DispatchGroup = {
        let group = DispatchGroup()
        group.enter()
        let wanted = lock.withLock {
            loadingStarted = true
            return families
        }
        DispatchQueue.global(qos: .userInitiated).async {
            let lean = loadLean(families: wanted)
            if !lean { _ = FcInit() }
            lock.withLock { loaded = lean ? .lean : .system }
            group.leave()
        }
        return group
    }()

    /// The lean configuration's text, holding only the fonts of `families` (a comma-separated
    /// list) when given: the rest of the installed fonts are rejected before they are loaded.
    /// Pango then sorts a handful of fonts for each size and style instead of every installed
    /// one (15 million instructions for one figure with the 52 fonts of a stock Debian), which
    /// changes nothing drawn as long as those families cover every character, as
    /// `FontCoverage.check` makes sure.
    static func leanConfiguration(families: String?) -> String {
        guard let families else { return leanFolders }
        let accepted = FamilyList.names(families).map { name in
            "<pattern><patelt name=\"family\"><string>\(escapeXML(name))</string></patelt></pattern>"
        }
        let select = "<selectfont><rejectfont><pattern/></rejectfont><acceptfont>\(accepted.joined())</acceptfont></selectfont>\n"
        // Before the closing tag, which ends `leanFolders`.
        return String(leanFolders.dropLast("</fontconfig>".count)) + select + "</fontconfig>"
    }

    /// Makes the lean configuration fontconfig's current one; false when the environment names
    /// a configuration of its own or fontconfig refuses it.
    private static func loadLean(families: String?) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        guard environment["FONTCONFIG_FILE"] == nil, environment["FONTCONFIG_PATH"] == nil, let config = FcConfigCreate() else {
            return false
        }
        defer { FcConfigDestroy(config) }  // FcConfigSetCurrent holds a reference of its own.
        let text = leanConfiguration(families: families)
        let parsed = text.withCString { c in
            c.withMemoryRebound(to: FcChar8.self, capacity: text.utf8.count + 1) { FcConfigParseAndLoadFromMemory(config, $0, 0) }
        }
        return parsed != 0 && FcConfigBuildFonts(config) != 0 && FcConfigSetCurrent(config) != 0
    }

    /// Loads the graphics libraries, then starts loading the font configuration in the
    /// background and returns. `families`, the comma-separated list the run's figures name,
    /// limits the lean configuration to those families' fonts; it has no effect once loading
    /// has started.
    public static func start(families: String? = nil) throws(GraphicsLibraryError) {
        try GraphicsLibraries.load()
        lock.withLock { if !loadingStarted { Self.families = families } }
        _ = loading
    }

    /// Returns once the font configuration is loaded, starting the load if nothing has.
    /// Call before the first fontconfig or Pango call of a run, and after `start()` before the
    /// process exits, on every path: a thread still inside fontconfig while the process tears
    /// itself down can crash it (seen as SIGILL when a refused run exited at once).
    public static func ready() {
        loading.wait()
    }

    /// The configuration in use, once `ready()` has returned.
    public static var current: Configuration {
        ready()
        return lock.withLock { loaded }
    }

    /// Whether a lean configuration holds every font of `family` (a comma-separated list): it
    /// holds all installed fonts, or those of exactly these families.
    static func leanHolds(_ family: String) -> Bool {
        ready()
        return lock.withLock { families == nil || families == family }
    }

    /// Replaces the lean configuration with the system's whole one, for text with characters
    /// outside the named families. Call before any text is laid out: a Pango font map keeps the
    /// configuration it was made with.
    static func useSystemConfiguration() {
        ready()
        lock.withLock {
            guard loaded == .lean else { return }
            if let config = FcInitLoadConfigAndFonts() {
                _ = FcConfigSetCurrent(config)
                FcConfigDestroy(config)
            }
            loaded = .system
        }
    }
}
