import Foundation

extension Resolver {
    mutating func resolveBinary(_ op: BinaryOperator, _ left: RExpr, _ right: RExpr, _ l: Expr, _ r: Expr,
                                _ range: SourceRange) throws(Failure) -> RExpr {
        switch op {
        case .and, .or:
            try requireBoolean(left, what: "'\(op.rawValue)' needs conditions on both sides")
            try requireBoolean(right, what: "'\(op.rawValue)' needs conditions on both sides")
            return RExpr(op == .and ? .and(left, right) : .or(left, right), .bool, range)
        case .add, .subtract, .multiply, .divide, .remainder:
            try requireNumeric(left, l, what: "'\(op.rawValue)'")
            try requireNumeric(right, r, what: "'\(op.rawValue)'")
            let type: DType = left.type == .int && right.type == .int && op != .divide ? .int : .decimal
            return RExpr(.arithmetic(op, left, right), type, range)
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
            return try resolveComparison(op, left, right, l, r, range)
        case .contains, .startsWith, .endsWith:
            let textual = try textOperand(left, l, op)
            guard right.type.element == .string || right.type == .null || right.type == .any else {
                throw fail(.typeMismatch, "'\(op.rawValue)' needs text on the right, but \(describe(r)) is \(right.type)", at: right.range)
            }
            return RExpr(.text(op, textual, right), .bool, range)
        case .matches:
            let textual = try textOperand(left, l, op)
            guard case .string(let pattern)? = right.constantValue else {
                throw fail(.typeMismatch, "'matches' needs a regular expression in a string", at: right.range)
            }
            do {
                let regex = try Regex(pattern)
                return RExpr(.matches(textual, regex), .bool, range)
            } catch {
                throw fail(.invalidRegex, "invalid regular expression", at: right.range,
                           label: "\(error)".split(separator: "\n").first.map(String.init))
            }
        case .in:
            return try resolveIn(left, right, l, r, range)
        }
    }

    /// Text operands: strings as they are, rows by their name or id.
    mutating func textOperand(_ e: RExpr, _ source: Expr, _ op: BinaryOperator) throws(Failure) -> RExpr {
        switch e.type.element {
        case .string, .null, .any: return e
        case .ref(let c):
            let field: Field = c == .actors || c == .places ? .name : .id
            return RExpr(.navigate(e, c, field), e.type.isList ? .list(.string) : .string, e.range)
        default:
            throw fail(.typeMismatch, "'\(op.rawValue)' needs text, but \(describe(source)) is \(e.type)", at: e.range)
        }
    }

    mutating func resolveComparison(_ op: BinaryOperator, _ left: RExpr, _ right: RExpr, _ l: Expr, _ r: Expr,
                                    _ range: SourceRange) throws(Failure) -> RExpr {
        if right.type == .null || left.type == .null {
            throw fail(.typeMismatch, "a comparison with null is never true", at: range, label: "use 'is null' or 'is not null'")
        }
        // Keep the field on the left: `"Lavrov" = actor` reads as `actor = "Lavrov"`.
        if left.constantValue != nil, right.constantValue == nil {
            return try resolveComparison(op.mirrored, right, left, r, l, range)
        }
        let le = left.type.element, re = right.type.element
        var right = right
        switch (le, re) {
        case (.ref(let c), .string) where c == .actors || c == .places:
            if let v = right.constantValue {
                let rows = resolveEntities(v, in: c, at: right.range)
                guard op == .equal || op == .notEqual else { break }
                let test = RExpr(.refIn(left, c, rows), .bool, range)
                return op == .equal ? test : RExpr(.not(test), .bool, range)
            }
            let named = RExpr(.navigate(left, c, .name), left.type.isList ? .list(.string) : .string, left.range)
            return try resolveComparison(op, named, right, l, r, range)
        case (.ref(let c), .string):
            if op == .equal || op == .notEqual, case .string(let id)? = right.constantValue {
                let test = RExpr(.refNamed(left, id), .bool, range)
                return op == .equal ? test : RExpr(.not(test), .bool, range)
            }
            let named = RExpr(.navigate(left, c, .id), left.type.isList ? .list(.string) : .string, left.range)
            return try resolveComparison(op, named, right, l, r, range)
        case (.ref(let c), .ref(let d)) where c == d:
            guard op == .equal || op == .notEqual else {
                throw fail(.typeMismatch, "\(c.rawValue) cannot be ordered with '\(op.rawValue)'", at: range)
            }
        case (.date, .string), (.date, .int):
            right = try coerceToDate(right, r)
        case (.string, .string):
            try checkCategory(left, right)
        case (.date, .date), (.bool, .bool), (.any, _), (_, .any):
            break
        case (let a, let b) where a.isNumeric && b.isNumeric:
            break
        default:
            throw fail(.typeMismatch, "cannot compare \(describe(l)) (\(left.type)) with \(describe(r)) (\(right.type))",
                       at: range)
        }
        if le == .bool, op != .equal, op != .notEqual {
            throw fail(.typeMismatch, "true and false cannot be ordered with '\(op.rawValue)'", at: range)
        }
        if op == .notEqual {
            return RExpr(.not(RExpr(.compare(.equal, left, right), .bool, range)), .bool, range)
        }
        return RExpr(.compare(op, left, right), .bool, range)
    }

