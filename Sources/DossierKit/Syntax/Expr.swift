/// An expression as written, with its source range.
public struct Expr: Equatable, Sendable {
    public var kind: ExprKind
    public var range: SourceRange
    public init(_ kind: ExprKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public indirect enum ExprKind: Equatable, Sendable {
    /// `"text"`, `42`, `1.5`, `2020-10`, `true`, `null`
    case literal(Literal)
    /// A field of the row in scope, a column, or a `let` name: `actor`, `n`
    case name(String)
    /// Navigation into a record: `article.lang`
    case member(Expr, Located<String>)
    /// `lower(title)`, `count()`; the `(` follows the name with no space
    case call(Located<String>, [Expr])
    /// `["Putin", "Macron"]`
    case list([Expr])
    /// `-x`, `not x`
    case unary(UnaryOperator, Expr)
    /// `a + b`, `a = b`, `a and b`, `a contains b`, `a in b`, ...
    case binary(BinaryOperator, Expr, Expr)
    /// `x between low and high`
    case between(Expr, Expr, Expr)
    /// `x is null`; `x is not null` is `not (x is null)`
    case isNull(Expr)
}

public enum Literal: Equatable, Sendable {
    case string(String)
    case integer(Int64)
    case decimal(Double)
    case date(DDate)
    case bool(Bool)
    case null
}

public enum UnaryOperator: String, Equatable, Sendable {
    case negate = "-"
    case not = "not"
}

public enum BinaryOperator: String, Equatable, Sendable, CaseIterable {
    case or, and
    case equal = "=", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case contains, startsWith = "starts with", endsWith = "ends with", matches, `in`
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"

    var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return true
        default: return false
        }
    }

    var isArithmetic: Bool {
        switch self {
        case .add, .subtract, .multiply, .divide, .remainder: return true
        default: return false
        }
    }

    var isText: Bool {
        switch self {
        case .contains, .startsWith, .endsWith, .matches: return true
        default: return false
        }
    }
}
