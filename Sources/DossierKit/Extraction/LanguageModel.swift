/// A word or phrase of a language file, as the extractor uses it.
enum Cue: Sendable, Equatable {
    case negation, future, hypothetical, claimed, killed, injured, persons, approximate, since, title
    case circumstance, habitual, standing, locative, origin, person, pronoun
    case weekday(Int), month(Int), number(Int), relative(Int)
}

/// What a phrase of the combined matcher is: a gazetteer name, a cue or a
/// trigger (categories 0, 1, 2).
enum Entry: Sendable {
    case mention(Extractor.Mention)
    case cue(Cue)
    case trigger(Trigger)

    var category: Int {
        switch self {
        case .mention: return 0
        case .cue: return 1
        case .trigger: return 2
        }
    }
}

/// What a trigger phrase reports.
struct Trigger: Sendable {
    var type: PloverType
    var mode: String?
}

/// One language's lexicon compiled into matchers.
final class LanguageModel {
    let code: String
    /// Gazetteer names, cues and triggers in one trie, so that a sentence
    /// is walked once for all three.
    let combined: PhraseMatcher<Entry>
    let abbreviations: Set<String>
    /// Sentences cut with this language's abbreviations.
    let splitter: SentenceSplitter
    /// Conjunctions that join counted groups ("376 soldiers and 22 civilians").
    let conjunctions: Set<String>
    /// Words for "or" ("Friday or Saturday").
    let disjunctions: Set<String>
    /// Words that introduce the doer of a passive act ("shelled by").
    let agents: Set<String>
    /// Whether main clauses put the verb second ("Am Montag griff X Y an").
    let verbSecond: Bool
    /// The words of `conjunctions` (bit 1), `disjunctions` (2) and `agents`
    /// (4) by their number in the token table, so that a token is tested
    /// without hashing its string.
    private let wordBits: [UInt8]

    init(_ l: LanguageLexicon, table: TokenTable = TokenTable(), gazetteer: [([String], Extractor.Mention)] = []) {
        combined = PhraseMatcher(table: table)
        for (phrase, mention) in gazetteer { combined.add(phrase, .mention(mention), category: 0) }
        code = l.code
        abbreviations = l.abbreviations
        splitter = SentenceSplitter(abbreviations: l.abbreviations)
        for (phrase, value) in l.entries("triggers") {
            let words = value.split(separator: " ")
            guard let first = words.first, let type = PloverType(rawValue: String(first)) else { continue }
            let trigger = Trigger(type: type, mode: words.count > 1 ? String(words[1]) : nil)
            combined.add(phrase, .trigger(trigger), category: 2)
        }
        let simple: [(String, Cue)] = [
            ("negation", .negation), ("future", .future), ("hypothetical", .hypothetical), ("claimed", .claimed),
            ("killed", .killed), ("injured", .injured), ("persons", .persons), ("approximate", .approximate),
            ("since", .since), ("titles", .title), ("circumstance", .circumstance), ("cessation", .circumstance),
            ("habitual", .habitual), ("standing", .standing), ("locative", .locative), ("origin", .origin),
            ("person", .person), ("pronouns", .pronoun),
        ]
        for (section, cue) in simple {
            for (phrase, _) in l.entries(section) { combined.add(phrase, .cue(cue), category: 1) }
        }
        let valued: [(String, (Int) -> Cue)] = [
            ("weekdays", Cue.weekday), ("months", Cue.month), ("numbers", Cue.number), ("relative", Cue.relative),
        ]
        for (section, make) in valued {
            for (phrase, value) in l.entries(section) {
                if let v = Int(value) { combined.add(phrase, .cue(make(v)), category: 1) }
            }
        }
        conjunctions = ["and", "og", "en", "und", "et", "y", "e", "och", "i", "и", "а", "plus"]
        disjunctions = ["or", "eller", "of", "oder", "ou", "o", "или", "либо"]
        // Not German "von" nor Italian "da", which mostly mean "of" and "from".
        let agentWords: [String: Set<String>] = ["en": ["by"], "no": ["av"], "sv": ["av"], "da": ["af"], "nl": ["door"], "fr": ["par"], "es": ["por"]]
        agents = agentWords[l.code] ?? []
        verbSecond = ["de", "nl", "no", "sv", "da"].contains(l.code)
        var bits: [UInt8] = []
        for (words, bit) in [(conjunctions, UInt8(1)), (disjunctions, 2), (agents, 4)] {
            for w in words {
                let id = Int(table.intern(w))
                if id >= bits.count { bits += [UInt8](repeating: 0, count: id + 1 - bits.count) }
                bits[id] |= bit
            }
        }
        wordBits = bits
    }

    @inline(__always)
    private func has(_ w: Word, _ bit: UInt8) -> Bool {
        let id = Int(w.id)
        return id >= 0 && id < wordBits.count && wordBits[id] & bit != 0
    }

    /// Whether a token (cut with this model's table) is one of `conjunctions`.
    func isConjunction(_ w: Word) -> Bool { has(w, 1) }
    /// Whether a token is one of `disjunctions`.
    func isDisjunction(_ w: Word) -> Bool { has(w, 2) }
    /// Whether a token is one of `agents`.
    func isAgent(_ w: Word) -> Bool { has(w, 4) }
}