    /// `x in [..]` (any element equal; dates: lies within) and `date in 2020-10`.
    mutating func resolveIn(_ left: RExpr, _ right: RExpr, _ l: Expr, _ r: Expr, _ range: SourceRange) throws(Failure) -> RExpr {
        let le = left.type.element
        if right.type == .date || (le == .date && (right.type == .int || right.type == .string)) {
            guard le == .date || le == .any else {
                throw fail(.typeMismatch, "'in' a date needs a date on the left, but \(describe(l)) is \(left.type)", at: left.range)
            }
            return RExpr(.dateWithin(left, try coerceToDate(right, r)), .bool, range)
        }
        guard case .list(let re) = right.type else {
            throw fail(.typeMismatch, "'in' needs a list (as in [\"a\", \"b\"]) or a date on the right, but \(describe(r)) is \(right.type)",
                       at: right.range)
        }
        if case .ref(let c) = le, let v = right.constantValue {
            if c == .actors || c == .places {
                return RExpr(.refIn(left, c, resolveEntities(v, in: c, at: right.range)), .bool, range)
            }
            let ids = v.elements.compactMap { if case .string(let s) = $0 { return s } else { return nil } }
            let rows = Set(ids.compactMap { c == .articles ? corpus.articleByID[$0] : nil })
            if c == .articles { return RExpr(.refIn(left, c, rows), .bool, range) }
            let named = RExpr(.navigate(left, c, .id), left.type.isList ? .list(.string) : .string, left.range)
            return RExpr(.inList(named, right), .bool, range)
        }
        if le == .date, case .list(let items)? = right.constantValue {
            var dates: [Value] = []
            for item in items {
                let d = try coerceToDate(RExpr(.constant(item), item.staticType, right.range), r)
                dates.append(d.constantValue ?? .null)
            }
            return RExpr(.inList(left, RExpr(.constant(.list(dates)), .list(.date), right.range)), .bool, range)
        }
        let compatible = le == re || re == .any || le == .any || re == .null || (le.isNumeric && re.isNumeric)
        guard compatible else {
            throw fail(.typeMismatch, "cannot look for \(describe(l)) (\(left.type)) in \(describe(r)) (\(right.type))", at: range)
        }
        if le == .string { try checkCategory(left, right) }
        return RExpr(.inList(left, right), .bool, range)
    }

    /// A string or year literal where a date is expected.
    mutating func coerceToDate(_ e: RExpr, _ source: Expr) throws(Failure) -> RExpr {
        switch e.constantValue {
        case .string(let s)?:
            if let d = DDate(literal: s) { return RExpr(.constant(.date(d)), .date, e.range) }
            throw fail(.typeMismatch, "\(describe(source)) is not a date", at: e.range, label: "dates are YYYY, YYYY-MM or YYYY-MM-DD")
        case .int(let y)?:
            if let d = DDate(year: Int(y)) { return RExpr(.constant(.date(d)), .date, e.range) }
            throw fail(.typeMismatch, "\(y) is not a year", at: e.range)
        case .date?: return e
        default:
            if e.type.element == .date || e.type == .any { return e }
            throw fail(.typeMismatch, "expected a date, but \(describe(source)) is \(e.type)", at: e.range)
        }
    }

    /// Values of closed categories (event types, contexts) are checked against their list.
    mutating func checkCategory(_ field: RExpr, _ value: RExpr) throws(Failure) {
        guard case .field(.events, let f) = field.kind, f == .type || f == .context, let v = value.constantValue else { return }
        let known = f == .type ? PloverType.allCases.map(\.rawValue) : EventContext.names.map(\.0)
        for item in v.elements {
            guard case .string(let s) = item, !known.contains(TextFold.fold(s)) else { continue }
            let what = f == .type ? "event type" : "context"
            throw fail(.unknownCategory, "unknown \(what) '\(s)'", at: value.range,
                       label: Suggest.nearest(s, among: known).map { "did you mean '\($0)'?" } ?? "\(what)s are \(known.joined(separator: ", "))")
        }
    }

    /// The rows a name (or list of names) refers to; warns about names that match none.
    mutating func resolveEntities(_ v: Value, in c: Collection, at range: SourceRange) -> Set<Int32> {
        guard let table = corpus.entities(c) else { return [] }
        var rows = Set<Int32>()
        for item in v.elements {
            guard case .string(let name) = item else { continue }
            let hits = table.lookup(name)
            if hits.isEmpty {
                let near = Resolver.nearestEntities(name, in: table)
                diagnostics.add(Diagnostic(.unknownEntity, "no \(c.singular) '\(name)'", at: range,
                                           label: near.isEmpty ? nil : "did you mean \(near.map { "'\($0)'" }.joined(separator: " or "))?"))
            }
            rows.formUnion(hits)
        }
        return rows
    }
}

extension Resolver {
    /// Up to three entities whose name or alias is nearest, each shown once
    /// in the spelling that came nearest.
    static func nearestEntities(_ name: String, in table: EntityTable) -> [String] {
        var candidates: [String] = []
        var owner: [String: Int] = [:]
        for row in 0..<table.count {
            for n in [table.name[row]] + table.aliases[row] where owner[n] == nil {
                owner[n] = row
                candidates.append(n)
            }
        }
        var seen = Set<Int>()
        return Suggest.nearest(name, among: candidates, limit: 12).filter { seen.insert(owner[$0]!).inserted }.prefix(3).map { $0 }
    }
}

extension BinaryOperator {
    /// The operator with its sides swapped: `a < b` is `b > a`.
    var mirrored: BinaryOperator {
        switch self {
        case .less: return .greater
        case .lessEqual: return .greaterEqual
        case .greater: return .less
        case .greaterEqual: return .lessEqual
        default: return self
        }
    }
}

extension Value {
    var staticType: DType {
        switch self {
        case .null: return .null
        case .bool: return .bool
        case .int: return .int
        case .decimal: return .decimal
        case .string: return .string
        case .date: return .date
        case .ref(let c, _): return .ref(c)
        case .list: return .list(.any)
        }
    }
}
