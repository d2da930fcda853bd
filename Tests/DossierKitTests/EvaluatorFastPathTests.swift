import Foundation
import Testing
@testable import DossierKit

/// The evaluator's fast paths (`sort` then `limit` as a top-n selection, sort
/// keys read from integer columns or folded once, aggregates computed from
/// event columns in one pass) against references written here the plain way:
/// values from `Corpus.value`, ordered by `Value.order`, aggregated one by one.
@Suite struct EvaluatorFastPathTests {
    // MARK: Running queries and the references

    func evaluate(_ text: String, on corpus: Corpus) throws -> Relation {
        let source = SourceText(text: text)
        let (statements, diagnostics) = Parser.parse(source)
        #expect(diagnostics.isEmpty, "\(text)")
        guard case .query(let query)? = statements.first?.kind else { throw Failure(text) }
        var resolver = Resolver(corpus: corpus, environment: Environment(), source: source)
        guard let plan = resolver.resolve(query) else { throw Failure(text) }
        return try Evaluator(corpus: corpus).run(plan)
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ query: String) { description = "could not run: \(query)" }
    }

    func eventRows(_ relation: Relation) -> [Int32]? {
        guard case .rows(.events, let selection) = relation else { return nil }
        return selection.rows
    }

    func tableRows(_ relation: Relation) -> [[Value]]? {
        guard case .table(let t) = relation else { return nil }
        return (0..<t.rowCount).map(t.row)
    }

    /// A sort key: how to read it from an event row, and its direction.
    typealias Key = (read: (Int32) -> Value, descending: Bool)

    /// The stable sort as the language defines it: nulls last either way,
    /// then `Value.order`, then the input order.
    func referenceSort(_ rows: [Int32], _ keys: [Key], _ corpus: Corpus) -> [Int32] {
        let values = keys.map { key in rows.map(key.read) }
        let order = (0..<rows.count).sorted { i, j in
            for (k, key) in keys.enumerated() {
                let a = values[k][i], b = values[k][j]
                if a.isNull != b.isNull { return b.isNull }
                let c = Value.order(a, b, corpus: corpus) * (key.descending ? -1 : 1)
                if c != 0 { return c < 0 }
            }
            return i < j
        }
        return order.map { rows[$0] }
    }

    func field(_ f: Field, _ corpus: Corpus) -> (Int32) -> Value {
        { corpus.value(.events, f, $0) }
    }

    /// Groups of event rows by one or more keys, list values spread, ordered by key.
    func referenceGroups(_ rows: [Int32], _ keys: [(Int32) -> Value], _ corpus: Corpus) -> [(key: [Value], rows: [Int32])] {
        var groups: [[Value]: [Int32]] = [:]
        for row in rows {
            var combinations: [[Value]] = [[]]
            for key in keys {
                let v = key(row)
                let elements: [Value] = if case .list(let items) = v { items.isEmpty ? [.null] : items } else { [v] }
                combinations = combinations.flatMap { prefix in elements.map { prefix + [$0] } }
            }
            for c in combinations { groups[c, default: []].append(row) }
        }
        return groups.map { ($0.key, $0.value) }.sorted { a, b in
            for (x, y) in zip(a.key, b.key) {
                let c = Value.order(x, y, corpus: corpus)
                if c != 0 { return c < 0 }
            }
            return false
        }
    }

    /// An aggregate of an event field over rows, one value at a time.
    func referenceAggregate(_ f: AggregateFunction, _ arg: Field?, _ rows: [Int32], _ corpus: Corpus) -> Value {
        guard let arg else { return .int(Int64(rows.count)) }
        let values = rows.map { corpus.value(.events, arg, $0) }.filter { !$0.isNull }
        if f == .count { return .int(Int64(values.count)) }
        guard !values.isEmpty else { return .null }
        func int(_ v: Value) -> Int64 { if case .int(let x) = v { x } else { Int64.min } }
        switch f {
        case .count: return .int(Int64(values.count))
        case .sum: return .int(values.reduce(0) { $0 + int($1) })
        case .avg: return .decimal(values.reduce(0.0) { $0 + Double(int($1)) } / Double(values.count))
        case .min: return values.min { Value.order($0, $1, corpus: corpus) < 0 }!
        case .max: return values.max { Value.order($0, $1, corpus: corpus) < 0 }!
        }
    }

    // MARK: Corpora

    /// A small deterministic generator, so that a failing seed can be rerun.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E4B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// A corpus full of ties and nulls: counts from a handful of values, dates
    /// of every precision (a year, its months, their days), names that differ
    /// only in case or diacritics from their neighbours in the order.
    func randomCorpus(seed: UInt64, events: Int) -> Corpus {
        var rng = SplitMix(state: seed)
        var b = CorpusBuilder()
        let actors = ["Ölander", "olsen", "Oslo Group", "Åse", "aase", "Zed", "zeta", "Émile", "emma", "Bob"]
        for a in actors { b.addActor(EntityRecord(name: a, kind: "person")) }
        let places = ["Ağdam", "agdal", "Beta", "béla", "Zürich", "zulu", "Çay", "cabo"]
        for p in places { b.addPlace(EntityRecord(name: p, kind: "city", country: ["AZE", "ARM", "NOR"].randomElement(using: &rng)!)) }
        let articles = 12
        for a in 0..<articles { b.addArticle(ArticleRecord(id: "a\(a)", lang: ["en", "no", "nl"].randomElement(using: &rng)!, text: ".")) }
        let dates = ["2020", "2020-10", "2020-10-01", "2020-10-09", "2020-09", "2020-09-30", "2019", "2021-01-01", "2020-10-09"]
        for e in 0..<events {
            var r = EventRecord(article: "a\(Int.random(in: 0..<articles, using: &rng))")
            r.id = "e\(String(e).leftPadded(4))"
            r.type = Int.random(in: 0..<8, using: &rng) == 0 ? nil : PloverType.allCases.randomElement(using: &rng)
            r.mode = [nil, nil, "phone", "ceasefire", "Phone"].randomElement(using: &rng)!
            r.source = (0..<Int.random(in: 0...2, using: &rng)).map { _ in actors.randomElement(using: &rng)! }
            r.target = (0..<Int.random(in: 0...1, using: &rng)).map { _ in actors.randomElement(using: &rng)! }
            r.location = Int.random(in: 0..<4, using: &rng) == 0 ? nil : places.randomElement(using: &rng)
            r.date = Int.random(in: 0..<6, using: &rng) == 0 ? nil : DDate(literal: dates.randomElement(using: &rng)!)
            r.killed = [nil, nil, 0, 0, 1, 2, 3, 3, 10, 250].randomElement(using: &rng)!
            r.injured = [nil, 0, 1, 5, 1_000_000].randomElement(using: &rng)!
            r.confidence = [nil, 0, 0.25, 0.5, 0.9, 1].randomElement(using: &rng)!
            r.sentence = "Sentence \(e)."
            try! b.addEvent(r)
        }
        return b.build()
    }

    static let seeds: [UInt64] = [1, 2, 3, 5, 8, 13, 21, 34]

    var corpora: [(name: String, corpus: Corpus)] {
        [("fixture", Package.fixture)] + Self.seeds.map { ("seed \($0)", randomCorpus(seed: $0, events: 240)) }
    }

    // MARK: sort and limit

    /// Sort keys as query text, with the reference's way of reading them.
    func sortCases(_ corpus: Corpus) -> [(text: String, keys: [Key])] {
        func f(_ x: Field) -> (Int32) -> Value { field(x, corpus) }
        return [
            ("killed desc", [(f(.killed), true)]),
            ("killed", [(f(.killed), false)]),
            ("injured desc, killed", [(f(.injured), true), (f(.killed), false)]),
            ("date", [(f(.date), false)]),
            ("date desc, killed desc", [(f(.date), true), (f(.killed), true)]),
            ("confidence desc, date", [(f(.confidence), true), (f(.date), false)]),
            ("type, killed desc", [(f(.type), false), (f(.killed), true)]),
            ("location desc, injured", [(f(.location), true), (f(.injured), false)]),
            ("mode, country desc", [(f(.mode), false), (f(.country), true)]),
            ("id desc", [(f(.id), true)]),
            ("article.lang, killed", [({ r in corpus.value(.articles, .lang, corpus.events.article[Int(r)]) }, false),
                                      (f(.killed), false)]),
            ("year(date) desc, killed + injured", [
                ({ r in Functions.apply(.year, corpus.value(.events, .date, r)) }, true),
                ({ r in ValueOps.arithmetic(.add, corpus.value(.events, .killed, r), corpus.value(.events, .injured, r)) }, false),
            ]),
        ]
    }

    @Test func sortAndLimitMatchAStableFullSort() throws {
        for (name, corpus) in corpora {
            let all = (0..<Int32(corpus.events.count)).map { $0 }
            let filtered = all.filter { corpus.events.killed[Int($0)] >= 0 }
            for (text, keys) in sortCases(corpus) {
                for (filter, rows) in [("", all), (" where killed >= 0", filtered)] {
                    let expected = referenceSort(rows, keys, corpus)
                    let sorted = try evaluate("events\(filter) | sort by \(text)", on: corpus)
                    #expect(eventRows(sorted) == expected, "\(name): sort by \(text)\(filter)")
                    for n in [0, 1, 2, 7, rows.count - 1, rows.count, rows.count + 5] where n >= 0 {
                        let q = "events\(filter) | sort by \(text) | limit \(n)"
                        #expect(eventRows(try evaluate(q, on: corpus)) == Array(expected.prefix(n)), "\(name): \(q)")
                    }
                }
            }
        }
    }

    @Test func topIsASortDescendingWithALimit() throws {
        for (name, corpus) in corpora {
            let rows = (0..<Int32(corpus.events.count)).map { $0 }
            let expected = referenceSort(rows, [(field(.killed, corpus), true)], corpus)
            for n in [0, 1, 5, 1000] {
                #expect(eventRows(try evaluate("events | top \(n) by killed", on: corpus)) == Array(expected.prefix(n)),
                        "\(name): top \(n)")
            }
        }
    }

    @Test func aNegativeLimitIsRejectedBeforeEvaluation() {
        for q in ["events | sort by killed | limit -1", "events | top -3 by killed"] {
            #expect(!run(q).errors.isEmpty, "\(q)")
        }
    }

    @Test func aMonthSortsBeforeItsDaysAndNullsGoLast() throws {
        let corpus = randomCorpus(seed: 99, events: 120)
        for direction in ["", " desc"] {
            let rows = try #require(eventRows(try evaluate("events | sort by date\(direction)", on: corpus)))
            let packed = rows.map { corpus.events.date[Int($0)] }
            let dated = packed.prefix { $0 > 0 }
            #expect(packed.dropFirst(dated.count).allSatisfy { $0 == 0 }, "nulls last\(direction)")
            #expect(dated.count > 0 && dated.count < packed.count)
            let pairs = zip(dated, dated.dropFirst())
            #expect(pairs.allSatisfy { direction.isEmpty ? $0 <= $1 : $0 >= $1 })
            // 2020-10 (packed 20201000) comes before 2020-10-01 ascending and after it descending.
            let month = dated.firstIndex(of: 20201000), day = dated.firstIndex(of: 20201001)
            if let month, let day { #expect(direction.isEmpty ? month < day : month > day) }
        }
    }

    @Test func tablesSortByTheirColumns() throws {
        for (name, corpus) in corpora {
            // Integers, dates, strings and places in table columns, with ties and nulls.
            let q = "events | select id, killed as k, date as d, type as t, location as l"
            let table = try #require(tableRows(try evaluate(q, on: corpus)))
            let rows = (0..<Int32(table.count)).map { $0 }
            func column(_ c: Int) -> (Int32) -> Value { { table[Int($0)][c] } }
            let cases: [(String, [Key])] = [
                ("k desc", [(column(1), true)]),
                ("d, k desc", [(column(2), false), (column(1), true)]),
                ("t desc, l", [(column(3), true), (column(4), false)]),
                ("l, d desc", [(column(4), false), (column(2), true)]),
            ]
            for (keys, reference) in cases {
                let expected = referenceSort(rows, reference, corpus).map { table[Int($0)] }
                for n in [0, 3, table.count, table.count + 1] {
                    let got = tableRows(try evaluate("\(q) | sort by \(keys) | limit \(n)", on: corpus))
                    #expect(got == Array(expected.prefix(n)), "\(name): sort by \(keys) | limit \(n)")
                }
            }
        }
    }

    // MARK: count by

    @Test func countByOrdersByCountThenKey() throws {
        for (name, corpus) in corpora {
            let rows = (0..<Int32(corpus.events.count)).map { $0 }
            let cases: [(String, [(Int32) -> Value])] = [
                ("location", [field(.location, corpus)]),
                ("type", [field(.type, corpus)]),
                ("mode", [field(.mode, corpus)]),
                ("country", [field(.country, corpus)]),
                ("actors", [field(.actors, corpus)]),
                ("type, location", [field(.type, corpus), field(.location, corpus)]),
                ("killed", [field(.killed, corpus)]),
                ("date", [field(.date, corpus)]),
            ]
            for (keys, reference) in cases {
                let groups = referenceGroups(rows, reference, corpus)
                // Stable on key order, so equal counts stay in key order.
                let expected = groups.enumerated().sorted { a, b in
                    a.element.rows.count != b.element.rows.count ? a.element.rows.count > b.element.rows.count : a.offset < b.offset
                }.map { $0.element.key + [.int(Int64($0.element.rows.count))] }
                #expect(tableRows(try evaluate("events count by \(keys)", on: corpus)) == expected, "\(name): count by \(keys)")
            }
        }
    }

    // MARK: group by

    /// Every aggregate the kernels compute, as query text and as a reference.
    static let kernelAggregates: [(text: String, f: AggregateFunction, arg: Field?)] = [
        ("n = count()", .count, nil),
        ("nk = count(killed)", .count, .killed), ("sk = sum(killed)", .sum, .killed), ("ak = avg(killed)", .avg, .killed),
        ("lk = min(killed)", .min, .killed), ("hk = max(killed)", .max, .killed),
        ("ni = count(injured)", .count, .injured), ("si = sum(injured)", .sum, .injured), ("ai = avg(injured)", .avg, .injured),
        ("li = min(injured)", .min, .injured), ("hi = max(injured)", .max, .injured),
        ("nd = count(date)", .count, .date), ("first = min(date)", .min, .date), ("last = max(date)", .max, .date),
    ]

    /// Aggregates that no kernel computes, so a group that has one takes the general path.
    static let otherAggregates: [(text: String, f: AggregateFunction, arg: Field?)] = [
        ("hc = max(confidence)", .max, .confidence), ("nt = count(type)", .count, .type),
    ]

    func checkGroups(_ keys: String, _ reference: [(Int32) -> Value], filter: String = "",
                     rows: [Int32], aggregates: [(text: String, f: AggregateFunction, arg: Field?)],
                     on corpus: Corpus, _ name: String) throws {
        let q = "events\(filter) | group by \(keys) (\(aggregates.map(\.text).joined(separator: ", ")))"
        let expected = referenceGroups(rows, reference, corpus).map { group in
            group.key + aggregates.map { referenceAggregate($0.f, $0.arg, group.rows, corpus) }
        }
        #expect(tableRows(try evaluate(q, on: corpus)) == expected, "\(name): \(q)")
    }

    @Test func groupByComputesEveryKernelAggregateAsTheReferenceDoes() throws {
        for (name, corpus) in corpora {
            let all = (0..<Int32(corpus.events.count)).map { $0 }
            let assaults = all.filter { corpus.value(.events, .type, $0) == .string("assault") }
            let cases: [(String, [(Int32) -> Value])] = [
                ("type", [field(.type, corpus)]),            // coded: one pass, no row lists
                ("location", [field(.location, corpus)]),
                ("mode", [field(.mode, corpus)]),
                ("country", [field(.country, corpus)]),
                ("article", [field(.article, corpus)]),
                ("type, location", [field(.type, corpus), field(.location, corpus)]),   // row lists, kernels per group
                ("actors", [field(.actors, corpus)]),
                ("killed", [field(.killed, corpus)]),
            ]
            for (keys, reference) in cases {
                try checkGroups(keys, reference, rows: all, aggregates: Self.kernelAggregates, on: corpus, name)
                try checkGroups(keys, reference, filter: " where type = \"assault\"", rows: assaults,
                                aggregates: Self.kernelAggregates, on: corpus, name)
                try checkGroups(keys, reference, rows: all, aggregates: Self.kernelAggregates + Self.otherAggregates,
                                on: corpus, name)
            }
        }
    }

    @Test func kernelsAgreeWithTheGeneralAggregation() throws {
        // The same aggregates through `Aggregation.aggregate`, which never uses a kernel.
        for (name, corpus) in corpora {
            let compiler = ExprCompiler(corpus: corpus, table: nil)
            let rows = (0..<Int32(corpus.events.count)).filter { corpus.events.killed[Int($0)] != 0 }
            for field in [Field.killed, .injured, .date] {
                let arg = RExpr(.field(.events, field), field == .date ? .date : .int, SourceRange(0, 0))
                for f in AggregateFunction.allCases where field != .date || (f != .sum && f != .avg) {
                    let e = RExpr(.aggregate(f, arg), .any, arg.range)
                    let kernel = try #require(AggregateKernel(e, corpus: corpus))
                    for part in [[], Array(rows.prefix(1)), rows] {
                        #expect(kernel.value(over: part) == Aggregation.aggregate(f, arg, part, compiler, corpus),
                                "\(name): \(f)(\(field)) over \(part.count) rows")
                    }
                }
                let other = RExpr(.aggregate(.sum, RExpr(.field(.events, .confidence), .decimal, arg.range)), .decimal, arg.range)
                #expect(AggregateKernel(other, corpus: corpus) == nil)
            }
        }
    }

    @Test func selectAggregatesOverAllRows() throws {
        for (name, corpus) in corpora {
            let rows = (0..<Int32(corpus.events.count)).filter { corpus.events.killed[Int($0)] > 0 }
            let aggregates = Self.kernelAggregates
            // `select` names its items with `as`: "n = count()" becomes "count() as n".
            let items = aggregates.map { a in a.text.split(separator: " = ").reversed().joined(separator: " as ") }
            let q = "events where killed > 0 | select \(items.joined(separator: ", "))"
            let expected = [aggregates.map { referenceAggregate($0.f, $0.arg, rows, corpus) }]
            #expect(tableRows(try evaluate(q, on: corpus)) == expected, "\(name): \(q)")
        }
    }

    @Test func anEmptySelectionGivesNoGroupsAndNullAggregates() throws {
        let corpus = randomCorpus(seed: 7, events: 50)
        let none = "events where killed > 1000000"
        #expect(tableRows(try evaluate("\(none) | group by type (n = count(), s = sum(killed), last = max(date))", on: corpus)) == [])
        #expect(tableRows(try evaluate("\(none) | select count() as n, sum(killed) as s, avg(injured) as a, max(date) as last",
                                       on: corpus)) == [[.int(0), .null, .null, .null]])
    }
}
