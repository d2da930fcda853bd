import Foundation
import Testing
@testable import DossierKit

/// `dossier eval`: reading gold files, matching, and the figures.
@Suite struct EvalTests {
    static let header = "article\ttype\tactors\tlocation\tdate\tkilled\tinjured\tnote\n"

    func gold(_ text: String) -> ([GoldEvent], [InputDiagnostic]) {
        GoldFile.parse(Array(text.utf8), file: "gold.tsv")
    }

    @Test func goldLinesAreRead() throws {
        let (events, problems) = gold("# a comment\n\n" + Self.header
            + "a1\tconsult|cooperate\tLavrov; Armenia\tMoscow\t2020-10-09\t\t\ttalks begin\textra note\r\n"
            + "a1\tassault\t\t\t2020-10\t31\t168\n")
        #expect(problems.isEmpty)
        try #require(events.count == 2)
        #expect(events[0].types == [.consult, .cooperate])
        #expect(events[0].actors == ["Lavrov", "Armenia"])
        #expect(events[0].location == "Moscow" && events[0].date == DDate(literal: "2020-10-09"))
        #expect(events[0].note == "talks begin extra note" && events[0].line == 4)
        #expect(events[1].killed == 31 && events[1].injured == 168 && events[1].actors.isEmpty && events[1].location == nil)
    }

    @Test func columnsAreFoundByName() throws {
        let (events, problems) = gold("type\tarticle\tkilled\tinjured\tactors\tlocation\tdate\nassault\ta1\t4\t\tArmenia\t\t\n")
        #expect(problems.isEmpty)
        #expect(events.first?.article == "a1" && events.first?.killed == 4)
    }

    @Test func badLinesAreLocatedAndSkipped() {
        let (events, problems) = gold(Self.header
            + "a1\tasault\t\t\t\t\t\n"          // line 2: misspelt type
            + "a1\tassault\t\t\t2020-13-01\t\t\n" // line 3: no such month
            + "a1\tassault\t\t\t\tmany\t\n"      // line 4: not a number
            + "\tassault\t\t\t\t\t\n"            // line 5: no article
            + "a1\tassault\t\t\t\t3\t\n")        // line 6: fine
        #expect(events.map(\.line) == [6])
        let described = problems.map(\.description)
        #expect(described.count == 4)
        #expect(described[0].contains("gold.tsv:2:4") && described[0].contains("did you mean 'assault'"))
        #expect(described[1].contains("gold.tsv:3:") && described[1].contains("'2020-13-01' is not a date"))
        #expect(described[2].contains("gold.tsv:4:") && described[2].contains("killed must be a whole number"))
        #expect(described[3].contains("gold.tsv:5:1"))
    }

    @Test func aMissingHeaderOrBadBytesAreReported() {
        let (none, noHeader) = gold("a1\tassault\n")
        #expect(none.isEmpty && noHeader.first?.description.contains("gold.tsv:1:1") == true)
        var bytes = Array(Self.header.utf8) + Array("a1\tassault\tÅ".utf8) + [0xFF] + Array("\t\t\t\t\na1\tassault\t\t\t\t\t\n".utf8)
        let (events, problems) = GoldFile.parse(bytes, file: "gold.tsv")
        #expect(events.map(\.line) == [3])
        #expect(problems.first?.description.contains("gold.tsv:2:13") == true)
        bytes = [0xEF, 0xBB, 0xBF] + Array(Self.header.utf8)
        #expect(GoldFile.parse(bytes, file: "g").diagnostics.isEmpty)
    }

    @Test func randomBytesNeverCrashTheGoldReader() {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["\t", "\n", "\r", "#", "|", ";", "assault", "a1", "2020-10", "-1", "99999999999", "é", "\u{0}"]
        for _ in 0..<500 {
            var text = Self.header
            for _ in 0..<Int.random(in: 0..<60, using: &rng) { text += pieces.randomElement(using: &rng)! }
            var bytes = Array(text.utf8)
            if Bool.random(using: &rng) { bytes.insert(UInt8.random(in: 0x80...0xFF, using: &rng), at: Int.random(in: 0...bytes.count, using: &rng)) }
            _ = GoldFile.parse(bytes, file: "fuzz.tsv")
        }
    }

