import Foundation

extension Resolver {
    /// Resolves an expression against the rows in scope.
    mutating func resolve(_ e: Expr, in schema: RowSchema, allowAggregates: Bool = false,
                          insideAggregate: Bool = false) throws(Failure) -> RExpr {
        // After a select or group, a column named by an expression's text
        // ("len(events)", "count()") is that column.
        if case .table(let columns) = schema {
            switch e.kind {
            case .literal, .name: break
            default:
                let text = columnName(e).lowercased()
                if let k = columns.firstIndex(where: { $0.name.lowercased() == text }) {
                    return RExpr(.column(k), columns[k].type, e.range)
                }
            }
        }
        switch e.kind {
        case .literal(let l):
            switch l {
            case .string(let s): return RExpr(.constant(.string(s)), .string, e.range)
            case .integer(let v): return RExpr(.constant(.int(v)), .int, e.range)
            case .decimal(let v): return RExpr(.constant(.decimal(v)), .decimal, e.range)
            case .date(let d): return RExpr(.constant(.date(d)), .date, e.range)
            case .bool(let b): return RExpr(.constant(.bool(b)), .bool, e.range)
            case .null: return RExpr(.constant(.null), .null, e.range)
            }
        case .name(let name):
            return try resolveName(name, e.range, in: schema)
        case .member(let base, let field):
            let b = try resolve(base, in: schema, allowAggregates: allowAggregates, insideAggregate: insideAggregate)
            guard case .ref(let c) = b.type.element else {
                throw fail(.notNavigable, "\(describe(base)) is \(b.type), which has no fields", at: field.range)
            }
            guard let info = Schema.field(named: field.value, in: c) else {
                throw unknownField(field.value, on: c, at: field.range)
            }
            let type: DType = b.type.isList || info.type.isList ? .list(info.type.element) : info.type
            return RExpr(.navigate(b, c, info.field), type, e.range)
        case .call(let name, let args):
            return try resolveCall(name, args, e.range, in: schema, allowAggregates: allowAggregates,
                                   insideAggregate: insideAggregate)
        case .list(let elements):
            var values: [Value] = []
            var element: DType = .null
            for el in elements {
                let r = try resolve(el, in: schema)
                guard let v = r.constantValue else {
                    throw fail(.argumentType, "list elements must be constants", at: el.range)
                }
                values.append(v)
                element = element == .null ? r.type : (element == r.type || r.type == .null ? element : (element.isNumeric && r.type.isNumeric ? .decimal : .any))
            }
            return RExpr(.constant(.list(values)), .list(element == .null ? .any : element), e.range)
        case .unary(.not, let operand):
            let r = try resolve(operand, in: schema, allowAggregates: allowAggregates, insideAggregate: insideAggregate)
            try requireBoolean(r, what: "'not' needs a condition")
            return RExpr(.not(r), .bool, e.range)
        case .unary(.negate, let operand):
            let r = try resolve(operand, in: schema, allowAggregates: allowAggregates, insideAggregate: insideAggregate)
            try requireNumeric(r, operand, what: "'-'")
            return RExpr(.negate(r), r.type, e.range)
        case .binary(let op, let l, let r):
            let left = try resolve(l, in: schema, allowAggregates: allowAggregates, insideAggregate: insideAggregate)
            let right = try resolve(r, in: schema, allowAggregates: allowAggregates, insideAggregate: insideAggregate)
            return try resolveBinary(op, left, right, l, r, e.range)
        case .between(let x, let low, let high):
            let v = try resolve(x, in: schema, allowAggregates: allowAggregates, insideAggregate: insideAggregate)
            let lo = try resolve(low, in: schema, allowAggregates: allowAggregates, insideAggregate: insideAggregate)
            let hi = try resolve(high, in: schema, allowAggregates: allowAggregates, insideAggregate: insideAggregate)
            let lower = try resolveComparison(.greaterEqual, v, lo, x, low, e.range)
            let upper = try resolveComparison(.lessEqual, v, hi, x, high, e.range)
            return RExpr(.and(lower, upper), .bool, e.range)
        case .isNull(let x):
            let r = try resolve(x, in: schema, allowAggregates: allowAggregates, insideAggregate: insideAggregate)
            return RExpr(.isNull(r), .bool, e.range)
        }
    }

