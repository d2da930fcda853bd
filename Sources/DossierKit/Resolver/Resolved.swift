import Foundation

/// The shape of the rows flowing between stages: rows of a collection, or a
/// table of named columns (after `select`, `count by`, `group by`).
public enum RowSchema: Equatable, Sendable {
    case collection(Collection)
    case table([ColumnInfo])
}

public struct ColumnInfo: Equatable, Sendable {
    public var name: String
    public var type: DType
    public init(name: String, type: DType) {
        self.name = name
        self.type = type
    }
}

/// A checked expression: names bound to fields, columns or constants, types
/// known, entity names already resolved to rows.
public struct RExpr: @unchecked Sendable {
    public indirect enum Kind {
        case constant(Value)
        /// A field of the collection row in scope.
        case field(Collection, Field)
        /// A column of the table row in scope.
        case column(Int)
        /// A field of the row(s) the base refers to; lists are flattened.
        case navigate(RExpr, Collection, Field)
        case call(Function, [RExpr])
        case aggregate(AggregateFunction, RExpr?)
        case not(RExpr)
        case negate(RExpr)
        case and(RExpr, RExpr)
        case or(RExpr, RExpr)
        case arithmetic(BinaryOperator, RExpr, RExpr)
        /// `=`, `!=`, `<`, ... on values of compatible types.
        case compare(BinaryOperator, RExpr, RExpr)
        /// Whether the base refers to any of these rows (entity names resolved).
        case refIn(RExpr, Collection, Set<Int32>)
        /// Whether a ref's display name (an id) equals the text, folded.
        case refNamed(RExpr, String)
        /// contains, starts with, ends with: case- and diacritic-insensitive.
        case text(BinaryOperator, RExpr, RExpr)
        case matches(RExpr, Regex<AnyRegexOutput>)
        /// Any element of the left equals (dates: lies within) any of the right.
        case inList(RExpr, RExpr)
        case dateWithin(RExpr, RExpr)
        case between(RExpr, RExpr, RExpr)
        case isNull(RExpr)
    }

    public var kind: Kind
    public var type: DType
    public var range: SourceRange

    init(_ kind: Kind, _ type: DType, _ range: SourceRange) {
        self.kind = kind
        self.type = type
        self.range = range
    }

    var constantValue: Value? {
        if case .constant(let v) = kind { return v }
        return nil
    }

    /// The first reference to a row's field that no aggregate encloses: such
    /// an expression has no single value over a group.
    var bareRowReference: RExpr? {
        switch kind {
        case .aggregate, .constant: return nil
        case .field, .column, .navigate: return self
        case .call(_, let args): return args.lazy.compactMap(\.bareRowReference).first
        case .not(let a), .negate(let a), .isNull(let a), .matches(let a, _), .refIn(let a, _, _), .refNamed(let a, _):
            return a.bareRowReference
        case .and(let a, let b), .or(let a, let b), .arithmetic(_, let a, let b), .compare(_, let a, let b),
             .text(_, let a, let b), .inList(let a, let b), .dateWithin(let a, let b):
            return a.bareRowReference ?? b.bareRowReference
        case .between(let a, let b, let c):
            return a.bareRowReference ?? b.bareRowReference ?? c.bareRowReference
        }
    }

    var containsAggregate: Bool {
        switch kind {
        case .aggregate: return true
        case .constant, .field, .column: return false
        case .navigate(let b, _, _): return b.containsAggregate
        case .call(_, let args): return args.contains { $0.containsAggregate }
        case .not(let a), .negate(let a), .isNull(let a), .matches(let a, _), .refIn(let a, _, _), .refNamed(let a, _):
            return a.containsAggregate
        case .and(let a, let b), .or(let a, let b), .arithmetic(_, let a, let b), .compare(_, let a, let b),
             .text(_, let a, let b), .inList(let a, let b), .dateWithin(let a, let b):
            return a.containsAggregate || b.containsAggregate
        case .between(let a, let b, let c):
            return a.containsAggregate || b.containsAggregate || c.containsAggregate
        }
    }
}

public enum Function: String, CaseIterable, Sendable {
    case lower, upper, year, month, day, len, abs, round
}

public enum AggregateFunction: String, CaseIterable, Sendable {
    case count, sum, min, max, avg
}

/// A checked stage.
public enum RStage: @unchecked Sendable {
    case filter(RExpr)
    case select([(name: String, expr: RExpr)])
    case sort([(expr: RExpr, descending: Bool)])
    case limit(Int)
    case count
    case countBy([(name: String, expr: RExpr)])
    case group([(name: String, expr: RExpr)], [(name: String, expr: RExpr)])
    /// `select` whose items are all aggregates: one row over the whole input.
    case aggregateAll([(name: String, expr: RExpr)])
}

/// A query ready to evaluate.
public struct ResolvedQuery: @unchecked Sendable {
    public var collection: Collection
    public var stages: [RStage]
    public var schema: RowSchema
}
