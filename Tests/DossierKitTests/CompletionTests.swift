import Foundation
import Testing
@testable import DossierKit

/// Tab completion (`Completer`), on the fixture corpus.
@Suite struct CompletionTests {
    let session: Session = {
        let s = Session(corpus: Package.fixture)
        let source = SourceText(text: """
            let mediators = ["Russia", "France"]
            let deadly = events where killed > 10
            """)
        let sink = StreamOutput(renderer: { ResultRenderer() }, write: { _ in }, writeError: { _ in })
        s.run(source, output: sink)
        return s
    }()

    func complete(_ text: String) -> Completion { Completer(session: session).complete(text) }
    func words(_ text: String) -> [String] { complete(text).candidates.map(\.text) }
    func insertion(_ text: String) -> String? { complete(text).insertion }

    static let stages = ["count", "group", "limit", "select", "sort", "top", "where"]

    // MARK: Keywords and collections

    @Test func statementStartOffersCollectionsLetAndLetQueries() {
        #expect(words("") == ["actors", "articles", "deadly", "events", "let", "places"])
        #expect(insertion("ev") == "events ")
        #expect(insertion("EV") == "events ")
        #expect(words("a") == ["actors", "articles"])
        #expect(insertion("a") == nil)   // nothing common beyond the "a" typed
        #expect(insertion("de") == "deadly ")
    }

    @Test func stageKeywordsAfterTheSourceAndAfterAPipe() {
        #expect(words("events ") == Self.stages)
        #expect(insertion("events wh") == "where ")
        #expect(insertion("events | so") == "sort by ")
        #expect(insertion("events | gr") == "group by ")
        #expect(words("events |") == Self.stages)
        #expect(words("deadly ") == Self.stages)
    }

    @Test func theReplacedRangeIsTheWordBeforeTheCursor() {
        let c = complete("events wh")
        #expect(c.range == 7..<9)
        #expect(c.typed == "wh")
        let empty = complete("events ")
        #expect(empty.range == 7..<7)
    }

    @Test func afterAStageKeyword() {
        #expect(words("events sort ") == ["by"])
        #expect(words("events group ") == ["by"])
        #expect(words("events count ") == ["by"] + Self.stages)
        #expect(words("events | limit ").isEmpty)
        #expect(words("events | top ").isEmpty)
        #expect(words("events | top 3 ") == ["by"] + Self.stages)
        #expect(words("events | limit 3 ") == Self.stages)
    }

    @Test func afterAnOperand() {
        let after = words("events where killed > 3 ")
        #expect(Set(["and", "or", "in", "is", "not", "between", "contains", "starts", "ends", "matches"]).isSubset(of: after))
        #expect(Set(Self.stages).isSubset(of: after))
        #expect(!after.contains("as"))
        #expect(words("events | select type ").contains("as"))
        #expect(words("events count by type ").contains("as"))
        #expect(Set(["asc", "desc"]).isSubset(of: words("events | sort by date ")))
        // Inside brackets no stage can begin.
        #expect(!words("events where (killed > 3 ").contains("where"))
        #expect(insertion("events where killed > 3 an") == "and ")
    }

    @Test func keywordsThatTakeAFixedWord() {
        #expect(words("events where location is ") == ["not", "null"])
        #expect(words("events where location is not ") == ["null"])
        #expect(words("events where type starts ") == ["with"])
        #expect(words("events where type not ") == ["between", "contains", "ends", "in", "matches", "starts"])
        #expect(words("let ").isEmpty)
        #expect(words("let x ").isEmpty)
        #expect(words("events | select type as ").isEmpty)
    }

    // MARK: Fields

