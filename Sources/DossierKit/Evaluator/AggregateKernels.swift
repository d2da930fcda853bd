/// An aggregate computed straight from an event column, with no `Value` per
/// row: `count()`, and `count`, `min` and `max` of `killed`, `injured` or
/// `date`, and `sum` and `avg` of `killed` or `injured`. Each gives what
/// `Aggregation.aggregate` gives over the same rows, nulls skipped.
struct AggregateKernel {
    let function: AggregateFunction
    /// The column read, nil for `count()`.
    let column: [Int32]?
    /// Whether the column holds packed dates (null 0) rather than counts (null -1).
    let isDate: Bool

    /// The kernel for an expression that is exactly one such aggregate, or nil.
    init?(_ e: RExpr, corpus: Corpus) {
        guard case .aggregate(let f, let arg) = e.kind else { return nil }
        function = f
        guard let arg else {
            column = nil
            isDate = false
            return
        }
        // A field of events is read on event rows, so the column applies.
        guard case .field(.events, let field) = arg.kind else { return nil }
        switch field {
        case .killed: (column, isDate) = (corpus.events.killed, false)
        case .injured: (column, isDate) = (corpus.events.injured, false)
        case .date where f != .sum && f != .avg: (column, isDate) = (corpus.events.date, true)
        default: return nil
        }
    }

    /// What one group has seen so far.
    struct Accumulator {
        /// Rows for `count()`, values that are not null otherwise.
        var count = 0
        /// Fewer than 2^31 values below 2^31 each: the sum cannot overflow.
        var sum: Int64 = 0
        /// The same sum added up as decimals in row order, as `avg` adds it.
        var total = 0.0
        var min = Int32.max
        var max = Int32.min
    }

    @inline(__always)
    func add(_ row: Int32, to a: inout Accumulator) {
        guard let column else {
            a.count += 1
            return
        }
        let v = column[Int(row)]
        if isDate ? v <= 0 : v < 0 { return }
        Self.include(v, in: &a)
    }

    @inline(__always)
    private static func include(_ v: Int32, in a: inout Accumulator) {
        a.count += 1
        a.sum += Int64(v)
        a.total += Double(v)
        a.min = Swift.min(a.min, v)
        a.max = Swift.max(a.max, v)
    }

    func value(_ a: Accumulator) -> Value {
        guard function == .count || a.count > 0 else { return .null }
        switch function {
        case .count: return .int(Int64(a.count))
        case .sum: return .int(a.sum)
        case .avg: return .decimal(a.total / Double(a.count))
        case .min: return scalar(a.min)
        case .max: return scalar(a.max)
        }
    }

    private func scalar(_ v: Int32) -> Value {
        isDate ? DDate(packed: v).map(Value.date) ?? .null : .int(Int64(v))
    }

    /// Adds each row to its group's accumulator: the i-th row of the
    /// selection to `accumulators[groups[i]]`. One tight loop per kernel.
    func accumulate(_ rows: Selection, groups: [Int32], into accumulators: inout [Accumulator]) {
        guard let column else {
            for g in groups { accumulators[Int(g)].count += 1 }
            return
        }
        let isDate = self.isDate
        var i = 0
        rows.forEach { row in
            let v = column[Int(row)]
            let g = Int(groups[i])
            i += 1
            if isDate ? v <= 0 : v < 0 { return }
            Self.include(v, in: &accumulators[g])
        }
    }

    /// The aggregate over a list of rows.
    func value(over rows: [Int32]) -> Value {
        var a = Accumulator()
        for row in rows { add(row, to: &a) }
        return value(a)
    }
}

extension Evaluator {
    /// `group by` a coded event column when every aggregate has a kernel: each
    /// kernel makes one pass over the rows, updating its groups' accumulators,
    /// and no group keeps a list of its rows. Groups come in code order, null last.
    func aggregateByCode(_ key: RExpr, _ kernels: [AggregateKernel], _ selection: Selection)
        -> (keys: [[Value]], values: [[Value]])? {
        guard let coded = codedKey(key) else { return nil }
        // Each row's group, once: its code, or the last group for null.
        let nullGroup = Int32(coded.size)
        var groups: [Int32] = []
        groups.reserveCapacity(selection.count)
        selection.forEach { row in
            let c = coded.code(Int(row))
            groups.append(c < 0 ? nullGroup : c)
        }
        var rows = [Int](repeating: 0, count: coded.size + 1)
        for g in groups { rows[Int(g)] += 1 }
        let accumulators = kernels.map { kernel in
            var a = [AggregateKernel.Accumulator](repeating: .init(), count: coded.size + 1)
            kernel.accumulate(selection, groups: groups, into: &a)
            return a
        }
        var keys: [[Value]] = []
        var values: [[Value]] = []
        for (g, n) in rows.enumerated() where n > 0 {
            keys.append([g == coded.size ? .null : coded.value(Int32(g))])
            values.append(kernels.indices.map { kernels[$0].value(accumulators[$0][g]) })
        }
        return (keys, values)
    }
}
