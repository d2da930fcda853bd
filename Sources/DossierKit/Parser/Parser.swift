/// A recursive-descent parser for the grammar in `Grammar/dossier.ebnf`.
///
/// It never stops at the first problem: a failed stage is skipped up to the
/// next `|` or statement end, and a failed statement up to the next line, so
/// one run reports every error it can. Nesting is bounded by `maximumDepth`.
public struct Parser {
    public static let maximumDepth = 100

    let source: SourceText
    var tokens: [Token]
    var p = 0
    var bracketDepth = 0
    var depth = 0
    var diagnostics = DiagnosticBag()

    struct Failure: Error {}

    public init(_ source: SourceText) {
        self.source = source
        let (tokens, lexed) = Lexer.tokenize(source)
        self.tokens = tokens
        for d in lexed { diagnostics.add(d) }
    }

    /// Parses a whole script. Statements with errors are left out of the result.
    public static func parse(_ source: SourceText) -> (statements: [Statement], diagnostics: [Diagnostic]) {
        var parser = Parser(source)
        let statements = parser.parseScript()
        return (statements, parser.diagnostics.items)
    }

    // MARK: Tokens

    var token: Token { tokens[p] }

    /// The current token, skipping newlines when inside brackets.
    mutating func current() -> Token {
        if bracketDepth > 0 { skipNewlines() }
        return tokens[p]
    }

    mutating func skipNewlines() {
        while tokens[p].kind == .newline { p += 1 }
    }

    @discardableResult
    mutating func advance() -> Token {
        let t = tokens[p]
        if t.kind != .end { p += 1 }
        return t
    }

    func text(_ t: Token) -> String { source.slice(t.range) }

    func isWord(_ t: Token, _ word: String) -> Bool {
        t.kind == .identifier && t.range.length == word.utf8.count && text(t).lowercased() == word
    }

    mutating func atWord(_ word: String) -> Bool { isWord(current(), word) }

    mutating func acceptWord(_ word: String) -> Token? {
        atWord(word) ? advance() : nil
    }

    mutating func accept(_ kind: TokenKind) -> Token? {
        current().kind == kind ? advance() : nil
    }

    mutating func expect(_ kind: TokenKind, _ what: String? = nil) throws(Failure) -> Token {
        skipNewlines()
        if let t = accept(kind) { return t }
        throw fail(.expectedToken, "expected \(what ?? kind.spelling), found \(describe(current()))")
    }

    mutating func expectWord(_ word: String) throws(Failure) -> Token {
        skipNewlines()
        if let t = acceptWord(word) { return t }
        throw fail(.expectedToken, "expected '\(word)', found \(describe(current()))")
    }

    /// Records an error at the current token and returns the failure to throw.
    mutating func fail(_ code: DiagnosticCode, _ message: String, at range: SourceRange? = nil,
                       label: String? = nil) -> Failure {
        let t = current()
        // One invalid character is already diagnosed by the lexer.
        if range == nil, t.kind == .invalid { return Failure() }
        diagnostics.error(code, message, at: range ?? t.range, label: label)
        return Failure()
    }

    func describe(_ t: Token) -> String {
        switch t.kind {
        case .identifier: return "'\(text(t))'"
        case .integer, .decimal, .date: return "'\(text(t))'"
        case .string: return "a string"
        default: return t.kind.spelling
        }
    }

    mutating func enter() throws(Failure) {
        depth += 1
        if depth > Parser.maximumDepth {
            throw fail(.nestingTooDeep, "expression nested more than \(Parser.maximumDepth) levels deep")
        }
    }

    mutating func leave() { depth -= 1 }

    /// Skips to the end of the statement (or, with `stopAtPipe`, to the next
    /// `|` outside brackets) after an error.
    mutating func synchronize(stopAtPipe: Bool) {
        var nesting = 0
        bracketDepth = 0
        depth = 0
        while true {
            let t = tokens[p]
            switch t.kind {
            case .end: return
            case .leftParen, .leftBracket: nesting += 1
            case .rightParen, .rightBracket: nesting = max(0, nesting - 1)
            case .semicolon: if nesting == 0 { return }
            case .newline:
                if nesting == 0 && !continuesOnNextLine(after: p) { return }
            case .pipe: if stopAtPipe && nesting == 0 { return }
            default: break
            }
            p += 1
        }
    }
}
