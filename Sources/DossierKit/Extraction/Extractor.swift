import Foundation

/// Turns an article's text into events, sentence by sentence, with the
/// lexicons' triggers, cues and gazetteer. Deterministic: the same article
/// and lexicon always give the same events.
public final class Extractor {
    let lexicon: Lexicon
    let gazetteer = PhraseMatcher<Mention>()
    private var models: [String: LanguageModel] = [:]
    private var fold: [Substring: String] = [:]
    /// Actors found through a title ("foreign minister X") that no lexicon names.
    public private(set) var discoveredActors: [EntityRecord] = []
    private var discoveredIndex: [String: Int] = [:]

    enum Mention: Sendable {
        case actor(Int)
        case place(Int)
    }

    /// Cuts a text into sentences, given the language's abbreviations.
    public typealias Splitter = (_ text: String, _ abbreviations: Set<String>) -> [Range<String.Index>]
    let split: Splitter

    public init(lexicon: Lexicon, split: @escaping Splitter) {
        self.lexicon = lexicon
        self.split = split
        for (i, a) in lexicon.actors.enumerated() {
            for name in [a.name] + a.aliases { gazetteer.add(Tokenizer.phraseTokens(name.replacingOccurrences(of: "*", with: "")), .actor(i)) }
        }
        for (i, p) in lexicon.places.enumerated() {
            for name in [p.name] + p.aliases { gazetteer.add(Tokenizer.phraseTokens(name.replacingOccurrences(of: "*", with: "")), .place(i)) }
        }
    }

    func model(_ code: String?) -> LanguageModel? {
        let key = code.flatMap { lexicon.languages[$0] != nil ? $0 : nil } ?? "en"
        if let m = models[key] { return m }
        guard let l = lexicon.languages[key] else { return nil }
        let m = LanguageModel(l)
        models[key] = m
        return m
    }

    /// The events of one article.
    public func extract(_ article: ArticleRecord) -> [EventRecord] {
        guard let model = model(article.lang) else { return [] }
        let text = article.text
        var events: [EventRecord] = []
        var scalarOffset = 0
        var lastIndex = text.startIndex
        for range in split(text, model.abbreviations) {
            scalarOffset += text.unicodeScalars[lastIndex..<range.lowerBound].count
            let length = text.unicodeScalars[range].count
            lastIndex = range.lowerBound
            let sentence = SentenceAnalysis(text: text, range: range, extractor: self, model: model)
            for var e in sentence.events(article: article) {
                e.span = (scalarOffset, scalarOffset + length)
                events.append(e)
            }
        }
        return Extractor.merge(events, article: article)
    }

    func tokens(_ text: String, _ range: Range<String.Index>) -> [WordToken] {
        Tokenizer.tokens(text, in: range, fold: &fold)
    }

    func discover(name: String, role: String) -> String {
        let key = TextFold.fold(name)
        if let i = discoveredIndex[key] { return discoveredActors[i].name }
        discoveredIndex[key] = discoveredActors.count
        discoveredActors.append(EntityRecord(name: name, kind: "person", role: role))
        return name
    }

    /// Events of one article that report the same act (same type, actors,
    /// place and date) become one, keeping the first sentence; events with
    /// nothing to say (no actor, place or count) are dropped.
    static func merge(_ events: [EventRecord], article: ArticleRecord) -> [EventRecord] {
        var out: [EventRecord] = []
        var seen: [String: Int] = [:]
        for e in events {
            let actors = (e.actors ?? []).sorted()
            if actors.isEmpty && e.location == nil && e.killed == nil && e.injured == nil { continue }
            let key = [e.type?.rawValue ?? "", actors.joined(separator: ";"), e.location ?? "", e.date?.description ?? "",
                       String(e.context.rawValue)].joined(separator: "|")
            if let i = seen[key] {
                if out[i].killed == nil { out[i].killed = e.killed }
                if out[i].injured == nil { out[i].injured = e.injured }
                continue
            }
            seen[key] = out.count
            out.append(e)
        }
        for i in out.indices { out[i].id = "\(article.id)-e\(i + 1)" }
        return out
    }
}
