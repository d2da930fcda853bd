import Foundation
import Testing
@testable import DossierKit

@Suite struct JSONLinesTests {
    static let sample = """
        {"record":"actor","name":"Sergei Lavrov","kind":"person","country":"RUS","aliases":["Lavrov","Лавров"]}
        {"record":"place","name":"Moscow","kind":"city","country":"RUS","lat":55.75,"lon":37.62,"aliases":["Moskva"]}
        {"record":"article","id":"a1","title":"Talks","date":"2020-10","lang":"en","text":"Lavrov hosted talks in Moscow."}
        {"record":"event","id":"e1","article":"a1","type":"consult","source":["Лавров"],"target":["Armenia"],"location":"Moskva","date":"2020-10","sentence":"Lavrov hosted talks in Moscow.","span":[0,30],"confidence":0.8}
        """

    @Test func namesResolveThroughAliases() {
        let (c, problems) = corpus(Self.sample)
        #expect(problems.isEmpty)
        #expect(c.events.count == 1 && c.actors.count == 2 && c.places.count == 1)
        #expect(c.value(.events, .actors, 0) == .list([.ref(.actors, 0), .ref(.actors, 1)]))
        #expect(c.value(.events, .location, 0) == .ref(.places, 0))
        #expect(c.value(.events, .country, 0) == .string("RUS"))   // from the place
        #expect(c.actors.name[1] == "Armenia")                      // an unknown name becomes an entity
    }

    @Test func malformedLinesAreReportedAndTheRestLoads() {
        let text = Self.sample + """

            {"record":"event","article":"a1","type":"assualt"}
            {"record":"event","article":"zz","type":"agree"}
            not json at all
            {"record":"article","id":"a2","killed":"ten"}
            {"record":"article","id":"a3","date":"2020-13"}
            {"record":"rumour"}
            {"record":"event","article":"a1","type":"agree","killed":-3}
            """
        let (c, problems) = corpus(text)
        #expect(c.articles.count == 1 && c.events.count == 1)
        #expect(problems.map(\.line) == [5, 7, 8, 9, 10, 11, 6])
        #expect(problems.map(\.code) == [.invalidFieldValue, .invalidJSON, .invalidFieldValue, .invalidFieldValue,
                                         .invalidRecord, .invalidFieldValue, .unknownArticle])
        #expect(problems[0].description == "error[E0503]: test.jsonl:5:1: unknown event type 'assualt'; did you mean 'assault'?")
        #expect(problems[2].column == 40)   // points at the value of "killed"
    }

    @Test func invalidUTF8IsReportedWithItsColumn() {
        var bytes = Array("{\"record\":\"article\",\"id\":\"x".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array("\"}\n".utf8)
        var loader = CorpusLoader()
        loader.addJSONLines(bytes, file: "bad.jsonl")
        let (_, problems) = loader.finish()
        #expect(problems.map(\.message) == ["invalid UTF-8"])
        #expect(problems.first?.column == 28)
    }

    @Test func exportRoundTrips() throws {
        let original = Package.fixture
        let renderer = ResultRenderer(format: .ndjson)
        var text = ""
        for c in [Collection.actors, .places, .articles, .events] {
            text += renderer.render(.rows(c, .all(original.count(c))), corpus: original)
        }
        let (reloaded, problems) = corpus(text)
        #expect(problems.isEmpty)
        var again = ""
        for c in [Collection.actors, .places, .articles, .events] {
            again += renderer.render(.rows(c, .all(reloaded.count(c))), corpus: reloaded)
        }
        #expect(again == text)
        #expect(reloaded.events.count == original.events.count && original.events.count > 0)
        // Every query answers the same on the reloaded corpus.
        for q in ["events count by type", "events where actor = \"Lavrov\"", "events | group by actor (n = count())",
                  "articles | select id, date, lang, words"] {
            #expect(run(q, on: reloaded).output == run(q, on: original).output)
        }
    }

    @Test func randomBytesNeverCrashTheLoader() {
        var generator = SeededGenerator(seed: 11)
        let pieces = Array(Self.sample.utf8)
        for _ in 0..<500 {
            var bytes = pieces
            for _ in 0..<Int.random(in: 1...20, using: &generator) {
                let i = Int.random(in: 0..<bytes.count, using: &generator)
                bytes[i] = UInt8.random(in: 0...255, using: &generator)
            }
            var loader = CorpusLoader()
            loader.addJSONLines(bytes, file: "fuzz.jsonl")
            _ = loader.finish()
        }
    }
}

/// Every message a bad input file can produce, against a golden list.
@Suite struct BadInputTests {
    @Test func everyLoaderMessage() throws {
        let dir = Package.path("Tests/Fixtures/bad")
        let (corpus, problems) = CorpusLoader.load([dir])
        let expected = try String(contentsOfFile: dir + "/expected-diagnostics.txt", encoding: .utf8)
        let actual = problems.map { $0.description.replacingOccurrences(of: dir + "/", with: "") + "\n" }.joined()
        #expect(actual == expected)
        #expect(corpus.articles.id == ["b1"])           // what could load did
        #expect(corpus.events.id == ["b1e1"])
        let codes = Set(problems.map(\.code))
        // Lexicon errors: ExtractionTests.lexiconErrorsNameTheLine.
        for code in DiagnosticCode.allCases where code.rawValue.hasPrefix("E05") && code != .invalidTestFile && code != .invalidLexicon {
            #expect(codes.contains(code), "no bad input produces \(code.rawValue)")
        }
    }

