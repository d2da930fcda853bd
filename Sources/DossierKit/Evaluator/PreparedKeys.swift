/// Sort keys read once per row into a form that compares without building or
/// folding values: integers for counts, dates and flags, text folded once for
/// strings and names, and `Value.order` for anything else. Every form orders
/// rows exactly as `Value.order` does, with nulls last in either direction.
enum PreparedKey {
    /// Integers in the key's order, the direction applied, null as `Int64.max`.
    case integers([Int64])
    /// Text with its fold, nil for null.
    case texts([FoldedText?], descending: Bool)
    /// The general case.
    case values([Value], descending: Bool, corpus: Corpus)

    struct FoldedText {
        let folded: String
        let text: String
    }

    /// A key over values already computed, one a row.
    static func make(_ values: [Value], descending: Bool, corpus: Corpus) -> PreparedKey {
        if let integers = integers(values, descending: descending) { return .integers(integers) }
        if let texts = texts(values, corpus: corpus) { return .texts(texts, descending: descending) }
        return .values(values, descending: descending, corpus: corpus)
    }

    /// A key read straight from an integer event column, or nil for other expressions.
    static func eventColumn(_ e: RExpr, rows: [Int32], descending: Bool, corpus: Corpus) -> PreparedKey? {
        guard case .field(.events, let f) = e.kind else { return nil }
        let events = corpus.events
        func read<T: BinaryInteger>(_ column: [T], isNull: (T) -> Bool) -> PreparedKey {
            .integers(rows.map { row in
                let v = column[Int(row)]
                return isNull(v) ? .max : (descending ? -Int64(v) : Int64(v))
            })
        }
        switch f {
        case .killed: return read(events.killed) { $0 < 0 }
        case .injured: return read(events.injured) { $0 < 0 }
        // Packed dates order as `Value.order` orders dates: a month before its days.
        case .date: return read(events.date) { $0 <= 0 }
        // Ten-thousandths order as the decimals they stand for.
        case .confidence: return read(events.confidence) { $0 == EventTable.nullConfidence }
        default: return nil
        }
    }

    /// Integers, dates or booleans (one kind, nulls allowed) as integers.
    private static func integers(_ values: [Value], descending: Bool) -> [Int64]? {
        // Magnitudes below 2^62 keep clear of the null marker when negated.
        let bound: Int64 = 1 << 62
        enum Kind { case int, date, bool }
        var kind: Kind? = nil
        var out: [Int64] = []
        out.reserveCapacity(values.count)
        for v in values {
            let x: Int64, k: Kind
            switch v {
            case .null: out.append(.max); continue
            case .int(let i): guard i > -bound && i < bound else { return nil }; (x, k) = (i, .int)
            case .date(let d): (x, k) = (Int64(d.packed), .date)
            case .bool(let b): (x, k) = (b ? 1 : 0, .bool)
            default: return nil
            }
            if kind == nil { kind = k } else if kind != k { return nil }
            out.append(descending ? -x : x)
        }
        return out
    }

    /// Strings, or rows of one collection by their display names, folded once.
    private static func texts(_ values: [Value], corpus: Corpus) -> [FoldedText?]? {
        var collection: Collection? = nil
        var sawString = false
        var out: [FoldedText?] = []
        out.reserveCapacity(values.count)
        for v in values {
            let text: String
            switch v {
            case .null: out.append(nil); continue
            case .string(let s):
                guard collection == nil else { return nil }
                sawString = true
                text = s
            case .ref(let c, let r):
                // Rows of one collection compare by display name; mixed kinds do not.
                guard !sawString, collection == nil || collection == c else { return nil }
                collection = c
                text = corpus.displayName(c, r)
            default: return nil
            }
            out.append(FoldedText(folded: TextFold.fold(text), text: text))
        }
        return out
    }

    /// How rows `i` and `j` compare on this key: negative, zero or positive.
    @inline(__always)
    func compare(_ i: Int, _ j: Int) -> Int {
        switch self {
        case .integers(let keys):
            let a = keys[i], b = keys[j]
            return a < b ? -1 : (a > b ? 1 : 0)
        case .texts(let keys, let descending):
            switch (keys[i], keys[j]) {
            case (nil, nil): return 0
            case (nil, _): return 1
            case (_, nil): return -1
            case let (a?, b?):
                let c = a.folded != b.folded ? (a.folded < b.folded ? -1 : 1)
                    : (a.text == b.text ? 0 : (a.text < b.text ? -1 : 1))
                return descending ? -c : c
            }
        case .values(let keys, let descending, let corpus):
            let a = keys[i], b = keys[j]
            // Nulls go last whichever the direction.
            if a.isNull != b.isNull { return a.isNull ? 1 : -1 }
            let c = Value.order(a, b, corpus: corpus)
            return descending ? -c : c
        }
    }
}

/// The order of rows under several keys, ties broken by position, so that
/// every sort and selection under it is stable.
struct RowOrder {
    let keys: [PreparedKey]

    @inline(__always)
    func less(_ i: Int, _ j: Int) -> Bool {
        for key in keys {
            let c = key.compare(i, j)
            if c != 0 { return c < 0 }
        }
        return i < j
    }

    /// Positions `0..<count` in order; with a limit, only the first `limit`
    /// of them, chosen with a bounded heap instead of a full sort.
    func sorted(_ count: Int, limit: Int? = nil) -> [Int] {
        guard let limit, limit < count else { return sortedAll(count) }
        guard limit > 0 else { return [] }
        // A max-heap of the best positions so far: its top is the worst of them.
        var heap: [Int] = []
        heap.reserveCapacity(limit)
        for p in 0..<count {
            if heap.count < limit {
                heap.append(p)
                siftUp(&heap, heap.count - 1)
            } else if less(p, heap[0]) {
                heap[0] = p
                siftDown(&heap, 0)
            }
        }
        return heap.sorted(by: less)
    }

    private func sortedAll(_ count: Int) -> [Int] {
        // One integer key: sort (key, position) pairs, with no closure per comparison.
        if keys.count == 1, case .integers(let k) = keys[0] {
            var pairs = (0..<count).map { (k[$0], $0) }
            pairs.sort { $0 < $1 }
            return pairs.map(\.1)
        }
        return (0..<count).sorted(by: less)
    }

    private func siftUp(_ heap: inout [Int], _ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard less(heap[parent], heap[child]) else { return }
            heap.swapAt(parent, child)
            child = parent
        }
    }

    private func siftDown(_ heap: inout [Int], _ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1, right = left + 1
            var worst = parent
            if left < heap.count, less(heap[worst], heap[left]) { worst = left }
            if right < heap.count, less(heap[worst], heap[right]) { worst = right }
            if worst == parent { return }
            heap.swapAt(parent, worst)
            parent = worst
        }
    }
}
