/// Reads one plain-text article (DESIGN section 4, formats 1 and 2).
///
/// Three layouts, tried in this order:
/// - header: the text begins `date YYYY-MM-DD`, `date YYYY-MM` or `date YYYY`;
///   the rest of the file is the text;
/// - wire: a title line, an optional byline (`By NAME for OUTLET` and its
///   translations) and a date line (`October 09, 2020`, `9. oktober 2020`,
///   `2020-10-09`, ...), then the body;
/// - plain: the whole file is the text; a short first line is the title.
///
/// An `Original url: URL` line anywhere sets `url` and leaves the text. A
/// date written in the text (`Publisert: 01.10.20`, a date line) near the
/// start or the end refines a header date that names only a month or a year,
/// never a day the header already gives.
public enum TextArticleReader {
    /// Control bytes (other than tab, line feed, vertical tab, form feed and
    /// carriage return) allowed in the first 4 KB before a file counts as binary.
    static let controlByteLimit = 4
    /// How many non-blank lines from the start, and from the end, may hold a
    /// date that refines the header date.
    static let leadingDateLines = 15
    static let trailingDateLines = 5

    public static func read(_ bytes: [UInt8], file: String, id: String,
                            months: [String: Int]) -> (article: ArticleRecord?, diagnostics: [InputDiagnostic]) {
        let bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let content = bytes[bomLength...]
        func failure(_ message: String, line: Int? = nil, column: Int? = nil,
                     severity: Severity = .error) -> (ArticleRecord?, [InputDiagnostic]) {
            (nil, [InputDiagnostic(.unreadableFile, file: file, line: line, column: column, message, severity: severity)])
        }
        if content.allSatisfy(isASCIISpace) { return failure("empty file", severity: .warning) }
        if isBinary(content.prefix(4096)) { return failure("binary file, not an article") }
        if String(validating: content, as: UTF8.self) == nil {
            let (line, column) = position(ofFirstInvalidByteIn: bytes, from: bomLength)
            return failure("invalid UTF-8; the article is not loaded (save it as UTF-8)", line: line, column: column)
        }
        let text = String(decoding: normalizingLineEnds(content), as: UTF8.self)
        if text.allSatisfy(\.isWhitespace) { return failure("empty file", severity: .warning) }

        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var article = ArticleRecord(id: id, file: file)
        var diagnostics: [InputDiagnostic] = []
        article.url = takeOriginalURL(from: &lines)
        let dates = DateReader(months: months)

        if let header = Header(lines) {
            var body = Array(lines[(header.line + 1)...])
            let rest = header.rest.trimmed
            if let outlet = deskOutlet(rest), body.first.map(isBlank) ?? false, body.contains(where: { !isBlank($0) }) {
                article.outlet = outlet
            } else if !rest.isEmpty {
                body.insert(Substring(rest), at: 0)
            }
            article.text = joined(body)
            if let date = header.date {
                article.date = refine(date, from: body, dates: dates)
            } else {
                diagnostics.append(InputDiagnostic(.invalidFieldValue, file: file, line: header.line + 1,
                                                   "header date '\(header.literal)' is not a date (write YYYY, YYYY-MM or YYYY-MM-DD); events keep no date",
                                                   severity: .warning))
            }
        } else if let wire = Wire(lines, dates: dates) {
            let body = Array(lines[wire.bodyStart...])
            article.title = wire.title
            article.byline = wire.byline?.name
            article.outlet = wire.byline?.outlet
            article.text = joined(body)
            article.date = wire.date.map { refine($0, from: body, dates: dates) }
        } else {
            article.text = joined(lines)
            if let first = lines.first(where: { !isBlank($0) })?.trimmed, first.count < 120, !first.hasSuffix(".") {
                article.title = first
            }
            article.date = labelledDates(in: lines, dates: dates).min()
        }
        if article.date == nil, diagnostics.isEmpty {
            diagnostics.append(InputDiagnostic(.invalidFieldValue, file: file, "no date: events keep no date", severity: .warning))
        }
        return (article, diagnostics)
    }

