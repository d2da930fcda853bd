import Foundation
import GRDB

/// What one `ingest` did.
public struct IngestReport: Sendable {
    public var added = 0, changed = 0, unchanged = 0, removed = 0
    /// Files in the store that are gone from disk but kept (no `--prune`).
    public var missingKept = 0
    /// Files that yielded nothing (their problems are in `diagnostics`).
    public var skipped = 0
    public var diagnostics: [InputDiagnostic] = []
    public var articles = 0, events = 0

    public var summary: String {
        var s = "\(added) added, \(changed) re-read, \(unchanged) unchanged, \(removed) removed"
        if skipped > 0 { s += ", \(skipped) skipped" }
        s += "; the store holds \(articles) articles, \(events) events"
        if missingKept > 0 { s += "\n\(missingKept) files in the store no longer exist; kept (--prune removes them)" }
        return s
    }
}

/// Writes a store: reads and extracts files, one transaction per file, so a
/// crash or a kill loses at most the file being written.
public final class StoreWriter {
    public let path: String
    let queue: DatabaseQueue
    let lexicon: Lexicon
    public let lexiconVersion: String

    /// Opens (or creates) the store for writing. An existing file must be a
    /// Dossier store of this schema or an older one (then it is migrated).
    public init(path: String, lexicon: Lexicon, lexiconFiles: [String]) throws(StoreError) {
        self.path = path
        self.lexicon = lexicon
        self.lexiconVersion = StoreWriter.lexiconVersion(files: lexiconFiles)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue { throw .notAStore(path, "it is a folder") }
            // Look before writing: nothing is written into a file that is not ours.
            _ = try StoreReader.openChecked(path, allowEmpty: true)
        }
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.foreignKeysEnabled = true
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
            try queue.write { db in _ = try StoreSchema.check(db, path: path) }
            try StoreSchema.migrator.migrate(queue)
        } catch {
            throw StoreError(error, path: path)
        }
    }

    /// A hash of the built-in lexicon's files and the user's `--lexicon` files:
    /// when it changes, every text article is extracted again.
    public static func lexiconVersion(files: [String]) -> String {
        var hash = ContentHash()
        if let folder = Bundle.module.resourceURL?.appendingPathComponent("Data") {
            let fm = FileManager.default
            let names = (fm.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []).sorted()
            for name in names where name.hasSuffix(".tsv") || name.hasSuffix(".lex") {
                hash.update(Array(name.utf8) + [0])
                hash.update([UInt8](fm.contents(atPath: folder.appendingPathComponent(name).path) ?? Data()))
            }
        }
        for f in files {
            hash.update(Array("user:\(f)".utf8) + [0])
            hash.update([UInt8](FileManager.default.contents(atPath: f) ?? Data()))
        }
        return hash.finish()
    }

    /// Reads the paths into the store: new files are added, changed ones
    /// (by SHA-256 of their bytes, or read with another lexicon) read again,
    /// unchanged ones left; files gone from disk are removed only with `prune`.
    public func ingest(_ paths: [String], prune: Bool, progress: IngestProgress? = nil) throws(StoreError) -> IngestReport {
        var report = IngestReport()
        var walk = FileWalk()
        for p in paths { walk.add(p) }
        report.diagnostics += walk.diagnostics
        let files = walk.files
        do {
            try queue.write { db in
                try db.execute(sql: "UPDATE meta SET value = ? WHERE key = 'lexicon_version'", arguments: [lexiconVersion])
            }
            var known: [String: (id: Int64, sha: String, lexicon: String)] = [:]
            try queue.read { db in
                for row in try Row.fetchAll(db, sql: "SELECT id, path, sha256, lexicon_version FROM files") {
                    known[row[1]] = (row[0], row[2], row[3])
                }
            }
            var reader = FileRecords(lexicon: lexicon)
            reader.nextDiscovered = try queue.read { db in
                try Int.fetchOne(db, sql: "SELECT coalesce(max(rank), -1) + 1 FROM actors WHERE origin = 'discovered'") ?? 0
            }
            let totalBytes = files.reduce(0) { $0 + $1.size }
            progress?.start(files: files.count, bytes: totalBytes)
            var done = 0
            for file in files {
                defer { done += 1; progress?.advance(bytes: file.size) }
                guard let bytes = try? [UInt8](Data(contentsOf: URL(fileURLWithPath: file.shown))) else {
                    report.diagnostics.append(InputDiagnostic(.unreadableFile, file: file.shown, "cannot read file (permission denied?)"))
                    report.skipped += 1
                    continue
                }
                let sha = ContentHash.hex(bytes)
                let previous = known[file.absolute]
                if let previous, previous.sha == sha, previous.lexicon == lexiconVersion || !file.isText(bytes) {
                    report.unchanged += 1
                    continue
                }
                let records = reader.read(bytes, file: file.shown)
                report.diagnostics += records.diagnostics
                try queue.inTransaction(.immediate) { db in
                    if let previous { try db.execute(sql: "DELETE FROM files WHERE id = ?", arguments: [previous.id]) }
                    if !records.isEmpty {
                        try self.insert(records, file: file, size: bytes.count, sha: sha, db)
                    }
                    return .commit
                }
                if records.isEmpty { report.skipped += 1 }
                if previous == nil { if !records.isEmpty { report.added += 1 } } else { report.changed += 1 }
            }
            progress?.finish()
            // Files gone from disk.
            let present = Set(files.map(\.absolute))
            for (absolute, entry) in known where !present.contains(absolute) && !FileManager.default.fileExists(atPath: absolute) {
                if prune {
                    try queue.write { db in try db.execute(sql: "DELETE FROM files WHERE id = ?", arguments: [entry.id]) }
                    report.removed += 1
                } else {
                    report.missingKept += 1
                }
            }
            try queue.write { db in
                // Files load in the order of the walk that last read them (as the loader reads them).
                let statement = try db.cachedStatement(sql: "UPDATE files SET position = ?1 WHERE path = ?2 AND position != ?1")
                for (i, f) in files.enumerated() { try statement.execute(arguments: [i, f.absolute]) }
                // Lexicon and discovered entities that no event names any more
                // (the corpus adds only named ones, so the snapshot stays true).
                for table in ["actors", "places"] {
                    try db.execute(sql: """
                        DELETE FROM \(table) WHERE origin != 'declared'
                        AND name NOT IN (SELECT name FROM event_actors) AND name NOT IN (SELECT location FROM events WHERE location IS NOT NULL)
                        """)
                }
                report.articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0
                report.events = try Int.fetchOne(db, sql: "SELECT count(*) FROM events") ?? 0
            }
            // The finished corpus, unless nothing changed since the last one.
            try queue.inTransaction(.immediate) { db in
                try CorpusSnapshot.write(db)
                return .commit
            }
        } catch {
            progress?.finish()
            throw StoreError(error, path: path)
        }
        close()
        return report
    }

    /// Folds the write-ahead log into the file and leaves it in rollback mode,
    /// so the store is one self-contained file that opens from read-only
    /// media. A reader that has it open keeps it in WAL mode; that is harmless.
    func close() {
        try? queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            try db.execute(sql: "PRAGMA journal_mode = DELETE")
        }
        try? queue.close()
    }

    private func insert(_ r: FileRecords.Contents, file: FileWalk.File, size: Int, sha: String, _ db: Database) throws {
        let now = ISO8601DateFormatter().string(from: Date())
        try db.execute(sql: "INSERT INTO files(path, shown, kind, size, sha256, lexicon_version, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       arguments: [file.absolute, file.shown, r.isText ? "text" : "jsonl", size, sha, lexiconVersion, now])
        let fileID = db.lastInsertedRowID
        let articleStatement = try db.cachedStatement(sql: """
            INSERT INTO articles(file_id, seq, article_id, title, outlet, byline, url, date, lang, text, words, file)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var articleRows: [String: Int64] = [:]
        for (seq, a) in r.articles.enumerated() {
            try articleStatement.execute(arguments: [fileID, seq, a.id, a.title, a.outlet, a.byline, a.url, a.date?.description,
                                                     a.lang, a.text, CorpusBuilder.wordCount(a.text), a.file])
            articleRows[a.id] = db.lastInsertedRowID
        }
        let eventStatement = try db.cachedStatement(sql: """
            INSERT INTO events(file_id, seq, extracted, article, article_id, event_id, type, mode, location, country, date,
                               killed, injured, context, sentence, span_start, span_end, confidence, actors_given)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let linkStatement = try db.cachedStatement(sql: "INSERT INTO event_actors(event_id, role, position, name) VALUES (?, ?, ?, ?)")
        for (seq, e) in r.events.enumerated() {
            try eventStatement.execute(arguments: [
                fileID, seq, r.isText, r.isText ? articleRows[e.article] : nil, e.article, e.id, e.type?.rawValue, e.mode,
                e.location, e.country, e.date?.description, e.killed, e.injured, Int(e.context.rawValue), e.sentence,
                e.span?.0, e.span?.1, e.confidence, e.actors != nil,
            ])
            let eventID = db.lastInsertedRowID
            for (role, names) in [("source", e.source), ("target", e.target), ("actor", e.actors ?? [])] {
                for (i, n) in names.enumerated() { try linkStatement.execute(arguments: [eventID, role, i, n]) }
            }
        }
        func entities(_ table: String, _ records: [(origin: String, rank: Int, record: EntityRecord)]) throws {
            let placeColumns = table == "places"
            let sql = """
                INSERT INTO \(table)(origin, file_id, rank, name, kind, country, \(placeColumns ? "lat, lon" : "role"), aliases)
                VALUES (?, ?, ?, ?, ?, ?, \(placeColumns ? "?, ?" : "?"), ?)
                ON CONFLICT (origin, name) WHERE origin != 'declared' DO UPDATE SET
                rank = CASE WHEN origin = 'lexicon' THEN excluded.rank ELSE min(rank, excluded.rank) END, kind = excluded.kind, country = excluded.country,
                \(placeColumns ? "lat = excluded.lat, lon = excluded.lon" : "role = excluded.role"), aliases = excluded.aliases
                """
            let statement = try db.cachedStatement(sql: sql)
            for (origin, rank, e) in records {
                var args: StatementArguments = [origin, origin == "declared" ? fileID : nil, rank, e.name, e.kind, e.country]
                if placeColumns { args += [e.lat, e.lon] } else { args += [e.role] }
                args += [StoreWriter.encodeAliases(e.aliases)]
                try statement.execute(arguments: args)
            }
        }
        try entities("actors", r.actors)
        try entities("places", r.places)
    }

    /// Aliases as a JSON array of strings (readable with SQLite's `json_each`).
    static func encodeAliases(_ aliases: [String]) -> String {
        guard !aliases.isEmpty, let data = try? JSONSerialization.data(withJSONObject: aliases) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Progress on a terminal: files done, MB/s, time left. Never used into a pipe.
public final class IngestProgress {
    private let write: (String) -> Void
    private var files = 0, done = 0, totalBytes = 0, bytes = 0
    private var started = Date(), lastShown = Date.distantPast

    public init(write: @escaping (String) -> Void) { self.write = write }

    func start(files: Int, bytes: Int) {
        self.files = files; totalBytes = bytes; started = Date()
    }

    func advance(bytes n: Int) {
        done += 1; bytes += n
        let now = Date()
        guard now.timeIntervalSince(lastShown) >= 0.2 || done == files else { return }
        lastShown = now
        let seconds = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(bytes) / seconds
        let left = rate > 0 ? Double(totalBytes - bytes) / rate : 0
        write(String(format: "\r\u{1B}[2K%d/%d files  %.1f MB/s  ETA %d:%02d", done, files, rate / 1e6, Int(left) / 60, Int(left) % 60))
    }

    func finish() { if done > 0 { write("\r\u{1B}[2K") } }
}
