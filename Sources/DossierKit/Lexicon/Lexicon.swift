import Foundation

/// What the extractor knows about one language: the sections of a
/// `lang/XX.lex` file (see `Lexicon/Data/README.md`).
public struct LanguageLexicon: Sendable {
    public var code: String
    public var name: String = ""
    /// Function words for language detection, folded.
    public var detect: Set<String> = []
    public var abbreviations: Set<String> = []
    /// Phrase sections, as folded token lists with their value text.
    public var sections: [String: [(phrase: [String], value: String)]] = [:]

    public init(code: String) { self.code = code }

    func entries(_ section: String) -> [(phrase: [String], value: String)] { sections[section] ?? [] }
}

/// The extractor's knowledge: actors, places and languages, built in and
/// added by users with `--lexicon FILE`.
public struct Lexicon: Sendable {
    public private(set) var actors: [EntityRecord] = []
    public private(set) var places: [EntityRecord] = []
    public var languages: [String: LanguageLexicon] = [:]
    /// Folded canonical name to its row in `actors` / `places`, so that a
    /// record naming an entity again extends it without a scan.
    private var actorRows: [String: Int] = [:]
    private var placeRows: [String: Int] = [:]

    public init() {}

    /// Sections whose entries are `phrase = value`.
    static let valuedSections: Set<String> = ["language", "weekdays", "months", "numbers", "relative", "triggers"]
    /// Sections whose entries are whitespace-separated words.
    static let wordSections: Set<String> = ["detect", "abbreviations"]
    /// Every section a language file may hold.
    static let sections: Set<String> = valuedSections.union(wordSections).union(
        ["approximate", "since", "negation", "future", "hypothetical", "claimed", "killed", "injured", "persons", "titles",
         "circumstance", "cessation", "habitual", "standing", "locative", "origin", "person", "pronouns"])

