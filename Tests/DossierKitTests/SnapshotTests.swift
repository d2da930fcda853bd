import Foundation
import Testing
import GRDB
@testable import DossierKit

private func dump(_ corpus: Corpus) -> String {
    ["articles", "events", "actors", "places", "events count by type", "actors where name = \"Armenia\" | select name, aliases"]
        .map { run($0, on: corpus, format: .ndjson).output }.joined(separator: "\n")
}

private func ingest(_ paths: [String], into store: String) throws -> IngestReport {
    try StoreWriter(path: store, lexicon: Lexicon.builtIn.lexicon, lexiconFiles: []).ingest(paths, prune: false)
}

private func write(_ store: String, _ sql: String) throws {
    try DatabaseQueue(path: store).writeWithoutTransaction { db in try db.execute(sql: sql) }
}

private func snapshotParts(_ store: String) throws -> Int {
    try DatabaseQueue(path: store).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM snapshot") ?? 0 }
}

/// What a store reopens from: the snapshot of the finished corpus when it has
/// one, the rows otherwise; both must give the corpus the files give.
@Suite(.serialized)
struct SnapshotTests {
    static let mixed = [ExampleCorpus.path, Package.path("Tests/Fixtures/corpus"), Package.path("Examples/caucasus-2020.jsonl")]

    @Test func aCorpusComesBackFromItsSnapshotWhole() throws {
        for paths in [[ExampleCorpus.path], Self.mixed, [Package.path("Tests/Fixtures/bad")]] {
            let (corpus, diagnostics) = CorpusLoader.load(paths)
            let bytes = CorpusSnapshot.encode(corpus, diagnostics: diagnostics)
            let back = try #require(bytes.withUnsafeBytes { CorpusSnapshot.decode($0) })
            #expect(dump(back.corpus) == dump(corpus))
            #expect(back.diagnostics == diagnostics)
            #expect(back.corpus.actors.index == corpus.actors.index)
            #expect(back.corpus.places.index == corpus.places.index)
            #expect(back.corpus.modes.values == corpus.modes.values)
        }
    }

    @Test func theSnapshotAndTheRowsGiveWhatTheFilesGive() throws {
        let folder = try TemporaryFolder("snapshot-rows")
        let store = folder.file("s.dossier")
        _ = try ingest(Self.mixed, into: store)
        let files = CorpusLoader.load(Self.mixed)
        #expect(try snapshotParts(store) == 1)
        // The snapshot is what opens the store.
        let fromSnapshot = try #require(try DatabaseQueue(path: store).read { db in try CorpusSnapshot.read(db) })
        #expect(dump(fromSnapshot.corpus) == dump(files.corpus))
        #expect(fromSnapshot.diagnostics == files.diagnostics)
        #expect(dump(try StoreReader.load(store).corpus) == dump(files.corpus))
        // Without it, the rows give the same.
        try write(store, "DELETE FROM snapshot")
        let fromRows = try StoreReader.load(store)
        #expect(dump(fromRows.corpus) == dump(files.corpus))
        #expect(fromRows.diagnostics == files.diagnostics)
        // An ingest that changes nothing makes it again, and keeps it after.
        let r = try ingest(Self.mixed, into: store)
        #expect(r.added == 0 && r.changed == 0 && r.unchanged > 0)
        #expect(try snapshotParts(store) == 1)
        let before = try DatabaseQueue(path: store).read { db in try Data.fetchOne(db, sql: "SELECT data FROM snapshot") }
        _ = try ingest(Self.mixed, into: store)
        #expect(try DatabaseQueue(path: store).read { db in try Data.fetchOne(db, sql: "SELECT data FROM snapshot") } == before)
    }

