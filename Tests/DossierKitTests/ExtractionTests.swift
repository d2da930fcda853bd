import Testing
@testable import DossierKit

/// The extraction engine on a small lexicon written here, so that these
/// tests pin the rules, not the contents of the shipped data files.
@Suite struct ExtractionTests {
    static let lexicon: Lexicon = {
        var l = Lexicon()
        _ = l.addEntities("""
        Armenia\tstate\tARM\t\tArmenian|armenske|Armenias
        Azerbaijan\tstate\tAZE\t\tAzerbaijani|Aserbajdsjan|aserbajdsjanske
        Sergei Lavrov\tperson\tRUS\tRussian foreign minister\tLavrov|Lawrow|Лавров|Лаврова
        Azerbaijani defence ministry\tgovernment\tAZE\t\tdefence ministry of Azerbaijan
        """, file: "actors.tsv", places: false)
        _ = l.addEntities("""
        Stepanakert\tcity\tAZE\t39.82\t46.75\tStepanakert|Khankendi
        Moscow\tcity\tRUS\t55.75\t37.62\tMoskva|Moskou
        """, file: "places.tsv", places: true)
        _ = l.addLanguage("""
        [abbreviations]
        Mr Gen
        [weekdays]
        monday = 1
        friday = 5
        saturday = 6
        [months]
        september = 9
        october = 10
        [numbers]
        two = 2
        fourteen = 14
        [approximate]
        about
        some
        [relative]
        yesterday = -1
        last night = 0
        [since]
        since
        [negation]
        not
        denied
        [future]
        will
        [hypothetical]
        could
        if
        [claimed]
        said
        according to
        [killed]
        killed
        dead
        lives
        [injured]
        wounded
        [persons]
        soldiers
        civilians
        people
        [titles]
        foreign minister
        [triggers]
        shell* = assault heavy-weapons
        attack* = assault
        ceasefire = agree ceasefire
        agreed = agree
        talks = consult
        call* for = demand
        """, file: "en.lex", code: "en")
        return l
    }()

