// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "PlanAlign",
    products: [
        .library(name: "PlanAlignKit", targets: ["PlanAlignKit"]),
        .executable(name: "planalign", targets: ["planalign"]),
    ],
    targets: [
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        .executableTarget(name: "MappingsEmbedder"),
        .plugin(name: "EmbedMappingsPlugin", capability: .buildTool(), dependencies: ["MappingsEmbedder"], path: "Sources/EmbedMappingsPlugin"),
        .target(name: "PlanAlignKit", dependencies: ["CZlib", "CMalloc"], plugins: ["EmbedMappingsPlugin"]),
        .target(name: "PlanAlignCLI", dependencies: ["PlanAlignKit"]),
        .executableTarget(name: "planalign", dependencies: ["PlanAlignCLI"]),
        .executableTarget(name: "planalign-benchmark", dependencies: ["PlanAlignKit"], path: "Sources/PlanAlignBenchmark"),
        .testTarget(
            name: "PlanAlignKitTests",
            dependencies: ["PlanAlignKit", "PlanAlignCLI"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
