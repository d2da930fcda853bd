import Foundation

/// Checks a parsed query against the schema and the corpus before anything
/// runs: names become fields, columns or constants, types are checked, and
/// entity names are resolved through aliases (with a warning and the
/// nearest names when a name matches nothing).
public struct Resolver {
    let corpus: Corpus
    let environment: Environment
    /// The text the query came from: unnamed columns are named after it.
    let source: SourceText
    var diagnostics = DiagnosticBag()
    /// How many let queries are being expanded, to stop a query that uses itself.
    var expansionDepth = 0

    struct Failure: Error {}

    public init(corpus: Corpus, environment: Environment, source: SourceText) {
        self.corpus = corpus
        self.environment = environment
        self.source = source
    }

    public var collected: [Diagnostic] { diagnostics.items }

    mutating func fail(_ code: DiagnosticCode, _ message: String, at range: SourceRange, label: String? = nil,
                       notes: [String] = []) -> Failure {
        diagnostics.error(code, message, at: range, label: label, notes: notes)
        return Failure()
    }

    // MARK: Queries

    /// Resolves a query; nil when it has errors (they are in `collected`).
    public mutating func resolve(_ query: Query) -> ResolvedQuery? {
        guard var plan = resolveSource(query.source) else { return nil }
        var ok = true
        for stage in query.stages {
            do {
                try resolve(stage, into: &plan)
            } catch {
                ok = false
                // A failed stage that changes the row shape leaves the rest unknowable.
                if case .filter = stage.kind { continue }
                if case .sort = stage.kind { continue }
                if case .limit = stage.kind { continue }
                break
            }
        }
        return ok ? plan : nil
    }

    mutating func resolveSource(_ name: Located<String>) -> ResolvedQuery? {
        if let c = Collection(rawValue: name.value.lowercased()) {
            return ResolvedQuery(collection: c, stages: [], schema: .collection(c))
        }
        if let letQuery = environment.query(name.value) {
            guard expansionDepth < 16 else {
                diagnostics.error(.unknownCollection, "let query '\(name.value)' refers to itself", at: name.range)
                return nil
            }
            var inner = Resolver(corpus: corpus, environment: environment, source: letQuery.source)
            inner.expansionDepth = expansionDepth + 1
            if let plan = inner.resolve(letQuery.query) { return plan }
            let reason = inner.diagnostics.items.first { $0.isError }?.message ?? "it has errors"
            diagnostics.error(.unknownCollection, "let query '\(name.value)' no longer resolves: \(reason)", at: name.range)
            return nil
        }
        if environment.value(name.value) != nil {
            diagnostics.error(.unknownCollection, "'\(name.value)' is a value, not a query", at: name.range,
                              label: "a query starts with articles, events, actors, places or a let query")
            return nil
        }
        let candidates = Collection.allCases.map(\.rawValue) + environment.queries.keys.sorted()
        let hint = Suggest.nearest(name.value, among: candidates).map { "did you mean '\($0)'?" }
        diagnostics.error(.unknownCollection, "unknown collection '\(name.value)'", at: name.range,
                          label: hint ?? "collections are articles, events, actors, places"
                            + (environment.queries.isEmpty ? "" : "; queries: " + environment.queries.keys.sorted().joined(separator: ", ")))
        return nil
    }