    @Test func fieldsOfTheCollectionInScope() {
        let fields = words("events where ")
        #expect(Set(["actor", "actors", "article", "killed", "location", "type", "date", "sentence"]).isSubset(of: fields))
        #expect(!fields.contains("lang"))
        #expect(fields.contains("mediators"))          // a let value
        #expect(fields.contains("lower"))              // a function
        #expect(!fields.contains("sum"))               // aggregates only where they are allowed
        #expect(insertion("events where ki") == "killed ")
        #expect(insertion("articles where la") == "lang ")
        #expect(insertion("actors where rol") == "role ")
        #expect(words("actors where ro") == ["role", "round"])
        // A ref is often navigated: no space after it.
        #expect(insertion("events where arti") == "article")
        #expect(insertion("events where killed > 3 and inj") == "injured ")
        #expect(insertion("events where (ki") == "killed ")
        #expect(insertion("events where killed >inj") == "injured ")
    }

    @Test func functionsGetTheirParenthesis() {
        #expect(insertion("events | select low") == "lower(")
        #expect(words("events | select su").contains("sum"))
        #expect(insertion("events | group by type (n = su") == "sum(")
        #expect(insertion("events where cou") == "country ")   // count() is an aggregate
    }

    @Test func navigationOffersTheFieldsItLeadsTo() {
        let article = words("events where article.")
        #expect(Set(["lang", "outlet", "title", "date", "events"]).isSubset(of: article))
        #expect(!article.contains("killed"))
        #expect(insertion("events where article.la") == "lang ")
        #expect(insertion("events | select location.co") == "country ")
        #expect(insertion("events where actors.ki") == "kind ")
        #expect(words("articles | select events.").contains("killed"))
        #expect(words("events where killed.").isEmpty)    // an int leads nowhere
        #expect(words("events where nosuch.").isEmpty)
    }

    @Test func columnsAfterAStageThatMakesATable() {
        let columns = words("events count by type | where ")
        #expect(columns.contains("type") && columns.contains("count"))
        #expect(!columns.contains("killed"))
        let selected = words("events | select date, killed as k | sort by ")
        #expect(selected.contains("date") && selected.contains("k") && !selected.contains("killed"))
        #expect(insertion("events | select date, killed as k | sort by k") == "k ")
        // Before that stage the collection is still in scope.
        #expect(insertion("events count by ki") == "killed ")
        // A where between keeps the rows.
        #expect(insertion("events where killed > 1 | sort by inj") == "injured ")
        // A let query's rows.
        #expect(insertion("deadly | where inj") == "injured ")
    }

    @Test func aStageWordInsideAnExpressionIsAColumn() {
        // `count` after `where` is the column, not a stage.
        #expect(insertion("events count by type | where count > 1 and ty") == "type ")
    }

    @Test func groupAggregateNamesAreNew() {
        #expect(words("events | group by type (").isEmpty)
        #expect(words("events | group by type (n = count(), ").isEmpty)
        #expect(words("events | group by type (n = count(), m = ").contains("killed"))
        #expect(words("events | group by type (n = count()) ") == Self.stages)
    }

    @Test func letNames() {
        #expect(insertion("events where actor in med") == "mediators ")
        #expect(words("let x = ").contains("events"))
        #expect(words("let x = ").contains("mediators"))
        #expect(insertion("let x = events wh") == "where ")
        #expect(insertion("let x = events where ki") == "killed ")
    }

    @Test func statementsAcrossLinesAndAfterSemicolons() {
        #expect(insertion("events\n| where ki") == "killed ")
        #expect(Set(["actor", "actors"]).isSubset(of: words("events where\nact")))
        #expect(insertion("events count; events wh") == "where ")
        #expect(words("events count; ") == words(""))
        // A comment is no word.
        #expect(insertion("events # a note\n| where ki") == "killed ")
    }

    @Test func nothingToCompleteAfterANumberOrAClosedString() {
        #expect(complete("events | limit 5").candidates.isEmpty)
        #expect(complete("events where actor = \"Lavrov\"").candidates.isEmpty)
        #expect(complete("events where date = 2020-10").candidates.isEmpty)
        #expect(complete("events where (killed > 1)").candidates.isEmpty)
    }

    // MARK: Names inside strings

