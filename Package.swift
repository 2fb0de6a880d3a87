// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// Cairo's, Pango's and fontconfig's flags from pkg-config (`--cflags` or `--libs`).
///
/// Read here rather than through a system library's `pkgConfig`, which would also link the
/// libraries into the command: actplot loads them only when it first draws (CGraphicsLoader),
/// and a library on the link line is mapped at start-up whether it is called or not. Empty when
/// pkg-config is missing; scripts/setup.sh installs it with the libraries' -dev packages.
func graphicsFlags(_ kind: String) -> [String] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["pkg-config", kind, "pangocairo", "fontconfig"]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return [] }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return [] }
    // -pthread is implied by Swift's own link and refused in package flags.
    return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace).map(String.init)
        .filter { $0 != "-pthread" }
}

let graphicsCFlags = graphicsFlags("--cflags")
/// For code that imports CCairo, directly or through ChartsCairo's interface.
let graphicsHeaders: [SwiftSetting] = [.unsafeFlags(graphicsCFlags.flatMap { ["-Xcc", $0] })]
let graphicsHeadersC: [CSetting] = [.unsafeFlags(graphicsCFlags)]

let package = Package(
    name: "actplot",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "actplot", targets: ["actplot"]),
        .library(name: "ActivationMath", targets: ["ActivationMath"]),
        .library(name: "Charts", targets: ["Charts"]),
        .library(name: "ChartsCairo", targets: ["ChartsCairo"]),
        .library(name: "Report", targets: ["Report"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    ],
    targets: [
        // Layer 1: the mathematics, no drawing.
        .target(
            name: "ActivationMath",
            dependencies: ["CNumberText", "CFusedMultiplyAdd", .product(name: "RealModule", package: "swift-numerics")]
        ),
        // The fused multiply-add double-word arithmetic is built on, inlined where the processor has it.
        .target(name: "CFusedMultiplyAdd", dependencies: ["CProcessorFeatures"]),
        // Whether the processor has FMA and AVX2, read from glibc once before `main`.
        .target(name: "CProcessorFeatures"),
        // C's printf conversions of one double, without Swift's variadic boxing.
        .target(name: "CNumberText"),
        // Cairo's and Pango's headers (found with graphicsFlags); only ChartsCairo imports it. It
        // links nothing: the functions come from CGraphicsLoader's stubs.
        .systemLibrary(name: "CCairo"),
        // The Cairo, Pango, GLib and fontconfig functions actplot calls, as stubs that load those
        // libraries on first use: a command that draws nothing never maps them. Hidden, so that
        // the libraries, once loaded, never call each other through them.
        .target(
            name: "CGraphicsLoader",
            dependencies: ["CCairo"],
            cSettings: [.unsafeFlags(graphicsCFlags + ["-fvisibility=hidden"])]
        ),
        // A Pango renderer that reports glyphs and their positions, for the direct SVG writer.
        .target(name: "CGlyphCapture", dependencies: ["CCairo"], cSettings: graphicsHeadersC),
        // Pixels to PNG scanlines, vectorized by the C compiler.
        .target(name: "CScanlines", dependencies: ["CProcessorFeatures"]),
        // libdeflate: the CRC-32 and Adler-32 checksums of the PNG writer, and the independent
        // decoder its tests check against; linked from its archive (see its module map).
        .systemLibrary(name: "CDeflate"),
        // Layer 2: the figure model, layout and painting onto the `Canvas` protocol; pure Swift,
        // so the build itself keeps painting code away from C.
        .target(name: "Charts", dependencies: ["ActivationMath"]),
        // The backend: the Cairo/Pango canvas, the font checks and the encoders (PNG, SVG, PDF).
        // The one place that touches C.
        .target(
            name: "ChartsCairo",
            dependencies: ["Charts", "ActivationMath", "CCairo", "CGraphicsLoader", "CGlyphCapture", "CScanlines", "CDeflate"],
            swiftSettings: graphicsHeaders
        ),
        // Layer 3: which figures exist and the HTML page around them.
        .target(
            name: "Report",
            dependencies: [
                "ActivationMath", "Charts", "ChartsCairo",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: graphicsHeaders,
            plugins: ["EmbedTemplates"]
        ),
        // glibc's mallopt, for the command's allocator tuning.
        .systemLibrary(name: "CMalloc"),
        .executableTarget(
            name: "actplot",
            dependencies: [
                "ActivationMath", "Charts", "ChartsCairo", "Report", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: graphicsHeaders
        ),
        // Builds the top-level templates/ folder into the Report module, so the binary
        // works from any directory while templates/ stays the one copy users edit.
        .executableTarget(name: "embed-templates", path: "Sources/EmbedTemplatesTool"),
        .plugin(
            name: "EmbedTemplates",
            capability: .buildTool(),
            dependencies: ["embed-templates"]
        ),
        // What the tests of several targets share: a PNG decoder independent of the encoder
        // under test. A plain target, so no library carries it.
        // The tests call Cairo directly too, so they link it.
        .target(
            name: "TestSupport",
            dependencies: ["CCairo"],
            path: "Tests/TestSupport",
            swiftSettings: graphicsHeaders,
            linkerSettings: [.unsafeFlags(graphicsFlags("--libs"))]
        ),
        .testTarget(
            name: "ActivationMathTests",
            dependencies: [
                "ActivationMath",
                "CProcessorFeatures",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "ChartsTests",
            dependencies: [
                "Charts", "ChartsCairo", "ActivationMath", "TestSupport", "CCairo", "CDeflate",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Golden"],
            swiftSettings: graphicsHeaders
        ),
        .testTarget(
            name: "ReportTests",
            dependencies: [
                "Report", "Charts", "ChartsCairo", "ActivationMath",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: graphicsHeaders
        ),
        .testTarget(
            name: "actplotTests",
            dependencies: [
                "actplot", "ActivationMath", "Charts", "Report", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: graphicsHeaders
        ),
    ]
)
