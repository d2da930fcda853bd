import Foundation

/// Loads a corpus from files and folders. Every readable record loads; each
/// problem becomes one `InputDiagnostic` naming the file (and line), and the
/// rest of the corpus still loads.
public struct CorpusLoader {
    /// `ingest` reads a file whole and refuses one larger than this (the
    /// loader reads JSON Lines piece by piece, at any size).
    public static let maximumFileSize = 2 << 30
    /// Text articles larger than this are refused: no article is that long.
    public static let maximumArticleSize = 32 << 20

    public private(set) var diagnostics: [InputDiagnostic] = []
    private var builder = CorpusBuilder()
    /// Events from JSON Lines, a batch per piece read, so that `finish()`
    /// can free each batch once its events are in.
    private var pendingEvents: [[(file: String, line: Int, record: EventRecord)]] = []
    /// Text articles wait for `finish()`, which gives them ids in path order.
    private var pendingTexts: [ArticleRecord] = []

    /// How much of a JSON Lines file is read at a time (after its first 64 KB).
    public var pieceSize = 8 << 20
    /// Sets `lang` of text articles.
    public var languageDetector: LanguageDetector?
    /// For the extraction hook's use; the loader itself does not split.
    public var sentenceSplitter: SentenceSplitter?
    /// Folded month words of every language (English is built in), for dates written in text.
    public var months: [String: Int] = [:]
    /// Makes the events of each text article, once its id and language are fixed.
    public var extract: ((ArticleRecord) -> [EventRecord])?
    /// The actor and place records behind the names extracted events use
    /// (kind, country, aliases), added before those events.
    public var entities: ((_ actors: Set<String>, _ places: Set<String>) -> (actors: [EntityRecord], places: [EntityRecord]))?

    public init() {}

    /// Loads every path (files, or folders searched recursively in name order).
    public static func load(_ paths: [String], lexicon: Lexicon = Lexicon.builtIn.lexicon) -> (corpus: Corpus, diagnostics: [InputDiagnostic]) {
        var loader = CorpusLoader()
        loader.use(lexicon)
        for path in paths { loader.add(path: path) }
        return loader.finish()
    }

    public mutating func add(path: String) {
        CorpusWalk.walk(path, problem: { diagnostics.append($0) }, file: { file, _, _ in readFile(file) })
    }

    /// Whether a file is read as a text article rather than JSON Lines: its
    /// start (`head`, at least the first 64 KB) does not open with '{' and
    /// its name is not a JSON Lines name.
    static func isTextArticle<Bytes: Sequence>(head: Bytes, name: String) -> Bool where Bytes.Element == UInt8 {
        let first = head.first { !TextArticleReader.isASCIISpace($0) && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
        return first != UInt8(ascii: "{") && !isJSONLinesName(name)
    }

    /// A text article's id: its stem, or `stem-2`, `stem-3`, ... when taken.
    static func uniqueID(_ stem: String, isTaken: (String) -> Bool) -> String {
        var id = stem, n = 1
        while isTaken(id) {
            n += 1
            id = "\(stem)-\(n)"
        }
        return id
    }

    /// Files a folder walk reads; others (notes, scripts, read-me and
    /// licence files, expected outputs) are left alone.
    static func isCorpusFile(_ name: String) -> Bool {
        isJSONLinesName(name) || (isTextName(name) && !isDocumentName(name))
    }

    static func isJSONLinesName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson")
    }

