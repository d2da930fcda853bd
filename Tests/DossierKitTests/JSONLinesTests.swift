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
