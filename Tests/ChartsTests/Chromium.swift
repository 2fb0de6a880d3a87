import Foundation

/// Headless Chromium as an independent SVG renderer for tests (installed by `setup.sh --test`).
enum Chromium {
    static let executable: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// A screenshot of `svg` at `width`×`height` CSS pixels, as PNG bytes; nil if Chromium fails.
    static func screenshot(svg: [UInt8], width: Int, height: Int) throws -> [UInt8]? {
        try screenshot(svg, named: "figure.svg", width: width, height: height)
    }

    /// A screenshot of `document`, read as a file called `name` (whose extension says what it
    /// is), at `width`×`height` CSS pixels, as PNG bytes; nil if Chromium fails.
    static func screenshot(_ document: [UInt8], named name: String, width: Int, height: Int) throws -> [UInt8]? {
        guard let executable else { return nil }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actplot-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent(name), output = folder.appendingPathComponent("shot.png")
        try Data(document).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
            "--screenshot=\(output.path)", "--window-size=\(width),\(height)", input.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (try? Data(contentsOf: output)).map { Array($0) }
    }
}
