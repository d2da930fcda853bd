/// Reads one Dossier JSON Lines record straight into its fields: a small JSON
/// parser that knows the record's keys, skips unknown ones, and says exactly
/// where a line goes wrong (JSONDecoder says neither where, nor fast enough
/// for millions of lines).
struct JSONScanner {
    struct Failure: Error {
        var offset: Int
        var message: String
        var code: DiagnosticCode = .invalidJSON
    }

    static let maximumDepth = 64

    private let bytes: ArraySlice<UInt8>
    private var i: Int

    init(_ line: ArraySlice<UInt8>) {
        bytes = line
        i = line.startIndex
    }

    /// Offsets in failures count from the start of the line.
    private func failure(_ message: String, at offset: Int? = nil, _ code: DiagnosticCode = .invalidJSON) -> Failure {
        Failure(offset: (offset ?? i) - bytes.startIndex, message: message, code: code)
    }

    // MARK: Records

    mutating func record() throws(Failure) -> RawRecord {
        var r = RawRecord()
        skipSpace()
        guard peek() == UInt8(ascii: "{") else {
            throw failure(peek() == UInt8(ascii: "[") ? "a record must be a JSON object" : "not valid JSON: expected '{'",
                          peek() == UInt8(ascii: "[") ? .invalidRecord : .invalidJSON)
        }
        i += 1
        skipSpace()
        if peek() == UInt8(ascii: "}") { i += 1 } else {
            while true {
                skipSpace()
                let keyStart = i
                guard peek() == UInt8(ascii: "\"") else {
                    throw failure(i == bytes.endIndex ? "not valid JSON: the line ends inside the record"
                                  : "not valid JSON: expected a field name in quotes")
                }
                let key = try string()
                skipSpace()
                guard peek() == UInt8(ascii: ":") else { throw failure("not valid JSON: expected ':' after the field name") }
                i += 1
                skipSpace()
                try field(key, into: &r, keyStart: keyStart)
                skipSpace()
                if peek() == UInt8(ascii: ",") { i += 1; continue }
                if peek() == UInt8(ascii: "}") { i += 1; break }
                throw failure(i == bytes.endIndex ? "not valid JSON: the line ends inside a value" : "not valid JSON: expected ',' or '}'")
            }
        }
        skipSpace()
        guard i == bytes.endIndex else { throw failure("not valid JSON: text after the end of the record") }
        return r
    }

    private mutating func field(_ key: String, into r: inout RawRecord, keyStart: Int) throws(Failure) {
        switch key {
        case "record": r.record = try text(key)
        case "id": r.id = try text(key)
        case "article": r.article = try text(key)
        case "title": r.title = try text(key)
        case "outlet": r.outlet = try text(key)
        case "byline": r.byline = try text(key)
        case "url": r.url = try text(key)
        case "date": r.date = try text(key)
        case "lang": r.lang = try text(key)
        case "text": r.text = try text(key)
        case "type": r.type = try text(key)
        case "mode": r.mode = try text(key)
        case "location": r.location = try text(key)
        case "country": r.country = try text(key)
        case "sentence": r.sentence = try text(key)
        case "name": r.name = try text(key)
        case "kind": r.kind = try text(key)
        case "role": r.role = try text(key)
        case "actors": r.actors = try names(key)
        case "source": r.source = try names(key)
        case "target": r.target = try names(key)
        case "context": r.context = try names(key)
        case "aliases": r.aliases = try names(key)
        case "killed": r.killed = try wholeNumber(key)
        case "injured": r.injured = try wholeNumber(key)
        case "confidence": r.confidence = try number(key)
        case "lat": r.lat = try number(key)
        case "lon": r.lon = try number(key)
        case "span":
            if try null() { return }
            let start = i
            guard peek() == UInt8(ascii: "[") else { throw wrongType(key, "a list of two whole numbers", start) }
            i += 1
            var values: [Int] = []
            skipSpace()
            if peek() == UInt8(ascii: "]") { i += 1 } else {
                while true {
                    skipSpace()
                    guard let v = try wholeNumber(key) else { throw wrongType(key, "a list of two whole numbers", start) }
                    values.append(v)
                    skipSpace()
                    if peek() == UInt8(ascii: ",") { i += 1; continue }
                    if peek() == UInt8(ascii: "]") { i += 1; break }
                    throw failure("not valid JSON: expected ',' or ']'")
                }
            }
            r.span = values
        default:
            try skipValue(depth: 0)   // fields of other tools, or derived ones (words, file) are ignored
        }
    }