    // MARK: - Bytes

    static func isASCIISpace(_ b: UInt8) -> Bool {
        b == 0x20 || (b >= 0x09 && b <= 0x0D)
    }

    /// NUL anywhere, or more than a few other control bytes.
    static func isBinary(_ head: ArraySlice<UInt8>) -> Bool {
        var controls = 0
        for b in head {
            if b == 0 { return true }
            if (b < 0x20 && !isASCIISpace(b)) || b == 0x7F { controls += 1 }
        }
        return controls > controlByteLimit
    }

    /// The 1-based line and column (in characters) of the first byte that is
    /// not valid UTF-8; `start` skips a byte-order mark.
    static func position(ofFirstInvalidByteIn bytes: [UInt8], from start: Int) -> (line: Int, column: Int) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes[start...].makeIterator()
        var offset = start
        scan: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: break scan
            case .emptyInput: break scan
            }
        }
        var line = 1, lineStart = start
        for k in start..<offset where bytes[k] == 0x0A {
            line += 1
            lineStart = k + 1
        }
        return (line, String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1)
    }

    /// CRLF and lone CR become LF.
    static func normalizingLineEnds(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        guard bytes.contains(0x0D) else { return Array(bytes) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var k = bytes.startIndex
        while k < bytes.endIndex {
            let b = bytes[k]
            if b == 0x0D {
                out.append(0x0A)
                if k + 1 < bytes.endIndex, bytes[k + 1] == 0x0A { k += 1 }
            } else {
                out.append(b)
            }
            k += 1
        }
        return out
    }

    // MARK: - Lines

    static func isBlank(_ line: Substring) -> Bool { line.allSatisfy(\.isWhitespace) }

    /// The lines joined with LF, without blank lines at either end.
    static func joined(_ lines: [Substring]) -> String {
        guard let first = lines.firstIndex(where: { !isBlank($0) }),
              let last = lines.lastIndex(where: { !isBlank($0) }) else { return "" }
        var text = lines[first...last].joined(separator: "\n")
        while text.last?.isWhitespace == true { text.removeLast() }
        return text
    }

    /// Removes an `Original url:` line (with its URL on the same line or on
    /// the next non-blank line) and returns the URL.
    static func takeOriginalURL(from lines: inout [Substring]) -> String? {
        let label = "original url"
        guard let k = lines.firstIndex(where: { line in
            let start = line.drop(while: \.isWhitespace)
            return start.count >= label.count && start.prefix(label.count).lowercased() == label
        }) else { return nil }
        let after = lines[k].drop(while: \.isWhitespace).dropFirst(label.count)
            .drop(while: { $0 == ":" || $0.isWhitespace }).trimmed
        if !after.isEmpty {
            lines.remove(at: k)
            return after
        }
        var next = k + 1
        while next < lines.count, isBlank(lines[next]) { next += 1 }
        if next < lines.count, next - k <= 3, looksLikeURL(lines[next].trimmed) {
            let url = lines[next].trimmed
            lines.removeSubrange(k...next)
            return url
        }
        lines.remove(at: k)
        return nil
    }

    static func looksLikeURL(_ s: String) -> Bool {
        let lower = s.lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www."))
            && !s.contains(where: \.isWhitespace)
    }

    /// An agency or desk line such as `NTB utenriks`, `AFP` or `ANP`: at most
    /// four words of letters, the first one all capitals (the outlet) and any
    /// others not (`KREVER STANS` is a kicker, not an outlet).
    static func deskOutlet(_ line: String) -> String? {
        let words = line.split(whereSeparator: \.isWhitespace)
        guard let first = words.first, words.count <= 4, (2...8).contains(first.count),
              first.allSatisfy({ $0.isLetter && $0.isUppercase }),
              line.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "/" }),
              words.dropFirst().allSatisfy({ $0.contains(where: \.isLowercase) }) else { return nil }
        return String(first)
    }

    // MARK: - Dates in the text

    /// `date` made more precise by a date written near the start or the end
    /// of `body` that lies inside it: the most precise such date, and of
    /// those the earliest (the publication rather than an update).
    static func refine(_ date: DDate, from body: [Substring], dates: DateReader) -> DDate {
        guard date.precision != .day else { return date }
        let nonBlank = body.filter { !isBlank($0) }
        let window = nonBlank.prefix(leadingDateLines) + nonBlank.dropFirst(leadingDateLines).suffix(trailingDateLines)
        // A story filed at the end of the header's month may be published
        // in the first days of the next: a labelled date ("Publisert:")
        // up to a week after the header's period still refines it.
        let lastDay = DDate(year: date.year, month: date.month ?? 12,
                            day: DDate.daysIn(year: date.year, month: date.month ?? 12))
        let grace = lastDay.flatMap { DayArithmetic.adding(7, to: $0) }
        let found = window.compactMap { line -> DDate? in
            if let d = dates.labelled(line) {
                if d.precision == .day, let lastDay, let grace, d > lastDay, d <= grace { return d }
                return d.isWithin(date) ? d : nil
            }
            return dates.line(line).flatMap { $0.isWithin(date) ? $0 : nil }
        }.filter { $0.precision.rawValue > date.precision.rawValue }
        let best = found.max { a, b in
            a.precision.rawValue != b.precision.rawValue ? a.precision.rawValue < b.precision.rawValue : a > b
        }
        return best ?? date
    }

    /// Dates of labelled lines (`Published: ...`) in the same window.
    static func labelledDates(in lines: [Substring], dates: DateReader) -> [DDate] {
        let nonBlank = lines.filter { !isBlank($0) }
        let window = nonBlank.prefix(leadingDateLines) + nonBlank.dropFirst(leadingDateLines).suffix(trailingDateLines)
        return window.compactMap { dates.labelled($0) }
    }
}

