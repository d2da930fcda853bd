/// `count by` and `group by`. A list-valued key (an event's actors) puts the
/// row in one group per element; a null key is a group of its own.
extension Evaluator {
    func countBy(_ relation: Relation, _ keys: [(name: String, expr: RExpr)], _ compiler: ExprCompiler) -> Relation {
        let columns = keys.map { ColumnInfo(name: $0.name, type: $0.expr.type.element) } + [ColumnInfo(name: "count", type: .int)]
        var groups: [[Value]: Int] = [:]
        if keys.count == 1, case .rows(.events, let selection) = relation,
           let counted = countByCode(keys[0].expr, selection) {
            groups = counted
        } else {
            let evals = keys.map { compiler.value($0.expr) }
            for row in rowNumbers(relation) {
                for key in Grouping.keys(evals.map { $0(row) }) { groups[key, default: 0] += 1 }
            }
        }
        // A frequency table: most frequent first, ties by key.
        let counted = Array(groups)
        let byCount = PreparedKey.integers(counted.map { -Int64($0.value) })
        let order = RowOrder(keys: [byCount] + Grouping.sortKeys(counted.map(\.key), width: keys.count, corpus))
        var data = [[Value]](repeating: [], count: columns.count)
        for g in order.sorted(counted.count) {
            let (key, n) = counted[g]
            for (k, v) in key.enumerated() { data[k].append(v) }
            data[keys.count].append(.int(Int64(n)))
        }
        return .table(Table(columns: columns, data: data))
    }

    /// Counting by a dictionary-coded event column, with an array of counters.
    func countByCode(_ key: RExpr, _ selection: Selection) -> [[Value]: Int]? {
        guard let coded = codedKey(key) else { return nil }
        var counts = [Int](repeating: 0, count: coded.size + 1)   // the last counter is null
        selection.forEach { row in
            let c = coded.code(Int(row))
            counts[c < 0 ? coded.size : Int(c)] += 1
        }
        var out: [[Value]: Int] = [:]
        for (i, n) in counts.enumerated() where n > 0 { out[[i == coded.size ? .null : coded.value(Int32(i))]] = n }
        return out
    }

    /// An event field stored as small integer codes: its number of codes, the
    /// code of a row (-1 for null) and the value of a code.
    func codedKey(_ key: RExpr) -> (size: Int, code: (Int) -> Int32, value: (Int32) -> Value)? {
        guard case .field(.events, let f) = key.kind else { return nil }
        let events = corpus.events
        let corpus = self.corpus
        switch f {
        case .location:
            return (corpus.places.count, { events.location[$0] }, { .ref(.places, $0) })
        case .type:
            return (PloverType.allCases.count, { let t = events.type[$0]; return t == EventTable.nullType ? -1 : Int32(t) },
                    { .string(PloverType.allCases[Int($0)].rawValue) })
        case .mode:
            return (corpus.modes.values.count, { events.mode[$0] }, { .string(corpus.modes.values[Int($0)]) })
        case .country:
            return (corpus.countries.values.count, { events.country[$0] }, { .string(corpus.countries.values[Int($0)]) })
        case .article:
            return (corpus.articles.count, { events.article[$0] }, { .ref(.articles, $0) })
        default:
            return nil
        }
    }

    /// Groups of event rows by a coded key, in code order (null last).
    func groupByCode(_ key: RExpr, _ selection: Selection) -> (keys: [[Value]], members: [[Int32]])? {
        guard let coded = codedKey(key) else { return nil }
        var members = [[Int32]](repeating: [], count: coded.size + 1)
        selection.forEach { row in
            let c = coded.code(Int(row))
            members[c < 0 ? coded.size : Int(c)].append(row)
        }
        var keys: [[Value]] = []
        var groups: [[Int32]] = []
        for (i, m) in members.enumerated() where !m.isEmpty {
            keys.append([i == coded.size ? .null : coded.value(Int32(i))])
            groups.append(m)
        }
        return (keys, groups)
    }

