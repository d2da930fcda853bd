import Foundation
import GRDB

/// Opens a store read-only and loads it into the in-memory `Corpus`, in the
/// order the loader reads the same files, so every query answers as it does
/// over them. Nothing is ever written to the file when reading.
public enum StoreReader {
    /// Opens read-only and checks that this is a Dossier store Dossier can read.
    static func openChecked(_ path: String, allowEmpty: Bool = false) throws(StoreError) -> DatabaseQueue {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw .missing(path) }
        if isFolder.boolValue { throw .notAStore(path, "it is a folder") }
        let head: Data
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            head = try handle.read(upToCount: 100) ?? Data()
            try? handle.close()
        } catch {
            throw .readOnly(path, "cannot read it: permission denied")
        }
        if head.isEmpty && allowEmpty { return try emptyQueue(path) }
        guard head.starts(with: StoreSchema.sqliteHeader) else {
            throw head.isEmpty ? .damaged(path, "the file is empty") : .notAStore(path, "not an SQLite file")
        }
        guard head.count == 100 else { throw .damaged(path, "the file ends inside its header") }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(10)
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            let version = try queue.read { db in try StoreSchema.check(db, path: path) }
            if version == nil && !allowEmpty { throw StoreError.notAStore(path, "an empty SQLite database") }
            return queue
        } catch {
            throw StoreError(error, path: path)
        }
    }

    private static func emptyQueue(_ path: String) throws(StoreError) -> DatabaseQueue {
        do { return try DatabaseQueue() } catch { throw StoreError(error, path: path) }
    }

    /// Loads the whole store into a corpus (with the problems its records
    /// have together, as the loader reports them).
    public static func load(_ path: String) throws(StoreError) -> (corpus: Corpus, diagnostics: [InputDiagnostic]) {
        let queue = try openChecked(path)
        do {
            // One read transaction: a consistent snapshot even while an ingest commits.
            let result = try queue.read { db in try CorpusSnapshot.read(db) ?? StoreLoad(db).build() }
            try? queue.close()
            return result
        } catch {
            throw StoreError(error, path: path)
        }
    }

    /// The lexicon version recorded in the store.
    public static func lexiconVersion(_ path: String) throws(StoreError) -> String {
        let queue = try openChecked(path)
        do {
            return try queue.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'lexicon_version'") ?? "" }
        } catch { throw StoreError(error, path: path) }
    }
}

/// One load: reads the tables column by column with prepared statements and
/// replays them into a `CorpusBuilder` in the loader's order. Used when the
/// store has no snapshot, and to make one.
struct StoreLoad {
    let db: Database
    init(_ db: Database) { self.db = db }

    struct StoredFile { var id: Int64; var path: String; var kind: String }