    // MARK: Scoring

    static let jsonl = """
    {"record":"actor","name":"Sergei Lavrov","kind":"person","country":"RUS","aliases":["Lavrov","Lawrow"]}
    {"record":"actor","name":"Armenia","kind":"state","country":"ARM","aliases":["Armenian"]}
    {"record":"actor","name":"Azerbaijan","kind":"state","country":"AZE"}
    {"record":"place","name":"Moscow","kind":"city","country":"RUS","aliases":["Moskva"]}
    {"record":"place","name":"Stepanakert","kind":"city","country":"AZE"}
    {"record":"article","id":"a1","date":"2020-10-10","lang":"en","text":"."}
    {"record":"article","id":"a2","date":"2020-10-10","lang":"en","text":"."}
    {"record":"event","id":"e1","article":"a1","type":"consult","source":["Sergei Lavrov"],"target":["Armenia","Azerbaijan"],"location":"Moscow","date":"2020-10-09","sentence":"Talks in Moscow."}
    {"record":"event","id":"e2","article":"a1","type":"assault","source":["Azerbaijan"],"location":"Stepanakert","date":"2020-10-10","killed":3,"sentence":"Shelling of Stepanakert."}
    {"record":"event","id":"e3","article":"a1","type":"assault","source":["Armenia"],"date":"2020-10-09","killed":31,"sentence":"Thirty-one dead."}
    {"record":"event","id":"e4","article":"a1","type":"agree","source":["Armenia","Azerbaijan"],"date":"2020-10-10","context":["hypothetical"],"sentence":"A truce could come."}
    {"record":"event","id":"e5","article":"a2","type":"protest","source":["Armenia"],"sentence":"Protests in Yerevan."}
    """

    @Test func matchingFollowsTheDesign() throws {
        let (c, problems) = corpus(Self.jsonl)
        #expect(problems.isEmpty)
        let (g, goldProblems) = gold(Self.header
            + "a1\tcooperate|consult\tLawrow;Armenian\tMoskva\t2020-10-09\t\t\n"   // e1 through aliases
            + "a1\tassault\t\t\t2020-10-09\t31\t\n"                               // e3, not e2: dates and counts decide
            + "a1\tassault\tAzerbaijan\tMoscow\t\t\t\n"                           // no: wrong place
            + "a1\tagree\tArmenia\t\t\t\t\n"                                      // e4 is hypothetical: not scored
            + "a3\tassault\t\t\t\t\t\n")                                          // not in the corpus
        #expect(goldProblems.isEmpty)
        let e = Evaluation(corpus: c, gold: g)
        #expect(e.overall == Evaluation.Counts(gold: 5, extracted: 4, matched: 2))
        #expect(e.unscored == 1)
        #expect(e.pairs.map { c.events.id[Int($0.event)] } == ["e1", "e3"])
        #expect(e.extras.map { c.events.id[Int($0)] } == ["e2", "e5"])
        #expect(e.misses.map(\.line) == [4, 5, 6])
        #expect(e.byType[.consult] == Evaluation.Counts(gold: 1, extracted: 1, matched: 1))
        #expect(e.byType[.assault] == Evaluation.Counts(gold: 3, extracted: 2, matched: 1))
        #expect(e.byType[.protest] == Evaluation.Counts(gold: 0, extracted: 1, matched: 0))
        #expect(e.date == Evaluation.Accuracy(correct: 2, total: 2))
        #expect(e.casualties == Evaluation.Accuracy(correct: 1, total: 1))
        #expect(abs(e.overall.precision - 0.5) < 1e-9 && abs(e.overall.recall - 0.4) < 1e-9)

        // With every context, the hypothetical agreement counts.
        let all = Evaluation(corpus: c, gold: g, includeAllContexts: true)
        #expect(all.overall.matched == 3 && all.unscored == 0)
    }