    func group(_ relation: Relation, _ keys: [(name: String, expr: RExpr)], _ aggregates: [(name: String, expr: RExpr)],
               _ compiler: ExprCompiler) -> Relation {
        let corpus = self.corpus
        var groupKeys: [[Value]] = []
        var members: [[Int32]] = []
        // Per group, the aggregates' values when kernels computed them in one pass.
        var accumulated: [[Value]]? = nil
        let kernels = aggregates.compactMap { AggregateKernel($0.expr, corpus: corpus) }
        if keys.count == 1, case .rows(.events, let selection) = relation, kernels.count == aggregates.count,
           let done = aggregateByCode(keys[0].expr, kernels, selection) {
            (groupKeys, accumulated) = (done.keys, done.values)
        } else if keys.count == 1, case .rows(.events, let selection) = relation,
                  let coded = groupByCode(keys[0].expr, selection) {
            (groupKeys, members) = coded
        } else {
            collectGroups(relation, keys, compiler, &groupKeys, &members)
        }
        let order = RowOrder(keys: Grouping.sortKeys(groupKeys, width: keys.count, corpus))
        var data = [[Value]](repeating: [], count: keys.count + aggregates.count)
        for g in order.sorted(groupKeys.count) {
            for (k, v) in groupKeys[g].enumerated() { data[k].append(v) }
            for (a, agg) in aggregates.enumerated() {
                data[keys.count + a].append(accumulated?[g][a]
                    ?? Aggregation.evaluate(agg.expr, over: members[g], compiler: compiler, corpus: corpus))
            }
        }
        let columns = keys.map { ColumnInfo(name: $0.name, type: $0.expr.type.element) }
            + aggregates.map { ColumnInfo(name: $0.name, type: $0.expr.type) }
        return .table(Table(columns: columns, data: data))
    }
}

extension Evaluator {
    /// Groups rows by the values of their keys (the general path).
    func collectGroups(_ relation: Relation, _ keys: [(name: String, expr: RExpr)], _ compiler: ExprCompiler,
                       _ groupKeys: inout [[Value]], _ members: inout [[Int32]]) {
        let evals = keys.map { compiler.value($0.expr) }
        var index: [[Value]: Int] = [:]
        for row in rowNumbers(relation) {
            for key in Grouping.keys(evals.map { $0(row) }) {
                if let g = index[key] {
                    members[g].append(row)
                } else {
                    index[key] = groupKeys.count
                    groupKeys.append(key)
                    members.append([row])
                }
            }
        }
    }
}

enum Grouping {
    /// Every combination of key elements: list values spread over groups.
    static func keys(_ values: [Value]) -> [[Value]] {
        var out: [[Value]] = [[]]
        for v in values {
            let elements: [Value]
            if case .list(let items) = v { elements = items.isEmpty ? [.null] : items } else { elements = [v] }
            out = out.flatMap { prefix in elements.map { prefix + [$0] } }
        }
        return out
    }

    /// Sort keys, ascending, for the columns of group keys: groups ordered by
    /// them come in `Value.order` of their keys, column by column, and each
    /// name is folded once rather than at every comparison.
    static func sortKeys(_ keys: [[Value]], width: Int, _ corpus: Corpus) -> [PreparedKey] {
        (0..<width).map { k in PreparedKey.make(keys.map { $0[k] }, descending: false, corpus: corpus) }
    }
}

/// Aggregates over a group's rows; nulls are skipped, list elements counted one by one.
enum Aggregation {
    /// The value of an expression over a group: its aggregates are computed
    /// over all rows, anything else on the group's first row.
    static func evaluate(_ e: RExpr, over rows: [Int32], compiler: ExprCompiler, corpus: Corpus) -> Value {
        if let kernel = AggregateKernel(e, corpus: corpus) { return kernel.value(over: rows) }
        let reduced = e.replacingAggregates { f, arg in aggregate(f, arg, rows, compiler, corpus) }
        if case .constant(let v) = reduced.kind { return v }
        guard let first = rows.first else { return .null }
        return compiler.value(reduced)(first)
    }