extension TextArticleReader {
    /// `date YYYY[-MM[-DD]]` at the start of the first non-blank line.
    struct Header {
        var line: Int
        var literal: String
        var date: DDate?
        /// The text after the date on the same line.
        var rest: Substring

        init?(_ lines: [Substring]) {
            guard let k = lines.firstIndex(where: { !TextArticleReader.isBlank($0) }) else { return nil }
            var s = lines[k].drop(while: \.isWhitespace)
            guard s.prefix(4).lowercased() == "date", let gap = s.dropFirst(4).first, gap == " " || gap == "\t" else { return nil }
            s = s.dropFirst(4).drop(while: { $0 == " " || $0 == "\t" })
            let literal = s.prefix(while: { $0.isASCII && ($0.isNumber || $0 == "-") })
            let parts = literal.split(separator: "-", omittingEmptySubsequences: false)
            guard let year = parts.first, year.count == 4, parts.count <= 3,
                  parts.allSatisfy({ (1...4).contains($0.count) && $0.allSatisfy(\.isNumber) }),
                  s.dropFirst(literal.count).first.map(\.isWhitespace) ?? true else { return nil }
            let numbers = parts.map { Int($0)! }
            line = k
            self.literal = String(literal)
            date = DDate(year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil, day: numbers.count > 2 ? numbers[2] : nil)
            rest = s.dropFirst(literal.count)
        }
    }

    /// A title, then a byline and a date line in either order.
    struct Wire {
        var title: String
        var byline: (name: String, outlet: String?)?
        var date: DDate?
        var bodyStart: Int

        init?(_ lines: [Substring], dates: DateReader) {
            let nonBlank = lines.indices.filter { !TextArticleReader.isBlank(lines[$0]) }.prefix(3)
            guard let titleLine = nonBlank.first else { return nil }
            let title = lines[titleLine].trimmed
            guard title.count <= 200, dates.line(lines[titleLine]) == nil else { return nil }
            self.title = title
            bodyStart = titleLine + 1
            for k in nonBlank.dropFirst() {
                if byline == nil, let b = Wire.byline(lines[k]) {
                    byline = b
                } else if date == nil, let d = dates.line(lines[k]) {
                    date = d
                } else {
                    break
                }
                bodyStart = k + 1
            }
            guard date != nil || byline?.outlet != nil else { return nil }
        }