    mutating func resolve(_ stage: Stage, into plan: inout ResolvedQuery) throws(Failure) {
        let schema = plan.schema
        switch stage.kind {
        case .filter(let e):
            let r = try resolve(e, in: schema)
            try requireBoolean(r, what: "'where' needs a condition")
            plan.stages.append(.filter(r))
        case .select(let items):
            let resolved = try resolveItems(items, in: schema, allowAggregates: true)
            let aggregated = resolved.filter { $0.expr.containsAggregate }
            if !aggregated.isEmpty {
                for item in resolved {
                    if let bare = item.expr.bareRowReference {
                        throw fail(.aggregateOutsideGroup, "'\(item.name)' is neither an aggregate nor grouped",
                                   at: bare.range, label: "use 'group by' to aggregate per value")
                    }
                }
                plan.stages.append(.aggregateAll(resolved))
            } else {
                plan.stages.append(.select(resolved))
            }
            plan.schema = .table(resolved.map { ColumnInfo(name: $0.name, type: $0.expr.type) })
        case .sort(let keys):
            var resolved: [(expr: RExpr, descending: Bool)] = []
            for k in keys { resolved.append((try resolve(k.expr, in: schema), k.descending)) }
            plan.stages.append(.sort(resolved))
        case .limit(let n):
            plan.stages.append(.limit(try nonNegative(n)))
        case .top(let n, let by):
            let count = try nonNegative(n)
            if let by {
                plan.stages.append(.sort([(try resolve(by, in: schema), true)]))
            } else if case .table(let columns) = schema, let k = columns.firstIndex(where: { $0.name == "count" }) {
                plan.stages.append(.sort([(RExpr(.column(k), columns[k].type, stage.range), true)]))
            }
            plan.stages.append(.limit(count))
        case .count(let by):
            if by.isEmpty {
                plan.stages.append(.count)
                plan.schema = .table([ColumnInfo(name: "count", type: .int)])
            } else {
                let keys = try resolveItems(by, in: schema, allowAggregates: false)
                try checkUnique(keys.map(\.name) + ["count"], ranges: by.map(\.expr.range) + [stage.range])
                plan.stages.append(.countBy(keys))
                plan.schema = .table(keys.map { ColumnInfo(name: $0.name, type: $0.expr.type.element) }
                                     + [ColumnInfo(name: "count", type: .int)])
            }
        case .group(let by, let aggregates):
            let keys = try resolveItems(by, in: schema, allowAggregates: false)
            var aggs: [(name: String, expr: RExpr)] = []
            if aggregates.isEmpty {
                aggs = [("count", RExpr(.aggregate(.count, nil), .int, stage.range))]
            }
            for a in aggregates {
                let r = try resolve(a.expr, in: schema, allowAggregates: true)
                if let bare = r.bareRowReference {
                    throw fail(.aggregateOutsideGroup, "'\(a.name.value)' must be an aggregate such as count(), sum(x), min(x)",
                               at: bare.range, label: "this has a value per row, not per group")
                }
                aggs.append((a.name.value, r))
            }
            try checkUnique(keys.map(\.name) + aggs.map(\.name),
                            ranges: by.map(\.expr.range) + (aggregates.isEmpty ? [stage.range] : aggregates.map(\.name.range)))
            plan.stages.append(.group(keys, aggs))
            plan.schema = .table(keys.map { ColumnInfo(name: $0.name, type: $0.expr.type.element) }
                                 + aggs.map { ColumnInfo(name: $0.name, type: $0.expr.type) })
        }
    }

    mutating func nonNegative(_ n: Located<Int64>) throws(Failure) -> Int {
        guard n.value >= 0, n.value <= Int64(Int32.max) else {
            throw fail(.invalidCount, "count \(n.value) is out of range", at: n.range, label: "use 0 to \(Int32.max)")
        }
        return Int(n.value)
    }

    mutating func resolveItems(_ items: [SelectItem], in schema: RowSchema, allowAggregates: Bool) throws(Failure)
        -> [(name: String, expr: RExpr)] {
        var out: [(name: String, expr: RExpr)] = []
        for item in items {
            let r = try resolve(item.expr, in: schema, allowAggregates: allowAggregates)
            out.append((item.alias?.value ?? columnName(item.expr), r))
        }
        try checkUnique(out.map(\.name), ranges: items.map { $0.alias?.range ?? $0.expr.range })
        return out
    }

    mutating func checkUnique(_ names: [String], ranges: [SourceRange]) throws(Failure) {
        var seen = Set<String>()
        for (name, range) in zip(names, ranges) where !seen.insert(name.lowercased()).inserted {
            throw fail(.duplicateColumn, "column '\(name)' appears twice", at: range, label: "name one of them with 'as'")
        }
    }

    /// The column name an unnamed item gets: its text, spaces folded.
    func columnName(_ e: Expr) -> String {
        if case .name(let n) = e.kind { return n == "actor" ? "actor" : n }
        return source.slice(e.range).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    mutating func requireBoolean(_ r: RExpr, what: String) throws(Failure) {
        switch r.type {
        case .bool, .null, .any: return
        default:
            throw fail(.notBoolean, "\(what), found a value of type \(r.type)", at: r.range,
                       label: "compare it, as in 'killed > 0'")
        }
    }
}

