/// Scores a corpus's events against gold events (DESIGN section 7).
///
/// An extracted event matches a gold event when the article and type agree,
/// every gold actor is among the event's actors (names resolved through
/// aliases, as in a query) and, where the gold gives one, the location
/// agrees. Each gold event matches at most one extracted event and the other
/// way round; within an article the matching is a maximum one, and among
/// those the one with the most right dates and casualty counts.
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
            let eventOwner = Evaluation.assign(golds.count, rows.count,
                                               edge: { matches(golds[$0], rows[$1]) }, quality: { quality(golds[$0], rows[$1]) })
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

    /// The gold event each extracted event is paired with (-1: none): a
    /// maximum matching, and among maximum matchings one with the most
    /// right dates and counts (Hungarian method on weights K + quality,
    /// with K large enough that one more pair always wins). Very large
    /// articles fall back to augmenting paths that try better pairs first.
    static func assign(_ nGold: Int, _ nEvents: Int, edge: (Int, Int) -> Bool, quality: (Int, Int) -> Int) -> [Int] {
        var weight = [[Int]](repeating: [Int](repeating: 0, count: nEvents), count: nGold)
        var any = false
        let k = 3 * (min(nGold, nEvents) + 1) + 1
        for g in 0..<nGold {
            for e in 0..<nEvents where edge(g, e) { weight[g][e] = k + quality(g, e); any = true }
        }
        var owner = [Int](repeating: -1, count: nEvents)
        guard any else { return owner }
        let n = max(nGold, nEvents)
        if n <= 400 {
            // Minimise cost = -weight over an n x n matrix (rows: gold, padded).
            let inf = Int.max / 4
            var u = [Int](repeating: 0, count: n + 1), v = [Int](repeating: 0, count: n + 1)
            var p = [Int](repeating: 0, count: n + 1), way = [Int](repeating: 0, count: n + 1)
            func cost(_ i: Int, _ j: Int) -> Int { i <= nGold && j <= nEvents ? -weight[i - 1][j - 1] : 0 }
            for i in 1...n {
                p[0] = i
                var j0 = 0
                var minv = [Int](repeating: inf, count: n + 1)
                var used = [Bool](repeating: false, count: n + 1)
                repeat {
                    used[j0] = true
                    let i0 = p[j0]
                    var delta = inf, j1 = 0
                    for j in 1...n where !used[j] {
                        let cur = cost(i0, j) - u[i0] - v[j]
                        if cur < minv[j] { minv[j] = cur; way[j] = j0 }
                        if minv[j] < delta { delta = minv[j]; j1 = j }
                    }
                    for j in 0...n {
                        if used[j] { u[p[j]] += delta; v[j] -= delta } else { minv[j] -= delta }
                    }
                    j0 = j1
                } while p[j0] != 0
                repeat {
                    let j1 = way[j0]
                    p[j0] = p[j1]
                    j0 = j1
                } while j0 != 0
            }
            for j in 1...n where j <= nEvents && p[j] >= 1 && p[j] <= nGold && weight[p[j] - 1][j - 1] > 0 {
                owner[j - 1] = p[j] - 1
            }
            return owner
        }
        let candidates: [[Int]] = (0..<nGold).map { g in
            (0..<nEvents).filter { weight[g][$0] > 0 }.sorted { weight[g][$0] > weight[g][$1] }
        }
        for gi in 0..<nGold {
            var seen = [Bool](repeating: false, count: nEvents)
            func augment(_ g: Int) -> Bool {
                for e in candidates[g] where !seen[e] {
                    seen[e] = true
                    if owner[e] < 0 || augment(owner[e]) {
                        owner[e] = g
                        return true
                    }
                }
                return false
            }
            _ = augment(gi)
        }
        return owner
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
