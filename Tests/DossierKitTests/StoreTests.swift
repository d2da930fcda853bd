import Foundation
import Testing
import GRDB
@testable import DossierKit
#if canImport(Glibc)
import Glibc
#endif

/// Ingests paths into a new store in `folder`; returns its path.
private func ingest(_ paths: [String], into store: String, prune: Bool = false, lexiconFiles: [String] = []) throws -> IngestReport {
    let lexicon = lexiconFiles.isEmpty ? Lexicon.builtIn.lexicon : Lexicon.builtIn(adding: lexiconFiles).lexicon
    let writer = try StoreWriter(path: store, lexicon: lexicon, lexiconFiles: lexiconFiles)
    return try writer.ingest(paths, prune: prune)
}

private func dump(_ corpus: Corpus) -> String {
    ["articles", "events", "actors", "places"].map { run($0, on: corpus, format: .ndjson).output }.joined(separator: "\n")
}

@Suite(.serialized)
struct StoreTests {
    @Test func contentHashIsSHA256() {
        #expect(ContentHash.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentHash.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHash.hex(Array(String(repeating: "a", count: 1000).utf8)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    /// Every collection, field by field, is the same from the store as from the files.
    @Test func aStoreLoadsExactlyWhatItsFilesLoad() throws {
        let folder = try TemporaryFolder("store-same")
        for (n, paths) in [[ExampleCorpus.path], [Package.path("Tests/Fixtures/corpus")],
                      [ExampleCorpus.path, Package.path("Tests/Fixtures/corpus"), Package.path("Examples/caucasus-2020.jsonl")]].enumerated() {
            let store = folder.file("s\(n).dossier")
            _ = try ingest(paths, into: store)
            let fromFiles = CorpusLoader.load(paths).corpus
            let fromStore = try StoreReader.load(store).corpus
            #expect(fromStore.articles.count == fromFiles.articles.count)
            #expect(fromStore.events.count > 0)
            #expect(dump(fromStore) == dump(fromFiles), "store and files differ for \(paths)")
        }
    }

    /// Every `.dqt` file in the repository passes with its corpus replaced by a store of it.
    @Test func everyQueryFilePassesOverAStore() throws {
        let folder = try TemporaryFolder("store-dqt")
        let (files, problems) = TestRunner.files(in: [Package.path("Tests"), Package.path("Examples")])
        #expect(problems.isEmpty)
        #expect(files.count >= 9)
        var stores: [String: String] = [:]
        func store(for corpus: String) throws -> String {
            let key = (corpus as NSString).standardizingPath
            if let s = stores[key] { return s }
            let s = folder.file("c\(stores.count).dossier")
            _ = try ingest([key], into: s)
            stores[key] = s
            return s
        }
        let exampleStore = try store(for: ExampleCorpus.path)
        for (n, file) in files.enumerated() {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let base = (file as NSString).deletingLastPathComponent
            var lines: [String] = []
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("corpus ") {
                    let given = String(line.dropFirst(7)).trimmingCharacters(in: .whitespaces)
                    let path = given.hasPrefix("/") ? given : (base as NSString).appendingPathComponent(given)
                    lines.append("corpus " + (try store(for: path)))
                } else {
                    lines.append(String(line))
                }
            }
            let copy = folder.file("q\(n)-" + (file as NSString).lastPathComponent)
            try lines.joined(separator: "\n").write(toFile: copy, atomically: true, encoding: .utf8)
            let runner = TestRunner(defaultCorpus: { [exampleStore] })
            runner.run(file: copy)
            #expect(runner.failed == 0, "\(file) over a store:\n\(runner.failureReport())")
            #expect(runner.passed > 0)
        }
    }