    @Test func actorNamesInsideAString() {
        let c = complete("events where actor = \"Lav")
        #expect(c.insertion == "Lavrov\"")
        #expect(c.range == 22..<25)
        #expect(c.typed == "Lav")
        // Case and diacritics do not matter; the spelling inserted is the name's.
        #expect(insertion("events where actor = \"lav") == "Lavrov\"")
        #expect(insertion("events where actor = \"sergei l") == "Sergei Lavrov\"")
        // Any script: the shortest alias that starts like the text.
        #expect(insertion("events where actor = \"лав") == "Лавров\"")
        #expect(insertion("events where source = \"Pash") == "Nikol Pashinyan\"" || insertion("events where source = \"Pash") == "Pashinyan\"")
        #expect(insertion("events where target = 'Maz") == nil)
        // Single quotes close with a single quote.
        #expect(insertion("events where actor = 'Lav") == "Lavrov'")
    }

    @Test func severalNamesAreListedOrShareTheirBeginning() {
        let names = words("events where actor = \"A")
        #expect(names.contains("Armenia") && names.contains("Azerbaijan"))
        #expect(insertion("events where actor = \"A") == nil)
        // "Az" is Azerbaijan and the Azerbaijani defence ministry.
        #expect(insertion("events where actor = \"Az") == "Azerbaijan")
        #expect(words("events where actor = \"").count == Package.fixture.actors.count)
    }

    @Test func placeNamesAfterLocationAndInLists() {
        #expect(insertion("events where location = \"Step") == "Stepanakert\"")
        #expect(insertion("events where location = \"Xank") == "Xankəndi\"")
        #expect(insertion("events where location in [\"Baku\", \"Ste") == "Stepanakert\"")
        #expect(insertion("events where location not in [\"Ste") == "Stepanakert\"")
        #expect(insertion("events where actor in [\"Lav") == "Lavrov\"")
        #expect(insertion("events where location != \"Step") == "Stepanakert\"")
        #expect(insertion("places where name = \"Step") == "Stepanakert\"")
        #expect(insertion("events where location.name = \"Step") == "Stepanakert\"")
        #expect(insertion("events where actor contains \"Lav") == "Lavrov\"")
    }

    @Test func valuesOfTextFields() {
        #expect(insertion("events where type = \"ass") == "assault\"")
        #expect(insertion("events where type in [\"consult\", \"ag") == "agree\"")
        #expect(words("articles where lang = \"n") == ["nl", "no"])
        #expect(insertion("events where article.outlet = \"Reu") == "Reuters\"")
        #expect(insertion("events where context contains \"hyp") == "hypothetical\"")
        #expect(insertion("events where type starts with \"ass") == "assault\"")
        #expect(insertion("actors where kind = \"pers") == "person\"")
    }

    @Test func stringsWithNothingToOffer() {
        // Not compared with a field.
        #expect(complete("let x = \"Lav").candidates.isEmpty)
        #expect(complete("events where killed = \"1").candidates.isEmpty)
        #expect(complete("events where nosuch = \"Lav").candidates.isEmpty)
        // A table's text column has no values to read before it runs.
        #expect(complete("events | select type as t | where t = \"a").candidates.isEmpty)
    }

    @Test func insertedNamesAreEscapedForTheirQuote() {
        #expect(Completer.escape("République d'Arménie", quote: UInt8(ascii: "'")) == "République d\\'Arménie")
        #expect(Completer.escape("a \"b\" \\ c", quote: UInt8(ascii: "\"")) == "a \\\"b\\\" \\\\ c")
        #expect(Completer.escape("d'Arménie", quote: UInt8(ascii: "\"")) == "d'Arménie")
    }

    // MARK: Dot commands

