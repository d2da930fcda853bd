import Foundation
@testable import DossierKit

/// Paths inside the package, found from this file's location.
enum Package {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func path(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }

    /// `../shared` beside the package, when it is there.
    static var shared: String? {
        let p = ((root as NSString).deletingLastPathComponent as NSString).appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: p) ? p : nil
    }

    static let fixture: Corpus = CorpusLoader.load([path("Tests/Fixtures/corpus")]).corpus
}

/// Runs statements against a corpus and returns stdout-like text and error lines.
func run(_ text: String, on corpus: Corpus = Package.fixture, format: OutputFormat = .table) -> (output: String, errors: [String], warnings: [String]) {
    let session = Session(corpus: corpus)
    session.format = format
    let source = SourceText(text: text)
    let sink = CollectingOutput(format: format, source: source)
    session.run(source, output: sink)
    return (sink.text, sink.errors, sink.warnings)
}

/// A corpus from JSON Lines text.
func corpus(_ jsonl: String) -> (Corpus, [InputDiagnostic]) {
    var loader = CorpusLoader()
    loader.addJSONLines(Array(jsonl.utf8), file: "test.jsonl")
    return loader.finish()
}