    static func aggregate(_ f: AggregateFunction, _ arg: RExpr?, _ rows: [Int32], _ compiler: ExprCompiler,
                          _ corpus: Corpus) -> Value {
        guard let arg else { return .int(Int64(rows.count)) }
        let eval = compiler.value(arg)
        var values: [Value] = []
        for row in rows {
            let v = eval(row)
            if case .list(let items) = v { values += items.filter { !$0.isNull } } else if !v.isNull { values.append(v) }
        }
        switch f {
        case .count: return .int(Int64(values.count))
        case .sum:
            guard !values.isEmpty else { return .null }
            return values.dropFirst().reduce(values[0]) { ValueOps.arithmetic(.add, $0, $1) }
        case .avg:
            let numbers = values.compactMap(\.number)
            return numbers.isEmpty ? .null : .decimal(numbers.reduce(0, +) / Double(numbers.count))
        case .min:
            return values.min { Value.order($0, $1, corpus: corpus) < 0 } ?? .null
        case .max:
            return values.max { Value.order($0, $1, corpus: corpus) < 0 } ?? .null
        }
    }
}

extension RExpr {
    /// The expression with every aggregate replaced by its value.
    func replacingAggregates(_ value: (AggregateFunction, RExpr?) -> Value) -> RExpr {
        func r(_ x: RExpr) -> RExpr { x.replacingAggregates(value) }
        let k: Kind
        switch kind {
        case .aggregate(let f, let arg): return RExpr(.constant(value(f, arg)), type, range)
        case .constant, .field, .column: return self
        case .navigate(let b, let c, let f): k = .navigate(r(b), c, f)
        case .call(let f, let args): k = .call(f, args.map(r))
        case .not(let a): k = .not(r(a))
        case .negate(let a): k = .negate(r(a))
        case .and(let a, let b): k = .and(r(a), r(b))
        case .or(let a, let b): k = .or(r(a), r(b))
        case .arithmetic(let op, let a, let b): k = .arithmetic(op, r(a), r(b))
        case .compare(let op, let a, let b): k = .compare(op, r(a), r(b))
        case .refIn(let a, let c, let rows): k = .refIn(r(a), c, rows)
        case .refNamed(let a, let id): k = .refNamed(r(a), id)
        case .text(let op, let a, let b): k = .text(op, r(a), r(b))
        case .matches(let a, let regex): k = .matches(r(a), regex)
        case .inList(let a, let b): k = .inList(r(a), r(b))
        case .dateWithin(let a, let b): k = .dateWithin(r(a), r(b))
        case .between(let a, let b, let c): k = .between(r(a), r(b), r(c))
        case .isNull(let a): k = .isNull(r(a))
        }
        let result = RExpr(k, type, range)
        // Fold expressions that no longer depend on a row.
        if result.isRowFree, case .constant = kind {} else if result.isRowFree {
            let v = ExprCompiler(corpus: Corpus.empty, table: nil).value(result)(0)
            return RExpr(.constant(v), type, range)
        }
        return result
    }

    /// Whether the value depends on no row.
    var isRowFree: Bool {
        switch kind {
        case .constant: return true
        case .field, .column, .aggregate: return false
        case .navigate(let b, _, _): return b.isRowFree
        case .call(_, let args): return args.allSatisfy(\.isRowFree)
        case .not(let a), .negate(let a), .isNull(let a), .matches(let a, _), .refIn(let a, _, _), .refNamed(let a, _):
            return a.isRowFree
        case .and(let a, let b), .or(let a, let b), .arithmetic(_, let a, let b), .compare(_, let a, let b),
             .text(_, let a, let b), .inList(let a, let b), .dateWithin(let a, let b):
            return a.isRowFree && b.isRowFree
        case .between(let a, let b, let c): return a.isRowFree && b.isRowFree && c.isRowFree
        }
    }
}
