/// Reads and writes Dossier JSON Lines (DESIGN section 4.3): one record a
/// line, `{"record": "article" | "event" | "actor" | "place", ...}`.
public enum JSONLines {
    /// The records of one file, in file order, and the problems of the lines
    /// that could not be read (every other line still counts).
    public struct Contents: Sendable {
        public var articles: [(line: Int, record: ArticleRecord)] = []
        public var events: [(line: Int, record: EventRecord)] = []
        public var actors: [EntityRecord] = []
        public var places: [EntityRecord] = []
        public var diagnostics: [InputDiagnostic] = []
    }

    public static func parse(_ data: [UInt8], file: String) -> Contents {
        var contents = Contents()
        var stream = Stream(file: file)
        stream.feed(data[...], into: &contents)
        stream.finish(into: &contents)
        return contents
    }

    /// Parses a file piece by piece, as it is read: each piece's whole lines
    /// at once, the unfinished last line kept for the next piece. Line
    /// numbers run on across pieces, so a file of any size is read in
    /// bounded memory and its records come out as `parse` gives them.
    public struct Stream {
        public let file: String
        private var carry: [UInt8] = []
        private var lineNumber = 0
        private var started = false

        public init(file: String) { self.file = file }

        public mutating func feed(_ piece: ArraySlice<UInt8>, into contents: inout Contents) {
            var bytes = piece
            if !started {
                // A byte order mark at the very start is skipped.
                if carry.count + bytes.count < 3 { carry += bytes; return }
                started = true
                if !carry.isEmpty { carry += bytes; bytes = carry[...]; carry = [] }
                if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            }
            guard let lastNewline = bytes.lastIndex(of: 0x0A) else {
                carry += bytes
                return
            }
            if carry.isEmpty {
                parseLines(bytes[...lastNewline], into: &contents)
            } else {
                carry += bytes[...lastNewline]
                parseLines(carry[...], into: &contents)
            }
            carry = Array(bytes[(lastNewline + 1)...])
        }

        /// The last line, when the file does not end with a line break.
        public mutating func finish(into contents: inout Contents) {
            if !started && carry.starts(with: [0xEF, 0xBB, 0xBF]) { carry.removeFirst(3) }
            started = true
            if !carry.isEmpty { parseLines(carry[...], into: &contents) }
            carry = []
        }

        private mutating func parseLines(_ data: ArraySlice<UInt8>, into contents: inout Contents) {
            var start = data.startIndex
            while start < data.endIndex {
                lineNumber += 1
                var end = start
                while end < data.endIndex, data[end] != 0x0A { end += 1 }
                defer { start = end + 1 }
                let line = data[start..<end]
                guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
                do {
                    var scanner = JSONScanner(line)
                    let raw = try scanner.record()
                    try raw.add(to: &contents, line: lineNumber, file: file)
                } catch let failure as JSONScanner.Failure {
                    let prefix = line.prefix(failure.offset)
                    let column = String(decoding: prefix, as: UTF8.self).count + 1
                    contents.diagnostics.append(InputDiagnostic(failure.code, file: file, line: lineNumber, column: column, failure.message))
                } catch let issue as InputDiagnostic {
                    contents.diagnostics.append(issue)
                } catch {}
            }
        }
    }
}

/// The union of every record kind's fields, as read from one line.
struct RawRecord {
    var record: String?
    var id, article, title, outlet, byline, url, date, lang, text, type, mode, location, country: String?
    var sentence, name, kind, role: String?
    var actors, source, target, context, aliases: [String]?
    var killed, injured: Int?
    var span: [Int]?
    var confidence, lat, lon: Double?

    func add(to contents: inout JSONLines.Contents, line: Int, file: String) throws(InputDiagnostic) {
        func bad(_ message: String, _ code: DiagnosticCode = .invalidFieldValue) -> InputDiagnostic {
            InputDiagnostic(code, file: file, line: line, column: 1, message)
        }
        func required(_ value: String?, _ field: String) throws(InputDiagnostic) -> String {
            guard let value, !value.trimmingSpaces().isEmpty else { throw bad("\(field) record needs a non-empty '\(field == "an event" ? "article" : "name")'", .invalidRecord) }
            return value
        }
        func date(_ text: String?) throws(InputDiagnostic) -> DDate? {
            guard let text else { return nil }
            guard let d = DDate(literal: text) else { throw bad("invalid date '\(text)': write YYYY, YYYY-MM or YYYY-MM-DD") }
            return d
        }
        func count(_ n: Int?, _ field: String) throws(InputDiagnostic) -> Int? {
            guard let n else { return nil }
            guard n >= 0 else { throw bad("'\(field)' cannot be negative (\(n))") }
            return n
        }
        switch record {
        case "article":
            guard let id, !id.trimmingSpaces().isEmpty else { throw bad("an article record needs a non-empty 'id'", .invalidRecord) }
            contents.articles.append((line, ArticleRecord(id: id, title: title, outlet: outlet, byline: byline, url: url,
                                                          date: try date(self.date), lang: lang, text: text ?? "", file: file)))
        case "event":
            var e = EventRecord(article: try required(article, "an event"))
            e.id = id
            if let type {
                guard let t = PloverType(name: type) else {
                    let hint = Suggest.nearest(type, among: PloverType.allCases.map(\.rawValue)).map { "; did you mean '\($0)'?" } ?? ""
                    throw bad("unknown event type '\(type)'\(hint)")
                }
                e.type = t
            }
            e.mode = mode
            e.actors = actors
            e.source = source ?? []
            e.target = target ?? []
            e.location = location
            e.country = country
            e.date = try date(self.date)
            e.killed = try count(killed, "killed")
            e.injured = try count(injured, "injured")
            for c in context ?? [] {
                guard let flag = EventContext(name: c) else {
                    throw bad("unknown context '\(c)': use negated, future, hypothetical or claimed")
                }
                e.context.insert(flag)
            }
            e.sentence = sentence ?? ""
            if let span {
                guard span.count == 2, span[0] >= 0, span[0] <= span[1] else { throw bad("'span' should be [start, end] with 0 <= start <= end") }
                e.span = (span[0], span[1])
            }
            if let confidence {
                guard (0...1).contains(confidence) else { throw bad("'confidence' should lie between 0 and 1") }
                e.confidence = confidence
            }
            contents.events.append((line, e))
        case "actor", "place":
            let n = try required(name, record == "actor" ? "an actor" : "a place")
            let r = EntityRecord(name: n, kind: kind, country: country, role: role, lat: lat, lon: lon, aliases: aliases ?? [])
            if record == "actor" { contents.actors.append(r) } else { contents.places.append(r) }
        case nil:
            throw bad("missing field 'record' (article, event, actor or place)", .invalidRecord)
        case let other?:
            throw bad("unknown record kind '\(other)' (article, event, actor or place)", .invalidRecord)
        }
    }
}