    @Test func ingestAgainAddsChangesAndPrunesOnlyWhenAsked() throws {
        let folder = try TemporaryFolder("store-incremental")
        let corpus = folder.file("corpus")
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        let examples = try FileManager.default.contentsOfDirectory(atPath: ExampleCorpus.path + "/text").sorted().filter { $0.hasSuffix(".txt") }
        for name in examples.prefix(3) {
            try FileManager.default.copyItem(atPath: ExampleCorpus.path + "/text/" + name, toPath: corpus + "/" + name)
        }
        let store = folder.file("inc.dossier")
        var r = try ingest([corpus], into: store)
        #expect((r.added, r.changed, r.unchanged, r.articles) == (3, 0, 0, 3))
        r = try ingest([corpus], into: store)
        #expect((r.added, r.changed, r.unchanged) == (0, 0, 3))
        // Change one, add one, delete one.
        let changed = corpus + "/" + examples[0]
        let text = try String(contentsOfFile: changed, encoding: .utf8)
        try (text + "\nThe ministry said Armenian forces shelled Tartar on Monday.\n").write(toFile: changed, atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: ExampleCorpus.path + "/text/" + examples[3], toPath: corpus + "/" + examples[3])
        try FileManager.default.removeItem(atPath: corpus + "/" + examples[1])
        r = try ingest([corpus], into: store)
        #expect((r.added, r.changed, r.unchanged, r.removed, r.missingKept) == (1, 1, 1, 0, 1))
        #expect(r.articles == 4)
        #expect(try StoreReader.load(store).corpus.articles.count == 4)
        r = try ingest([corpus], into: store, prune: true)
        #expect((r.added, r.changed, r.unchanged, r.removed, r.missingKept) == (0, 0, 3, 1, 0))
        #expect(dump(try StoreReader.load(store).corpus) == dump(CorpusLoader.load([corpus]).corpus))
        // Another lexicon: every text article is read again.
        let extra = folder.file("my-actors.tsv")
        try "name\tkind\tcountry\trole\taliases\nTartar Council\torganization\tAzerbaijan\t\tTartar council\n".write(toFile: extra, atomically: true, encoding: .utf8)
        let before = try StoreReader.lexiconVersion(store)
        r = try ingest([corpus], into: store, lexiconFiles: [extra])
        #expect((r.added, r.changed, r.unchanged) == (0, 3, 0))
        #expect(try StoreReader.lexiconVersion(store) != before)
    }