    static func isTextName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".txt") || lower.hasSuffix(".text")
    }

    /// Text files that accompany a corpus rather than belong to it.
    static func isDocumentName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return ["readme", "license", "licence", "copying", "notice", "changelog", "changes", "authors", "expected"]
            .contains { lower.hasPrefix($0) }
    }

    /// The article id a text file gets before collisions are settled: its name without the extension.
    static func stem(_ path: String) -> String {
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? name : stem
    }

    private mutating func readFile(_ path: String) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = attributes?[.size] as? Int
        guard let handle = FileHandle(forReadingAtPath: path) else {
            diagnostics.append(InputDiagnostic(.unreadableFile, file: path, "cannot read file (permission denied?)"))
            return
        }
        defer { try? handle.close() }
        // The start tells JSON Lines ('{') from a text article.
        guard let head = try? [UInt8](handle.read(upToCount: 64 << 10) ?? Data()) else {
            diagnostics.append(InputDiagnostic(.unreadableFile, file: path, "cannot read file"))
            return
        }
        if CorpusLoader.isTextArticle(head: head, name: path) {
            if let size, size > CorpusLoader.maximumArticleSize {
                diagnostics.append(InputDiagnostic(.unreadableFile, file: path, "too large for an article (\(size >> 20) MB); split it"))
                return
            }
            guard let rest = try? handle.readToEnd() ?? Data() else {
                diagnostics.append(InputDiagnostic(.unreadableFile, file: path, "cannot read file"))
                return
            }
            addTextArticle(head + [UInt8](rest), file: path)
            return
        }
        if head.prefix(4096).contains(0) {
            diagnostics.append(InputDiagnostic(.unreadableFile, file: path, "binary file (it holds NUL bytes); skipped"))
            return
        }
        let first = head.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF })
        if let first, first != UInt8(ascii: "{") {
            diagnostics.append(InputDiagnostic(.unreadableFile, file: path, line: 1,
                                               "not Dossier JSON Lines (the first record should start with '{')"))
            return
        }
        // Piece by piece: memory holds one piece of the file, never all of it.
        var stream = JSONLines.Stream(file: path)
        var contents = JSONLines.Contents()
        var blank = first == nil
        stream.feed(head[...], into: &contents)
        while head.count == 64 << 10 {
            let piece: Data
            do {
                guard let p = try handle.read(upToCount: max(1, pieceSize)), !p.isEmpty else { break }
                piece = p
            } catch {
                diagnostics.append(InputDiagnostic(.unreadableFile, file: path, "cannot read the rest of the file (\(error.localizedDescription)); the records before are kept"))
                break
            }
            if blank { blank = !piece.contains { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 } }
            stream.feed([UInt8](piece)[...], into: &contents)
            add(contents, file: path)
            contents = JSONLines.Contents()
        }
        stream.finish(into: &contents)
        add(contents, file: path)
        if blank {
            diagnostics.append(InputDiagnostic(.unreadableFile, file: path, "file is empty", severity: .warning))
        }
    }

    /// Adds Dossier JSON Lines already in memory, as if read from `file`.
    public mutating func addJSONLines(_ bytes: [UInt8], file: String) {
        add(JSONLines.parse(bytes, file: file), file: file)
    }

    /// Adds the records of (a piece of) a JSON Lines file; events wait for `finish()`.
    private mutating func add(_ contents: JSONLines.Contents, file: String) {
        diagnostics += contents.diagnostics
        for a in contents.actors { builder.addActor(a) }
        for p in contents.places { builder.addPlace(p) }
        for (line, var a) in contents.articles {
            if builder.hasArticle(a.id) {
                diagnostics.append(InputDiagnostic(.duplicateID, file: file, line: line, column: 1,
                                                   "article id '\(a.id)' appears twice; the later article is skipped"))
                continue
            }
            a.file = a.file ?? file
            builder.addArticle(a)
        }
        if !contents.events.isEmpty { pendingEvents.append(contents.events.map { (file, $0.line, $0.record) }) }
    }

    /// Adds a plain-text article already in memory, as if read from `file`
    /// (its id is the file's stem, made unique at `finish()`).
    public mutating func addTextArticle(_ bytes: [UInt8], file: String) {
        let (article, problems) = TextArticleReader.read(bytes, file: file, id: CorpusLoader.stem(file), months: months)
        diagnostics += problems
        if let article { pendingTexts.append(article) }
    }

    /// Adds the text articles and the events (whose articles may come from
    /// any file), and builds the corpus.
    public mutating func finish() -> (corpus: Corpus, diagnostics: [InputDiagnostic]) {
        var given = Set<String>()
        for batch in pendingEvents { for e in batch { given.insert(e.record.article) } }
        var extracted: [(file: String, record: EventRecord)] = []
        for var article in uniquelyNamed(pendingTexts) {
            article.lang = article.lang ?? languageDetector?.detect(article.text)
            builder.addArticle(article)
            // Events given in JSON Lines replace extraction for their article.
            if let extract, !given.contains(article.id) {
                extracted += extract(article).map { (article.file ?? article.id, $0) }
            }
        }
        pendingTexts = []
        var batches = pendingEvents
        pendingEvents = []
        for i in batches.indices {
            for (file, line, event) in batches[i] { addEvent(event, file: file, line: line) }
            batches[i] = []
        }
        if let entities, !extracted.isEmpty {
            var actorNames = Set<String>(), placeNames = Set<String>()
            for (_, e) in extracted {
                actorNames.formUnion(e.actors ?? []); actorNames.formUnion(e.source); actorNames.formUnion(e.target)
                if let l = e.location { placeNames.insert(l) }
            }
            let records = entities(actorNames, placeNames)
            for a in records.actors { builder.addActor(a) }
            for p in records.places { builder.addPlace(p) }
        }
        for (file, event) in extracted {
            addEvent(event, file: file, line: nil)
        }
        return (builder.build(), diagnostics)
    }

    private mutating func addEvent(_ event: EventRecord, file: String, line: Int?) {
        do {
            try builder.addEvent(event)
        } catch {
            let column = line == nil ? nil : 1
            switch error {
            case .unknownArticle(let id):
                diagnostics.append(InputDiagnostic(.unknownArticle, file: file, line: line, column: column, "event refers to unknown article '\(id)'"))
            case .duplicateID(let id):
                diagnostics.append(InputDiagnostic(.duplicateID, file: file, line: line, column: column, "event id '\(id)' appears twice; the later event is skipped"))
            }
        }
    }

    /// Text articles in path order with ids made unique: the first of a stem
    /// keeps it, later ones become `stem-2`, `stem-3`, ..., skipping ids
    /// already taken (by JSON Lines articles too). The same file read twice
    /// counts once.
    private func uniquelyNamed(_ articles: [ArticleRecord]) -> [ArticleRecord] {
        var seenFiles = Set<String>()
        var taken = Set<String>()
        var out: [ArticleRecord] = []
        for var article in articles.sorted(by: { ($0.file ?? "", $0.id) < ($1.file ?? "", $1.id) }) {
            guard seenFiles.insert(article.file ?? "").inserted else { continue }
            let id = CorpusLoader.uniqueID(article.id) { builder.hasArticle($0) || taken.contains($0) }
            taken.insert(id)
            article.id = id
            out.append(article)
        }
        return out
    }
}