    private func wrongType(_ key: String, _ expected: String, _ at: Int) -> Failure {
        failure("field '\(key)' should be \(expected)", at: at, .invalidFieldValue)
    }

    private mutating func null() throws(Failure) -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    private mutating func text(_ key: String) throws(Failure) -> String? {
        if try null() { return nil }
        guard peek() == UInt8(ascii: "\"") else {
            let start = i
            try skipValue(depth: 0)
            throw wrongType(key, "a string", start)
        }
        return try string()
    }

    /// A list of strings; one string is taken as a list of one.
    private mutating func names(_ key: String) throws(Failure) -> [String]? {
        if try null() { return nil }
        let start = i
        if peek() == UInt8(ascii: "\"") { return [try string()] }
        guard peek() == UInt8(ascii: "[") else {
            try skipValue(depth: 0)
            throw wrongType(key, "a list of strings", start)
        }
        i += 1
        var out: [String] = []
        skipSpace()
        if peek() == UInt8(ascii: "]") { i += 1; return out }
        while true {
            skipSpace()
            guard peek() == UInt8(ascii: "\"") else {
                try skipValue(depth: 1)
                throw wrongType(key, "a list of strings", start)
            }
            out.append(try string())
            skipSpace()
            if peek() == UInt8(ascii: ",") { i += 1; continue }
            if peek() == UInt8(ascii: "]") { i += 1; return out }
            throw failure("not valid JSON: expected ',' or ']'")
        }
    }

    private mutating func wholeNumber(_ key: String) throws(Failure) -> Int? {
        if try null() { return nil }
        let start = i
        guard let (text, integral) = try numberText() else {
            try skipValue(depth: 0)
            throw wrongType(key, "a whole number", start)
        }
        guard integral, let v = Int(text) else { throw wrongType(key, "a whole number", start) }
        return v
    }

    private mutating func number(_ key: String) throws(Failure) -> Double? {
        if try null() { return nil }
        let start = i
        guard let (text, _) = try numberText() else {
            try skipValue(depth: 0)
            throw wrongType(key, "a number", start)
        }
        guard let v = Double(text), v.isFinite else { throw wrongType(key, "a number", start) }
        return v
    }

    // MARK: JSON values

    private func peek() -> UInt8? { i < bytes.endIndex ? bytes[i] : nil }

    private mutating func skipSpace() {
        while i < bytes.endIndex, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D || bytes[i] == 0x0A { i += 1 }
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let start = i
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for b in w {
            guard peek() == b else { throw failure("not valid JSON: unexpected '\(String(decoding: bytes[start..<min(bytes.endIndex, i + 1)], as: UTF8.self))'", at: start) }
            i += 1
        }
    }

    /// The text of a JSON number and whether it is an integer, or nil when no number starts here.
    private mutating func numberText() throws(Failure) -> (String, Bool)? {
        let start = i
        if peek() == UInt8(ascii: "-") { i += 1 }
        guard let first = peek(), first >= 0x30, first <= 0x39 else {
            i = start
            return nil
        }
        var integral = true
        if first == 0x30 { i += 1 } else { digits() }
        if peek() == UInt8(ascii: ".") {
            i += 1
            integral = false
            guard digits() > 0 else { throw failure("not valid JSON: a digit must follow '.'") }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            i += 1
            integral = false
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { throw failure("not valid JSON: a digit must follow the exponent") }
        }
        return (String(decoding: bytes[start..<i], as: UTF8.self), integral)
    }

    @discardableResult
    private mutating func digits() -> Int {
        let start = i
        while let c = peek(), c >= 0x30, c <= 0x39 { i += 1 }
        return i - start
    }

