// swift-tools-version: 6.1
import PackageDescription

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
            dependencies: [.product(name: "RealModule", package: "swift-numerics")]
        ),
        // Cairo and Pango through pkg-config; only ChartsCairo imports it.
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        // A Pango renderer that reports glyphs and their positions, for the direct SVG writer.
        .target(name: "CGlyphCapture", dependencies: ["CCairo"]),
        // libdeflate: the CRC-32 and Adler-32 checksums of the PNG writer, and the independent
        // decoder its tests check against.
        .systemLibrary(name: "CDeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"])]),
        // Layer 2: the figure model, layout and painting onto the `Canvas` protocol; pure Swift,
        // so the build itself keeps painting code away from C.
        .target(name: "Charts", dependencies: ["ActivationMath"]),
        // The backend: the Cairo/Pango canvas, the font checks and the encoders (PNG, SVG, PDF).
        // The one place that touches C.
        .target(name: "ChartsCairo", dependencies: ["Charts", "ActivationMath", "CCairo", "CGlyphCapture", "CDeflate"]),
        // Layer 3: which figures exist and the HTML page around them.
        .target(
            name: "Report",
            dependencies: [
                "ActivationMath", "Charts", "ChartsCairo",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedTemplates"]
        ),
        // glibc's mallopt, for the command's allocator tuning.
        .systemLibrary(name: "CMalloc"),
        .executableTarget(
            name: "actplot",
            dependencies: [
                "ActivationMath", "Charts", "ChartsCairo", "Report", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
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
        .target(name: "TestSupport", dependencies: ["CCairo"], path: "Tests/TestSupport"),
        .testTarget(
            name: "ActivationMathTests",
            dependencies: [
                "ActivationMath",
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
            exclude: ["Golden"]
        ),
        .testTarget(name: "ReportTests", dependencies: ["Report", "Charts", "ChartsCairo", "ActivationMath"]),
        .testTarget(
            name: "actplotTests",
            dependencies: [
                "actplot", "ActivationMath", "Charts", "Report", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
    ]
)