        static let leads: Set<String> = ["by", "von", "par", "door", "av", "af", "por", "di", "от"]
        static let connectors: Set<String> = ["for", "für", "fur", "pour", "voor", "para", "per", "för", "til"]

        /// `By NAME for OUTLET` and its translations, `Av NAME, OUTLET`, or `By NAME`.
        static func byline(_ line: Substring) -> (name: String, outlet: String?)? {
            let text = line.trimmed
            let words = text.split(separator: " ", omittingEmptySubsequences: true)
            guard text.count <= 100, words.count >= 2, words.count <= 12, !text.hasSuffix("."),
                  leads.contains(words[0].lowercased()), words[1].first?.isUppercase == true else { return nil }
            let rest = words.dropFirst()
            if let k = rest.firstIndex(where: { connectors.contains($0.lowercased()) }), k > rest.startIndex, k < rest.endIndex - 1 {
                return (rest[..<k].joined(separator: " "), rest[(k + 1)...].joined(separator: " "))
            }
            let joinedRest = rest.joined(separator: " ")
            if let comma = joinedRest.firstIndex(of: ",") {
                let name = joinedRest[..<comma].trimmed, outlet = joinedRest[joinedRest.index(after: comma)...].trimmed
                guard !name.isEmpty, !outlet.isEmpty, outlet.split(separator: " ").count <= 4 else { return nil }
                return (name, outlet)
            }
            return rest.count <= 5 ? (joinedRest, nil) : nil
        }
    }
}

/// Dates as written in text: `October 09, 2020`, `Oct. 9, 2020`,
/// `9 October 2020`, `9. oktober 2020`, `9 октября 2020`, `2020-10-09`,
/// `09.10.2020`, `01.10.20`, and `October 2020` for a month.
struct DateReader {
    let months: [String: Int]

