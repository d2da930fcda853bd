import Foundation

/// Turns an article's text into events, sentence by sentence, with the
/// lexicons' triggers, cues and gazetteer. Deterministic: the same article
/// and lexicon always give the same events.
public final class Extractor {
    let lexicon: Lexicon
    /// Folded words numbered once for the gazetteer, the cues and the triggers.
    let table = TokenTable()
    /// The gazetteer's phrases, for each language's combined matcher.
    private let gazetteerPhrases: [([String], Mention)]
    /// The gazetteer alone (the benchmark's baseline and tests), built when
    /// first asked for: extraction uses each language's combined matcher.
    lazy var gazetteer: PhraseMatcher<Mention> = {
        let matcher = PhraseMatcher<Mention>(table: table)
        for (phrase, mention) in gazetteerPhrases { matcher.add(phrase, mention) }
        return matcher
    }()
    private var models: [String: LanguageModel] = [:]
    /// Actors found through a title ("foreign minister X") that no lexicon names.
    public private(set) var discoveredActors: [EntityRecord] = []
    private var discoveredIndex: [String: Int] = [:]

    enum Mention: Sendable {
        case actor(Int)
        case place(Int)
    }

    /// Cuts a text into sentences, given the language's abbreviations.
    public typealias Splitter = (_ text: String, _ abbreviations: Set<String>) -> [Range<String.Index>]
    /// A custom splitter (tests); nil uses each language's `SentenceSplitter`.
    let split: Splitter?

    /// The state each organ (military or government actor with a country) acts for.
    let stateFor: [String: String]
    /// The state of each person the gazetteer gives a country.
    let stateOfPerson: [String: String]
    let countryOfPerson: [String: String]

    public convenience init(lexicon: Lexicon, split: @escaping Splitter) {
        self.init(lexicon: lexicon, customSplit: split)
    }

    init(lexicon: Lexicon, customSplit: Splitter?) {
        self.lexicon = lexicon
        self.split = customSplit
        var states: [String: String] = [:]
        for a in lexicon.actors where a.kind == "state" {
            if let c = a.country, states[c] == nil { states[c] = a.name }
        }
        var organs: [String: String] = [:]
        for a in lexicon.actors where a.kind == "military" || a.kind == "government" {
            if let c = a.country, let s = states[c], s != a.name { organs[a.name] = s }
        }
        stateFor = organs
        var people: [String: String] = [:]
        for a in lexicon.actors where a.kind == "person" {
            if let c = a.country, let s = states[c] { people[a.name] = s }
        }
        stateOfPerson = people
        var countries: [String: String] = [:]
        for a in lexicon.actors where a.kind == "person" { countries[a.name] = a.country }
        countryOfPerson = countries
        var names: [([String], Mention)] = []
        for (i, a) in lexicon.actors.enumerated() {
            for name in [a.name] + a.aliases { names.append((Tokenizer.phraseTokens(name.replacingOccurrences(of: "*", with: "")), .actor(i))) }
        }
        for (i, p) in lexicon.places.enumerated() {
            for name in [p.name] + p.aliases { names.append((Tokenizer.phraseTokens(name.replacingOccurrences(of: "*", with: "")), .place(i))) }
        }
        gazetteerPhrases = names
    }

    func model(_ code: String?) -> LanguageModel? {
        let key = code.flatMap { lexicon.languages[$0] != nil ? $0 : nil } ?? "en"
        if let m = models[key] { return m }
        guard let l = lexicon.languages[key] else { return nil }
        let m = LanguageModel(l, table: table, gazetteer: gazetteerPhrases)
        models[key] = m
        return m
    }

    /// The events of one article.
    public func extract(_ article: ArticleRecord) -> [EventRecord] {
        guard let model = model(article.lang) else { return [] }
        let text = article.text
        var events: [EventRecord] = []
        var index = 0
        var lastPerson: String? = nil
        // The arrays of one sentence serve the next.
        var buffers = SentenceAnalysis.Buffers()
        for (range, scalars) in sentencesWithSpans(text, model) {
            let sentence = SentenceAnalysis.read(text: text, range: range, extractor: self, model: model, antecedent: lastPerson,
                                                 buffers: consume buffers)
            lastPerson = sentence.subjectPerson ?? lastPerson
            var found = sentence.events(article: article)
            buffers = (consume sentence).buffers()
            for k in found.indices {
                // Moved into the article's list, not copied.
                var e = EventRecord(article: "")
                swap(&e, &found[k])
                e.span = (scalars.lowerBound, scalars.upperBound)
                e.sentenceIndex = index
                events.append(consume e)
            }
            index += 1
        }
        return Extractor.merge(events, article: article)
    }

