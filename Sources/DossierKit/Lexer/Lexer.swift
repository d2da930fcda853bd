/// Turns query text into tokens, each with its byte range.
///
/// The lexer never fails: a character that starts no token becomes an
/// `.invalid` token with a diagnostic, and lexing goes on, so the parser can
/// report several problems at once. Comments (`#` to end of line) and spaces
/// are skipped; newlines are tokens because they separate statements.
public struct Lexer {
    public static let maximumInput = 4 << 20

    private let bytes: [UInt8]
    private var i = 0
    public private(set) var diagnostics = DiagnosticBag()

    public init(_ source: SourceText) { self.bytes = source.bytes }

    /// Lexes the whole source; the last token is always `.end`.
    public static func tokenize(_ source: SourceText) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        var lexer = Lexer(source)
        if source.bytes.count > maximumInput {
            lexer.diagnostics.error(.inputTooLarge,
                                    "query text is \(source.bytes.count) bytes; the limit is \(maximumInput)",
                                    at: SourceRange(0, 0))
            return ([Token(.end, SourceRange(source.bytes.count, source.bytes.count))], lexer.diagnostics.items)
        }
        var tokens: [Token] = []
        while true {
            let t = lexer.next()
            tokens.append(t)
            if t.kind == .end { break }
        }
        return (tokens, lexer.diagnostics.items)
    }

    /// Returns the token that begins at or after the current position.
    public mutating func next() -> Token {
        skipSpaceAndComments()
        guard i < bytes.count else { return Token(.end, SourceRange(bytes.count, bytes.count)) }
        let start = i
        let c = bytes[i]
        switch c {
        case UInt8(ascii: "\n"):
            i += 1; return Token(.newline, SourceRange(start, i))
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return string(quote: c)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return number()
        case UInt8(ascii: "|"): return single(.pipe)
        case UInt8(ascii: ","): return single(.comma)
        case UInt8(ascii: "."): return single(.dot)
        case UInt8(ascii: ";"): return single(.semicolon)
        case UInt8(ascii: "("): return single(.leftParen)
        case UInt8(ascii: ")"): return single(.rightParen)
        case UInt8(ascii: "["): return single(.leftBracket)
        case UInt8(ascii: "]"): return single(.rightBracket)
        case UInt8(ascii: "+"): return single(.plus)
        case UInt8(ascii: "-"): return single(.minus)
        case UInt8(ascii: "*"): return single(.star)
        case UInt8(ascii: "/"): return single(.slash)
        case UInt8(ascii: "%"): return single(.percent)
        case UInt8(ascii: "="):
            i += 1
            if peek(0) == UInt8(ascii: "=") { i += 1 }   // `==` is accepted as `=`
            return Token(.equal, SourceRange(start, i))
        case UInt8(ascii: "!"):
            if peek(1) == UInt8(ascii: "=") { i += 2; return Token(.notEqual, SourceRange(start, i)) }
        case UInt8(ascii: "<"):
            if peek(1) == UInt8(ascii: "=") { i += 2; return Token(.lessEqual, SourceRange(start, i)) }
            if peek(1) == UInt8(ascii: ">") { i += 2; return Token(.notEqual, SourceRange(start, i)) }
            return single(.less)
        case UInt8(ascii: ">"):
            if peek(1) == UInt8(ascii: "=") { i += 2; return Token(.greaterEqual, SourceRange(start, i)) }
            return single(.greater)
        default:
            if Lexer.isIdentifierStart(c) { return identifier() }
        }
        // Not a token: consume one whole UTF-8 scalar so ranges stay on boundaries.
        i += 1
        while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
        let range = SourceRange(start, i)
        let shown = String(decoding: bytes[start..<i], as: UTF8.self)
        let printable = shown.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F && !($0.value >= 0x80 && $0.value < 0xA0) }
        let name = printable ? "'\(shown)'" : "byte 0x" + String(bytes[start], radix: 16, uppercase: true)
        var hint: String? = nil
        if c == UInt8(ascii: "!") { hint = "use 'not' or '!='" }
        if c == UInt8(ascii: "&") { hint = "use 'and'" }
        diagnostics.error(.unexpectedCharacter, "unexpected character \(name)", at: range, label: hint)
        return Token(.invalid, range)
    }

    private func peek(_ k: Int) -> UInt8? {
        i + k < bytes.count ? bytes[i + k] : nil
    }

    private mutating func single(_ kind: TokenKind) -> Token {
        i += 1
        return Token(kind, SourceRange(i - 1, i))
    }

    private mutating func skipSpaceAndComments() {
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\r") {
                i += 1
            } else if c == UInt8(ascii: "#") {
                while i < bytes.count, bytes[i] != UInt8(ascii: "\n") { i += 1 }
            } else if c == 0xC2, peek(1) == 0xA0 {   // no-break space, common in pasted text
                i += 2
            } else {
                return
            }
        }
    }

    static func isIdentifierStart(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
            || c == UInt8(ascii: "_") || c >= 0xC3 && c <= 0xF4   // letters beyond ASCII
    }

    static func isIdentifierPart(_ c: UInt8) -> Bool {
        isIdentifierStart(c) || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || (c >= 0x80 && c < 0xC0)
    }

    private mutating func identifier() -> Token {
        let start = i
        while i < bytes.count, Lexer.isIdentifierPart(bytes[i]) { i += 1 }
        return Token(.identifier, SourceRange(start, i))
    }

    private mutating func digits() -> Int {
        let start = i
        while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { i += 1 }
        return i - start
    }

    private func isDigit(_ k: Int) -> Bool {
        guard let c = peek(k) else { return false }
        return c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")
    }

    /// Integers, decimals (`1.5`, `2e3`) and dates (`2020-10`, `2020-10-09`).
    private mutating func number() -> Token {
        let start = i
        let n = digits()
        // A date: four digits, '-', two digits, optionally '-', two digits.
        if n == 4, peek(0) == UInt8(ascii: "-"), isDigit(1), isDigit(2), !isDigit(3) {
            i += 3
            if peek(0) == UInt8(ascii: "-"), isDigit(1), isDigit(2), !isDigit(3) { i += 3 }
            let range = SourceRange(start, i)
            if DDate(literal: String(decoding: bytes[start..<i], as: UTF8.self)) == nil {
                diagnostics.error(.invalidDate, "invalid date '\(String(decoding: bytes[start..<i], as: UTF8.self))'",
                                  at: range, label: "dates are YYYY, YYYY-MM or YYYY-MM-DD")
            }
            return Token(.date, range)
        }
        var kind = TokenKind.integer
        if peek(0) == UInt8(ascii: "."), isDigit(1) {
            i += 1; _ = digits(); kind = .decimal
        }
        if let e = peek(0), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            let sign = peek(1) == UInt8(ascii: "+") || peek(1) == UInt8(ascii: "-") ? 1 : 0
            if isDigit(1 + sign) { i += 1 + sign; _ = digits(); kind = .decimal }
        }
        let range = SourceRange(start, i)
        if i < bytes.count, Lexer.isIdentifierStart(bytes[i]) {
            // `10km`: report once, as one token.
            while i < bytes.count, Lexer.isIdentifierPart(bytes[i]) { i += 1 }
            diagnostics.error(.unexpectedCharacter, "a number cannot be followed by letters",
                              at: SourceRange(range.end, i))
            return Token(kind, SourceRange(start, i))
        }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        if kind == .integer, Int64(text) == nil {
            diagnostics.error(.numberOutOfRange, "integer \(text.count > 24 ? String(text.prefix(20)) + "…" : text) is too large",
                              at: range, label: "integers range from -9223372036854775808 to 9223372036854775807")
        } else if kind == .decimal, let v = Double(text), !v.isFinite {
            diagnostics.error(.numberOutOfRange, "number is too large", at: range)
        }
        return Token(kind, range)
    }

    private mutating func string(quote: UInt8) -> Token {
        let start = i
        i += 1
        while i < bytes.count {
            let c = bytes[i]
            if c == quote { i += 1; return Token(.string, SourceRange(start, i)) }
            if c == UInt8(ascii: "\n") { break }
            if c == UInt8(ascii: "\\") {
                let escapeStart = i
                i += 1
                guard i < bytes.count else { break }
                let e = bytes[i]
                switch e {
                case UInt8(ascii: "n"), UInt8(ascii: "t"), UInt8(ascii: "r"), UInt8(ascii: "\\"),
                     UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "0"):
                    i += 1
                case UInt8(ascii: "u"):
                    i += 1
                    if !scanUnicodeEscape() {
                        diagnostics.error(.invalidEscape, "invalid unicode escape", at: SourceRange(escapeStart, i),
                                          label: "write \\u{XXXX} with 1 to 6 hex digits")
                    }
                default:
                    if e == UInt8(ascii: "\n") { break }
                    i += 1
                    while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
                    diagnostics.error(.invalidEscape, "invalid escape sequence '\(String(decoding: bytes[escapeStart..<i], as: UTF8.self))'",
                                      at: SourceRange(escapeStart, i),
                                      label: "known escapes: \\n \\t \\r \\0 \\\\ \\\" \\' \\u{XXXX}")
                }
                continue
            }
            i += 1
        }
        diagnostics.error(.unterminatedString, "unterminated string", at: SourceRange(start, i),
                          label: "add the closing \(quote == UInt8(ascii: "\"") ? "\"" : "'")")
        return Token(.string, SourceRange(start, i))
    }

    /// After `\u`: `{` 1–6 hex digits `}` naming a valid scalar.
    private mutating func scanUnicodeEscape() -> Bool {
        guard peek(0) == UInt8(ascii: "{") else { return false }
        i += 1
        var value: UInt32 = 0, count = 0
        while let c = peek(0), let d = Lexer.hexValue(c) {
            value = value &* 16 &+ d; count += 1; i += 1
        }
        guard peek(0) == UInt8(ascii: "}") else { return false }
        i += 1
        return count >= 1 && count <= 6 && Unicode.Scalar(value) != nil
    }

    static func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(c - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(c - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// The value of a string token the lexer accepted (quotes removed, escapes
    /// decoded). Invalid escapes, already diagnosed, decode as themselves.
    public static func decodeString(_ bytes: [UInt8], _ range: SourceRange) -> String {
        guard range.length >= 1 else { return "" }
        let quote = bytes[range.start]
        var end = range.end
        if end - range.start >= 2, bytes[end - 1] == quote { end -= 1 }
        var out: [UInt8] = []
        out.reserveCapacity(end - range.start)
        var k = range.start + 1
        while k < end {
            let c = bytes[k]
            guard c == UInt8(ascii: "\\"), k + 1 < end else { out.append(c); k += 1; continue }
            let e = bytes[k + 1]
            k += 2
            switch e {
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "0"): out.append(0)
            case UInt8(ascii: "u"):
                var value: UInt32 = 0, j = k + 1, ok = k < end && bytes[k] == UInt8(ascii: "{")
                while ok, j < end, let d = hexValue(bytes[j]) { value = value &* 16 &+ d; j += 1 }
                if ok, j < end, bytes[j] == UInt8(ascii: "}"), let scalar = Unicode.Scalar(value) {
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                    k = j + 1
                } else {
                    out.append(contentsOf: [UInt8(ascii: "\\"), e])
                    ok = false
                }
            default: out.append(e)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
