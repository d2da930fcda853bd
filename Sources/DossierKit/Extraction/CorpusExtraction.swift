extension CorpusLoader {
    /// Reads text articles with a lexicon: language detection from its
    /// function words, dates with its month words, events by its extractor.
    public mutating func use(_ lexicon: Lexicon) {
        var profiles: [String: Set<String>] = [:]
        for (code, l) in lexicon.languages where !l.detect.isEmpty { profiles[code] = l.detect }
        if !profiles.isEmpty { languageDetector = LanguageDetector(profiles: profiles) }
        months = lexicon.monthWords
        var splitters: [Set<String>: SentenceSplitter] = [:]
        let extractor = Extractor(lexicon: lexicon) { text, abbreviations in
            if let s = splitters[abbreviations] { return s.split(text) }
            let s = SentenceSplitter(abbreviations: abbreviations)
            splitters[abbreviations] = s
            return s.split(text)
        }
        extract = { extractor.extract($0) }
        entities = { actors, places in
            let known = lexicon.actors.filter { actors.contains($0.name) }
            let found = extractor.discoveredActors.filter { actors.contains($0.name) }
            return (known + found, lexicon.places.filter { places.contains($0.name) })
        }
    }
}
