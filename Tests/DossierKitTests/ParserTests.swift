import Foundation
import Testing
@testable import DossierKit

@Suite struct ParserTests {
    func parse(_ text: String) -> ([Statement], [Diagnostic]) {
        Parser.parse(SourceText(text: text))
    }

    @Test func queryWithStagesAndPipes() throws {
        let (statements, diagnostics) = parse("events where actor = \"Lavrov\" | sort by date desc, id | limit 5")
        #expect(diagnostics.isEmpty)
        guard case .query(let q) = try #require(statements.first).kind else { Issue.record("not a query"); return }
        #expect(q.source.value == "events")
        #expect(q.stages.map(\.kind.keyword) == ["where", "sort by", "limit"])
        #expect(q.range == SourceRange(0, 63))
    }

    @Test func stagesWithoutPipesAndOnNewLines() {
        let (statements, diagnostics) = parse("events count by type\nevents\n  where killed > 0\n  | count")
        #expect(diagnostics.isEmpty)
        #expect(statements.count == 2)
    }

    @Test func precedence() throws {
        let (statements, _) = parse("events where not a = 1 or b = 2 and c = 3")
        guard case .query(let q) = statements[0].kind, case .filter(let e) = q.stages[0].kind else { Issue.record(); return }
        // or(not(a = 1), and(b = 2, c = 3))
        guard case .binary(.or, let left, let right) = e.kind else { Issue.record("top is not or"); return }
        guard case .unary(.not, _) = left.kind else { Issue.record("left is not not"); return }
        guard case .binary(.and, _, _) = right.kind else { Issue.record("right is not and"); return }
    }

    @Test func callNeedsNoSpaceBeforeParenthesis() {
        let (statements, diagnostics) = parse("events | group by actor (n = count(), last = max(date))")
        #expect(diagnostics.isEmpty)
        guard case .query(let q) = statements[0].kind, case .group(let keys, let aggs) = q.stages[0].kind else { Issue.record(); return }
        #expect(keys.count == 1)
        #expect(aggs.map(\.name.value) == ["n", "last"])
    }

    @Test func recoversAndReportsSeveralErrors() {
        let (statements, diagnostics) = parse("events where | limit x\nevents sort date\nevents count")
        #expect(diagnostics.count == 3)
        #expect(diagnostics.map(\.code) == [.expectedExpression, .invalidCount, .expectedToken])
        #expect(statements.count == 1)   // the last statement is fine
    }

    @Test func nestingIsBounded() {
        let deep = "events where " + String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000)
        let (_, diagnostics) = parse(deep)
        #expect(diagnostics.contains { $0.code == .nestingTooDeep })
        let negations = "events where " + String(repeating: "not ", count: 50_000) + "true"
        #expect(parse(negations).1.contains { $0.code == .nestingTooDeep })
        let lists = "let x = " + String(repeating: "[", count: 50_000)
        #expect(parse(lists).1.contains { $0.code == .nestingTooDeep })
        // Long chains of operators nest too, and would otherwise overflow the stack later.
        for chain in ["killed = 1 and ", "1 + ", "true or ", "2 * "] {
            let text = "events where " + String(repeating: chain, count: 100_000) + "true"
            #expect(parse(text).1.contains { $0.code == .nestingTooDeep })
        }
        #expect(parse("events where a" + String(repeating: ".b", count: 100_000)).1.contains { $0.code == .nestingTooDeep })
        #expect(parse("events where " + String(repeating: "killed = 1 and ", count: 90) + "true").1.isEmpty)
    }

    @Test func largeInputParses() {
        let big = "events where sentence contains \"" + String(repeating: "x", count: 1 << 20) + "\""
        let (statements, diagnostics) = parse(big)
        #expect(diagnostics.isEmpty)
        #expect(statements.count == 1)
        let many = String(repeating: "events count\n", count: 20_000)
        #expect(parse(many).0.count == 20_000)
    }

    @Test func randomBytesNeverCrash() {
        var generator = SeededGenerator(seed: 7)
        let alphabet = Array("events where actor=\"Lavrov\" and( ) [ ] | , . 2020-10 -1.5e3 # \n\t\\'count by group sort limit top not in is null".utf8)
        for _ in 0..<3000 {
            let length = Int.random(in: 0..<80, using: &generator)
            let bytes = (0..<length).map { _ in Bool.random(using: &generator) ? alphabet.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator) }
            let text = String(decoding: bytes, as: UTF8.self)
            _ = parse(text)
            _ = Session(corpus: Package.fixture).check(SourceText(text: text))
        }
    }

    @Test func commandsTakeTheRestOfTheLine() {
        let (statements, diagnostics) = parse(".mode csv\nevents count")
        #expect(diagnostics.isEmpty)
        guard case .command(let name, let arg) = statements[0].kind else { Issue.record(); return }
        #expect(name.value == "mode" && arg.value == "csv")
    }

    @Test(arguments: [
        ("events where", false), ("events where actor = \"Lav", false), ("events where actor in [\"a\",", false),
        ("events |", false), ("events where killed > 1 and", false), ("events sort", false),
        ("events count", true), ("events where x = 1", true), ("", true), ("events where )", true),
        ("let x =", false), ("events where (a = 1", false),
    ])
    func completeness(text: String, complete: Bool) {
        #expect(Completeness.isComplete(text) == complete)
    }
}

/// A small deterministic generator for property tests.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E3779B97F4A7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
