/// Assembles a `Corpus` from records: entities first, then articles, then
/// their events, whose names are resolved through the entities' aliases.
public struct CorpusBuilder {
    var articles = ArticleTable()
    var events = EventTable()
    var actors = EntityTable()
    var places = EntityTable()
    var modes = StringDictionary()
    var countries = StringDictionary()
    var articleIndex: [String: Int32] = [:]
    var eventIDs: Set<String> = []
    var actorCache: [String: Int32] = [:]
    var placeCache: [String: Int32] = [:]

    public init() {}

    public var articleCount: Int { articles.count }

    /// Adds an actor, or extends the one with the same canonical name.
    @discardableResult
    public mutating func addActor(_ r: EntityRecord) -> Int32 {
        actorCache = [:]   // new aliases may change what a name resolves to
        return Self.add(r, to: &actors)
    }

    @discardableResult
    public mutating func addPlace(_ r: EntityRecord) -> Int32 {
        placeCache = [:]
        return Self.add(r, to: &places)
    }

    private static func add(_ r: EntityRecord, to table: inout EntityTable) -> Int32 {
        let folded = TextFold.fold(r.name)
        if let existing = table.lookup(r.name).first(where: { TextFold.fold(table.name[Int($0)]) == folded }) {
            let i = Int(existing)
            table.kind[i] = table.kind[i] ?? r.kind
            table.country[i] = table.country[i] ?? r.country
            table.role[i] = table.role[i] ?? r.role
            table.lat[i] = table.lat[i] ?? r.lat
            table.lon[i] = table.lon[i] ?? r.lon
            table.addNames(r.aliases, to: existing)
            return existing
        }
        return table.append(name: r.name, kind: r.kind, country: r.country, role: r.role,
                            lat: r.lat, lon: r.lon, aliases: r.aliases)
    }

    public func hasArticle(_ id: String) -> Bool { articleIndex[id] != nil }

    /// Adds an article; returns nil when its id is taken.
    @discardableResult
    public mutating func addArticle(_ r: ArticleRecord) -> Int32? {
        guard articleIndex[r.id] == nil else { return nil }
        let row = Int32(articles.count)
        articleIndex[r.id] = row
        articles.id.append(r.id)
        articles.title.append(r.title)
        articles.outlet.append(r.outlet)
        articles.byline.append(r.byline)
        articles.url.append(r.url)
        articles.date.append(r.date)
        articles.lang.append(r.lang)
        articles.text.append(r.text)
        articles.words.append(Int32(clamping: CorpusBuilder.wordCount(r.text)))
        articles.file.append(r.file)
        return row
    }

    public enum EventError: Error, Equatable {
        case unknownArticle(String)
        case duplicateID(String)
    }

    /// Adds an event to an article already added.
    public mutating func addEvent(_ r: EventRecord) throws(EventError) {
        guard let article = articleIndex[r.article] else { throw .unknownArticle(r.article) }
        let id = r.id ?? "\(r.article)-e\(events.count + 1)"
        guard eventIDs.insert(id).inserted else { throw .duplicateID(id) }
        events.id.append(id)
        events.article.append(article)
        events.type.append(r.type.map { UInt8(PloverType.allCases.firstIndex(of: $0)!) } ?? EventTable.nullType)
        events.mode.append(r.mode.map { modes.code(for: $0) } ?? -1)
        let source = r.source.map { Self.resolve($0, in: &actors, cache: &actorCache) }
        let target = r.target.map { Self.resolve($0, in: &actors, cache: &actorCache) }
        var all = r.actors.map { $0.map { Self.resolve($0, in: &actors, cache: &actorCache) } } ?? (source + target)
        var seen = Set<Int32>()
        all = all.filter { seen.insert($0).inserted }
        events.actors.append(all)
        events.source.append(source)
        events.target.append(target)
        let location = r.location.map { Self.resolve($0, in: &places, cache: &placeCache) } ?? -1
        events.location.append(location)
        let country = r.country ?? (location >= 0 ? places.country[Int(location)] : nil)
        events.country.append(country.map { countries.code(for: $0) } ?? -1)
        events.date.append(r.date?.packed ?? 0)
        events.killed.append(r.killed.map { Int32(clamping: $0) } ?? -1)
        events.injured.append(r.injured.map { Int32(clamping: $0) } ?? -1)
        events.context.append(r.context.rawValue)
        events.sentence.append(r.sentence)
        events.spanStart.append(r.span.map { Int32(clamping: $0.0) } ?? -1)
        events.spanEnd.append(r.span.map { Int32(clamping: $0.1) } ?? -1)
        events.confidence.append(r.confidence.map { UInt16(($0 * 10000).rounded()) } ?? EventTable.nullConfidence)
    }

    /// The row of the entity a name refers to; an unknown name becomes an entity of its own.
    /// Names seen before are answered from `cache` without folding them again.
    private static func resolve(_ name: String, in table: inout EntityTable, cache: inout [String: Int32]) -> Int32 {
        if let row = cache[name] { return row }
        let row = resolve(name, in: &table)
        cache[name] = row
        return row
    }

    private static func resolve(_ name: String, in table: inout EntityTable) -> Int32 {
        let rows = table.lookup(name)
        let folded = TextFold.fold(name)
        if let exact = rows.first(where: { TextFold.fold(table.name[Int($0)]) == folded }) { return exact }
        if let first = rows.first { return first }
        return table.append(name: name.trimmingSpaces(), kind: nil, country: nil, role: nil, lat: nil, lon: nil, aliases: [])
    }

    public func build() -> Corpus {
        Corpus(articles: articles, events: events, actors: actors, places: places, modes: modes, countries: countries)
    }

    static func wordCount(_ text: String) -> Int {
        var n = 0, inWord = false
        for b in text.utf8 {
            let space = b == 32 || b == 10 || b == 9 || b == 13
            if !space && !inWord { n += 1 }
            inWord = !space
        }
        return n
    }
}
