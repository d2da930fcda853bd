import Foundation

/// One hand-coded event of a gold file (DESIGN section 7).
public struct GoldEvent: Sendable, Equatable {
    public var article: String
    /// Acceptable types: `consult|cooperate` accepts either.
    public var types: [PloverType]
    /// Names that must all be among the event's actors (empty: any).
    public var actors: [String]
    public var location: String?
    public var date: DDate?
    public var killed: Int?
    public var injured: Int?
    public var note: String
    /// Where the line is, for messages.
    public var line: Int

    public init(article: String, types: [PloverType], actors: [String] = [], location: String? = nil,
                date: DDate? = nil, killed: Int? = nil, injured: Int? = nil, note: String = "", line: Int = 0) {
        self.article = article; self.types = types; self.actors = actors; self.location = location
        self.date = date; self.killed = killed; self.injured = injured; self.note = note; self.line = line
    }
}

/// Reads gold files: tab-separated, `#` comments, a header line naming
/// `article type actors location date killed injured` (columns after
/// `injured` are notes). A bad line is reported with its line and column
/// and left out; the other lines still count.
public enum GoldFile {
    static let maximumSize = 64 << 20
    static let columns = ["article", "type", "actors", "location", "date", "killed", "injured"]

    public static func read(path: String) -> (events: [GoldEvent], diagnostics: [InputDiagnostic]) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            return ([], [InputDiagnostic(.unreadableFile, file: path, "is a folder, not a gold file")])
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumSize {
            return ([], [InputDiagnostic(.unreadableFile, file: path, "file is \(size >> 20) MB; a gold file may be at most \(maximumSize >> 20) MB")])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            return ([], [InputDiagnostic(.unreadableFile, file: path, exists ? "cannot read gold file (permission denied?)" : "no such gold file")])
        }
        return parse([UInt8](data), file: path)
    }

    public static func parse(_ bytes: [UInt8], file: String) -> (events: [GoldEvent], diagnostics: [InputDiagnostic]) {
        var diagnostics: [InputDiagnostic] = []
        func problem(_ line: Int, _ column: Int, _ message: String, _ code: DiagnosticCode = .invalidFieldValue) {
            diagnostics.append(InputDiagnostic(code, file: file, line: line, column: column, message))
        }
        var events: [GoldEvent] = []
        var header: [String: Int]? = nil
        var lineNumber = 0
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count {
            lineNumber += 1
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            var slice = bytes[start..<end]
            start = end + 1
            if slice.last == 0x0D { slice = slice.dropLast() }
            guard let line = String(validating: slice, as: UTF8.self) else {
                let column = TextArticleReader.position(ofFirstInvalidByteIn: Array(slice), from: 0).column
                problem(lineNumber, column, "invalid UTF-8; the line is skipped", .invalidRecord)
                continue
            }
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            // Column (1-based, in characters) where field k starts.
            var fieldColumns: [Int] = []
            var col = 1
            for f in fields { fieldColumns.append(col); col += f.count + 1 }
            guard let columns = header else {
                let names = fields.map { TextFold.fold($0.trimmingSpaces()) }
                var map: [String: Int] = [:]
                for (k, n) in names.enumerated() where map[n] == nil { map[n] = k }
                let missing = GoldFile.columns.filter { map[$0] == nil }
                if !missing.isEmpty {
                    problem(lineNumber, 1, "the header line must name the columns \(GoldFile.columns.joined(separator: ", ")), separated by tabs; missing \(missing.joined(separator: ", "))", .invalidRecord)
                    return (events, diagnostics)
                }
                header = map
                continue
            }
            func field(_ name: String) -> (String, Int) {
                let k = columns[name]!
                return k < fields.count ? (fields[k].trimmingSpaces(), fieldColumns[k]) : ("", col)
            }
            let (article, articleColumn) = field("article")
            if article.isEmpty { problem(lineNumber, articleColumn, "no article id"); continue }
            let (typeText, typeColumn) = field("type")
            var types: [PloverType] = []
            var bad = false
            for name in typeText.split(separator: "|").map({ String($0).trimmingSpaces() }) {
                if let t = PloverType(name: name) { types.append(t) } else {
                    let hint = Suggest.nearest(name, among: PloverType.allCases.map(\.rawValue)).map { "; did you mean '\($0)'?" } ?? ""
                    problem(lineNumber, typeColumn, "unknown event type '\(name)'\(hint)")
                    bad = true
                }
            }
            if types.isEmpty && !bad { problem(lineNumber, typeColumn, "no event type (write a PLOVER type, or alternatives as a|b)"); bad = true }
            let (actorText, _) = field("actors")
            let actors = actorText.split(separator: ";").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
            let (location, _) = field("location")
            let (dateText, dateColumn) = field("date")
            var date: DDate? = nil
            if !dateText.isEmpty {
                date = DDate(literal: dateText)
                if date == nil { problem(lineNumber, dateColumn, "'\(dateText)' is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)"); bad = true }
            }
            func count(_ name: String) -> Int?? {
                let (text, column) = field(name)
                if text.isEmpty { return .some(nil) }
                guard let n = Int(text), n >= 0, n < Int(Int32.max) else {
                    problem(lineNumber, column, "\(name) must be a whole number, not '\(text)'")
                    return nil
                }
                return .some(n)
            }
            guard let killed = count("killed"), let injured = count("injured"), !bad else { continue }
            let note = fields.count > columns["injured"]! + 1 ? fields[(columns["injured"]! + 1)...].joined(separator: " ").trimmingSpaces() : ""
            events.append(GoldEvent(article: article, types: types, actors: actors,
                                    location: location.isEmpty ? nil : location, date: date,
                                    killed: killed, injured: injured, note: note, line: lineNumber))
        }
        if header == nil {
            problem(max(lineNumber, 1), 1, "no header line; a gold file starts with article, type, actors, location, date, killed, injured separated by tabs", .invalidRecord)
        }
        return (events, diagnostics)
    }
}

extension GoldFile {
    /// Warnings for gold actor and place names that neither the corpus nor
    /// the lexicon knows: a misspelt name would otherwise only show as misses.
    public static func unknownNames(_ gold: [GoldEvent], corpus: Corpus, lexicon: Lexicon, file: String) -> [InputDiagnostic] {
        var out: [InputDiagnostic] = []
        var known: [String: Bool] = [:]
        for g in gold {
            for (name, isPlace) in g.actors.map({ ($0, false) }) + (g.location.map { [($0, true)] } ?? []) {
                let key = (isPlace ? "p:" : "a:") + name
                let ok = known[key] ?? {
                    let table = isPlace ? corpus.places : corpus.actors
                    let v = !table.lookup(name).isEmpty || lexicon.knows(name, places: isPlace)
                    known[key] = v
                    return v
                }()
                if !ok {
                    out.append(InputDiagnostic(.unknownEntity, file: file, line: g.line,
                                               "no \(isPlace ? "place" : "actor") '\(name)' in the corpus or the lexicon; this gold event cannot match",
                                               severity: .warning))
                }
            }
        }
        return out
    }
}
