import Foundation
import GRDB

/// The store file's layout (schema version 1), its identity and its
/// migrations. ARCHITECTURE.md ("The store") documents every table.
public enum StoreSchema {
    /// `PRAGMA application_id`: "DOSS" in ASCII, so tools (and Dossier) can
    /// tell a Dossier store from another SQLite file.
    public static let applicationID: Int32 = 0x444F_5353
    /// The schema this Dossier writes and reads; `PRAGMA user_version` and
    /// `meta.schema_version` hold it.
    public static let version = 2


    /// Migrations from an empty file to the current schema. A later version
    /// registers "v2" and so on; GRDB records the applied ones in `grdb_migrations`.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE meta (
                    key   TEXT PRIMARY KEY,
                    value TEXT NOT NULL
                );
                CREATE TABLE files (
                    id              INTEGER PRIMARY KEY,
                    path            TEXT NOT NULL UNIQUE,
                    shown           TEXT NOT NULL,
                    kind            TEXT NOT NULL CHECK (kind IN ('text', 'jsonl')),
                    size            INTEGER NOT NULL,
                    sha256          TEXT NOT NULL,
                    lexicon_version TEXT NOT NULL,
                    ingested_at     TEXT NOT NULL,
                    position        INTEGER NOT NULL DEFAULT 0
                );
                CREATE TABLE articles (
                    id         INTEGER PRIMARY KEY,
                    file_id    INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
                    seq        INTEGER NOT NULL,
                    article_id TEXT NOT NULL,
                    title      TEXT,
                    outlet     TEXT,
                    byline     TEXT,
                    url        TEXT,
                    date       TEXT,
                    lang       TEXT,
                    text       TEXT NOT NULL,
                    words      INTEGER NOT NULL,
                    file       TEXT
                );
                CREATE INDEX articles_file ON articles(file_id);
                CREATE INDEX articles_article_id ON articles(article_id);
                CREATE TABLE events (
                    id           INTEGER PRIMARY KEY,
                    file_id      INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
                    seq          INTEGER NOT NULL,
                    extracted    INTEGER NOT NULL,
                    article      INTEGER REFERENCES articles(id) ON DELETE CASCADE,
                    article_id   TEXT NOT NULL,
                    event_id     TEXT,
                    type         TEXT,
                    mode         TEXT,
                    location     TEXT,
                    country      TEXT,
                    date         TEXT,
                    killed       INTEGER,
                    injured      INTEGER,
                    context      INTEGER NOT NULL,
                    sentence     TEXT NOT NULL,
                    span_start   INTEGER,
                    span_end     INTEGER,
                    confidence   REAL,
                    actors_given INTEGER NOT NULL
                );
                CREATE INDEX events_file ON events(file_id);
                CREATE INDEX events_article ON events(article);
                CREATE TABLE event_actors (
                    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                    role     TEXT NOT NULL CHECK (role IN ('source', 'target', 'actor')),
                    position INTEGER NOT NULL,
                    name     TEXT NOT NULL,
                    PRIMARY KEY (event_id, role, position)
                ) WITHOUT ROWID;
                CREATE INDEX event_actors_name ON event_actors(name);
                """)
            for table in ["actors", "places"] {
                let extra = table == "actors" ? "role TEXT," : "lat REAL, lon REAL,"
                try db.execute(sql: """
                    CREATE TABLE \(table) (
                        id      INTEGER PRIMARY KEY,
                        origin  TEXT NOT NULL CHECK (origin IN ('declared', 'lexicon', 'discovered')),
                        file_id INTEGER REFERENCES files(id) ON DELETE CASCADE,
                        rank    INTEGER NOT NULL,
                        name    TEXT NOT NULL,
                        kind    TEXT,
                        country TEXT,
                        \(extra)
                        aliases TEXT NOT NULL
                    );
                    CREATE UNIQUE INDEX \(table)_known ON \(table)(origin, name) WHERE origin != 'declared';
                    CREATE INDEX \(table)_file ON \(table)(file_id);
                    """)
            }
            try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('schema_version', '1'), ('lexicon_version', ''), ('created_by', 'dossier')")
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        // v2: the finished corpus as a snapshot (see `CorpusSnapshot`), in
        // parts of at most 64 MiB. Every change ingest makes adds, replaces,
        // deletes or moves rows of `files` (the rows of articles, events and
        // entities hang from them), so triggers on `files` drop the snapshot.
        // (Triggers on the big tables would fire once per row: 3.5 s more for
        // the 780,000 event_actors rows of 100,000 articles. A tool that edits
        // those tables directly must also `DELETE FROM snapshot`.)
        migrator.registerMigration("v2") { db in
            try db.execute(sql: """
                CREATE TABLE snapshot (
                    part   INTEGER PRIMARY KEY,
                    format INTEGER NOT NULL,
                    data   BLOB NOT NULL
                )
                """)
            for change in ["INSERT", "UPDATE", "DELETE"] {
                try db.execute(sql: """
                    CREATE TRIGGER files_\(change.lowercased())_drops_snapshot AFTER \(change) ON files
                    BEGIN DELETE FROM snapshot; END
                    """)
            }
            try db.execute(sql: "UPDATE meta SET value = '2' WHERE key = 'schema_version'")
            try db.execute(sql: "PRAGMA user_version = 2")
        }
        return migrator
    }

    /// Whether a path names a store rather than articles: a `.dossier` name,
    /// or any file that starts with SQLite's header.
    public static func isStore(_ path: String) -> Bool {
        if path.lowercased().hasSuffix(".dossier") { return true }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
              let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        return head == sqliteHeader
    }

    static let sqliteHeader = Data("SQLite format 3\u{0}".utf8)

    /// Checks that an open file is a Dossier store this version can read.
    /// An empty database (no tables, no application id) is `nil` — a new store.
    static func check(_ db: Database, path: String) throws(StoreError) -> Int? {
        do {
            let app = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            if app == 0 && version == 0 && tables == 0 { return nil }
            guard app == applicationID else {
                throw StoreError.notAStore(path, "an SQLite database of another application (application_id \(app))")
            }
            guard version <= StoreSchema.version else { throw StoreError.newerSchema(path, version) }
            return version
        } catch let e as StoreError {
            throw e
        } catch {
            throw StoreError(error, path: path)
        }
    }
}

/// Why a store could not be opened, read or written; every message names the file.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case missing(String)
    case notAStore(String, String)
    case damaged(String, String)
    case newerSchema(String, Int)
    case readOnly(String, String)
    case diskFull(String)
    case failed(String, String)

    /// The file the error is about.
    public var path: String {
        switch self {
        case .missing(let p), .notAStore(let p, _), .damaged(let p, _), .newerSchema(let p, _),
             .readOnly(let p, _), .diskFull(let p), .failed(let p, _): return p
        }
    }

    /// The message without the file's name in front.
    public var reason: String { String(description.dropFirst(path.count + 2)) }

    public var description: String {
        switch self {
        case .missing(let p): return "\(p): no such store"
        case .notAStore(let p, let why): return "\(p): not a Dossier store (\(why))"
        case .damaged(let p, let why): return "\(p): the store is damaged or truncated (\(why)); it was left as it is"
        case .newerSchema(let p, let v):
            return "\(p): written by a newer Dossier (store schema version \(v); this Dossier reads up to \(StoreSchema.version)); upgrade Dossier to open it"
        case .readOnly(let p, let why): return "\(p): cannot write the store (\(why))"
        case .diskFull(let p): return "\(p): the disk is full; the last file's changes were rolled back and the store is as it was after the file before"
        case .failed(let p, let why): return "\(p): \(why)"
        }
    }

    /// Turns an SQLite error into what it means for the store.
    init(_ error: Error, path: String) {
        guard let e = error as? DatabaseError else {
            if let s = error as? StoreError { self = s } else { self = .failed(path, "\(error)") }
            return
        }
        let message = e.message ?? "\(e.resultCode)"
        switch e.resultCode.primaryResultCode {
        case .SQLITE_NOTADB: self = .notAStore(path, "not an SQLite database, or its header is damaged")
        case .SQLITE_CORRUPT: self = .damaged(path, message)
        case .SQLITE_FULL: self = .diskFull(path)
        case .SQLITE_READONLY, .SQLITE_PERM: self = .readOnly(path, "it or its folder is read-only to you: \(message)")
        case .SQLITE_CANTOPEN: self = .readOnly(path, "cannot open it: \(message); check the file's and its folder's permissions")
        case .SQLITE_IOERR:
            self = .failed(path, "input/output error (\(message)): the disk may be full or failing, or a file-size limit was reached; what was stored before is kept")
        default: self = .failed(path, message)
        }
    }
}
