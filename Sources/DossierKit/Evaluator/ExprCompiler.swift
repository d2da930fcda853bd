import Foundation

/// Turns checked expressions into closures over a row number: a collection
/// row, or a row of the table in scope. Hot shapes (a count against a
/// number, an entity against resolved rows, a category against a constant)
/// compile to closures that read the columns directly.
struct ExprCompiler {
    typealias Eval = (Int32) -> Value
    typealias Pred = (Int32) -> Bool?

    let corpus: Corpus
    let table: Table?

    // MARK: Values

    func value(_ e: RExpr) -> Eval {
        let corpus = self.corpus
        switch e.kind {
        case .constant(let v):
            return { _ in v }
        case .field(let c, let f):
            return { corpus.value(c, f, $0) }
        case .column(let k):
            let column = table!.data[k]
            return { column[Int($0)] }
        case .navigate(let base, let c, let f):
            let b = value(base)
            return { row in
                switch b(row) {
                case .ref(_, let r): return corpus.value(c, f, r)
                case .list(let items):
                    var out: [Value] = []
                    for case .ref(_, let r) in items {
                        let v = corpus.value(c, f, r)
                        if case .list(let inner) = v { out += inner } else if !v.isNull { out.append(v) }
                    }
                    return .list(out)
                default: return .null
                }
            }
        case .call(let f, let args):
            let a = value(args[0])
            return { Functions.apply(f, a($0)) }
        case .aggregate:
            fatalError("aggregates are evaluated per group")
        case .negate(let x):
            let a = value(x)
            return { row in
                switch a(row) {
                case .int(let v): return v == .min ? .decimal(-Double(v)) : .int(-v)
                case .decimal(let v): return .decimal(-v)
                default: return .null
                }
            }
        case .arithmetic(let op, let x, let y):
            let a = value(x), b = value(y)
            return { ValueOps.arithmetic(op, a($0), b($0)) }
        default:
            let p = predicate(e)
            return { p($0).map(Value.bool) ?? .null }
        }
    }

    // MARK: Conditions

    func predicate(_ e: RExpr) -> Pred {
        if let fast = fastPredicate(e) { return fast }
        switch e.kind {
        case .constant(let v):
            let b: Bool? = if case .bool(let x) = v { x } else { nil }
            return { _ in b }
        case .not(let x):
            let p = predicate(x)
            return { p($0).map { !$0 } }
        case .and(let x, let y):
            let p = predicate(x), q = predicate(y)
            return { row in ValueOps.and(p(row)) { q(row) } }
        case .or(let x, let y):
            let p = predicate(x), q = predicate(y)
            return { row in ValueOps.or(p(row)) { q(row) } }
        case .compare(let op, let x, let y):
            let a = value(x), b = value(y)
            return { ValueOps.compare(op, a($0), b($0)) }
        case .refIn(let x, _, let rows):
            let a = value(x)
            return { row in
                switch a(row) {
                case .ref(_, let r): return rows.contains(r)
                case .list(let items):
                    return items.contains { if case .ref(_, let r) = $0 { rows.contains(r) } else { false } }
                default: return nil
                }
            }
        case .refNamed(let x, let id):
            let a = value(x), corpus = self.corpus
            return { row in
                switch a(row) {
                case .ref(let c, let r): return corpus.displayName(c, r) == id
                case .list(let items):
                    return items.contains { if case .ref(let c, let r) = $0 { corpus.displayName(c, r) == id } else { false } }
                default: return nil
                }
            }
        case .text(let op, let x, let y):
            let a = value(x), b = value(y)
            return { ValueOps.text(op, a($0), b($0)) }
        case .matches(let x, let regex):
            let a = value(x)
            return { row in
                func test(_ v: Value) -> Bool? {
                    guard case .string(let s) = v else { return nil }
                    return (try? regex.firstMatch(in: s)) != nil
                }
                if case .list(let items) = a(row) { return items.contains { test($0) == true } }
                return test(a(row))
            }
        case .inList(let x, let y):
            let a = value(x), b = value(y)
            return { row in
                let candidates = b(row)
                guard case .list(let items) = candidates else { return nil }
                let v = a(row)
                if v.isNull { return nil }
                return items.contains { item in
                    if case .date(let d) = item, case .date(let x) = v { return x.isWithin(d) }
                    if case .date(let d) = item, case .list(let xs) = v {
                        return xs.contains { if case .date(let x) = $0 { x.isWithin(d) } else { false } }
                    }
                    return ValueOps.compare(.equal, v, item) == true
                }
            }
        case .dateWithin(let x, let y):
            let a = value(x), b = value(y)
            return { row in
                guard case .date(let outer) = b(row) else { return nil }
                switch a(row) {
                case .date(let d): return d.isWithin(outer)
                case .list(let items): return items.contains { if case .date(let d) = $0 { d.isWithin(outer) } else { false } }
                default: return nil
                }
            }
        case .between:
            return { _ in nil }  // desugared by the resolver
        case .isNull(let x):
            let a = value(x)
            return { row in
                switch a(row) {
                case .null: return true
                case .list(let items): return items.isEmpty
                default: return false
                }
            }
        default:
            let a = value(e)
            return { row in if case .bool(let b) = a(row) { b } else { nil } }
        }
    }