    @Test func missingPathsAndLinkLoops() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("loop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/self", withDestinationPath: dir.path)
        try JSONLinesTests.sample.write(toFile: dir.path + "/a.jsonl", atomically: true, encoding: .utf8)
        let (corpus, problems) = CorpusLoader.load([dir.path, dir.path + "/missing"])
        #expect(corpus.articles.count == 1)
        #expect(problems.map(\.message) == ["skipped: a link back to a folder already read", "no such file or folder"])
    }
}

/// JSON Lines read piece by piece (as the loader reads files) give exactly
/// what one parse of the whole file gives: records, line numbers, problems.
@Suite struct JSONLinesStreamTests {
    static func describe(_ c: JSONLines.Contents) -> String {
        "\(c.articles.map { "\($0.line) \($0.record)" })|\(c.events.map { "\($0.line) \($0.record)" })|\(c.actors)|\(c.places)|\(c.diagnostics)"
    }

    static func inPieces(_ bytes: [UInt8], sizes: inout SeededGenerator) -> JSONLines.Contents {
        var stream = JSONLines.Stream(file: "f.jsonl")
        var contents = JSONLines.Contents()
        var at = 0
        while at < bytes.count {
            let n = min(bytes.count - at, Int.random(in: 1...40, using: &sizes))
            stream.feed(bytes[at..<at + n], into: &contents)
            at += n
        }
        stream.finish(into: &contents)
        return contents
    }

    @Test func piecesOfAnySizeParseAsTheWhole() throws {
        var texts = [JSONLinesTests.sample, JSONLinesTests.sample + "\n", "\u{FEFF}" + JSONLinesTests.sample,
                     JSONLinesTests.sample.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n",
                     "\n\n" + JSONLinesTests.sample + "\n{\"record\":\"event\",\"article\":\"a1\",\"type\":\"assualt\"}\nnot json\n{\"record\"",
                     "", "\n", "{", "\u{FEFF}"]
        texts.append(try String(contentsOfFile: Package.path("Tests/Fixtures/corpus/fixture.jsonl"), encoding: .utf8))
        var sizes = SeededGenerator(seed: 11)
        for text in texts {
            let bytes = Array(text.utf8)
            let whole = JSONLines.parse(bytes, file: "f.jsonl")
            for _ in 0..<5 {
                #expect(Self.describe(Self.inPieces(bytes, sizes: &sizes)) == Self.describe(whole), "\(text.prefix(40))")
            }
        }
        // Invalid UTF-8 split across pieces keeps its line and column.
        var bad = Array("{\"record\":\"article\",\"id\":\"a\"}\n{\"record\":\"article\",\"id\":\"x".utf8) + [0xFF, 0xFE] + Array("\"}\n".utf8)
        bad += bad
        let whole = JSONLines.parse(bad, file: "f.jsonl")
        #expect(whole.diagnostics.map(\.line) == [2, 4])
        for _ in 0..<20 { #expect(Self.describe(Self.inPieces(bad, sizes: &sizes)) == Self.describe(whole)) }
    }

    /// A file far larger than the loader's piece loads as one read whole does.
    @Test func theLoaderReadsABigFileInPieces() throws {
        let folder = try TemporaryFolder("jsonl-pieces")
        let file = folder.file("big.jsonl")
        var text = try String(contentsOfFile: Package.path("Tests/Fixtures/corpus/fixture.jsonl"), encoding: .utf8)
        for i in 0..<2000 {
            text += "{\"record\":\"article\",\"id\":\"n\(i)\",\"date\":\"2020-10-\(String(format: "%02d", i % 28 + 1))\",\"text\":\"Armenia and Azerbaijan, item \(i).\"}\n"
            text += "{\"record\":\"event\",\"article\":\"n\(i)\",\"type\":\"\(i % 97 == 0 ? "assualt" : "assault")\",\"source\":[\"Armenia\"],\"killed\":\(i % 7)}\n"
            if i == 1000 { text += "not json\n" }
        }
        text += "{\"record\":\"event\",\"article\":\"n5\",\"type\":\"agree\"}"   // no final line break
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(text.utf8.count > 200_000)
        let whole: (corpus: Corpus, diagnostics: [InputDiagnostic]) = {
            var loader = CorpusLoader()
            loader.addJSONLines(Array(text.utf8), file: file)
            return loader.finish()
        }()
        for piece in [1 << 20, 4096, 777] {
            var loader = CorpusLoader()
            loader.pieceSize = piece
            loader.add(path: file)
            let read = loader.finish()
            #expect(read.diagnostics == whole.diagnostics)
            for q in ["articles", "events", "actors", "events count by type"] {
                #expect(run(q, on: read.corpus, format: .ndjson).output == run(q, on: whole.corpus, format: .ndjson).output)
            }
        }
        #expect(whole.corpus.articles.count == Package.fixture.articles.count + 2000)
        #expect(whole.diagnostics.count == 22)
    }
}
