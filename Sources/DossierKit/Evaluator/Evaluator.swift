/// Runs a resolved query over a corpus, stage by stage.
public struct Evaluator {
    let corpus: Corpus
    /// Polled between chunks of rows so that Ctrl-C can stop a long query.
    let isCancelled: @Sendable () -> Bool

    public init(corpus: Corpus, isCancelled: @escaping @Sendable () -> Bool = { false }) {
        self.corpus = corpus
        self.isCancelled = isCancelled
    }

    public struct Cancelled: Error {}

    public func run(_ query: ResolvedQuery) throws(Cancelled) -> Relation {
        var relation = Relation.rows(query.collection, .all(corpus.count(query.collection)))
        var stages = query.stages[...]
        while let stage = stages.popFirst() {
            if isCancelled() { throw Cancelled() }
            // `sort` then `limit n` (and `top n`) needs only the first n rows in order.
            if case .sort(let keys) = stage, case .limit(let n)? = stages.first {
                stages.removeFirst()
                relation = sort(relation, keys, compiler(for: relation), limit: n)
                continue
            }
            relation = try apply(stage, to: relation)
        }
        return relation
    }

    func compiler(for relation: Relation) -> ExprCompiler {
        if case .table(let t) = relation { return ExprCompiler(corpus: corpus, table: t) }
        return ExprCompiler(corpus: corpus, table: nil)
    }

    func apply(_ stage: RStage, to relation: Relation) throws(Cancelled) -> Relation {
        let compiler = compiler(for: relation)
        switch stage {
        case .filter(let condition):
            return try filter(relation, condition, compiler)
        case .select(let items):
            let evals = items.map { compiler.value($0.expr) }
            let rows = rowNumbers(relation)
            let data = evals.map { eval in rows.map(eval) }
            return .table(Table(columns: items.map { ColumnInfo(name: $0.name, type: $0.expr.type) }, data: data))
        case .sort(let keys):
            return sort(relation, keys, compiler)
        case .limit(let n):
            switch relation {
            case .rows(let c, let s):
                if case .all(let count) = s { return .rows(c, .all(min(n, count))) }
                return .rows(c, .some(Array(s.rows.prefix(n))))
            case .table(let t):
                return .table(Table(columns: t.columns, data: t.data.map { Array($0.prefix(n)) }))
            }
        case .count:
            return .table(Table(columns: [ColumnInfo(name: "count", type: .int)], data: [[.int(Int64(relation.count))]]))
        case .countBy(let keys):
            return countBy(relation, keys, compiler)
        case .group(let keys, let aggregates):
            return group(relation, keys, aggregates, compiler)
        case .aggregateAll(let items):
            let rows = rowNumbers(relation)
            let values = items.map { Aggregation.evaluate($0.expr, over: rows, compiler: compiler, corpus: corpus) }
            return .table(Table(columns: items.map { ColumnInfo(name: $0.name, type: $0.expr.type) }, data: values.map { [$0] }))
        }
    }

    /// Row numbers to evaluate closures on: collection rows or table rows.
    func rowNumbers(_ relation: Relation) -> [Int32] {
        switch relation {
        case .rows(_, let s): return s.rows
        case .table(let t): return (0..<Int32(t.rowCount)).map { $0 }
        }
    }

    func filter(_ relation: Relation, _ condition: RExpr, _ compiler: ExprCompiler) throws(Cancelled) -> Relation {
        let test = compiler.predicate(condition)
        switch relation {
        case .rows(let c, let selection):
            // Over all rows of events, a posting list narrows the candidates first.
            var candidates = selection
            if c == .events, case .all = selection, let narrowed = Postings.candidates(for: condition, in: corpus) {
                candidates = .some(narrowed)
            }
            var kept: [Int32] = []
            var checked = 0
            var failure: Cancelled? = nil
            candidates.forEach { row in
                guard failure == nil else { return }
                checked += 1
                if checked & 0xFFF == 0, isCancelled() { failure = Cancelled(); return }
                if test(row) == true { kept.append(row) }
            }
            if let failure { throw failure }
            return .rows(c, .some(kept))
        case .table(let t):
            let keep = (0..<Int32(t.rowCount)).filter { test($0) == true }
            return .table(Table(columns: t.columns, data: t.data.map { column in keep.map { column[Int($0)] } }))
        }
    }

    /// Rows in the order of the keys, stable; with a limit, only the first
    /// `limit` of them (a top-n selection, not a full sort).
    func sort(_ relation: Relation, _ keys: [(expr: RExpr, descending: Bool)], _ compiler: ExprCompiler,
              limit: Int? = nil) -> Relation {
        let rows = rowNumbers(relation)
        let corpus = self.corpus
        let order = RowOrder(keys: keys.map { key in
            if case .rows(.events, _) = relation,
               let column = PreparedKey.eventColumn(key.expr, rows: rows, descending: key.descending, corpus: corpus) {
                return column
            }
            let eval = compiler.value(key.expr)
            return PreparedKey.make(rows.map(eval), descending: key.descending, corpus: corpus)
        })
        let positions = order.sorted(rows.count, limit: limit)
        switch relation {
        case .rows(let c, _):
            return .rows(c, .some(positions.map { rows[$0] }))
        case .table(let t):
            return .table(Table(columns: t.columns, data: t.data.map { column in positions.map { column[$0] } }))
        }
    }
}
