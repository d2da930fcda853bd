extension Parser {
    static let collections: Set<String> = ["articles", "events", "actors", "places"]
    static let stageWords: Set<String> = ["where", "select", "sort", "limit", "top", "count", "group"]
    /// Words that cannot name a field, a column or a `let`.
    static let reservedWords: Set<String> = [
        "and", "or", "not", "in", "is", "null", "true", "false", "between", "contains",
        "starts", "ends", "with", "matches", "as", "by", "asc", "desc", "let",
        "where", "select", "sort", "limit", "top", "group",
    ]

    /// script = { separator } [ statement { separator { separator } statement } ] { separator } ;
    mutating func parseScript() -> [Statement] {
        var statements: [Statement] = []
        while true {
            while token.kind == .newline || token.kind == .semicolon { p += 1 }
            if token.kind == .end { break }
            let start = p
            do {
                statements.append(try parseStatement())
                let t = token
                if t.kind != .newline, t.kind != .semicolon, t.kind != .end {
                    throw fail(.expectedStage, "expected a stage or the end of the statement, found \(describe(t))",
                               label: "stages are where, select, sort by, limit, top, count, group by")
                }
            } catch {
                synchronize(stopAtPipe: false)
                if p == start { p += 1 }
            }
        }
        return statements
    }

    /// statement = command | let | query ;
    mutating func parseStatement() throws(Failure) -> Statement {
        let first = token
        if first.kind == .dot, tokens[p + 1].kind == .identifier, tokens[p + 1].range.start == first.range.end {
            return parseCommand()
        }
        if isWord(first, "let") { return try parseLet() }
        let query = try parseQuery()
        return Statement(kind: .query(query), range: query.range)
    }

    /// command = "." NAME { any character but a newline } ;
    mutating func parseCommand() -> Statement {
        let dot = advance()
        let name = advance()
        var end = name.range.end
        let argStart = name.range.end
        while token.kind != .newline, token.kind != .end { end = token.range.end; p += 1 }
        let raw = source.slice(SourceRange(argStart, end)).trimmingSpaces()
        let argRange = SourceRange(end - raw.utf8.count, end)
        return Statement(kind: .command(Located(text(name).lowercased(), name.range), Located(raw, argRange)),
                         range: SourceRange(dot.range.start, end))
    }

    /// let = "let" NAME "=" ( query | expr ) ;
    mutating func parseLet() throws(Failure) -> Statement {
        let keyword = advance()
        let nameToken = current()
        guard nameToken.kind == .identifier else {
            throw fail(.expectedToken, "expected a name after 'let', found \(describe(nameToken))")
        }
        advance()
        let name = Located(text(nameToken), nameToken.range)
        let lowered = name.value.lowercased()
        if Parser.reservedWords.contains(lowered) || Parser.collections.contains(lowered) || lowered == "count" {
            diagnostics.error(.reservedName, "'\(name.value)' is reserved and cannot be a let name", at: name.range)
        }
        _ = try expect(.equal, "'=' after the let name")
        if startsQuery() {
            let query = try parseQuery()
            return Statement(kind: .letQuery(name, query), range: keyword.range.union(query.range))
        }
        let value = try parseExpression()
        return Statement(kind: .letValue(name, value), range: keyword.range.union(value.range))
    }

    /// Whether the tokens ahead read as a query: a name followed by a stage,
    /// a pipe or the end of the statement.
    func startsQuery() -> Bool {
        let t = tokens[p]
        guard t.kind == .identifier, !Parser.reservedWords.contains(text(t).lowercased()) else { return false }
        let next = tokens[p + 1]
        switch next.kind {
        case .pipe, .newline, .semicolon, .end: return true
        case .identifier: return Parser.stageWords.contains(text(next).lowercased())
        default: return false
        }
    }

    /// query = source { [ "|" ] stage } ;
    /// source = NAME ;   (a collection or a let query)
    mutating func parseQuery() throws(Failure) -> Query {
        let first = token
        guard first.kind == .identifier, !Parser.reservedWords.contains(text(first).lowercased()) else {
            throw fail(.expectedToken, "expected a query, found \(describe(first))",
                       label: "a query starts with articles, events, actors, places or a let name")
        }
        advance()
        let sourceName = Located(text(first), first.range)
        var stages: [Stage] = []
        var failed = false
        while true {
            // A newline continues the query when the next line starts with `|` or a stage.
            if token.kind == .newline {
                guard continuesOnNextLine(after: p) else { break }
                skipNewlines()
            }
            let pipe = accept(.pipe)
            if pipe != nil { skipNewlines() }
            guard pipe != nil || (token.kind == .identifier && Parser.stageWords.contains(text(token).lowercased())) else {
                break
            }
            do {
                stages.append(try parseStage())
            } catch {
                failed = true
                synchronize(stopAtPipe: true)
            }
        }
        if failed { throw Failure() }
        let end = stages.last?.range.end ?? first.range.end
        return Query(source: sourceName, stages: stages, range: SourceRange(first.range.start, end))
    }

    /// Whether the newline at `index` is followed (after blank lines) by a
    /// `|` or a stage keyword, which continue the statement before it.
    func continuesOnNextLine(after index: Int) -> Bool {
        var k = index
        while tokens[k].kind == .newline { k += 1 }
        let t = tokens[k]
        if t.kind == .pipe { return true }
        return t.kind == .identifier && Parser.stageWords.contains(text(t).lowercased())
    }
}
