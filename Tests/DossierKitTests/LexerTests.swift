import Testing
@testable import DossierKit

@Suite struct LexerTests {
    func kinds(_ text: String) -> [TokenKind] {
        Lexer.tokenize(SourceText(text: text)).tokens.map(\.kind)
    }

    @Test func tokensCarryByteRanges() {
        let source = SourceText(text: "events where actor = \"Лавров\"")
        let (tokens, diagnostics) = Lexer.tokenize(source)
        #expect(diagnostics.isEmpty)
        #expect(tokens.map(\.kind) == [.identifier, .identifier, .identifier, .equal, .string, .end])
        #expect(source.slice(tokens[2].range) == "actor")
        #expect(tokens[4].range == SourceRange(21, 35))   // Cyrillic takes two bytes a letter
        #expect(Lexer.decodeString(source.bytes, tokens[4].range) == "Лавров")
    }

    @Test func datesIntegersAndDecimals() {
        #expect(kinds("2020-10-09 2020-10 2020 1.5 2e3 7") == [.date, .date, .integer, .decimal, .decimal, .integer, .end])
        #expect(kinds("2020 - 10") == [.integer, .minus, .integer, .end])
    }

    @Test func operators() {
        #expect(kinds("= == != <> < <= > >= | , . ( ) [ ] + - * / % ;")
                == [.equal, .equal, .notEqual, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .pipe, .comma,
                    .dot, .leftParen, .rightParen, .leftBracket, .rightBracket, .plus, .minus, .star, .slash, .percent,
                    .semicolon, .end])
    }

    @Test func commentsAndNewlines() {
        #expect(kinds("events # all of them\n| limit 1") == [.identifier, .newline, .pipe, .identifier, .integer, .end])
    }

    @Test func escapes() {
        let source = SourceText(text: #""a\"b\n\u{e5}\\""#)
        let (tokens, diagnostics) = Lexer.tokenize(source)
        #expect(diagnostics.isEmpty)
        #expect(Lexer.decodeString(source.bytes, tokens[0].range) == "a\"b\nå\\")
    }

    @Test(arguments: [
        ("\"open", DiagnosticCode.unterminatedString),
        ("\"bad \\q\"", .invalidEscape),
        ("\"\\u{110000}\"", .invalidEscape),
        ("99999999999999999999", .numberOutOfRange),
        ("2020-13", .invalidDate),
        ("2021-02-29", .invalidDate),
        ("a & b", .unexpectedCharacter),
        ("10km", .unexpectedCharacter),
    ])
    func lexicalErrors(text: String, code: DiagnosticCode) {
        let (_, diagnostics) = Lexer.tokenize(SourceText(text: text))
        #expect(diagnostics.map(\.code) == [code])
    }

    @Test func nulAndControlBytesAreDiagnosedNotFatal() {
        let (tokens, diagnostics) = Lexer.tokenize(SourceText(text: "events\u{0}\u{7}"))
        #expect(tokens.last?.kind == .end)
        #expect(diagnostics.count == 2)
        #expect(diagnostics[0].message == "unexpected character byte 0x0")
    }
}
