/// Guesses the language of a text from its function words.
///
/// Each profile is a set of folded function words of one language (ISO
/// 639-1 code). Every word of the text found in a profile scores for it; a
/// word shared by several profiles ("og" in Norwegian and Danish) scores
/// less than a word only one profile holds ("ikkje", "af", "och"), so close
/// languages are told apart by the words that differ. Script decides first:
/// mostly Cyrillic text is scored only against the profiles whose words are
/// Cyrillic, other text only against the rest.
public struct LanguageDetector: Sendable {
    struct Profile: Sendable {
        var code: String
        var words: Set<String>
        var isCyrillic: Bool
    }

    private let profiles: [Profile]
    /// 1 divided by the number of profiles holding the word.
    private let weight: [String: Double]

    /// Fewer hits than this is too little evidence for a guess.
    public static let minimumHits = 3
    /// Only the start of a long text is read.
    public static let tokenLimit = 2000

    public init(profiles: [String: Set<String>]) {
        var list: [Profile] = []
        var holders: [String: Int] = [:]
        for (code, words) in profiles.sorted(by: { $0.key < $1.key }) {
            let folded = Set(words.map(TextFold.fold).filter { !$0.isEmpty })
            var cyrillic = 0, other = 0
            for scalar in folded.joined().unicodeScalars where scalar.properties.isAlphabetic {
                if LanguageDetector.isCyrillic(scalar) { cyrillic += 1 } else { other += 1 }
            }
            list.append(Profile(code: code, words: folded, isCyrillic: cyrillic > other))
            for w in folded { holders[w, default: 0] += 1 }
        }
        self.profiles = list
        self.weight = holders.mapValues { 1 / Double($0) }
    }

    static func isCyrillic(_ s: Unicode.Scalar) -> Bool { (0x0400...0x052F).contains(s.value) }

    /// The code of the most likely language, or nil when the text gives too
    /// little evidence or two languages score exactly alike.
    public func detect(_ text: String) -> String? {
        let (tokens, cyrillicText) = LanguageDetector.words(text)
        var best: (code: String, score: Double, hits: Int)? = nil
        var tied = false
        for p in profiles where p.isCyrillic == cyrillicText {
            var hits = 0, score = 0.0
            for t in tokens where p.words.contains(t) {
                hits += 1
                score += weight[t] ?? 0
            }
            guard hits >= LanguageDetector.minimumHits else { continue }
            if let b = best, score <= b.score {
                if score == b.score { tied = true }
                continue
            }
            best = (p.code, score, hits)
            tied = false
        }
        return tied ? nil : best?.code
    }

    /// The folded letter and digit runs of the start of `text`, and whether
    /// most of its letters are Cyrillic.
    static func words(_ text: String) -> (words: [String], cyrillic: Bool) {
        var words: [String] = []
        var folded: [Substring: String] = [:]
        var cyrillic = 0, other = 0
        var start: String.Index? = nil
        func flush(_ end: String.Index) {
            guard let s = start else { return }
            let raw = text[s..<end]
            if let f = folded[raw] {
                words.append(f)
            } else {
                let f = TextFold.fold(String(raw))
                folded[raw] = f
                words.append(f)
            }
            start = nil
        }
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex, words.count < tokenLimit {
            let p = scalars[i].properties
            if p.isAlphabetic {
                if isCyrillic(scalars[i]) { cyrillic += 1 } else { other += 1 }
            }
            if p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark {
                if start == nil { start = i }
            } else {
                flush(i)
            }
            i = scalars.index(after: i)
        }
        flush(i)
        return (words, cyrillic > other)
    }
}
