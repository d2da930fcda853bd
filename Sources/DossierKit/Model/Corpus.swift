/// Everything a query can see: the four collections, stored column by column,
/// with posting lists from entities and categories to events. Immutable once
/// built (see `CorpusBuilder`), so any number of queries may share it.
public final class Corpus: @unchecked Sendable {
    public let articles: ArticleTable
    public let events: EventTable
    public let actors: EntityTable
    public let places: EntityTable
    /// Dictionaries behind the events' `mode` and `country` codes.
    public let modes: StringDictionary
    public let countries: StringDictionary

    /// Event rows per actor (any participant), place and type, in row order.
    let eventsByActor: [[Int32]]
    let eventsByPlace: [[Int32]]
    let eventsByType: [[Int32]]
    /// Event rows of each article (article row -> events, as a list column).
    let eventsByArticle: ListColumn
    let articleByID: [String: Int32]

    init(articles: ArticleTable, events: EventTable, actors: EntityTable, places: EntityTable,
         modes: StringDictionary, countries: StringDictionary) {
        self.articles = articles
        self.events = events
        self.actors = actors
        self.places = places
        self.modes = modes
        self.countries = countries

        var byActor = [[Int32]](repeating: [], count: actors.count)
        var byPlace = [[Int32]](repeating: [], count: places.count)
        var byType = [[Int32]](repeating: [], count: PloverType.allCases.count)
        var articleCounts = [Int32](repeating: 0, count: articles.count)
        for e in 0..<events.count {
            let row = Int32(e)
            for a in events.actors[e] where byActor[Int(a)].last != row { byActor[Int(a)].append(row) }
            let l = events.location[e]
            if l >= 0 { byPlace[Int(l)].append(row) }
            let t = events.type[e]
            if t != EventTable.nullType { byType[Int(t)].append(row) }
            articleCounts[Int(events.article[e])] += 1
        }
        // Group event rows by article without a hash map: counting sort.
        var starts = [Int32](repeating: 0, count: articles.count + 1)
        for i in 0..<articles.count { starts[i + 1] = starts[i] + articleCounts[i] }
        var fill = starts
        var flat = [Int32](repeating: 0, count: events.count)
        for e in 0..<events.count {
            let a = Int(events.article[e])
            flat[Int(fill[a])] = Int32(e)
            fill[a] += 1
        }
        var byArticle = ListColumn()
        for i in 0..<articles.count { byArticle.append(flat[Int(starts[i])..<Int(starts[i + 1])]) }
        self.eventsByActor = byActor
        self.eventsByPlace = byPlace
        self.eventsByType = byType
        self.eventsByArticle = byArticle
        var ids: [String: Int32] = [:]
        for (i, id) in articles.id.enumerated() { ids[id] = Int32(i) }
        self.articleByID = ids
    }

    public static let empty = CorpusBuilder().build()

    public func count(_ c: Collection) -> Int {
        switch c {
        case .articles: return articles.count
        case .events: return events.count
        case .actors: return actors.count
        case .places: return places.count
        }
    }

    /// How a row is shown where a value is expected: names for entities, ids otherwise.
    public func displayName(_ c: Collection, _ row: Int32) -> String {
        switch c {
        case .articles: return articles.id[Int(row)]
        case .events: return events.id[Int(row)]
        case .actors: return actors.name[Int(row)]
        case .places: return places.name[Int(row)]
        }
    }

    public func entities(_ c: Collection) -> EntityTable? {
        switch c {
        case .actors: return actors
        case .places: return places
        default: return nil
        }
    }

    /// Events that involve an actor or happened at a place.
    func events(of c: Collection, _ row: Int32) -> [Int32] {
        switch c {
        case .actors: return eventsByActor[Int(row)]
        case .places: return eventsByPlace[Int(row)]
        case .articles: return Array(eventsByArticle[Int(row)])
        case .events: return [row]
        }
    }

    /// The languages present, most frequent first.
    public var languages: [String] {
        var counts: [String: Int] = [:]
        for l in articles.lang { if let l { counts[l, default: 0] += 1 } }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
    }
}

extension Corpus {
    public struct Footprint: Sendable {
        /// Bytes of the event columns and the posting lists, not counting the
        /// characters of ids and sentences beyond a String's own 16 bytes.
        public var eventBytes: Int
    }

    /// What the corpus's event storage occupies.
    public func footprint() -> Footprint {
        let e = events
        func size<T>(_ a: [T]) -> Int { a.capacity * MemoryLayout<T>.stride }
        var bytes = size(e.id) + size(e.article) + size(e.type) + size(e.mode) + size(e.location) + size(e.country)
            + size(e.date) + size(e.killed) + size(e.injured) + size(e.context) + size(e.sentence)
            + size(e.spanStart) + size(e.spanEnd) + size(e.confidence)
        for list in [e.actors, e.source, e.target] { bytes += size(list.offsets) + size(list.values) }
        // Ids longer than 15 bytes live on the heap.
        bytes += e.id.reduce(0) { $0 + ($1.utf8.count > 15 ? $1.utf8.count + 32 : 0) }
        for lists in [eventsByActor, eventsByPlace, eventsByType] {
            bytes += lists.reduce(0) { $0 + size($1) + 32 }
        }
        bytes += size(eventsByArticle.offsets) + size(eventsByArticle.values)
        return Footprint(eventBytes: bytes)
    }
}