    static let englishMonths: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]

    /// First words of lines that give the publication or update date.
    static let labels: Set<String> = [
        "published", "updated", "posted", "date", "publisert", "oppdatert", "dato", "publiceret", "opdateret",
        "publicerad", "uppdaterad", "gepubliceerd", "bijgewerkt", "geplaatst", "datum", "veroffentlicht",
        "aktualisiert", "publie", "publiee", "mis", "modifie", "publicado", "actualizado", "fecha",
        "pubblicato", "aggiornato", "опубликовано", "обновлено", "дата",
    ]

    /// Words that may follow the date on a date line, with a time.
    static let timeWords: Set<String> = [
        "kl", "klokken", "klockan", "um", "uhr", "uur", "om", "at", "a", "h", "am", "pm", "gmt", "utc",
        "cet", "cest", "msk", "bst", "edt", "est", "et", "local", "time", "lokal", "tid", "в",
    ]

    init(months: [String: Int]) { self.months = months }

    enum Token: Equatable {
        case word(String)
        case number(Int, digits: Int)
        case mark(Character)
    }

    /// The first `limit` tokens of a line: letter runs (folded), digit runs
    /// and single punctuation marks.
    static func tokens(_ line: Substring, limit: Int = 16) -> [Token] {
        var out: [Token] = []
        var k = line.startIndex
        while k < line.endIndex, out.count < limit {
            let c = line[k]
            if c.isWhitespace {
                k = line.index(after: k)
            } else if c.isLetter {
                let end = line[k...].firstIndex(where: { !$0.isLetter }) ?? line.endIndex
                out.append(.word(TextFold.fold(String(line[k..<end]))))
                k = end
            } else if c.isASCII, c.isNumber {
                let end = line[k...].firstIndex(where: { !($0.isASCII && $0.isNumber) }) ?? line.endIndex
                let digits = line[k..<end]
                out.append(.number(digits.count <= 6 ? Int(digits)! : -1, digits: digits.count))
                k = end
            } else {
                out.append(.mark(c))
                k = line.index(after: k)
            }
        }
        return out
    }

    func month(_ word: String) -> Int? { months[word] ?? DateReader.englishMonths[word] }

    /// A date at `tokens[start...]` and the index after it.
    func date(in t: [Token], at start: Int) -> (date: DDate, end: Int)? {
        var i = start
        func number(_ digits: ClosedRange<Int>) -> Int? {
            guard i < t.count, case .number(let n, let d) = t[i], digits.contains(d), n >= 0 else { return nil }
            i += 1
            return n
        }
        func mark(_ c: Character) -> Bool {
            guard i < t.count, t[i] == .mark(c) else { return false }
            i += 1
            return true
        }
        func monthWord() -> Int? {
            guard i < t.count, case .word(let w) = t[i], let m = month(w) else { return nil }
            i += 1
            return m
        }
        func ordinalSuffix() {
            if i < t.count, case .word(let w) = t[i], ["st", "nd", "rd", "th", "er"].contains(w) { i += 1 }
        }
        func year(_ n: Int, digits: Int) -> Int { digits == 4 ? n : (n < 70 ? 2000 + n : 1900 + n) }
        func done(_ y: Int, _ m: Int, _ d: Int?) -> (DDate, Int)? {
            DDate(year: y, month: m, day: d).map { ($0, i) }
        }
        // 2020-10-09
        if let y = number(4...4), mark("-"), let m = number(1...2), mark("-"), let d = number(1...2) {
            return done(y, m, d)
        }
        i = start
        // 09.10.2020, 01.10.20
        if let d = number(1...2), mark("."), let m = number(1...2), mark("."), i < t.count,
           case .number(let y, let digits) = t[i], digits == 2 || digits == 4 {
            i += 1
            return done(year(y, digits: digits), m, d)
        }
        i = start
        // 9 October 2020, 9. oktober 2020
        if let d = number(1...2) {
            _ = mark(".")
            if let m = monthWord() {
                _ = mark(".") || mark(",")
                if let y = number(4...4) { return done(y, m, d) }
            }
        }
        i = start
        // October 09, 2020; Oct. 9, 2020; October 2020
        if let m = monthWord() {
            _ = mark(".")
            if let y = number(4...4) { return done(y, m, nil) }
            if let d = number(1...2) {
                ordinalSuffix()
                _ = mark(",") || mark(".")
                if let y = number(4...4) { return done(y, m, d) }
            }
        }
        return nil
    }

    /// A line that is only a date, perhaps after a weekday and before a time
    /// (`Friday, October 9, 2020`, `9. oktober 2020 kl. 08.14`).
    func line(_ line: Substring) -> DDate? {
        let text = line.trimmed
        guard !text.isEmpty, text.count <= 60 else { return nil }
        let t = DateReader.tokens(line)
        for start in [0, 1, 2] where start < t.count {
            if start > 0 {
                guard case .word = t[0], start == 1 || t[1] == .mark(",") else { continue }
            }
            if let (d, end) = date(in: t, at: start) {
                let trailing = t[end...].filter { if case .mark = $0 { false } else { true } }
                let onlyTime = trailing.allSatisfy {
                    switch $0 {
                    case .number: true
                    case .word(let w): DateReader.timeWords.contains(w)
                    case .mark: false
                    }
                }
                return trailing.count <= 4 && onlyTime ? d : nil
            }
        }
        return nil
    }

    /// The date of a labelled line: `Publisert: 01.10.20`, `Published: October 09, 2020`,
    /// `Publié le 9 octobre 2020`, `Veröffentlicht: 09.10.2020`.
    func labelled(_ line: Substring) -> DDate? {
        let text = line.drop(while: \.isWhitespace)
        guard text.count <= 120 else { return nil }
        let t = DateReader.tokens(text)
        guard let labelAt = t.prefix(2).firstIndex(where: { if case .word(let w) = $0 { DateReader.labels.contains(w) } else { false } })
        else { return nil }
        for start in labelAt + 1..<min(t.count, labelAt + 6) {
            if let (d, _) = date(in: t, at: start) { return d }
        }
        return nil
    }
}

fileprivate extension StringProtocol {
    /// Without whitespace at either end.
    var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