    /// Sentences end at ". " here; the real splitter has its own tests.
    static func split(_ text: String, _ abbreviations: Set<String>) -> [Range<String.Index>] {
        var out: [Range<String.Index>] = []
        var start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            let next = text.index(after: i)
            if text[i] == ".", next == text.endIndex || text[next] == " " {
                out.append(start..<next)
                start = next < text.endIndex ? text.index(after: next) : next
            }
            i = next
        }
        if start < text.endIndex { out.append(start..<text.endIndex) }
        return out
    }

    func extract(_ text: String, date: String = "2020-10-10") -> [EventRecord] {
        let article = ArticleRecord(id: "a", date: DDate(literal: date), lang: "en", text: text)
        return Extractor(lexicon: Self.lexicon, split: Self.split).extract(article)
    }

    @Test func reportedSpeechCreditsTheDoer() {
        let events = extract("The defence ministry of Azerbaijan said Armenian forces shelled Stepanakert.")
        #expect(events.count == 1)
        let e = events[0]
        #expect(e.type == .assault)
        #expect(e.mode == "heavy-weapons")
        #expect(e.source == ["Armenia"])
        #expect(e.location == "Stepanakert")
        #expect(e.country == "AZE")
        #expect(e.context.contains(.claimed))
        #expect(!(e.actors ?? []).contains("Azerbaijani defence ministry"))
    }

    @Test func speechActsBelongToTheSpeaker() {
        let events = extract("Lavrov said Armenia and Azerbaijan agreed a ceasefire.")
        let agree = events.first { $0.type == .agree }
        #expect(agree != nil)
        #expect(agree?.actors?.contains("Sergei Lavrov") == true)
    }

    @Test func casualtiesAddUpAndReadWords() {
        let sum = extract("Armenia said 376 soldiers and 22 civilians were killed.")
        #expect(sum.first?.killed == 398)
        let words = extract("Azerbaijan said fourteen civilians were killed and 168 wounded.")
        #expect(words.first?.killed == 14)
        #expect(words.first?.injured == 168)
        let about = extract("The attacks on Stepanakert have claimed some 400 lives.")
        #expect(about.first?.killed == 400)
        let thousands = extract("Armenia attacked; 1,200 people were killed.")
        #expect(thousands.first?.killed == 1200)
    }

    @Test func datesAndYearsAreNotCounts() {
        let events = extract("Since 27 September, 31 civilians have been killed in attacks by Armenia.")
        #expect(events.first?.killed == 31)
        // "since" makes the date a starting point, not the event's date.
        #expect(events.first?.date == DDate(literal: "2020-10-10"))
    }

    @Test func weekdaysResolveBackwardsAndFutureForwards() {
        // 2020-10-10 was a Saturday.
        #expect(extract("Armenia shelled Stepanakert on Friday.").first?.date == DDate(literal: "2020-10-09"))
        #expect(extract("Armenia shelled Stepanakert on Monday.").first?.date == DDate(literal: "2020-10-05"))
        #expect(extract("Armenia shelled Stepanakert yesterday.").first?.date == DDate(literal: "2020-10-09"))
        #expect(extract("Armenia shelled Stepanakert last night.").first?.date == DDate(literal: "2020-10-10"))
        let future = extract("Armenia will attack Stepanakert on Monday.").first
        #expect(future?.date == DDate(literal: "2020-10-12"))
        #expect(future?.context.contains(.future) == true)
    }

    @Test func aMonthDatedArticleKeepsTheMonth() {
        #expect(extract("Armenia shelled Stepanakert on Friday.", date: "2020-10").first?.date == DDate(literal: "2020-10"))
        // A day written out is a day, inside the month.
        #expect(extract("Armenia shelled Stepanakert on 9 October.", date: "2020-10").first?.date == DDate(literal: "2020-10-09"))
    }

    @Test func negationAndPossibility() {
        let denied = extract("Armenia did not attack Stepanakert.")
        #expect(denied.first?.context.contains(.negated) == true)
        let possible = extract("A ceasefire between Armenia and Azerbaijan could come on Friday.")
        #expect(possible.first?.type == .agree)
        #expect(possible.first?.context.contains(.hypothetical) == true)
    }

    @Test func theObjectOfADemandIsNotAnEvent() {
        let events = extract("Lavrov called for an end to the attacks on Stepanakert.")
        #expect(events.map(\.type) == [.demand])
    }

    @Test func aTitleBeforeAnUnknownNameMakesAnActor() {
        let extractor = Extractor(lexicon: Self.lexicon, split: Self.split)
        let article = ArticleRecord(id: "a", date: DDate(literal: "2020-10-10"), lang: "en",
                                    text: "Foreign minister Jeyhun Bayramov called for talks with Armenia.")
        let events = extractor.extract(article)
        #expect(events.first?.actors?.contains("Jeyhun Bayramov") == true)
        #expect(extractor.discoveredActors.first?.role == "Foreign minister")
    }

    @Test func aliasesInOtherScriptsAndMerging() {
        let events = extract("Лаврова talks in Moskou. Lawrow talks in Moskva.")
        // Both sentences report the same talks by the same man in the same place.
        #expect(events.count == 1)
        #expect(events.first?.actors == ["Sergei Lavrov"])
        #expect(events.first?.location == "Moscow")
        #expect(events.first?.span?.0 == 0)
    }

    @Test func spansCountCharacters() {
        let text = "Överblick. Armenia shelled Stepanakert."
        let events = extract(text)
        let span = events.first!.span!
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[span.0..<span.1])) == "Armenia shelled Stepanakert.")
        #expect(events.first?.id == "a-e1")
    }

    @Test func dayArithmetic() {
        #expect(DayArithmetic.weekday(DDate(literal: "2020-10-09")!) == 5)
        #expect(DayArithmetic.weekday(DDate(literal: "2020-09-27")!) == 7)
        #expect(DayArithmetic.adding(-10, to: DDate(literal: "2020-10-05")!) == DDate(literal: "2020-09-25"))
        #expect(DayArithmetic.adding(1, to: DDate(literal: "2020-12-31")!) == DDate(literal: "2021-01-01"))
        #expect(DayArithmetic.adding(1, to: DDate(literal: "2020-02-28")!) == DDate(literal: "2020-02-29"))
    }

    @Test func lexiconErrorsNameTheLine() {
        var l = Lexicon()
        let d = l.addLanguage("[triggers]\nshell* = asault\n[weekdays]\nfriday = five\n[bogus]\n", file: "x.lex", code: "xx")
        #expect(d.map(\.line) == [2, 4, 5])
        #expect(d[0].message.contains("did you mean 'assault'"))
    }

    @Test func theBuiltInGazetteerLoadsAndNamesInManyForms() {
        let (lexicon, problems) = Lexicon.builtIn
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        #expect(lexicon.actors.count > 100)
        #expect(lexicon.places.count > 50)
        let extractor = Extractor(lexicon: lexicon, split: Self.split)
        func actor(_ text: String) -> String? {
            let tokens = Tokenizer.tokens(text)
            for m in extractor.gazetteer.matches(in: tokens) {
                for v in m.values { if case .actor(let i) = v { return lexicon.actors[i].name } }
            }
            return nil
        }
        func place(_ text: String) -> String? {
            let tokens = Tokenizer.tokens(text)
            for m in extractor.gazetteer.matches(in: tokens) {
                for v in m.values { if case .place(let i) = v { return lexicon.places[i].name } }
            }
            return nil
        }
        for form in ["Lavrov", "Lawrow", "Лавров", "Лаврова"] { #expect(actor(form) == "Sergei Lavrov", "\(form)") }
        for form in ["armenske", "Armeense", "armenischen"] { #expect(actor(form) == "Armenia", "\(form)") }
        for form in ["Moskva", "Moskou", "Moskau", "Moscou", "Москва"] { #expect(place(form) == "Moscow", "\(form)") }
    }
}

/// The token table numbers folded forms: every spelling of one form gets
/// its number, a new form a new one, through growth and for spellings
/// short enough to be packed in a slot and longer ones kept in the arena.
@Suite struct TokenTableTests {
    func id(_ table: TokenTable, _ s: String) -> Int32 {
        Array(s.utf8).withUnsafeBufferPointer { table.id(raw: $0) }
    }

    @Test func spellingsOfOneFormShareANumberThroughGrowth() {
        let table = TokenTable()
        // Short (packed) and long (arena) spellings, and case and
        // diacritic variants that fold alike.
        let groups: [[String]] = [
            ["Lavrov", "LAVROV", "lavrov"], ["Stepanakert", "STEPANAKERT"], ["Poétin", "Poetin", "POETIN"],
            ["Москва", "МОСКВА"], ["a", "A"], ["12345678", "12345678"], ["123456789"],
            ["Nagorno", "NAGORNO"], ["ceasefire", "Ceasefire", "CEASEFIRE"],
        ]
        var first: [Int32] = []
        for g in groups {
            let n = id(table, g[0])
            first.append(n)
            for s in g.dropFirst() { #expect(id(table, s) == n, "\(s)") }
            #expect(table.strings[Int(n)] == TextFold.fold(g[0]))
        }
        #expect(Set(first).count == groups.count)
        // Thousands of new words make the table grow many times; the
        // numbers given before stay, and each word keeps its own.
        var words: [Int32] = []
        for k in 0..<5000 { words.append(id(table, k % 2 == 0 ? "w\(k)" : "longerword\(k)")) }
        #expect(Set(words).count == 5000)
        for (g, n) in zip(groups, first) { for s in g { #expect(id(table, s) == n, "\(s)") } }
        for k in stride(from: 0, to: 5000, by: 97) {
            #expect(id(table, k % 2 == 0 ? "w\(k)" : "longerword\(k)") == words[k])
        }
        // A number's value and a form's length come with it.
        let year = Int(id(table, "2020")), name = Int(id(table, "lavrov")), city = Int(id(table, "Москва"))
        #expect(table.numbers[year] == 2020)
        #expect(table.numbers[name] == -1)
        #expect(table.lengths[city] == 6)
    }
}
