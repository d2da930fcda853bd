import Foundation

/// What Tab offers at the end of a piece of a statement: the word being typed
/// (its byte range) and the words that may replace it.
public struct Completion: Equatable, Sendable {
    public struct Candidate: Equatable, Sendable {
        /// The word as it is inserted (a string's content is escaped for its quote).
        public var text: String
        /// Added after the word when it is the only candidate: a space, `(`,
        /// a closing quote, `/` after a folder, or nothing.
        public var suffix: String

        public init(_ text: String, suffix: String = " ") {
            self.text = text
            self.suffix = suffix
        }
    }

    /// UTF-8 byte offsets of the replaced word in the text; it always ends
    /// where the text ends (at the cursor).
    public var range: Range<Int>
    /// The replaced word as typed.
    public var typed: String
    /// Sorted, without duplicates.
    public var candidates: [Candidate]

    public init(range: Range<Int>, typed: String, candidates: [Candidate]) {
        self.range = range
        self.typed = typed
        var seen = Set<String>()
        self.candidates = candidates.filter { seen.insert($0.text).inserted }
    }

    public static func nothing(at end: Int) -> Completion {
        Completion(range: end..<end, typed: "", candidates: [])
    }

    /// What replaces the typed word: the only candidate with its suffix, or
    /// the candidates' common beginning when it is longer than what was
    /// typed (compared case- and diacritic-insensitively, spelt as the first
    /// candidate spells it). Nil when Tab has nothing to add: list instead.
    public var insertion: String? {
        guard let first = candidates.first else { return nil }
        if candidates.count == 1 { return first.text + first.suffix }
        var common = Array(first.text)
        for c in candidates.dropFirst() {
            let other = Array(c.text)
            var n = 0
            while n < common.count, n < other.count, Completion.same(common[n], other[n]) { n += 1 }
            common.removeLast(common.count - n)
        }
        let prefix = String(common)
        return prefix.unicodeScalars.count > typed.unicodeScalars.count ? prefix : nil
    }

    static func same(_ a: Character, _ b: Character) -> Bool {
        a == b || TextFold.fold(String(a)) == TextFold.fold(String(b))
    }

