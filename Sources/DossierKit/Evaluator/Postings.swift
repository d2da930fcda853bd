/// Chooses a posting list that holds every event a condition can keep, so a
/// filter on an actor, a place or a type reads only those events.
enum Postings {
    /// The smallest posting list implied by the condition's `and` terms, or nil.
    static func candidates(for condition: RExpr, in corpus: Corpus) -> [Int32]? {
        var best: [Int32]? = nil
        for term in conjuncts(condition) {
            guard let list = postings(term, corpus) else { continue }
            if best == nil || list.count < best!.count { best = list }
        }
        return best
    }

    static func conjuncts(_ e: RExpr) -> [RExpr] {
        if case .and(let a, let b) = e.kind { return conjuncts(a) + conjuncts(b) }
        return [e]
    }

    static func postings(_ term: RExpr, _ corpus: Corpus) -> [Int32]? {
        switch term.kind {
        case .refIn(let x, let c, let rows):
            guard case .field(.events, let f) = x.kind else { return nil }
            let lists: [[Int32]]
            switch (f, c) {
            case (.actors, .actors), (.source, .actors), (.target, .actors):
                lists = rows.map { corpus.eventsByActor[Int($0)] }
            case (.location, .places):
                lists = rows.map { corpus.eventsByPlace[Int($0)] }
            default: return nil
            }
            return union(lists)
        case .compare(.equal, let x, let y):
            guard case .field(.events, .type) = x.kind, case .string(let s)? = y.constantValue,
                  let t = PloverType(name: s) else { return nil }
            return corpus.eventsByType[PloverType.allCases.firstIndex(of: t)!]
        case .inList(let x, let y):
            guard case .field(.events, .type) = x.kind, case .list(let items)? = y.constantValue else { return nil }
            var lists: [[Int32]] = []
            for case .string(let s) in items {
                guard let t = PloverType(name: s) else { continue }
                lists.append(corpus.eventsByType[PloverType.allCases.firstIndex(of: t)!])
            }
            return union(lists)
        default:
            return nil
        }
    }

    /// Sorted union of sorted lists.
    static func union(_ lists: [[Int32]]) -> [Int32] {
        if lists.count == 1 { return lists[0] }
        var all = lists.flatMap { $0 }
        all.sort()
        var out: [Int32] = []
        out.reserveCapacity(all.count)
        for v in all where out.last != v { out.append(v) }
        return out
    }
}
