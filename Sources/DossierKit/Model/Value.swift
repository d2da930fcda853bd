/// A value at run time. Rows of a collection appear as `.ref`, so that
/// navigation (`article.lang`) and entity matching work on them.
public enum Value: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case decimal(Double)
    case string(String)
    case date(DDate)
    case ref(Collection, Int32)
    case list([Value])

    public var isNull: Bool { if case .null = self { return true } else { return false } }

    /// The numeric value of an int or a decimal.
    var number: Double? {
        switch self {
        case .int(let v): return Double(v)
        case .decimal(let v): return v
        default: return nil
        }
    }

    /// The elements of a list, or the value alone.
    var elements: [Value] {
        if case .list(let items) = self { return items }
        return [self]
    }
}

extension Value {
    /// Total order used by `sort by`, `min` and `max`: nulls last, then by kind,
    /// numbers numerically, text case- and diacritic-insensitively, dates with
    /// a month before its days, rows by their display name.
    static func order(_ a: Value, _ b: Value, corpus: Corpus) -> Int {
        switch (a, b) {
        case (.null, .null): return 0
        case (.null, _): return 1
        case (_, .null): return -1
        case let (.int(x), .int(y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.int, .decimal), (.decimal, .int), (.decimal, .decimal):
            let x = a.number!, y = b.number!
            return x < y ? -1 : (x > y ? 1 : 0)
        case let (.string(x), .string(y)):
            let fx = TextFold.fold(x), fy = TextFold.fold(y)
            if fx != fy { return fx < fy ? -1 : 1 }
            return x == y ? 0 : (x < y ? -1 : 1)
        case let (.date(x), .date(y)): return x.packed < y.packed ? -1 : (x.packed > y.packed ? 1 : 0)
        case let (.bool(x), .bool(y)): return x == y ? 0 : (x ? 1 : -1)
        case let (.ref(c, x), .ref(d, y)) where c == d:
            if x == y { return 0 }
            return order(.string(corpus.displayName(c, x)), .string(corpus.displayName(d, y)), corpus: corpus)
        case let (.list(x), .list(y)):
            for (u, v) in zip(x, y) {
                let o = order(u, v, corpus: corpus)
                if o != 0 { return o }
            }
            return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
        default:
            return a.rank < b.rank ? -1 : (a.rank > b.rank ? 1 : 0)
        }
    }

    private var rank: Int {
        switch self {
        case .bool: return 0
        case .int, .decimal: return 1
        case .date: return 2
        case .string: return 3
        case .ref: return 4
        case .list: return 5
        case .null: return 6
        }
    }
}
