import Foundation
import Testing
@testable import DossierKit

/// Inputs the fuzzer found (and its seeds) run through every stage without
/// crashing, and every one ends in a result or a diagnostic.
@Suite struct FuzzRegressionTests {
    static let inputs: [String] = ["Tests/Fuzz/regressions", "Tests/Fuzz/seeds"].flatMap { dir in
        ((try? FileManager.default.contentsOfDirectory(atPath: Package.path(dir))) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted().map { "\(dir)/\($0)" }
    }

    @Test(arguments: inputs)
    func replay(_ relative: String) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Package.path(relative))))
        let text = String(decoding: bytes, as: UTF8.self)
        let session = Session(corpus: Package.fixture)
        let source = SourceText(text: text)
        let sink = CollectingOutput(format: .table, source: source)
        let ok = session.run(source, output: sink, stopOnError: false)
        #expect(ok || !sink.errors.isEmpty)
        var loader = CorpusLoader()
        loader.addJSONLines(bytes, file: relative)
        _ = loader.finish()
    }
}