    @Test func theMatchingIsMaximum() throws {
        // Greedy pairing in gold order would give e1 to the first line and
        // leave the second without a partner; the maximum matching pairs both.
        let (c, _) = corpus("""
        {"record":"article","id":"a","text":"."}
        {"record":"event","id":"x","article":"a","type":"consult","source":["Armenia","Azerbaijan"]}
        {"record":"event","id":"y","article":"a","type":"consult","source":["Armenia"]}
        """)
        let (g, _) = gold(Self.header + "a\tconsult\t\t\t\t\t\na\tconsult\tAzerbaijan\t\t\t\t\n")
        let e = Evaluation(corpus: c, gold: g)
        #expect(e.overall.matched == 2)
        // The same with the fallback for very large articles.
        let owner = Evaluation.assign(500, 2, edge: { g, ev in g == 0 || (g == 1 && ev == 0) }, quality: { _, _ in 0 })
        #expect(owner.sorted() == [0, 1])
    }

    @Test func aWrongCountIsReportedAndThresholdsFail() throws {
        let (c, _) = corpus(Self.jsonl)
        let (g, _) = gold(Self.header + "a1\tassault\tArmenia\t\t2020-10-10\t30\t\n")
        let e = Evaluation(corpus: c, gold: g)
        #expect(e.overall.matched == 1 && e.date.correct == 0 && e.casualties.correct == 0)
        let report = e.report(corpus: c, goldFile: "gold.tsv")
        #expect(report.contains("matched with a wrong date or casualty count (1):"))
        #expect(report.contains("\"Thirty-one dead.\""))
        #expect(report.contains("extras (3):"))
        #expect(!e.report(corpus: c, goldFile: "gold.tsv", lists: false).contains("extras"))
        let failures = EvalThresholds(precision: 0.5, recall: 1, dateAccuracy: 0.9).failures(e)
        #expect(failures.count == 2)
        #expect(failures.contains { $0.hasPrefix("precision 0.25 is below") })
        #expect(EvalThresholds(recall: 1).failures(e).isEmpty)
    }

    @Test func unknownGoldNamesAreWarned() {
        let (c, _) = corpus(Self.jsonl)
        let (g, _) = gold(Self.header + "a1\tassault\tLawrow;Atlantis\tNowhere\t\t\t\n")
        let warnings = GoldFile.unknownNames(g, corpus: c, lexicon: Lexicon(), file: "gold.tsv")
        #expect(warnings.map(\.message).count == 2, "\(warnings)")
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.line == 2 })
    }

    // MARK: Quality on real articles

    /// The quality bar of the seed articles (issue 3), when `../shared` is here.
    @Test func seedArticlesMeetTheQualityBar() throws {
        guard let shared = Package.shared else { return }
        let (c, _) = CorpusLoader.load([shared + "/corpus/seeds"])
        let (g, problems) = GoldFile.read(path: shared + "/gold/seeds.tsv")
        #expect(problems.isEmpty)
        let e = Evaluation(corpus: c, gold: g)
        let figures = e.report(corpus: c, goldFile: "seeds.tsv", lists: false)
        let failures = EvalThresholds(precision: 0.70, recall: 0.80, dateAccuracy: 0.85, casualtyAccuracy: 0.90).failures(e)
        #expect(failures.isEmpty, "\(failures)\n\(figures)")
    }

    /// The example corpus against its own gold file. Its bar is lower than
    /// the seeds' because its gold codes what a reader infers across
    /// sentences (the attacker named two sentences later, the leaders behind
    /// "the presidents of Russia, France and the United States"); the
    /// figures here are what the extractor reaches today, kept from falling.
    @Test func exampleCorpusMeetsItsBar() throws {
        let goldPath = Package.path("Examples/gold.tsv")
        let text = Package.path("Examples/corpus")
        let (c, loadProblems) = CorpusLoader.load([text])
        #expect(loadProblems.isEmpty, "\(loadProblems)")
        let (g, problems) = GoldFile.read(path: goldPath)
        #expect(problems.isEmpty, "\(problems)")
        #expect(Set(g.map(\.article)).isSubset(of: Set(c.articles.id)))
        let e = Evaluation(corpus: c, gold: g)
        let figures = e.report(corpus: c, goldFile: "Examples/gold.tsv", lists: false)
        let failures = EvalThresholds(precision: 0.70, recall: 0.80, dateAccuracy: 0.90, casualtyAccuracy: 0.95).failures(e)
        #expect(failures.isEmpty, "\(failures)\n\(figures)")
    }
}