    func sentences(_ text: String, _ model: LanguageModel) -> [Range<String.Index>] {
        split?(text, model.abbreviations) ?? model.splitter.split(text)
    }

    /// The sentences with their spans in Unicode scalars: the splitter
    /// knows them; a custom splitter's ranges are counted.
    func sentencesWithSpans(_ text: String, _ model: LanguageModel) -> [(range: Range<String.Index>, scalars: Range<Int>)] {
        guard let split else { return model.splitter.sentences(text) }
        var offset = 0
        var last = text.startIndex
        return split(text, model.abbreviations).map { range in
            offset += Extractor.scalarCount(text, last..<range.lowerBound)
            last = range.lowerBound
            return (range, offset..<offset + Extractor.scalarCount(text, range))
        }
    }

    /// Code points in `text[range]`: the UTF-8 bytes that start one.
    static func scalarCount(_ text: String, _ range: Range<String.Index>) -> Int {
        return text.utf8[range].withContiguousStorageIfAvailable { bytes in
            var n = 0
            for b in bytes where b & 0xC0 != 0x80 { n += 1 }
            return n
        } ?? text.unicodeScalars[range].count
    }

    /// What extraction costs at the least: split sentences, cut tokens and
    /// match the gazetteer, nothing else. Returns the mentions found. For
    /// benchmarks, to show where extraction's time goes.
    public func baselineScan(_ article: ArticleRecord) -> Int {
        guard let model = model(article.lang) else { return 0 }
        var found = 0
        for range in sentences(article.text, model) {
            found += gazetteer.matches(tokens(article.text, range)).count
        }
        return found
    }

    func tokens(_ text: String, _ range: Range<String.Index>) -> [Word] {
        var out: [Word] = []
        tokens(text, range, into: &out)
        return out
    }

    /// The tokens of `text[range]`, appended to `out`.
    func tokens(_ text: String, _ range: Range<String.Index>, into out: inout [Word]) {
        Tokenizer.words(text, in: range, table: table, into: &out)
    }

    func discover(name: String, role: String) -> String {
        let key = TextFold.fold(name)
        if let i = discoveredIndex[key] { return discoveredActors[i].name }
        discoveredIndex[key] = discoveredActors.count
        discoveredActors.append(EntityRecord(name: name, kind: "person", role: role))
        return name
    }