    mutating func resolveName(_ name: String, _ range: SourceRange, in schema: RowSchema) throws(Failure) -> RExpr {
        switch schema {
        case .table(let columns):
            if let k = columns.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) {
                return RExpr(.column(k), columns[k].type, range)
            }
        case .collection(let c):
            if let info = Schema.field(named: name, in: c) {
                return RExpr(.field(c, info.field), info.type, range)
            }
        }
        if let (value, type) = environment.value(name) {
            return RExpr(.constant(value), type, range)
        }
        switch schema {
        case .collection(let c): throw unknownField(name, on: c, at: range)
        case .table(let columns) where columns.isEmpty:
            let hint = Suggest.nearest(name, among: environment.values.keys.sorted())
            throw fail(.unknownField, "unknown name '\(name)'", at: range,
                       label: hint.map { "did you mean '\($0)'?" } ?? "a let value can use only constants and earlier let values")
        case .table(let columns):
            let hint = Suggest.nearest(name, among: columns.map(\.name) + environment.values.keys.sorted())
            throw fail(.unknownField, "unknown column '\(name)'", at: range,
                       label: hint.map { "did you mean '\($0)'?" } ?? "columns are \(columns.map(\.name).joined(separator: ", "))")
        }
    }

    mutating func unknownField(_ name: String, on c: Collection, at range: SourceRange) -> Failure {
        if environment.query(name) != nil {
            return fail(.unknownField, "'\(name)' is a query, not a field of \(c.rawValue)", at: range,
                        label: "a query starts a pipeline, as in '\(name) | count'")
        }
        let hint = Suggest.nearest(name, among: Schema.fieldNames(of: c) + environment.values.keys.sorted())
        var notes: [String] = []
        if hint == nil { notes = ["fields of \(c.rawValue): \(Schema.fieldNames(of: c).joined(separator: ", "))"] }
        return fail(.unknownField, "unknown field '\(name)' on \(c.rawValue)", at: range,
                    label: hint.map { "did you mean '\($0)'?" }, notes: notes)
    }

    func describe(_ e: Expr) -> String {
        let text = source.slice(e.range)
        return text.count > 30 ? "this expression" : "'\(text)'"
    }

    mutating func requireNumeric(_ r: RExpr, _ e: Expr, what: String) throws(Failure) {
        switch r.type {
        case .int, .decimal, .null, .any: return
        default:
            throw fail(.notNumeric, "\(what) needs a number, but \(describe(e)) is \(r.type)", at: r.range)
        }
    }

    // MARK: Calls

    mutating func resolveCall(_ name: Located<String>, _ args: [Expr], _ range: SourceRange, in schema: RowSchema,
                              allowAggregates: Bool, insideAggregate: Bool) throws(Failure) -> RExpr {
        let lowered = name.value.lowercased()
        func arity(_ n: ClosedRange<Int>) throws(Failure) {
            guard n.contains(args.count) else {
                let expected = n.lowerBound == n.upperBound ? "\(n.lowerBound) argument\(n.lowerBound == 1 ? "" : "s")"
                    : "\(n.lowerBound) or \(n.upperBound) arguments"
                throw fail(.argumentCount, "\(lowered)() takes \(expected), got \(args.count)", at: range)
            }
        }
        if let agg = AggregateFunction(rawValue: lowered) {
            if insideAggregate {
                throw fail(.nestedAggregate, "aggregates cannot be nested", at: range)
            }
            guard allowAggregates else {
                throw fail(.aggregateOutsideGroup, "aggregate \(lowered)() is not allowed here", at: range,
                           label: "aggregates go in 'group by ... (n = \(lowered)(...))' or 'select'")
            }
            try arity(agg == .count ? 0...1 : 1...1)
            guard let arg = args.first else { return RExpr(.aggregate(.count, nil), .int, range) }
            let r = try resolve(arg, in: schema, insideAggregate: true)
            switch agg {
            case .count: return RExpr(.aggregate(.count, r), .int, range)
            case .sum, .avg:
                guard r.type.element.isNumeric || r.type.element == .null || r.type.element == .any else {
                    throw fail(.argumentType, "\(lowered)() needs numbers, but \(describe(arg)) is \(r.type)", at: arg.range)
                }
                return RExpr(.aggregate(agg, r), agg == .avg ? .decimal : r.type.element, range)
            case .min, .max:
                return RExpr(.aggregate(agg, r), r.type.element, range)
            }
        }
        guard let f = Function(rawValue: lowered) else {
            if case .collection(let c) = schema, Schema.field(named: name.value, in: c) != nil {
                throw fail(.unknownFunction, "'\(name.value)' is a field, not a function", at: name.range,
                           label: "put a space before '(' to start the aggregate list")
            }
            let known = Function.allCases.map(\.rawValue) + AggregateFunction.allCases.map(\.rawValue)
            throw fail(.unknownFunction, "unknown function '\(name.value)'", at: name.range,
                       label: Suggest.nearest(lowered, among: known).map { "did you mean '\($0)'?" }
                           ?? "functions are \(known.joined(separator: ", "))")
        }
        try arity(1...1)
        let r = try resolve(args[0], in: schema, allowAggregates: allowAggregates, insideAggregate: insideAggregate)
        let element = r.type.element
        func need(_ ok: Bool, _ what: String) throws(Failure) {
            guard ok || element == .null || element == .any else {
                throw fail(.argumentType, "\(lowered)() needs \(what), but \(describe(args[0])) is \(r.type)", at: args[0].range)
            }
        }
        let wrap: (DType) -> DType = { r.type.isList && f != .len ? .list($0) : $0 }
        switch f {
        case .lower, .upper:
            try need(element == .string, "text")
            return RExpr(.call(f, [r]), wrap(.string), range)
        case .year, .month, .day:
            try need(element == .date, "a date")
            return RExpr(.call(f, [r]), wrap(.int), range)
        case .len:
            try need(r.type.isList || element == .string, "text or a list")
            return RExpr(.call(f, [r]), .int, range)
        case .abs, .round:
            try need(element.isNumeric, "a number")
            return RExpr(.call(f, [r]), wrap(f == .round ? .int : element), range)
        }
    }
}
