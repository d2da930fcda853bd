extension CorpusLoader {
    /// Reads text articles with a lexicon: language detection from its
    /// function words, dates with its month words, events by its extractor.
    public mutating func use(_ lexicon: Lexicon) {
        var profiles: [String: Set<String>] = [:]
        for (code, l) in lexicon.languages where !l.detect.isEmpty { profiles[code] = l.detect }
        if !profiles.isEmpty { languageDetector = LanguageDetector(profiles: profiles) }
        months = lexicon.monthWords
        // Built on the first text article: a corpus of JSON Lines alone
        // never pays for compiling the gazetteer.
        let extractor = LazyExtractor(lexicon)
        extract = { extractor.value.extract($0) }
        entities = { actors, places in
            let known = lexicon.actors.filter { actors.contains($0.name) }
            let found = extractor.value.discoveredActors.filter { actors.contains($0.name) }
            return (known + found, lexicon.places.filter { places.contains($0.name) })
        }
    }
}

/// An extractor made when first asked for, with one sentence splitter per
/// set of abbreviations (per language).
final class LazyExtractor {
    let lexicon: Lexicon

    init(_ lexicon: Lexicon) { self.lexicon = lexicon }

    lazy var value = Extractor.withSentenceSplitter(lexicon: lexicon)
}

extension Extractor {
    /// An extractor that cuts sentences with the ingest stage's splitter,
    /// with each language's abbreviations.
    public static func withSentenceSplitter(lexicon: Lexicon) -> Extractor {
        Extractor(lexicon: lexicon, customSplit: nil)
    }
}
