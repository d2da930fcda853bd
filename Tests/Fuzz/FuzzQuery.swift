// libFuzzer entry point, compiled together with the library's sources by
// fuzz.sh (not a package target). Each input runs as a query script over the
// fixture corpus, and as Dossier JSON Lines through the loader.
import Foundation

nonisolated(unsafe) var fuzzCorpus: Corpus?

final class DiscardingOutput: SessionOutput {
    func result(_ relation: Relation, _ corpus: Corpus) {
        _ = ResultRenderer(format: .table, width: 80).render(relation, corpus: corpus)
    }
    func diagnostics(_ items: [Diagnostic], _ source: SourceText) {
        for d in items { _ = DiagnosticRenderer().render(d, in: source) }
    }
    func inputDiagnostic(_ item: InputDiagnostic) {}
    func message(_ text: String) {}
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    if fuzzCorpus == nil {
        let path = ProcessInfo.processInfo.environment["DOSSIER_FUZZ_CORPUS"] ?? "Tests/Fixtures/corpus"
        fuzzCorpus = CorpusLoader.load([path]).corpus
    }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let text = String(decoding: bytes, as: UTF8.self)
    // Dot commands would touch files; the language is what is fuzzed here.
    if !text.contains(".open"), !text.contains(".read") {
        let session = Session(corpus: fuzzCorpus!)
        session.run(SourceText(text: text), output: DiscardingOutput(), stopOnError: false)
    }
    _ = Completeness.isComplete(text)
    var loader = CorpusLoader()
    loader.addJSONLines(bytes, file: "fuzz.jsonl")
    _ = loader.finish()
    return 0
}