    /// The lexicon that ships with Dossier.
    public static let builtIn: (lexicon: Lexicon, diagnostics: [InputDiagnostic]) = {
        var lexicon = Lexicon()
        var diagnostics: [InputDiagnostic] = []
        guard let folder = Bundle.module.resourceURL?.appendingPathComponent("Data") else {
            return (lexicon, [InputDiagnostic(.invalidLexicon, file: "Data", "the built-in lexicon is missing")])
        }
        var files = [folder.appendingPathComponent("actors.tsv"), folder.appendingPathComponent("places.tsv")]
        let langFolder = folder.appendingPathComponent("lang")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: langFolder.path)) ?? []
        files += names.filter { $0.hasSuffix(".lex") }.sorted().map { langFolder.appendingPathComponent($0) }
        for f in files { diagnostics += lexicon.add(file: f.path) }
        return (lexicon, diagnostics)
    }()

    /// The built-in lexicon with the user's files (`--lexicon FILE`) added,
    /// and the problems found in those files.
    public static func builtIn(adding files: [String]) -> (lexicon: Lexicon, diagnostics: [InputDiagnostic]) {
        var lexicon = builtIn.lexicon
        var diagnostics: [InputDiagnostic] = []
        for f in files { diagnostics += lexicon.add(file: f) }
        return (lexicon, diagnostics)
    }

    /// Whether a name or alias of some actor (or place) folds like `name`.
    public func knows(_ name: String, places: Bool = false) -> Bool {
        let key = TextFold.fold(name.trimmingSpaces())
        return (places ? self.places : actors).contains { r in
            TextFold.fold(r.name) == key || r.aliases.contains { TextFold.fold($0) == key }
        }
    }

    /// Adds a lexicon file: `*.lex` is a language, a `.tsv` whose name holds
    /// "place" lists places, any other `.tsv` lists actors.
    @discardableResult
    public mutating func add(file path: String) -> [InputDiagnostic] {
        guard let data = FileManager.default.contents(atPath: path) else {
            return [InputDiagnostic(.unreadableFile, file: path, "cannot read lexicon file")]
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            return [InputDiagnostic(.invalidLexicon, file: path, "lexicon file is not UTF-8")]
        }
        let name = (path as NSString).lastPathComponent.lowercased()
        if name.hasSuffix(".lex") {
            return addLanguage(text, file: path, code: String(name.dropLast(4)))
        }
        return addEntities(text, file: path, places: name.contains("place"))
    }

    static func lines(_ text: String) -> [(number: Int, text: Substring)] {
        var out: [(Int, Substring)] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = raw
            if line.hasSuffix("\r") { line = line.dropLast() }
            // '#' comments: at the start, or after whitespace.
            if let hash = line.indices.first(where: { line[$0] == "#" && ($0 == line.startIndex || line[line.index(before: $0)] == " " || line[line.index(before: $0)] == "\t") }) {
                line = line[..<hash]
            }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            out.append((i + 1, line))
        }
        return out
    }

    mutating func addEntities(_ text: String, file: String, places: Bool) -> [InputDiagnostic] {
        var diagnostics: [InputDiagnostic] = []
        let columns = places ? 6 : 5
        for (n, line) in Lexicon.lines(text) {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
            if cells.first?.lowercased() == "name" { continue }   // a header line
            guard cells.count >= columns - 1, !cells[0].isEmpty else {
                diagnostics.append(InputDiagnostic(.invalidLexicon, file: file, line: n, column: 1,
                                                   "expected \(columns) tab-separated columns, found \(cells.count)"))
                continue
            }
            func cell(_ i: Int) -> String? { i < cells.count && !cells[i].isEmpty ? cells[i] : nil }
            var r = EntityRecord(name: cells[0], kind: cell(1), country: cell(2))
            let aliasColumn = places ? 5 : 4
            r.aliases = (cell(aliasColumn) ?? "").split(separator: "|").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            if places {
                for (i, key) in [(3, "lat"), (4, "lon")] {
                    guard let c = cell(i) else { continue }
                    guard let v = Double(c) else {
                        diagnostics.append(InputDiagnostic(.invalidLexicon, file: file, line: n, column: column(of: i, in: cells),
                                                           "\(key) '\(c)' is not a number"))
                        continue
                    }
                    if key == "lat" { r.lat = v } else { r.lon = v }
                }
            } else {
                r.role = cell(3)
            }
            if places { Lexicon.merge(r, into: &self.places, rows: &placeRows) } else { Lexicon.merge(r, into: &self.actors, rows: &actorRows) }
        }
        return diagnostics
    }

    private func column(of cell: Int, in cells: [String]) -> Int {
        cells.prefix(cell).reduce(1) { $0 + $1.count + 1 }
    }

    private static func merge(_ r: EntityRecord, into list: inout [EntityRecord], rows: inout [String: Int]) {
        let key = TextFold.fold(r.name)
        if let i = rows[key] {
            var e = list[i]
            e.kind = r.kind ?? e.kind; e.country = r.country ?? e.country; e.role = r.role ?? e.role
            e.lat = r.lat ?? e.lat; e.lon = r.lon ?? e.lon
            for a in r.aliases where !e.aliases.contains(a) { e.aliases.append(a) }
            list[i] = e
        } else {
            rows[key] = list.count
            list.append(r)
        }
    }

    mutating func addLanguage(_ text: String, file: String, code fileCode: String) -> [InputDiagnostic] {
        var diagnostics: [InputDiagnostic] = []
        var language = LanguageLexicon(code: fileCode)
        var section: String? = nil
        for (n, line) in Lexicon.lines(text) {
            let trimmed = line.trimmingSpaces()
            if trimmed.hasPrefix("[") {
                guard trimmed.hasSuffix("]") else {
                    diagnostics.append(InputDiagnostic(.invalidLexicon, file: file, line: n, column: 1, "a section line is '[name]'"))
                    section = nil; continue
                }
                let name = String(trimmed.dropFirst().dropLast()).lowercased()
                guard Lexicon.sections.contains(name) else {
                    diagnostics.append(InputDiagnostic(.invalidLexicon, file: file, line: n, column: 2,
                                                       "unknown section '\(name)'" + (Suggest.nearest(name, among: Lexicon.sections.sorted()).map { "; did you mean '\($0)'?" } ?? "")))
                    section = nil; continue
                }
                section = name
                continue
            }
            guard let s = section else {
                diagnostics.append(InputDiagnostic(.invalidLexicon, file: file, line: n, column: 1, "entry before any [section]"))
                continue
            }
            if Lexicon.wordSections.contains(s) {
                for w in trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                    let folded = TextFold.fold(String(w)).trimmingDots()
                    if s == "detect" { language.detect.insert(folded) } else { language.abbreviations.insert(folded) }
                }
                continue
            }
            var phraseText = trimmed
            var value = ""
            if Lexicon.valuedSections.contains(s) {
                guard let eq = trimmed.lastIndex(of: "=") else {
                    diagnostics.append(InputDiagnostic(.invalidLexicon, file: file, line: n, column: 1, "expected 'phrase = value' in [\(s)]"))
                    continue
                }
                phraseText = trimmed[..<eq].trimmingSpaces()
                value = trimmed[trimmed.index(after: eq)...].trimmingSpaces()
                let column = trimmed.distance(from: trimmed.startIndex, to: eq) + 2
                if ["weekdays", "months", "numbers", "relative"].contains(s), Int(value) == nil {
                    diagnostics.append(InputDiagnostic(.invalidLexicon, file: file, line: n, column: column, "'\(value)' is not an integer"))
                    continue
                }
                if s == "triggers" {
                    let type = value.split(separator: " ").first.map(String.init) ?? ""
                    guard PloverType(rawValue: type) != nil else {
                        diagnostics.append(InputDiagnostic(.invalidLexicon, file: file, line: n, column: column,
                                                           "'\(type)' is not a PLOVER type" + (Suggest.nearest(type, among: PloverType.allCases.map(\.rawValue)).map { "; did you mean '\($0)'?" } ?? "")))
                        continue
                    }
                }
                if s == "language" {
                    if phraseText == "code" { language.code = value } else if phraseText == "name" { language.name = value }
                    continue
                }
            }
            let phrase = Tokenizer.phraseTokens(phraseText)
            guard !phrase.isEmpty else {
                diagnostics.append(InputDiagnostic(.invalidLexicon, file: file, line: n, column: 1, "empty phrase"))
                continue
            }
            language.sections[s, default: []].append((phrase, value))
        }
        if var existing = languages[language.code] {
            existing.detect.formUnion(language.detect)
            existing.abbreviations.formUnion(language.abbreviations)
            for (k, v) in language.sections { existing.sections[k, default: []] += v }
            languages[language.code] = existing
        } else {
            languages[language.code] = language
        }
        return diagnostics
    }

    /// Month words of every language, folded, for dates written in text.
    public var monthWords: [String: Int] {
        var out: [String: Int] = [:]
        for l in languages.values {
            for (p, v) in l.entries("months") where p.count == 1 && !p[0].hasSuffix("*") { out[p[0]] = Int(v) }
        }
        return out
    }
}