    /// The candidates in columns, as a shell lists them under the line:
    /// column by column, at most `limit` of them, then how many were left out.
    public func listing(width: Int, limit: Int = 200) -> String {
        let names = candidates.prefix(limit).map(\.text)
        guard !names.isEmpty else { return "" }
        let cell = (names.map(DisplayWidth.of).max() ?? 0) + 2
        let columns = max(1, min(names.count, max(1, width) / cell))
        let rows = (names.count + columns - 1) / columns
        var lines: [String] = []
        for r in 0..<rows {
            var line = ""
            for c in 0..<columns {
                let k = c * rows + r
                guard k < names.count else { break }
                let name = names[k]
                line += name
                if c < columns - 1, (c + 1) * rows + r < names.count {
                    line += String(repeating: " ", count: cell - DisplayWidth.of(name))
                }
            }
            lines.append(line)
        }
        if candidates.count > limit { lines.append("… and \(candidates.count - limit) more") }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Decides what Tab completes from the statement typed so far, with the real
/// lexer's tokens (each with its byte range), and the parser and resolver
/// for the rows in scope:
///
/// - at the start of a statement: `let`, collections, `let` queries;
/// - after a source, `|` or a finished operand: stage keywords (and, after
///   an operand, `and`, `or`, `in`, `contains`, ... and `as`, `asc`, `desc`
///   where the stage takes them);
/// - where an operand is expected: the fields of the rows in scope (the
///   collection, or the columns after `select`, `count by`, `group by`),
///   `let` values, functions;
/// - after `article.` and other navigations: the fields of that collection;
/// - inside a string after `actor =`, `location =`, `in [`, ...: actor and
///   place names (canonical, or the alias that starts like the typed text),
///   or the values a text field takes in the corpus;
/// - after `.`: dot commands, then their arguments (formats, collections,
///   `on`/`off`, paths for `.open` and `.read`).
public struct Completer {
    public let corpus: Corpus
    public let environment: Environment

    public init(corpus: Corpus, environment: Environment) {
        self.corpus = corpus
        self.environment = environment
    }

    public init(session: Session) {
        self.init(corpus: session.corpus, environment: session.environment)
    }

    static let stageWords = ["count", "group", "limit", "select", "sort", "top", "where"]
    static let infixWords = ["and", "between", "contains", "ends", "in", "is", "matches", "not", "or", "starts"]
    /// Keywords after which an operand comes.
    static let operandBefore: Set<String> = [
        "where", "select", "by", "and", "or", "not", "in", "between", "contains", "with", "matches",
    ]
    /// Keywords that end an operand.
    static let operandWords: Set<String> = ["null", "true", "false", "asc", "desc"]
    static let functions = Function.allCases.map(\.rawValue)
    static let aggregates = AggregateFunction.allCases.map(\.rawValue)
    /// Text fields read for their values at most over this many rows.
    static let valueScanLimit = 50_000

    /// The completion at the end of `text`: everything typed of the statement
    /// before the cursor (earlier lines of a multi-line statement included).
    public func complete(_ text: String) -> Completion {
        let source = SourceText(text: text)
        let end = source.bytes.count
        let (lexed, lexDiagnostics) = Lexer.tokenize(source)
        // Newlines inside a statement being typed are spaces; `;` ends one.
        var tokens: [Token] = []
        var depth = 0
        for t in lexed where t.kind != .end && t.kind != .newline {
            switch t.kind {
            case .leftParen, .leftBracket: depth += 1
            case .rightParen, .rightBracket: depth = max(0, depth - 1)
            case .semicolon where depth == 0:
                tokens.removeAll()
                continue
            default: break
            }
            tokens.append(t)
        }
        let statementStart = tokens.first?.range.start ?? end
        let context = Context(source: source, tokens: tokens, corpus: corpus, environment: environment)

        // Dot commands take the rest of their line as it is.
        if let first = tokens.first, first.kind == .dot {
            return commandCompletion(source.slice(SourceRange(statementStart, end)), at: statementStart)
        }

        // The token being typed, if the cursor touches it.
        var before = tokens[...]
        var word = SourceRange(end, end)
        if let last = tokens.last, last.range.end == end {
            switch last.kind {
            case .identifier:
                word = last.range
                before = tokens.dropLast()
            case .string:
                let open = lexDiagnostics.contains { $0.code == .unterminatedString && $0.range.start == last.range.start }
                guard open else { return .nothing(at: end) }
                return stringCompletion(context, stringIndex: tokens.count - 1)
            case .integer, .decimal, .date, .rightParen, .rightBracket, .invalid:
                return .nothing(at: end)
            default:
                break   // an operator or opening bracket: an empty word after it
            }
        }
        let typed = source.slice(word)
        func offer(_ candidates: [Completion.Candidate]) -> Completion {
            let lowered = typed.lowercased()
            let matching = candidates.filter { $0.text.lowercased().hasPrefix(lowered) }
            return Completion(range: word.start..<word.end, typed: typed,
                              candidates: matching.sorted { $0.text.lowercased() < $1.text.lowercased() })
        }
        return offer(candidates(context, before: before.count, wordStart: word.start))
    }

    // MARK: Words

    /// The candidates for a word that follows `tokens[0..<count]`.
    func candidates(_ c: Context, before count: Int, wordStart: Int) -> [Completion.Candidate] {
        let tokens = c.tokens
        let stageKeywords = Completer.stageWords.map { Completion.Candidate($0, suffix: $0 == "sort" || $0 == "group" ? " by " : " ") }
        // Statement start.
        guard count > 0 else {
            return (Collection.allCases.map(\.rawValue) + environment.queries.keys.sorted()).map { .init($0) } + [.init("let")]
        }
        var queryStart = 0
        if c.isWord(0, "let") {
            switch count {
            case 1, 2: return []   // a new name, then '='
            case 3:
                guard tokens[2].kind == .equal else { return [] }
                return (Collection.allCases.map(\.rawValue) + environment.queries.keys.sorted()).map { .init($0) }
                    + expressionStart(c, scope: nil, stage: nil)
            default: queryStart = 3
            }
        }
        let prev = tokens[count - 1]
        if count == queryStart + 1 { return stageKeywords }   // right after the source
        let stages = c.stageStarts(from: queryStart, upTo: count)
        let stage = stages.last.map { c.lowered(tokens[$0]) }
        let scope = { c.scope(queryStart: queryStart, stages: stages) }
        let depth = c.bracketDepth(from: queryStart, upTo: count)

        switch prev.kind {
        case .pipe:
            return stageKeywords
        case .dot:
            // `article.` — the fields of the collection it leads to.
            guard prev.range.end == wordStart, let target = c.navigationTarget(endingAt: count - 1, scope: scope()) else { return [] }
            return fieldCandidates(of: target)
        case .identifier:
            let word = c.lowered(prev)
            if stages.last == count - 1 {
                // A stage keyword just typed.
                switch word {
                case "sort", "group": return [.init("by")]
                case "count": return [.init("by")] + stageKeywords
                case "limit", "top": return []
                default: return expressionStart(c, scope: scope(), stage: stage)
                }
            }
            switch word {
            case "starts", "ends": return [.init("with")]
            case "is": return [.init("not"), .init("null")]
            case "not":
                if count >= 2, c.isWord(count - 2, "is") { return [.init("null")] }
                if count >= 2, c.endsOperand(count - 2) {
                    return ["between", "contains", "ends", "in", "matches", "starts"].map { .init($0) }
                }
                return expressionStart(c, scope: scope(), stage: stage)
            case "as", "let": return []
            default:
                if Completer.operandBefore.contains(word) { return expressionStart(c, scope: scope(), stage: stage) }
                return afterOperand(c, stage: stage, depth: depth, stageKeywords: stageKeywords)
            }
        case .string, .date, .decimal, .rightBracket:
            return afterOperand(c, stage: stage, depth: depth, stageKeywords: stageKeywords)
        case .integer:
            if count >= 2, c.isWord(count - 2, "top") { return [.init("by")] + stageKeywords }
            if count >= 2, c.isWord(count - 2, "limit") { return stageKeywords }
            return afterOperand(c, stage: stage, depth: depth, stageKeywords: stageKeywords)
        case .rightParen:
            // The end of a group's aggregate list ends the stage.
            if stage == "group", depth == 0 { return stageKeywords }
            return afterOperand(c, stage: stage, depth: depth, stageKeywords: stageKeywords)
        case .leftParen, .comma:
            // In `group by k (n = count(), ...)` a new column name comes here.
            if stage == "group", let open = c.innermostOpen(from: queryStart, upTo: count),
               tokens[open].kind == .leftParen, !c.isCall(open) {
                return []
            }
            return expressionStart(c, scope: scope(), stage: stage)
        default:
            return expressionStart(c, scope: scope(), stage: stage)
        }
    }

    func afterOperand(_ c: Context, stage: String?, depth: Int, stageKeywords: [Completion.Candidate]) -> [Completion.Candidate] {
        var words = Completer.infixWords
        switch stage {
        case "select", "count", "group": words.append("as")
        case "sort": words += ["asc", "desc"]
        default: break
        }
        var out = words.map { Completion.Candidate($0) }
        if depth == 0 { out += stageKeywords }
        return out
    }

    /// Fields (or columns) in scope, `let` values, functions and literals.
    func expressionStart(_ c: Context, scope: RowSchema?, stage: String?) -> [Completion.Candidate] {
        var out: [Completion.Candidate] = []
        switch scope {
        case .collection(let collection)?:
            out += fieldCandidates(of: collection)
        case .table(let columns)?:
            for column in columns where Completer.isName(column.name) {
                out.append(.init(column.name, suffix: Completer.navigable(column.type) ? "" : " "))
            }
        case nil:
            break
        }
        out += environment.values.keys.sorted().map { .init($0) }
        var functions = Completer.functions
        if stage == "select" || stage == "group" { functions += Completer.aggregates }
        out += functions.map { .init($0, suffix: "(") }
        out += ["false", "not", "null", "true"].map { .init($0) }
        return out
    }

    func fieldCandidates(of collection: Collection) -> [Completion.Candidate] {
        Schema.fieldNames(of: collection).map { name in
            let type = Schema.field(named: name, in: collection)?.type ?? .any
            return .init(name, suffix: Completer.navigable(type) ? "" : " ")
        }
    }

    /// Refs are often followed by `.field`, so no space goes after them.
    static func navigable(_ type: DType) -> Bool {
        if case .ref = type.element { return true }
        return false
    }

    static func isName(_ s: String) -> Bool {
        guard let first = s.utf8.first, Lexer.isIdentifierStart(first) else { return false }
        return s.utf8.allSatisfy(Lexer.isIdentifierPart)
    }

    // MARK: Strings

    /// Inside an open string: names or values for the field it is compared with.
    func stringCompletion(_ c: Context, stringIndex: Int) -> Completion {
        let token = c.tokens[stringIndex]
        let end = c.source.bytes.count
        let quote = c.source.bytes[token.range.start]
        let typed = Lexer.decodeString(c.source.bytes, SourceRange(token.range.start, end))
        let range = (token.range.start + 1)..<end
        let raw = c.source.slice(SourceRange(range.lowerBound, range.upperBound))
        guard let field = c.comparedField(stringIndex: stringIndex) else {
            return Completion(range: range, typed: raw, candidates: [])
        }
        let queryStart = c.isWord(0, "let") && c.tokens.count > 3 ? 3 : 0
        let stages = c.stageStarts(from: queryStart, upTo: stringIndex)
        guard let target = c.fieldType(chain: field, scope: c.scope(queryStart: queryStart, stages: stages)) else {
            return Completion(range: range, typed: raw, candidates: [])
        }
        let values: [String]
        switch target {
        case .entity(let collection):
            values = names(in: collection, startingWith: typed)
        case .text(let collection, let f):
            values = textValues(collection, f, startingWith: typed)
        }
        let closing = String(UnicodeScalar(quote))
        let candidates = values.map { Completion.Candidate(Completer.escape($0, quote: quote), suffix: closing) }
        return Completion(range: range, typed: raw, candidates: candidates.sorted { $0.text.lowercased() < $1.text.lowercased() })
    }

    /// One spelling per entity: its name when that starts like the text,
    /// else its shortest alias that does.
    func names(in collection: Collection, startingWith prefix: String) -> [String] {
        let folded = TextFold.fold(prefix)
        switch collection {
        case .actors, .places:
            guard let table = corpus.entities(collection) else { return [] }
            var out: [String] = []
            for row in 0..<table.count {
                let name = table.name[row]
                if TextFold.fold(name).hasPrefix(folded) { out.append(name); continue }
                var best: String? = nil
                for alias in table.aliases[row] where TextFold.fold(alias).hasPrefix(folded) {
                    if best == nil || alias.count < best!.count { best = alias }
                }
                if let best { out.append(best) }
            }
            return out
        case .articles, .events:
            let n = min(corpus.count(collection), Completer.valueScanLimit)
            return (0..<n).map { corpus.displayName(collection, Int32($0)) }.filter { TextFold.fold($0).hasPrefix(folded) }
        }
    }

    /// The distinct values a text field takes (list elements one by one).
    func textValues(_ collection: Collection, _ field: Field, startingWith prefix: String) -> [String] {
        if collection == .events, field == .type {
            return PloverType.allCases.map(\.rawValue).filter { $0.hasPrefix(TextFold.fold(prefix)) }
        }
        if collection == .events, field == .context {
            return EventContext.names.map(\.0).filter { $0.hasPrefix(TextFold.fold(prefix)) }
        }
        let folded = TextFold.fold(prefix)
        var seen = Set<String>()
        var out: [String] = []
        for row in 0..<min(corpus.count(collection), Completer.valueScanLimit) {
            for case .string(let s) in corpus.value(collection, field, Int32(row)).elements where seen.insert(s).inserted {
                if TextFold.fold(s).hasPrefix(folded) { out.append(s) }
            }
        }
        return out
    }

    static func escape(_ s: String, quote: UInt8) -> String {
        var out = ""
        for ch in s.unicodeScalars {
            switch ch {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if ch.value == UInt32(quote) { out += "\\" }
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    // MARK: Dot commands

    func commandCompletion(_ text: String, at start: Int) -> Completion {
        let bytes = Array(text.utf8)
        let end = start + bytes.count
        // `.na` — the command name.
        var k = 1
        while k < bytes.count, bytes[k] != UInt8(ascii: " "), bytes[k] != UInt8(ascii: "\t") { k += 1 }
        let name = String(decoding: bytes[1..<k], as: UTF8.self)
        if k == bytes.count {
            let matching = Session.commands.map(\.name).sorted().filter { $0.hasPrefix(name.lowercased()) }
            return Completion(range: (start + 1)..<end, typed: name, candidates: matching.map { .init($0) })
        }
        // The argument: the word after the last space.
        var w = bytes.count
        while w > k, bytes[w - 1] != UInt8(ascii: " "), bytes[w - 1] != UInt8(ascii: "\t") { w -= 1 }
        let argument = String(decoding: bytes[w...], as: UTF8.self)
        let range = (start + w)..<end
        let firstArgument = bytes[k..<w].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        var candidates: [Completion.Candidate] = []
        switch name.lowercased() {
        case "mode" where firstArgument: candidates = OutputFormat.allCases.map { .init($0.rawValue, suffix: "") }
        case "schema" where firstArgument: candidates = Collection.allCases.map { .init($0.rawValue, suffix: "") }
        case "timer" where firstArgument: candidates = [.init("off", suffix: ""), .init("on", suffix: "")]
        case "open", "read":
            return Completion(range: range, typed: argument, candidates: Completer.paths(startingWith: argument, spaceAfterFile: name == "open"))
        default: break
        }
        let matching = candidates.filter { $0.text.hasPrefix(argument.lowercased()) }
        return Completion(range: range, typed: argument, candidates: matching)
    }

    /// Files and folders whose path starts with the text (relative to the
    /// current folder unless absolute); hidden ones only when asked for.
    static func paths(startingWith text: String, spaceAfterFile: Bool) -> [Completion.Candidate] {
        let slash = text.lastIndex(of: "/")
        let folder = slash.map { String(text[...$0]) } ?? ""
        let base = slash.map { String(text[text.index(after: $0)...]) } ?? text
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else { return [] }
        var out: [Completion.Candidate] = []
        for name in names.sorted() where name.hasPrefix(base) && (base.hasPrefix(".") || !name.hasPrefix(".")) {
            var isFolder: ObjCBool = false
            _ = fm.fileExists(atPath: (folder.isEmpty ? "" : folder) + name, isDirectory: &isFolder)
            out.append(.init(folder + name, suffix: isFolder.boolValue ? "/" : (spaceAfterFile ? " " : "")))
        }
        return out
    }
}

/// A statement's tokens and what can be read off them.
struct Context {
    static let maximumScopeText = 64 << 10

    let source: SourceText
    let tokens: [Token]
    let corpus: Corpus
    let environment: Environment

    func lowered(_ t: Token) -> String { t.kind == .identifier ? source.slice(t.range).lowercased() : "" }

    func isWord(_ i: Int, _ word: String) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .identifier && lowered(tokens[i]) == word
    }

    /// Whether the token at `i` ends an operand (a name, a literal, a closing bracket).
    func endsOperand(_ i: Int) -> Bool {
        let t = tokens[i]
        switch t.kind {
        case .string, .integer, .decimal, .date, .rightParen, .rightBracket: return true
        case .identifier:
            let w = lowered(t)
            if Completer.operandWords.contains(w) { return true }
            return !Parser.reservedWords.contains(w) && !Parser.stageWords.contains(w)
        default: return false
        }
    }

    /// Indices of the stage keywords in `tokens[from..<upTo]`, as the parser
    /// finds them: at bracket depth 0, after the source, a `|`, or the end of
    /// an operand or stage.
    func stageStarts(from start: Int, upTo end: Int) -> [Int] {
        var out: [Int] = []
        var depth = 0
        var i = start + 1
        while i < min(end, tokens.count) {
            let t = tokens[i]
            switch t.kind {
            case .leftParen, .leftBracket: depth += 1
            case .rightParen, .rightBracket: depth = max(0, depth - 1)
            case .identifier where depth == 0 && Parser.stageWords.contains(lowered(t)):
                let p = i - 1
                let afterSource = p == start
                let isStage = afterSource || tokens[p].kind == .pipe || endsOperand(p)
                    || out.last == p && lowered(tokens[p]) == "count"
                    || (p >= 1 && tokens[p].kind == .integer && (isWord(p - 1, "limit") || isWord(p - 1, "top")))
                if isStage { out.append(i) }
            default: break
            }
            i += 1
        }
        return out
    }

    func bracketDepth(from start: Int, upTo end: Int) -> Int {
        var depth = 0
        for t in tokens[start..<min(end, tokens.count)] {
            switch t.kind {
            case .leftParen, .leftBracket: depth += 1
            case .rightParen, .rightBracket: depth = max(0, depth - 1)
            default: break
            }
        }
        return depth
    }

    func innermostOpen(from start: Int, upTo end: Int) -> Int? {
        var stack: [Int] = []
        for i in start..<min(end, tokens.count) {
            switch tokens[i].kind {
            case .leftParen, .leftBracket: stack.append(i)
            case .rightParen, .rightBracket: _ = stack.popLast()
            default: break
            }
        }
        return stack.last
    }

    /// Whether the `(` at `i` opens a call (`count(`: no space before it).
    func isCall(_ i: Int) -> Bool {
        i > 0 && tokens[i - 1].kind == .identifier && tokens[i - 1].range.end == tokens[i].range.start
    }

    /// The rows in scope where the current stage begins: the query up to its
    /// last stage start that resolves, or the source alone.
    func scope(queryStart: Int, stages: [Int]) -> RowSchema? {
        guard queryStart < tokens.count, tokens[queryStart].kind == .identifier else { return nil }
        let start = tokens[queryStart].range.start
        var cuts: [Int] = []
        for s in stages.reversed().prefix(4) {
            let p = s - 1
            let cut = tokens[p].kind == .pipe ? tokens[p].range.start : tokens[s].range.start
            // A huge paste is not parsed again on every Tab: its source decides.
            if cut - start <= Context.maximumScopeText { cuts.append(cut) }
        }
        cuts.append(tokens[queryStart].range.end)
        for cut in cuts {
            let text = source.slice(SourceRange(start, cut))
            let piece = SourceText(text: text)
            let (statements, diagnostics) = Parser.parse(piece)
            guard !diagnostics.contains(where: \.isError), statements.count == 1,
                  case .query(let query) = statements[0].kind else { continue }
            var resolver = Resolver(corpus: corpus, environment: environment, source: piece)
            if let plan = resolver.resolve(query) { return plan.schema }
        }
        return nil
    }

    enum Target {
        case entity(Collection)
        case text(Collection, Field)
    }

    /// The collection a navigation ending with the `.` at `dot` leads to.
    func navigationTarget(endingAt dot: Int, scope: RowSchema?) -> Collection? {
        var names: [String] = []
        var k = dot - 1
        while k >= 0, tokens[k].kind == .identifier, tokens[k].range.end == tokens[k + 1].range.start {
            names.insert(lowered(tokens[k]), at: 0)
            guard k >= 1, tokens[k - 1].kind == .dot, tokens[k - 1].range.end == tokens[k].range.start else { break }
            k -= 2
        }
        guard !names.isEmpty, case .ref(let c)? = type(of: names, scope: scope)?.element else { return nil }
        return c
    }

    /// The type a chain of names (`article`, `lang`) has in scope.
    func type(of names: [String], scope: RowSchema?) -> DType? {
        guard let head = names.first else { return nil }
        var type: DType
        switch scope {
        case .collection(let c)?:
            guard let f = Schema.field(named: head, in: c) else { return nil }
            type = f.type
        case .table(let columns)?:
            guard let column = columns.first(where: { $0.name.lowercased() == head }) else { return nil }
            type = column.type
        case nil:
            return nil
        }
        for name in names.dropFirst() {
            guard case .ref(let c) = type.element, let f = Schema.field(named: name, in: c) else { return nil }
            type = type.isList || f.type.isList ? .list(f.type.element) : f.type
        }
        return type
    }

    /// The names of the field an open string is compared with: `actor =`,
    /// `location in [..., `, `article.lang !=`, `context contains`.
    func comparedField(stringIndex: Int) -> [String]? {
        var k = stringIndex - 1
        guard k >= 0 else { return nil }
        // Inside a list: back to its '[' and the 'in' before it.
        if tokens[k].kind == .comma || tokens[k].kind == .leftBracket {
            while k >= 0, tokens[k].kind != .leftBracket {
                switch tokens[k].kind {
                case .comma, .string: k -= 1
                default: return nil
                }
            }
            k -= 1
            guard isWord(k, "in") else { return nil }
            k -= 1
            if isWord(k, "not") { k -= 1 }
        } else {
            switch tokens[k].kind {
            case .equal, .notEqual: k -= 1
            case .identifier:
                let w = lowered(tokens[k])
                if w == "contains" || w == "matches" { k -= 1 }
                else if w == "with", isWord(k - 1, "starts") || isWord(k - 1, "ends") { k -= 2 }
                else { return nil }
                if isWord(k, "not") { k -= 1 }
            default: return nil
            }
        }
        guard k >= 0, tokens[k].kind == .identifier, !Parser.reservedWords.contains(lowered(tokens[k])) else { return nil }
        var names = [lowered(tokens[k])]
        while k >= 2, tokens[k - 1].kind == .dot, tokens[k - 2].kind == .identifier {
            names.insert(lowered(tokens[k - 2]), at: 0)
            k -= 2
        }
        return names
    }

    /// What values a field takes: entity names, or a text field's values.
    func fieldType(chain names: [String], scope: RowSchema?) -> Target? {
        guard let type = type(of: names, scope: scope) else { return nil }
        if case .ref(let c) = type.element { return .entity(c) }
        guard type.element == .string, let last = names.last else { return nil }
        // The collection that owns the last field.
        var owner: Collection
        if names.count == 1 {
            guard case .collection(let c)? = scope else { return nil }
            owner = c
        } else {
            guard case .ref(let c)? = self.type(of: Array(names.dropLast()), scope: scope)?.element else { return nil }
            owner = c
        }
        guard let field = Schema.field(named: last, in: owner)?.field else { return nil }
        return .text(owner, field)
    }
}