    @Test func dotCommandsAndTheirArguments() {
        #expect(insertion(".sch") == "schema ")
        #expect(words(".") == Session.commands.map(\.name).sorted())
        #expect(insertion(".mode c") == "csv")
        #expect(words(".mode ") == ["table", "json", "ndjson", "csv", "tsv", "markdown"])
        #expect(words(".mode js") == ["json"])
        #expect(insertion(".schema ev") == "events")
        #expect(words(".timer o") == ["off", "on"])
        #expect(insertion(".timer o") == nil)
        #expect(words(".help ").isEmpty)
        #expect(insertion("events count; .ti") == "timer ")
        #expect(complete(".mode c").range == 6..<7)
    }

    @Test func pathsForOpenAndRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-completion-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder + "/corpus-one", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = FileManager.default.createFile(atPath: folder + "/brief.dq", contents: Data())
        _ = FileManager.default.createFile(atPath: folder + "/.hidden", contents: Data())
        #expect(insertion(".open \(folder)/cor") == "\(folder)/corpus-one/")
        #expect(insertion(".read \(folder)/b") == "\(folder)/brief.dq")
        #expect(insertion(".open \(folder)/b") == "\(folder)/brief.dq ")
        #expect(words(".open \(folder)/") == ["\(folder)/brief.dq", "\(folder)/corpus-one"])
        #expect(words(".open \(folder)/.") == ["\(folder)/.hidden"])
        #expect(words(".open \(folder)/nothing-here").isEmpty)
        #expect(words(".read /no/such/folder/x").isEmpty)
        let c = complete(".open \(folder)/cor")
        #expect(c.range.lowerBound == 6)
    }

    // MARK: What the shell shows

    @Test func insertionIsTheOnlyCandidateOrTheCommonBeginning() {
        func c(_ typed: String, _ names: [String]) -> Completion {
            Completion(range: 0..<typed.utf8.count, typed: typed, candidates: names.map { .init($0, suffix: "\"") })
        }
        #expect(c("L", ["Lavrov"]).insertion == "Lavrov\"")
        #expect(c("a", ["Armenia", "Armenian forces"]).insertion == "Armenia")
        #expect(c("arm", ["Armenia", "armenske styrker"]).insertion == "Armen")   // compared without case
        #expect(c("Arm", ["Armenia", "Azerbaijan"]).insertion == nil)
        #expect(c("x", []).insertion == nil)
        #expect(c("a", ["Armenia", "Armenia"]).candidates.count == 1)   // duplicates dropped
    }

    @Test func listingFitsTheWidthInColumns() {
        let names = ["agree", "assault", "consult", "cooperate", "demand", "reject", "threaten"]
        let c = Completion(range: 0..<0, typed: "", candidates: names.map { .init($0) })
        #expect(c.listing(width: 40) == """
            agree      cooperate  threaten
            assault    demand
            consult    reject

            """)
        #expect(c.listing(width: 5).split(separator: "\n").count == 7)
        let many = Completion(range: 0..<0, typed: "", candidates: (0..<250).map { .init("n\($0)") })
        #expect(many.listing(width: 80).hasSuffix("… and 50 more\n"))
    }

    // MARK: Bad input

    @Test func anyBytesCompleteWithoutCrashing() {
        var generator = SeededGenerator(seed: 4)
        let alphabet = Array("events where actor = \"Lav\" in [ ( ) . , | ; let x select sort by count group top 5 .mode \n\t#é".utf8)
        let completer = Completer(session: session)
        for _ in 0..<500 {
            let length = Int.random(in: 0...60, using: &generator)
            let bytes = (0..<length).map { _ in
                Bool.random(using: &generator) ? alphabet.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let c = completer.complete(text)
            #expect(c.range.upperBound == text.utf8.count)
            #expect(c.range.lowerBound <= c.range.upperBound)
        }
    }

    @Test func aMegabyteLineCompletesQuickly() {
        let long = "events where actor = \"" + String(repeating: "a", count: 1 << 20)
        let started = Date()
        #expect(complete(long).candidates.isEmpty)
        let longer = String(repeating: "events where killed > 1 and ", count: 40_000) + "ki"
        #expect(complete(longer).insertion == "killed ")
        #expect(Date().timeIntervalSince(started) < 10)
    }
}
