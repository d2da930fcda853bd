/// What flows between stages: a selection of rows of a collection (cheap:
/// four bytes a row), or a table of computed values.
public enum Relation: Sendable {
    case rows(Collection, Selection)
    case table(Table)

    public var count: Int {
        switch self {
        case .rows(_, let s): return s.count
        case .table(let t): return t.rowCount
        }
    }
}

/// Rows of a collection in order: all of them (so indexes apply), or a list.
public enum Selection: Sendable {
    case all(Int)
    case some([Int32])

    public var count: Int {
        switch self {
        case .all(let n): return n
        case .some(let rows): return rows.count
        }
    }

    public var rows: [Int32] {
        switch self {
        case .all(let n): return (0..<Int32(n)).map { $0 }
        case .some(let rows): return rows
        }
    }

    func forEach(_ body: (Int32) throws -> Void) rethrows {
        switch self {
        case .all(let n): for r in 0..<Int32(n) { try body(r) }
        case .some(let rows): for r in rows { try body(r) }
        }
    }
}

/// A result table, stored column by column.
public struct Table: Sendable {
    public var columns: [ColumnInfo]
    public var data: [[Value]]
    public var rowCount: Int

    public init(columns: [ColumnInfo], data: [[Value]]) {
        self.columns = columns
        self.data = data
        self.rowCount = data.first?.count ?? 0
    }

    public func row(_ i: Int) -> [Value] { data.map { $0[i] } }
}
