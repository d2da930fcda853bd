import Foundation

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
        let decoder = JSONDecoder()
        var lineNumber = 0
        var start = 0
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < data.count {
            lineNumber += 1
            var end = start
            while end < data.count, data[end] != 0x0A { end += 1 }
            defer { start = end + 1 }
            let line = data[start..<end]
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            do {
                let raw = try decoder.decode(RawRecord.self, from: Data(line))
                try raw.add(to: &contents, line: lineNumber, file: file)
            } catch let issue as InputDiagnostic {
                contents.diagnostics.append(issue)
            } catch {
                contents.diagnostics.append(describe(error, line: line, lineNumber: lineNumber, file: file))
            }
        }
        return contents
    }

    /// Turns a decoding failure into a message with the column it happened at.
    static func describe(_ error: Error, line: ArraySlice<UInt8>, lineNumber: Int, file: String) -> InputDiagnostic {
        if let e = error as? DecodingError {
            switch e {
            case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
                guard let field = context.codingPath.first?.stringValue else {
                    return InputDiagnostic(.invalidRecord, file: file, line: lineNumber, column: 1, "a record must be a JSON object")
                }
                return InputDiagnostic(.invalidFieldValue, file: file, line: lineNumber, column: column(of: field, in: line),
                                       "field '\(field)' should be \(describeType(type))")
            case .dataCorrupted(let context) where !context.codingPath.isEmpty:
                let field = context.codingPath[0].stringValue
                let expected = ["killed", "injured", "span"].contains(field) ? "a whole number" : "a valid value"
                return InputDiagnostic(.invalidFieldValue, file: file, line: lineNumber, column: column(of: field, in: line),
                                       "field '\(field)' should be \(expected)")
            case .keyNotFound(let key, _):
                return InputDiagnostic(.invalidRecord, file: file, line: lineNumber, column: 1, "missing field '\(key.stringValue)'")
            default:
                break
            }
        }
        guard String(validating: line, as: UTF8.self) != nil else {
            var offset = 0
            var valid = line.startIndex
            while valid < line.endIndex {
                let lead = line[valid]
                let width = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
                if width == 0 || valid + width > line.endIndex
                    || String(validating: line[valid..<valid + width], as: UTF8.self) == nil { break }
                valid += width
                offset += 1
            }
            return InputDiagnostic(.invalidJSON, file: file, line: lineNumber, column: offset + 1, "invalid UTF-8")
        }
        // JSONDecoder does not say where; JSONSerialization does ("around character N").
        var column = 1
        var reason = "not valid JSON"
        do {
            let object = try JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed])
            guard let record = object as? [String: Any] else {
                return InputDiagnostic(.invalidRecord, file: file, line: lineNumber, column: 1, "a record must be a JSON object")
            }
            // Valid JSON that JSONDecoder refused: a count that is not a whole number.
            let field = ["killed", "injured", "span"].first { record[$0] != nil } ?? "record"
            return InputDiagnostic(.invalidFieldValue, file: file, line: lineNumber,
                                   column: JSONLines.column(of: field, in: line), "field '\(field)' should be a whole number")
        } catch let e as NSError {
            let text = (e.userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
            if let r = text.range(of: "character "), let n = Int(text[r.upperBound...].prefix { $0.isNumber }) {
                column = String(decoding: line.prefix(n), as: UTF8.self).count + 1
            } else if text.contains("end of file") || text.contains("Unexpected end") {
                column = String(decoding: line, as: UTF8.self).count + 1
                reason = "not valid JSON: the line ends inside a value"
            }
        }
        return InputDiagnostic(.invalidJSON, file: file, line: lineNumber, column: column, reason)
    }

    static func column(of field: String, in line: ArraySlice<UInt8>) -> Int {
        let text = String(decoding: line, as: UTF8.self)
        guard let r = text.range(of: "\"\(field)\"") else { return 1 }
        return text.distance(from: text.startIndex, to: r.lowerBound) + 1
    }

    static func describeType(_ type: Any.Type) -> String {
        let name = String(describing: type)
        if name.contains("Int") { return "a whole number" }
        if name.contains("Double") { return "a number" }
        if name.contains("Array") { return "a list" }
        if name.contains("Dictionary") { return "a JSON object" }
        return "a string"
    }
}

/// The union of every record kind's fields, as decoded from one line.
struct RawRecord: Decodable {
    var record: String?
    var id, article, title, outlet, byline, url, date, lang, text, type, mode, location, country: String?
    var sentence, name, kind, role: String?
    var actors, source, target, context, aliases: [String]?
    var killed, injured: Int?
    var span: [Int]?
    var confidence, lat, lon: Double?

    enum CodingKeys: String, CodingKey {
        case record, id, article, title, outlet, byline, url, date, lang, text, type, mode, location, country
        case sentence, name, kind, role, actors, source, target, context, aliases, killed, injured, span
        case confidence, lat, lon
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func s(_ k: CodingKeys) throws -> String? { try c.decodeIfPresent(String.self, forKey: k) }
        /// A list of names; a single string is accepted as a list of one.
        func names(_ k: CodingKeys) throws -> [String]? {
            if let one = try? c.decodeIfPresent(String.self, forKey: k) { return [one] }
            return try c.decodeIfPresent([String].self, forKey: k)
        }
        record = try s(.record); id = try s(.id); article = try s(.article); title = try s(.title)
        outlet = try s(.outlet); byline = try s(.byline); url = try s(.url); date = try s(.date)
        lang = try s(.lang); text = try s(.text); type = try s(.type); mode = try s(.mode)
        location = try s(.location); country = try s(.country); sentence = try s(.sentence)
        name = try s(.name); kind = try s(.kind); role = try s(.role)
        actors = try names(.actors); source = try names(.source); target = try names(.target)
        context = try names(.context); aliases = try names(.aliases)
        killed = try c.decodeIfPresent(Int.self, forKey: .killed)
        injured = try c.decodeIfPresent(Int.self, forKey: .injured)
        span = try c.decodeIfPresent([Int].self, forKey: .span)
        confidence = try c.decodeIfPresent(Double.self, forKey: .confidence)
        lat = try c.decodeIfPresent(Double.self, forKey: .lat)
        lon = try c.decodeIfPresent(Double.self, forKey: .lon)
    }

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
