import Foundation

/// The files an ingest reads (`CorpusWalk`, as the loader), each with its
/// absolute path, the path as given and its size. A store found in a folder
/// is not read as an article.
struct FileWalk {
    struct File {
        var absolute: String
        var shown: String
        var size: Int

        /// Read as a text article (else as JSON Lines), as the loader decides.
        func isText(_ bytes: [UInt8]) -> Bool {
            CorpusLoader.isTextArticle(head: bytes.prefix(64 << 10), name: shown)
        }
    }

    private(set) var files: [File] = []
    private(set) var diagnostics: [InputDiagnostic] = []
    private var seen = Set<String>()

    mutating func add(_ path: String) {
        CorpusWalk.walk(path, problem: { diagnostics.append($0) }) { path, real, explicit in
            if StoreSchema.isStore(path) && !explicit { return }
            let absolute = StoreFiles.absolute(path)
            guard seen.insert(absolute).inserted else { return }
            let size = (try? FileManager.default.attributesOfItem(atPath: real))?[.size] as? Int ?? 0
            files.append(File(absolute: absolute, shown: path, size: size))
        }
    }
}

enum StoreFiles {
    /// The absolute, standardized path: how the store knows a file again.
    static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        return (full as NSString).standardizingPath
    }
}

/// One file's records, read and extracted as the loader would.
struct FileRecords {
    struct Contents {
        var isText = false
        var articles: [ArticleRecord] = []
        var events: [EventRecord] = []
        var actors: [(origin: String, rank: Int, record: EntityRecord)] = []
        var places: [(origin: String, rank: Int, record: EntityRecord)] = []
        var diagnostics: [InputDiagnostic] = []
        var isEmpty: Bool { articles.isEmpty && events.isEmpty && actors.isEmpty && places.isEmpty }
    }

    let lexicon: Lexicon
    /// The rank the next actor the extractor discovers gets (first discovered, first added).
    var nextDiscovered = 0
    private var loader = CorpusLoader()
    private var configured = false
    private var actorRank: [String: Int] = [:]
    private var placeRank: [String: Int] = [:]

    init(lexicon: Lexicon) { self.lexicon = lexicon }

    mutating func read(_ bytes: [UInt8], file: String) -> Contents {
        var c = Contents()
        guard bytes.count <= CorpusLoader.maximumFileSize else {
            c.diagnostics.append(InputDiagnostic(.unreadableFile, file: file, "file is \(bytes.count >> 20) MB; the limit is \(CorpusLoader.maximumFileSize >> 20) MB"))
            return c
        }
        if CorpusLoader.isTextArticle(head: bytes.prefix(64 << 10), name: file) {
            readText(bytes, file: file, into: &c)
        } else {
            readJSONLines(bytes, file: file, into: &c)
        }
        return c
    }

    private mutating func readText(_ bytes: [UInt8], file: String, into c: inout Contents) {
        c.isText = true
        guard bytes.count <= CorpusLoader.maximumArticleSize else {
            c.diagnostics.append(InputDiagnostic(.unreadableFile, file: file, "too large for an article (\(bytes.count >> 20) MB); split it"))
            return
        }
        if !configured {
            loader.use(lexicon)
            for (i, a) in lexicon.actors.enumerated() where actorRank[a.name] == nil { actorRank[a.name] = i }
            for (i, p) in lexicon.places.enumerated() where placeRank[p.name] == nil { placeRank[p.name] = i }
            configured = true
        }
        let (read, problems) = TextArticleReader.read(bytes, file: file, id: CorpusLoader.stem(file), months: loader.months)
        c.diagnostics += problems
        guard var article = read else { return }
        article.lang = article.lang ?? loader.languageDetector?.detect(article.text)
        c.articles = [article]
        c.events = loader.extract?(article) ?? []
        var actorNames = Set<String>(), placeNames = Set<String>()
        for e in c.events {
            actorNames.formUnion(e.actors ?? []); actorNames.formUnion(e.source); actorNames.formUnion(e.target)
            if let l = e.location { placeNames.insert(l) }
        }
        guard !c.events.isEmpty, let entities = loader.entities?(actorNames, placeNames) else { return }
        for a in entities.actors {
            if let rank = actorRank[a.name] {
                c.actors.append(("lexicon", rank, a))
            } else {
                c.actors.append(("discovered", nextDiscovered, a))
                nextDiscovered += 1
            }
        }
        for p in entities.places { c.places.append(("lexicon", placeRank[p.name] ?? Int.max >> 1, p)) }
    }

    private func readJSONLines(_ bytes: [UInt8], file: String, into c: inout Contents) {
        guard let first = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }) else {
            c.diagnostics.append(InputDiagnostic(.unreadableFile, file: file, "file is empty", severity: .warning))
            return
        }
        if bytes.prefix(4096).contains(0) {
            c.diagnostics.append(InputDiagnostic(.unreadableFile, file: file, "binary file (it holds NUL bytes); skipped"))
            return
        }
        guard first == UInt8(ascii: "{") else {
            c.diagnostics.append(InputDiagnostic(.unreadableFile, file: file, line: 1, "not Dossier JSON Lines (the first record should start with '{')"))
            return
        }
        let contents = JSONLines.parse(bytes, file: file)
        c.diagnostics += contents.diagnostics
        c.actors = contents.actors.enumerated().map { ("declared", $0.offset, $0.element) }
        c.places = contents.places.enumerated().map { ("declared", $0.offset, $0.element) }
        c.articles = contents.articles.map { var a = $0.record; a.file = a.file ?? file; return a }
        c.events = contents.events.map(\.record)
    }
}