    /// A JSON string at `i` (which is a quote), decoded and checked as UTF-8.
    private mutating func string() throws(Failure) -> String {
        let open = i
        i += 1
        let start = i
        var escaped = false
        while true {
            guard i < bytes.endIndex else { throw failure("not valid JSON: unterminated string", at: open) }
            let c = bytes[i]
            if c == UInt8(ascii: "\"") { break }
            if c < 0x20 { throw failure("not valid JSON: control character in a string") }
            if c == UInt8(ascii: "\\") { escaped = true; i += 2; continue }
            i += 1
        }
        let raw = bytes[start..<i]
        i += 1
        if !escaped {
            // Plain ASCII needs no validation, which is most of what JSON Lines holds.
            if raw.allSatisfy({ $0 < 0x80 }) { return String(decoding: raw, as: UTF8.self) }
            guard let s = String(validating: raw, as: UTF8.self) else { throw invalidUTF8(in: raw) }
            return s
        }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var k = raw.startIndex
        while k < raw.endIndex {
            let c = raw[k]
            guard c == UInt8(ascii: "\\") else { out.append(c); k += 1; continue }
            guard k + 1 < raw.endIndex else { throw failure("not valid JSON: unfinished escape", at: k) }
            let e = raw[k + 1]
            k += 2
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(8)
            case UInt8(ascii: "f"): out.append(12)
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "u"):
                var scalar = try hex4(raw, &k)
                if (0xD800..<0xDC00).contains(scalar) {
                    // A high surrogate must pair with a low one.
                    guard k + 1 < raw.endIndex, raw[k] == UInt8(ascii: "\\"), raw[k + 1] == UInt8(ascii: "u") else {
                        throw failure("not valid JSON: unpaired surrogate in \\u escape", at: k - 6)
                    }
                    k += 2
                    let low = try hex4(raw, &k)
                    guard (0xDC00..<0xE000).contains(low) else { throw failure("not valid JSON: unpaired surrogate in \\u escape", at: k - 6) }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let u = Unicode.Scalar(scalar) else { throw failure("not valid JSON: unpaired surrogate in \\u escape", at: k - 6) }
                out.append(contentsOf: Array(String(Character(u)).utf8))
            default:
                throw failure("not valid JSON: invalid escape '\\\(Character(Unicode.Scalar(e)))'", at: k - 2)
            }
        }
        guard let s = String(validating: out, as: UTF8.self) else { throw invalidUTF8(in: raw) }
        return s
    }

    private func hex4(_ raw: ArraySlice<UInt8>, _ k: inout Int) throws(Failure) -> UInt32 {
        guard k + 4 <= raw.endIndex else { throw failure("not valid JSON: \\u needs four hex digits", at: k - 2) }
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard let d = Lexer.hexValue(raw[k]) else { throw failure("not valid JSON: \\u needs four hex digits", at: k) }
            v = v * 16 + d
            k += 1
        }
        return v
    }

    private func invalidUTF8(in raw: ArraySlice<UInt8>) -> Failure {
        var k = raw.startIndex
        while k < raw.endIndex {
            let lead = raw[k]
            let width = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
            if width == 0 || k + width > raw.endIndex || String(validating: raw[k..<k + width], as: UTF8.self) == nil { break }
            k += width
        }
        return failure("invalid UTF-8", at: k)
    }

    /// Skips any JSON value, nesting at most `maximumDepth` deep.
    private mutating func skipValue(depth: Int) throws(Failure) {
        guard depth < JSONScanner.maximumDepth else { throw failure("not valid JSON: nested more than \(JSONScanner.maximumDepth) levels deep") }
        switch peek() {
        case UInt8(ascii: "\"")?: _ = try string()
        case UInt8(ascii: "{")?, UInt8(ascii: "[")?:
            let close = peek() == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            let isObject = close == UInt8(ascii: "}")
            i += 1
            skipSpace()
            if peek() == close { i += 1; return }
            while true {
                skipSpace()
                if isObject {
                    guard peek() == UInt8(ascii: "\"") else { throw failure("not valid JSON: expected a field name in quotes") }
                    _ = try string()
                    skipSpace()
                    guard peek() == UInt8(ascii: ":") else { throw failure("not valid JSON: expected ':'") }
                    i += 1
                    skipSpace()
                }
                try skipValue(depth: depth + 1)
                skipSpace()
                if peek() == UInt8(ascii: ",") { i += 1; continue }
                if peek() == close { i += 1; return }
                throw failure(i == bytes.endIndex ? "not valid JSON: the line ends inside a value"
                              : "not valid JSON: expected ',' or '\(Character(Unicode.Scalar(close)))'")
            }
        case UInt8(ascii: "t")?: try literal("true")
        case UInt8(ascii: "f")?: try literal("false")
        case UInt8(ascii: "n")?: try literal("null")
        case nil: throw failure("not valid JSON: the line ends where a value should be")
        default:
            guard try numberText() != nil else {
                throw failure("not valid JSON: unexpected character '\(String(decoding: bytes[i..<min(bytes.endIndex, i + 1)], as: UTF8.self))'")
            }
        }
    }
}
