/// One statement of a script or a shell line.
public struct Statement: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// `events where ... | sort by date`
        case query(Query)
        /// `let name = <query or expression>`
        case letQuery(Located<String>, Query)
        case letValue(Located<String>, Expr)
        /// `.mode csv`: a shell command, the rest of its line as argument
        case command(Located<String>, Located<String>)
    }
    public var kind: Kind
    public var range: SourceRange
}

/// A source (a collection or a `let` query name) followed by stages.
public struct Query: Equatable, Sendable {
    public var source: Located<String>
    public var stages: [Stage]
    public var range: SourceRange
}

public struct Stage: Equatable, Sendable {
    public var kind: StageKind
    public var range: SourceRange
}

public enum StageKind: Equatable, Sendable {
    case filter(Expr)                                  // where EXPR
    case select([SelectItem])                          // select a, b as c
    case sort([SortKey])                               // sort by a desc, b
    case limit(Located<Int64>)                         // limit N
    case top(Located<Int64>, by: Expr?)                // top N [by EXPR]
    case count(by: [SelectItem])                       // count [by a, b]
    case group(by: [SelectItem], aggregates: [Aggregate])  // group by a (n = count())

    public var keyword: String {
        switch self {
        case .filter: return "where"
        case .select: return "select"
        case .sort: return "sort by"
        case .limit: return "limit"
        case .top: return "top"
        case .count(let by): return by.isEmpty ? "count" : "count by"
        case .group: return "group by"
        }
    }
}

public struct SelectItem: Equatable, Sendable {
    public var expr: Expr
    public var alias: Located<String>?
}

public struct SortKey: Equatable, Sendable {
    public var expr: Expr
    public var descending: Bool
}

public struct Aggregate: Equatable, Sendable {
    public var name: Located<String>
    public var expr: Expr
}