    /// Closures that read event columns directly, for the shapes that dominate
    /// analysts' filters.
    func fastPredicate(_ e: RExpr) -> Pred? {
        let events = corpus.events
        switch e.kind {
        case .refIn(let x, _, let rows):
            guard case .field(.events, let f) = x.kind else { return nil }
            switch f {
            case .actors, .source, .target:
                let column = f == .actors ? events.actors : (f == .source ? events.source : events.target)
                if rows.count == 1, let only = rows.first {
                    return { column[Int($0)].contains(only) }
                }
                return { column[Int($0)].contains(where: rows.contains) }
            case .location:
                let location = events.location
                return { row in
                    let l = location[Int(row)]
                    return l < 0 ? nil : rows.contains(l)
                }
            default: return nil
            }
        case .compare(let op, let x, let y):
            guard case .field(.events, let f) = x.kind, let constant = y.constantValue else { return nil }
            switch (f, constant) {
            case (.killed, .int(let n)), (.injured, .int(let n)):
                let column = f == .killed ? events.killed : events.injured
                switch op {
                case .equal: return { let v = column[Int($0)]; return v < 0 ? nil : Int64(v) == n }
                case .less: return { let v = column[Int($0)]; return v < 0 ? nil : Int64(v) < n }
                case .lessEqual: return { let v = column[Int($0)]; return v < 0 ? nil : Int64(v) <= n }
                case .greater: return { let v = column[Int($0)]; return v < 0 ? nil : Int64(v) > n }
                case .greaterEqual: return { let v = column[Int($0)]; return v < 0 ? nil : Int64(v) >= n }
                default: return nil
                }
            case (.type, .string(let s)) where op == .equal:
                guard let t = PloverType(name: s) else { return { _ in false } }
                let code = UInt8(PloverType.allCases.firstIndex(of: t)!)
                let column = events.type
                return { column[Int($0)] == code }
            case (.date, .date(let d)):
                let column = events.date
                return { row in
                    let packed = column[Int(row)]
                    guard let x = DDate(packed: packed) else { return nil }
                    return ValueOps.dates(op, x, d)
                }
            default: return nil
            }
        case .dateWithin(let x, let y):
            guard case .field(.events, .date) = x.kind, case .date(let outer)? = y.constantValue else { return nil }
            let column = events.date, first = outer.firstDay, last = outer.lastDay
            return { row in
                guard let d = DDate(packed: column[Int(row)]) else { return nil }
                return d.firstDay >= first && d.lastDay <= last
            }
        default:
            return nil
        }
    }
}

/// The scalar functions.
enum Functions {
    static func apply(_ f: Function, _ v: Value) -> Value {
        if case .list(let items) = v, f != .len { return .list(items.map { apply(f, $0) }) }
        switch (f, v) {
        case (.lower, .string(let s)): return .string(s.lowercased())
        case (.upper, .string(let s)): return .string(s.uppercased())
        case (.year, .date(let d)): return .int(Int64(d.year))
        case (.month, .date(let d)): return d.month.map { .int(Int64($0)) } ?? .null
        case (.day, .date(let d)): return d.day.map { .int(Int64($0)) } ?? .null
        case (.len, .string(let s)): return .int(Int64(s.count))
        case (.len, .list(let items)): return .int(Int64(items.count))
        case (.abs, .int(let x)): return x == .min ? .decimal(-Double(x)) : .int(Swift.abs(x))
        case (.abs, .decimal(let x)): return .decimal(Swift.abs(x))
        case (.round, .int): return v
        case (.round, .decimal(let x)):
            let r = x.rounded()
            return r.magnitude < 9.2e18 ? .int(Int64(r)) : .decimal(r)
        default: return .null
        }
    }
}
