// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Dossier",
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "DossierKit", targets: ["DossierKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibedit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Wrappers for libedit's variadic calls, its character reader and the
        // shell's signal handlers, which Swift cannot write directly.
        .target(
            name: "CLibeditShim",
            dependencies: ["CLibedit"]
        ),
        .target(
            name: "DossierKit",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Lexicon/Data")],
            // Release builds skip the run-time exclusivity checks (debug
            // builds and tests keep them): they cost a tenth of extraction.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierKit",
                "CLibedit",
                "CLibeditShim",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "dossier-bench",
            dependencies: ["DossierKit"],
            path: "Benchmarks/Sources/dossier-bench"
        ),
        .testTarget(
            name: "DossierKitTests",
            dependencies: ["DossierKit"]
        ),
    ]
)