    /// A change to a file's rows, by ingest or by another tool, drops the snapshot.
    @Test func changingTheFilesDropsTheSnapshot() throws {
        let folder = try TemporaryFolder("snapshot-stale")
        let corpus = folder.file("c")
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: ExampleCorpus.path + "/text").filter { $0.hasSuffix(".txt") }.sorted()
        for n in names.prefix(2) { try FileManager.default.copyItem(atPath: ExampleCorpus.path + "/text/" + n, toPath: corpus + "/" + n) }
        let store = folder.file("s.dossier")
        _ = try ingest([corpus], into: store)
        #expect(try StoreReader.load(store).corpus.articles.count == 2)
        try FileManager.default.copyItem(atPath: ExampleCorpus.path + "/text/" + names[2], toPath: corpus + "/" + names[2])
        _ = try ingest([corpus], into: store)
        #expect(try StoreReader.load(store).corpus.articles.count == 3)
        #expect(dump(try StoreReader.load(store).corpus) == dump(CorpusLoader.load([corpus]).corpus))
        try write(store, "DELETE FROM files WHERE path LIKE '%\(names[0])'")
        #expect(try snapshotParts(store) == 0)
        #expect(try StoreReader.load(store).corpus.articles.count == 2)
    }

    /// A store of schema 1 (no snapshot) opens from its rows, and the next
    /// ingest upgrades it to schema 2 and gives it a snapshot.
    @Test func aSchema1StoreOpensAndTheNextIngestUpgradesIt() throws {
        let folder = try TemporaryFolder("snapshot-v1")
        let store = folder.file("old.dossier")
        _ = try ingest([ExampleCorpus.path], into: store)
        try write(store, """
            DROP TABLE snapshot;
            DROP TRIGGER files_insert_drops_snapshot; DROP TRIGGER files_update_drops_snapshot; DROP TRIGGER files_delete_drops_snapshot;
            DELETE FROM grdb_migrations WHERE identifier = 'v2';
            UPDATE meta SET value = '1' WHERE key = 'schema_version';
            PRAGMA user_version = 1;
            """)
        let files = dump(CorpusLoader.load([ExampleCorpus.path]).corpus)
        #expect(dump(try StoreReader.load(store).corpus) == files)
        let r = try ingest([ExampleCorpus.path], into: store)
        #expect(r.added == 0 && r.changed == 0)
        let version = try DatabaseQueue(path: store).read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        #expect(version == StoreSchema.version)
        #expect(try snapshotParts(store) == 1)
        #expect(dump(try StoreReader.load(store).corpus) == files)
    }

    /// Damaged snapshot bytes never crash a reader: they decode to nil (and
    /// the store opens from its rows), or to a corpus every query runs on.
    @Test func damagedSnapshotsAreRefusedOrHarmless() throws {
        let (corpus, diagnostics) = CorpusLoader.load(Self.mixed)
        let bytes = CorpusSnapshot.encode(corpus, diagnostics: diagnostics)
        for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 300)) {
            #expect(Array(bytes.prefix(cut)).withUnsafeBytes { CorpusSnapshot.decode($0) } == nil, "cut at \(cut)")
        }
        #expect((bytes + [0]).withUnsafeBytes { CorpusSnapshot.decode($0) } == nil)
        var generator = SeededGenerator(seed: 7)
        var decoded = 0
        for _ in 0..<150 {
            var damaged = bytes
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let at = Int.random(in: 0..<damaged.count, using: &generator)
                damaged[at] = [0, 0xFF, 0x7F, 0x80, UInt8.random(in: 0...255, using: &generator)].randomElement(using: &generator)!
            }
            guard let back = damaged.withUnsafeBytes({ CorpusSnapshot.decode($0) }) else { continue }
            decoded += 1
            for q in ["events | sort by date", "events count by type, location", "actors", "places", "articles | select id, date, words",
                      "events where actor = \"Armenia\" and date >= 2020-10-01"] {
                _ = run(q, on: back.corpus, format: .ndjson)
            }
        }
        // Most single-byte changes fall in text, which any bytes may be.
        #expect(decoded > 0)

        // In a store: garbage in the snapshot is passed over, the rows answer.
        let folder = try TemporaryFolder("snapshot-damaged")
        let store = folder.file("s.dossier")
        _ = try ingest(Self.mixed, into: store)
        try write(store, "UPDATE snapshot SET data = zeroblob(1000)")
        #expect(dump(try StoreReader.load(store).corpus) == dump(corpus))
        try write(store, "UPDATE snapshot SET format = 99")
        #expect(dump(try StoreReader.load(store).corpus) == dump(corpus))
    }
}
