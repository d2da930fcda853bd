/// Scores a corpus's events against gold events (DESIGN section 7).
///
/// An extracted event matches a gold event when the article and type agree,
/// every gold actor is among the event's actors (names resolved through
/// aliases, as in a query) and, where the gold gives one, the location
/// agrees. Each gold event matches at most one extracted event and the other
/// way round; within an article the matching is a maximum one (augmenting
/// paths), and where several maximum matchings exist the one that tries
/// events with the right date and casualties first is kept.
///
/// Events the text only negates, expects or supposes (context negated,
/// future or hypothetical) did not happen, and gold files do not code them,
/// so they are left out of the score unless `includeAllContexts` is set.
public struct Evaluation: Sendable {
    public struct Counts: Sendable, Equatable {
        public var gold = 0
        public var extracted = 0
        public var matched = 0
        public var precision: Double { extracted == 0 ? (gold == 0 ? 1 : 0) : Double(matched) / Double(extracted) }
        public var recall: Double { gold == 0 ? (extracted == 0 ? 1 : 0) : Double(matched) / Double(gold) }
        public var f1: Double {
            let p = precision, r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    public struct Accuracy: Sendable, Equatable {
        public var correct = 0
        public var total = 0
        /// nil when no matched pair could be checked.
        public var value: Double? { total == 0 ? nil : Double(correct) / Double(total) }
    }

    public struct Pair: Sendable {
        public var gold: GoldEvent
        public var event: Int32
        public var dateCorrect: Bool?
        public var casualtiesCorrect: Bool?
    }

    public var overall = Counts()
    public var byType: [PloverType: Counts] = [:]
    public var date = Accuracy()
    public var casualties = Accuracy()
    public var pairs: [Pair] = []
    public var misses: [GoldEvent] = []
    /// Event rows that match no gold event.
    public var extras: [Int32] = []
    /// Event rows left out because of their context.
    public var unscored = 0
    public var articles = 0

    public init(corpus: Corpus, gold: [GoldEvent], includeAllContexts: Bool = false) {
        let ignored: EventContext = includeAllContexts ? [] : [.negated, .future, .hypothetical]
        let events = corpus.events
        var goldByArticle: [Int32: [GoldEvent]] = [:]
        var orphans: [GoldEvent] = []
        for g in gold {
            if let row = corpus.articleByID[g.article] { goldByArticle[row, default: []].append(g) } else { orphans.append(g) }
        }
        articles = corpus.articles.count
        // Resolve names once.
        var actorRows: [String: Set<Int32>] = [:]
        var placeRows: [String: Set<Int32>] = [:]
        for g in gold {
            for a in g.actors where actorRows[a] == nil { actorRows[a] = Set(corpus.actors.lookup(a)) }
            if let l = g.location, placeRows[l] == nil { placeRows[l] = Set(corpus.places.lookup(l)) }
        }

        for article in 0..<corpus.articles.count {
            let rows = corpus.eventsByArticle[article].filter {
                let scored = EventContext(rawValue: events.context[Int($0)]).isDisjoint(with: ignored)
                if !scored { unscored += 1 }
                return scored
            }
            let golds = goldByArticle[Int32(article)] ?? []
            func matches(_ g: GoldEvent, _ e: Int32) -> Bool {
                let t = events.type[Int(e)]
                guard t != EventTable.nullType, g.types.contains(PloverType.allCases[Int(t)]) else { return false }
                let actors = Set(events.actors[Int(e)])
                for a in g.actors where actorRows[a, default: []].isDisjoint(with: actors) { return false }
                if let l = g.location, !placeRows[l, default: []].contains(events.location[Int(e)]) { return false }
                return true
            }
            func quality(_ g: GoldEvent, _ e: Int32) -> Int {
                (Evaluation.dateCorrect(g, events, e) ?? true ? 2 : 0) + (Evaluation.casualtiesCorrect(g, events, e) ?? true ? 1 : 0)
            }
            // Candidates per gold event, best first.
            let candidates: [[Int]] = golds.map { g in
                rows.indices.filter { matches(g, rows[$0]) }.sorted { quality(g, rows[$0]) > quality(g, rows[$1]) }
            }
            var eventOwner = [Int](repeating: -1, count: rows.count)
            for gi in golds.indices {
                var seen = [Bool](repeating: false, count: rows.count)
                func augment(_ g: Int) -> Bool {
                    for e in candidates[g] where !seen[e] {
                        seen[e] = true
                        if eventOwner[e] < 0 || augment(eventOwner[e]) {
                            eventOwner[e] = g
                            return true
                        }
                    }
                    return false
                }
                _ = augment(gi)
            }
            var goldMatched = [Bool](repeating: false, count: golds.count)
            for (ei, gi) in eventOwner.enumerated() {
                let row = rows[ei]
                let t = PloverType.allCases[Int(events.type[Int(row)])]
                if events.type[Int(row)] == EventTable.nullType { extras.append(row); continue }
                byType[t, default: Counts()].extracted += 1
                overall.extracted += 1
                guard gi >= 0 else { extras.append(row); continue }
                goldMatched[gi] = true
                let g = golds[gi]
                byType[t, default: Counts()].matched += 1
                byType[t, default: Counts()].gold += 1
                overall.matched += 1
                let pair = Pair(gold: g, event: row, dateCorrect: Evaluation.dateCorrect(g, events, row),
                                casualtiesCorrect: Evaluation.casualtiesCorrect(g, events, row))
                if let ok = pair.dateCorrect { date.total += 1; if ok { date.correct += 1 } }
                if let ok = pair.casualtiesCorrect { casualties.total += 1; if ok { casualties.correct += 1 } }
                pairs.append(pair)
            }
            for (gi, g) in golds.enumerated() where !goldMatched[gi] { misses.append(g) }
        }
        misses += orphans
        for g in misses {
            byType[g.types[0], default: Counts()].gold += 1
        }
        overall.gold = gold.count
        pairs.sort { ($0.gold.line, $0.event) < ($1.gold.line, $1.event) }
        misses.sort { $0.line < $1.line }
    }

    static func dateCorrect(_ g: GoldEvent, _ events: EventTable, _ e: Int32) -> Bool? {
        guard let d = g.date else { return nil }
        return events.date[Int(e)] == d.packed
    }

    static func casualtiesCorrect(_ g: GoldEvent, _ events: EventTable, _ e: Int32) -> Bool? {
        guard g.killed != nil || g.injured != nil else { return nil }
        func same(_ gold: Int?, _ got: Int32) -> Bool { gold.map { Int32(clamping: $0) == got } ?? true }
        return same(g.killed, events.killed[Int(e)]) && same(g.injured, events.injured[Int(e)])
    }
}