    /// Events of one article that report the same act become one. News
    /// repeats its main facts in the headline, a caption, the lead and a
    /// quote; two events are the same act when they have the same type and
    /// context, their places and dates do not disagree (one may be missing
    /// or coarser), their counts do not disagree, and they share an actor
    /// (or one names none). The first mention is kept and gains what the
    /// later ones add. Events with nothing to say (no actor, place or count)
    /// are dropped.
    static func merge(_ events: consuming [EventRecord], article: ArticleRecord) -> [EventRecord] {
        var out: [EventRecord] = []
        out.reserveCapacity(events.count)
        // The last sentence that told each event: "the next sentence"
        // follows the latest mention, not the first.
        var last: [Int] = []
        func agree<T: Equatable>(_ a: T?, _ b: T?) -> Bool { a == nil || b == nil || a == b }
        func datesAgree(_ a: EventRecord, _ b: EventRecord) -> Bool {
            guard let x = a.date, let y = b.date else { return true }
            // A mention with no date of its own takes the other's.
            if a.dateFromArticle || b.dateFromArticle { return true }
            return x == y || x.isWithin(y) || y.isWithin(x)
        }
        for index in events.indices {
            // Each event is moved out of the list, not copied.
            var e = EventRecord(article: "")
            swap(&e, &events[index])
            let actors = e.actors ?? []
            if actors.isEmpty && e.location == nil && e.killed == nil && e.injured == nil { continue }
            // "Rockets hit Ganja overnight. One civilian was killed and 32
            // wounded." A count with no parties, right after an attack with
            // none, is that attack's toll.
            if e.type == .assault, actors.isEmpty, e.killed != nil || e.injured != nil,
               let i = out.lastIndex(where: { $0.type == .assault }),
               e.sentenceIndex - last[i] <= 1, out[i].killed == nil, out[i].injured == nil,
               out[i].context.subtracting(.claimed) == e.context.subtracting(.claimed), agree(out[i].location, e.location) {
                out[i].killed = e.killed
                out[i].injured = e.injured
                out[i].location = out[i].location ?? e.location
                out[i].country = out[i].country ?? e.country
                last[i] = e.sentenceIndex
                continue
            }
            // Two mentions of one act (the earlier one read in place: an
            // event is large, and copying it costs more than comparing).
            func sameAct(_ o: EventRecord, _ e: EventRecord, _ actors: [String], lastTold: Int) -> Bool {
                let known = o.actors ?? []
                let (small, large) = known.count <= actors.count ? (known, actors) : (actors, known)
                // A mention of an attack that names no party joins another
                // only where nothing could tell them apart: the same place,
                // or no place and no count at all ("the fighting went on").
                // Talks and agreements are few; their mentions all join.
                // "Rockets hit Barda on Wednesday. The prosecutor reported 21
                // dead and accused Armenian forces": the next sentence names
                // the doer and the toll of an attack that named neither.
                let told = known.isEmpty && !actors.isEmpty && e.sentenceIndex - lastTold == 1
                    && (o.location == nil || e.location == nil)
                if small.isEmpty, !large.isEmpty, e.type != .consult, e.type != .agree {
                    let bareIsO = small == known
                    let bareIsEmpty = bareIsO ? (o.location == nil && o.killed == nil && o.injured == nil)
                        : (e.location == nil && e.killed == nil && e.injured == nil)
                    let placed = o.location != nil && o.location == e.location
                    if !placed && !told && !bareIsEmpty { return false }
                }
                let sameCounts = o.killed == e.killed && o.injured == e.injured
                let oneCount = (o.killed == nil && o.injured == nil) || (e.killed == nil && e.injured == nil)
                // In talks nobody acts on anybody: any shared party will do.
                let meeting = e.type == .consult || e.type == .agree || e.type == .cooperate
                let sameParties = small.allSatisfy(large.contains)
                    && (meeting || o.source.isEmpty || e.source.isEmpty || o.source.contains(where: e.source.contains))
                return o.type == e.type && o.context.subtracting(.claimed) == e.context.subtracting(.claimed)
                    && agree(o.location, e.location)
                    && datesAgree(o, e) && (sameCounts || (told && oneCount))
                    // Talks at one place and time are one event, whoever is named at each mention.
                    && sameParties
            }
            if let i = out.indices.first(where: { sameAct(out[$0], e, actors, lastTold: last[$0]) }) {
                // The earlier mention gains what this one adds (edited in place).
                for a in e.source where !out[i].source.contains(a) && !out[i].target.contains(a) { out[i].source.append(a) }
                for a in e.target where !out[i].source.contains(a) && !out[i].target.contains(a) { out[i].target.append(a) }
                // (Taken out of the event, so that appending to it copies nothing.)
                var all = out[i].actors ?? []
                out[i].actors = nil
                for a in actors where !all.contains(a) { all.append(a) }
                out[i].actors = all
                if out[i].location == nil { out[i].location = e.location }
                if out[i].country == nil { out[i].country = e.country }
                if let d = e.date, !e.dateFromArticle,
                   out[i].dateFromArticle || (out[i].date.map({ d.isWithin($0) && d != $0 }) ?? true) {
                    out[i].date = d
                    out[i].dateFromArticle = false
                }
                if out[i].killed == nil { out[i].killed = e.killed }
                if out[i].injured == nil { out[i].injured = e.injured }
                out[i].confidence = max(out[i].confidence ?? 0, e.confidence ?? 0)
                // Claimed only while every mention is somebody's claim.
                if !e.context.contains(.claimed) { out[i].context.remove(.claimed) }
                last[i] = e.sentenceIndex
                continue
            }
            last.append(e.sentenceIndex)
            out.append(consume e)
        }
        for i in out.indices { out[i].id = "\(article.id)-e\(i + 1)" }
        return out
    }
}