    @Test func badStoresAreRefusedAndLeftAsTheyAre() throws {
        let folder = try TemporaryFolder("store-bad")
        let good = folder.file("good.dossier")
        _ = try ingest([Package.path("Tests/Fixtures/corpus")], into: good)
        let goodBytes = try Data(contentsOf: URL(fileURLWithPath: good))

        func refused(_ path: String, _ check: (StoreError) -> Bool) throws {
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            do {
                _ = try StoreReader.load(path)
                Issue.record("\(path) loaded")
            } catch {
                #expect(check(error), "\(error)")
            }
            do {
                _ = try StoreWriter(path: path, lexicon: Lexicon.builtIn.lexicon, lexiconFiles: []).ingest([Package.path("Tests/Fixtures/corpus")], prune: false)
                Issue.record("\(path) was written to")
            } catch {
                #expect(check(error), "\(error)")
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "\(path) changed")
        }
        let text = folder.file("notes.dossier")
        try "hello, not a database\n".write(toFile: text, atomically: true, encoding: .utf8)
        try refused(text) { if case .notAStore = $0 { return true }; return false }

        let truncated = folder.file("truncated.dossier")
        try goodBytes.prefix(goodBytes.count / 2).write(to: URL(fileURLWithPath: truncated))
        try refused(truncated) { if case .damaged = $0 { return true }; return false }

        let header = folder.file("header.dossier")
        try goodBytes.prefix(50).write(to: URL(fileURLWithPath: header))
        try refused(header) { if case .damaged = $0 { return true }; return false }

        let other = folder.file("other.sqlite")
        try DatabaseQueue(path: other).write { db in try db.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1)") }
        try refused(other) { if case .notAStore = $0 { return true }; return false }

        let newer = folder.file("newer.dossier")
        try goodBytes.write(to: URL(fileURLWithPath: newer))
        let next = StoreSchema.version + 1
        try DatabaseQueue(path: newer).writeWithoutTransaction { db in try db.execute(sql: "PRAGMA user_version = \(next)") }
        try refused(newer) { if case .newerSchema(_, next) = $0 { return true }; return false }
        #expect(StoreError.newerSchema("x", next).description.contains("newer Dossier"))

        // A read-only store opens (reading writes nothing).
        let readOnly = folder.file("ro.dossier")
        try goodBytes.write(to: URL(fileURLWithPath: readOnly))
        chmod(readOnly, 0o444)
        #expect(try StoreReader.load(readOnly).corpus.articles.count == Package.fixture.articles.count)
        if getuid() != 0 {
            #expect(throws: StoreError.self) { try ingest([Package.path("Tests/Fixtures/corpus")], into: readOnly) }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: readOnly)) == goodBytes)
    }

    @Test func theSessionOpensAStoreAndReportsABadOne() throws {
        let folder = try TemporaryFolder("store-open")
        let store = folder.file("f.dossier")
        _ = try ingest([Package.path("Tests/Fixtures/corpus")], into: store)
        let session = Session(corpus: .empty)
        let sink = CollectingOutput(format: .table, source: SourceText(text: ""))
        #expect(session.run(SourceText(text: ".open \(store)"), output: sink))
        #expect(session.corpus.articles.count == Package.fixture.articles.count)
        let bad = folder.file("bad.dossier")
        try "junk".write(toFile: bad, atomically: true, encoding: .utf8)
        #expect(!session.run(SourceText(text: ".open \(bad)"), output: sink))
        #expect(sink.errors.joined().contains("not a Dossier store"))
        #expect(session.corpus.articles.count == Package.fixture.articles.count)
    }

    /// SIGKILL a real ingest at random moments: the store always opens, holds
    /// whole files only, and a final ingest completes it.
    @Test(.enabled(if: DossierExecutable.path != nil, Comment(rawValue: DossierExecutable.missing)))
    func killingAnIngestLosesOnlyTheFileBeingWritten() throws {
        let folder = try TemporaryFolder("store-kill")
        let corpus = folder.file("corpus")
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        let files = 300
        for i in 0..<files {
            var lines = "{\"record\":\"article\",\"id\":\"a\(i)\",\"date\":\"2020-10-01\",\"lang\":\"en\",\"text\":\"Article \(i).\"}\n"
            for k in 0..<3 {
                lines += "{\"record\":\"event\",\"article\":\"a\(i)\",\"type\":\"assault\",\"source\":[\"Armenia\"],\"target\":[\"Azerbaijan\"],\"sentence\":\"s\(i)-\(k)\"}\n"
            }
            try lines.write(toFile: corpus + String(format: "/f%04d.jsonl", i), atomically: true, encoding: .utf8)
        }
        let store = folder.file("k.dossier")
        // How long a whole ingest takes here, so the kills land inside one.
        let started = Date()
        let scratch = folder.file("scratch.dossier")
        _ = try runProcess(DossierExecutable.path!, ["ingest", corpus, "--store", scratch])
        let whole = Date().timeIntervalSince(started)
        #expect(try StoreReader.load(scratch).corpus.articles.count == files)
        // The store exists before the kills start.
        _ = try ingest([corpus + "/f0000.jsonl"], into: store)
        var generator = SystemRandomNumberGenerator()
        var seen: [Int] = []
        for round in 0..<6 {
            // Later rounds change files, so kills also land in re-reads.
            if round == 3 {
                for i in stride(from: 0, to: files, by: 7) {
                    let p = corpus + String(format: "/f%04d.jsonl", i)
                    try (try String(contentsOfFile: p, encoding: .utf8) + "{\"record\":\"event\",\"article\":\"a\(i)\",\"type\":\"consult\",\"actors\":[\"Russia\"],\"sentence\":\"x\"}\n")
                        .write(toFile: p, atomically: true, encoding: .utf8)
                }
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: DossierExecutable.path!)
            process.arguments = ["ingest", corpus, "--store", store]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(whole * 1e6 * Double.random(in: 0.3...0.9, using: &generator)))
            // A reader opens the store while the ingest writes to it.
            let during = try StoreReader.load(store).corpus
            #expect(during.articles.count >= 1)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // Opens, and every file it holds is whole: its article and all its events.
            let loaded = try StoreReader.load(store).corpus
            let counts = try DatabaseQueue(path: store, configuration: { var c = Configuration(); c.readonly = true; return c }()).read { db in
                try Row.fetchAll(db, sql: """
                    SELECT f.path, (SELECT count(*) FROM articles a WHERE a.file_id = f.id), (SELECT count(*) FROM events e WHERE e.file_id = f.id),
                           (SELECT count(*) FROM event_actors x JOIN events e ON e.id = x.event_id WHERE e.file_id = f.id)
                    FROM files f
                    """)
            }
            for row in counts {
                let (path, articles, events, links): (String, Int, Int, Int) = (row[0], row[1], row[2], row[3])
                #expect(articles == 1, "\(path)")
                // A file holds the events of one of its versions, never a part.
                #expect(events == 3 || events == 4, "\(path)")
                #expect(links == (events == 3 ? 6 : 7), "\(path)")
            }
            #expect(loaded.articles.count == counts.count)
            seen.append(counts.count)
        }
        let report = try ingest([corpus], into: store)
        #expect(report.articles == files)
        let final = try StoreReader.load(store).corpus
        #expect(dump(final) == dump(CorpusLoader.load([corpus]).corpus))
        // At least one kill landed inside an ingest (not before or after all of it).
        #expect(seen.contains { $0 > 1 && $0 < files }, "kills left \(seen) files")
    }
}
