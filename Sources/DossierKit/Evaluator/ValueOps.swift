/// The meaning of operators on values. Null rules (also in Grammar/dossier.ebnf):
/// a comparison or arithmetic with null is null; `where` keeps a row only when
/// its condition is true; `and`/`or`/`not` follow three-valued logic; a list
/// matches a comparison when any element does (an empty list matches nothing).
enum ValueOps {
    /// `=`, `<`, `<=`, `>`, `>=` (`!=` is `not =`). Nil stands for null.
    static func compare(_ op: BinaryOperator, _ a: Value, _ b: Value) -> Bool? {
        if case .list(let items) = a {
            return items.contains { compare(op, $0, b) == true }
        }
        if case .list(let items) = b {
            return items.contains { compare(op, a, $0) == true }
        }
        switch (a, b) {
        case (.null, _), (_, .null): return nil
        case let (.int(x), .int(y)): return ordered(op, x < y ? -1 : (x > y ? 1 : 0))
        case let (.date(x), .date(y)): return dates(op, x, y)
        case let (.string(x), .string(y)):
            if op == .equal { return x == y || TextFold.fold(x) == TextFold.fold(y) }
            let fx = TextFold.fold(x), fy = TextFold.fold(y)
            return ordered(op, fx < fy ? -1 : (fx > fy ? 1 : 0))
        case let (.bool(x), .bool(y)): return op == .equal ? x == y : nil
        case let (.ref(c, x), .ref(d, y)): return op == .equal ? c == d && x == y : nil
        default:
            if let x = a.number, let y = b.number { return ordered(op, x < y ? -1 : (x > y ? 1 : 0)) }
            return op == .equal ? false : nil
        }
    }

    @inline(__always)
    static func ordered(_ op: BinaryOperator, _ c: Int) -> Bool? {
        switch op {
        case .equal: return c == 0
        case .less: return c < 0
        case .lessEqual: return c <= 0
        case .greater: return c > 0
        case .greaterEqual: return c >= 0
        default: return nil
        }
    }

    /// Dates compare by the days they cover: `x < y` when x ends before y
    /// begins, `x <= y` when x ends by the end of y, `x >= y` when x begins
    /// no earlier than y, `x > y` when x begins after y ends; `=` is the same
    /// date at the same precision.
    @inline(__always)
    static func dates(_ op: BinaryOperator, _ x: DDate, _ y: DDate) -> Bool? {
        switch op {
        case .equal: return x.packed == y.packed
        case .less: return x.lastDay < y.firstDay
        case .lessEqual: return x.lastDay <= y.lastDay
        case .greater: return x.firstDay > y.lastDay
        case .greaterEqual: return x.firstDay >= y.firstDay
        default: return nil
        }
    }

    static func arithmetic(_ op: BinaryOperator, _ a: Value, _ b: Value) -> Value {
        switch (a, b) {
        case let (.int(x), .int(y)):
            let result: (Int64, Bool)
            switch op {
            case .add: result = x.addingReportingOverflow(y)
            case .subtract: result = x.subtractingReportingOverflow(y)
            case .multiply: result = x.multipliedReportingOverflow(by: y)
            case .remainder:
                guard y != 0 else { return .null }
                result = x.remainderReportingOverflow(dividingBy: y)
            default:
                guard y != 0 else { return .null }
                return .decimal(Double(x) / Double(y))
            }
            guard result.1 else { return .int(result.0) }
            // Past the range of integers the result is a decimal, not an error.
            let (dx, dy) = (Double(x), Double(y))
            switch op {
            case .add: return .decimal(dx + dy)
            case .subtract: return .decimal(dx - dy)
            case .multiply: return .decimal(dx * dy)
            default: return .null
            }
        default:
            guard let x = a.number, let y = b.number else { return .null }
            switch op {
            case .add: return .decimal(x + y)
            case .subtract: return .decimal(x - y)
            case .multiply: return .decimal(x * y)
            case .divide: return y == 0 ? .null : .decimal(x / y)
            case .remainder: return y == 0 ? .null : .decimal(x.truncatingRemainder(dividingBy: y))
            default: return .null
            }
        }
    }

    /// Text tests, case- and diacritic-insensitive; lists match when any element does.
    static func text(_ op: BinaryOperator, _ a: Value, _ b: Value) -> Bool? {
        if case .list(let items) = a { return items.contains { text(op, $0, b) == true } }
        guard case .string(let x) = a, case .string(let y) = b else { return nil }
        let fx = TextFold.fold(x), fy = TextFold.fold(y)
        switch op {
        case .contains: return fy.isEmpty || fx.contains(fy)
        case .startsWith: return fx.hasPrefix(fy)
        case .endsWith: return fx.hasSuffix(fy)
        default: return nil
        }
    }

    static func and(_ a: Bool?, _ b: () -> Bool?) -> Bool? {
        if a == false { return false }
        let r = b()
        if r == false { return false }
        return a == nil || r == nil ? nil : true
    }

    static func or(_ a: Bool?, _ b: () -> Bool?) -> Bool? {
        if a == true { return true }
        let r = b()
        if r == true { return true }
        return a == nil || r == nil ? nil : false
    }
}