    func build() throws -> (corpus: Corpus, diagnostics: [InputDiagnostic]) {
        var diagnostics: [InputDiagnostic] = []
        var builder = CorpusBuilder()
        // Files in the order of the walk that last read them, then by path.
        var files: [StoredFile] = []
        for row in try Row.fetchAll(db, sql: "SELECT id, path, kind FROM files ORDER BY position, path") {
            files.append(StoredFile(id: row[0], path: row[1], kind: row[2]))
        }
        var fileOrder: [Int64: Int] = [:]
        var fileShown: [Int64: String] = [:]
        for (i, f) in files.enumerated() { fileOrder[f.id] = i }
        for row in try Row.fetchAll(db, sql: "SELECT id, shown FROM files") { fileShown[row[0]] = row[1] }

        // Declared entities, file by file.
        let declaredActors = try entities("actors", "origin = 'declared'")
            .sorted { (fileOrder[$0.file] ?? 0, $0.rank) < (fileOrder[$1.file] ?? 0, $1.rank) }
        let declaredPlaces = try entities("places", "origin = 'declared'")
            .sorted { (fileOrder[$0.file] ?? 0, $0.rank) < (fileOrder[$1.file] ?? 0, $1.rank) }
        for a in declaredActors { builder.addActor(a.record) }
        for p in declaredPlaces { builder.addPlace(p.record) }

        // Articles: JSON Lines ones in file order, then text ones by file name with unique ids.
        var jsonArticles: [(order: Int, seq: Int, row: Int64, record: ArticleRecord, file: Int64)] = []
        var textArticles: [(row: Int64, record: ArticleRecord)] = []
        let articleSQL = """
            SELECT a.id, a.file_id, a.seq, a.article_id, a.title, a.outlet, a.byline, a.url, a.date, a.lang, a.text, a.file, f.kind
            FROM articles a JOIN files f ON f.id = a.file_id
            """
        let cursor = try Row.fetchCursor(db, sql: articleSQL)
        while let row = try cursor.next() {
            var a = ArticleRecord(id: row[3], title: row[4], outlet: row[5], byline: row[6], url: row[7],
                                  date: (row[8] as String?).flatMap { DDate(literal: $0) }, lang: row[9], text: row[10], file: row[11])
            if a.text.isEmpty { a.text = "" }
            let kind: String = row[12]
            if kind == "jsonl" {
                jsonArticles.append((fileOrder[row[1]] ?? 0, row[2], row[0], a, row[1]))
            } else {
                textArticles.append((row[0], a))
            }
        }
        jsonArticles.sort { ($0.order, $0.seq) < ($1.order, $1.seq) }
        for a in jsonArticles {
            if builder.hasArticle(a.record.id) {
                diagnostics.append(InputDiagnostic(.duplicateID, file: fileShown[a.file] ?? "", column: 1,
                                                   "article id '\(a.record.id)' appears twice; the later article is skipped"))
                continue
            }
            builder.addArticle(a.record)
        }
        textArticles.sort { ($0.record.file ?? "", $0.record.id) < ($1.record.file ?? "", $1.record.id) }
        var finalID: [Int64: (stored: String, final: String)] = [:]
        var textOrder: [Int64: Int] = [:]
        var taken = Set<String>()
        var seenFiles = Set<String>()
        for (row, var article) in textArticles {
            guard seenFiles.insert(article.file ?? "").inserted else { continue }
            let stem = article.id
            let id = CorpusLoader.uniqueID(stem) { builder.hasArticle($0) || taken.contains($0) }
            taken.insert(id)
            finalID[row] = (stem, id)
            textOrder[row] = textOrder.count
            article.id = id
            builder.addArticle(article)
        }

        // Events, with their actors (both read in row order and merged).
        var links: [(event: Int64, role: String, name: String)] = []
        let linkCursor = try Row.fetchCursor(db, sql: "SELECT event_id, role, name FROM event_actors ORDER BY event_id, role, position")
        while let row = try linkCursor.next() { links.append((row[0], row[1], row[2])) }
        var jsonEvents: [(order: Int, seq: Int, file: Int64, record: EventRecord)] = []
        var extracted: [(order: Int, seq: Int, file: Int64, record: EventRecord)] = []
        var given = Set<String>()
        var li = 0
        let eventCursor = try Row.fetchCursor(db, sql: """
            SELECT id, file_id, seq, extracted, article, article_id, event_id, type, mode, location, country, date,
                   killed, injured, context, sentence, span_start, span_end, confidence, actors_given
            FROM events ORDER BY id
            """)
        while let row = try eventCursor.next() {
            let rowID: Int64 = row[0]
            var e = EventRecord(article: row[5])
            e.id = row[6]
            e.type = (row[7] as String?).flatMap(PloverType.init(rawValue:))
            e.mode = row[8]
            e.location = row[9]
            e.country = row[10]
            e.date = (row[11] as String?).flatMap { DDate(literal: $0) }
            e.killed = row[12]
            e.injured = row[13]
            e.context = EventContext(rawValue: UInt8(truncatingIfNeeded: row[14] as Int))
            e.sentence = row[15]
            if let s: Int = row[16], let t: Int = row[17] { e.span = (s, t) }
            e.confidence = row[18]
            let actorsGiven: Bool = row[19]
            var all: [String] = []
            while li < links.count && links[li].event < rowID { li += 1 }
            while li < links.count && links[li].event == rowID {
                switch links[li].role {
                case "source": e.source.append(links[li].name)
                case "target": e.target.append(links[li].name)
                default: all.append(links[li].name)
                }
                li += 1
            }
            if actorsGiven { e.actors = all }
            let file: Int64 = row[1]
            let seq: Int = row[2]
            if row[3] as Bool {
                guard let articleRow: Int64 = row[4], let ids = finalID[articleRow], let order = textOrder[articleRow] else { continue }
                e.article = ids.final
                if ids.final != ids.stored, let id = e.id, id.hasPrefix(ids.stored) {
                    e.id = ids.final + id.dropFirst(ids.stored.count)
                }
                extracted.append((order, seq, file, e))
            } else {
                given.insert(e.article)
                jsonEvents.append((fileOrder[file] ?? 0, seq, file, e))
            }
        }
        func add(_ e: EventRecord, file: Int64, line: Bool) {
            do {
                try builder.addEvent(e)
            } catch {
                let name = fileShown[file] ?? ""
                switch error {
                case .unknownArticle(let id):
                    diagnostics.append(InputDiagnostic(.unknownArticle, file: name, column: line ? 1 : nil, "event refers to unknown article '\(id)'"))
                case .duplicateID(let id):
                    diagnostics.append(InputDiagnostic(.duplicateID, file: name, column: line ? 1 : nil, "event id '\(id)' appears twice; the later event is skipped"))
                }
            }
        }
        jsonEvents.sort { ($0.order, $0.seq) < ($1.order, $1.seq) }
        for e in jsonEvents { add(e.record, file: e.file, line: true) }
        // Events given in JSON Lines replace extraction for their article.
        extracted = extracted.filter { !given.contains($0.record.article) }
        extracted.sort { ($0.order, $0.seq) < ($1.order, $1.seq) }
        if !extracted.isEmpty {
            var actorNames = Set<String>(), placeNames = Set<String>()
            for (_, _, _, e) in extracted {
                actorNames.formUnion(e.actors ?? []); actorNames.formUnion(e.source); actorNames.formUnion(e.target)
                if let l = e.location { placeNames.insert(l) }
            }
            let lexiconActors = try entities("actors", "origin = 'lexicon'").filter { actorNames.contains($0.record.name) }.sorted { $0.rank < $1.rank }
            let discovered = try entities("actors", "origin = 'discovered'").filter { actorNames.contains($0.record.name) }.sorted { $0.rank < $1.rank }
            let places = try entities("places", "origin = 'lexicon'").filter { placeNames.contains($0.record.name) }.sorted { $0.rank < $1.rank }
            for a in lexiconActors + discovered { builder.addActor(a.record) }
            for p in places { builder.addPlace(p.record) }
        }
        for e in extracted { add(e.record, file: e.file, line: false) }
        return (builder.build(), diagnostics)
    }

    func entities(_ table: String, _ condition: String) throws -> [(file: Int64, rank: Int, record: EntityRecord)] {
        let places = table == "places"
        let sql = "SELECT coalesce(file_id, 0), rank, name, kind, country, \(places ? "lat, lon" : "role"), aliases FROM \(table) WHERE \(condition)"
        var out: [(file: Int64, rank: Int, record: EntityRecord)] = []
        for row in try Row.fetchAll(db, sql: sql) {
            var r = EntityRecord(name: row[2], kind: row[3], country: row[4])
            let aliasText: String
            if places { r.lat = row[5]; r.lon = row[6]; aliasText = row[7] } else { r.role = row[5]; aliasText = row[6] }
            r.aliases = (try? JSONSerialization.jsonObject(with: Data(aliasText.utf8))) as? [String] ?? []
            out.append((row[0], row[1], r))
        }
        return out
    }
}
