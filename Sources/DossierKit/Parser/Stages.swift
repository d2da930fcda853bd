extension Parser {
    /// stage = where | select | sort | limit | top | count | group ;
    mutating func parseStage() throws(Failure) -> Stage {
        let keyword = current()
        guard keyword.kind == .identifier else {
            throw fail(.expectedStage, "expected a stage after '|', found \(describe(keyword))",
                       label: "stages are where, select, sort by, limit, top, count, group by")
        }
        let word = text(keyword).lowercased()
        let kind: StageKind
        switch word {
        case "where":
            // where = "where" expr ;
            advance()
            kind = .filter(try parseExpression())
        case "select":
            // select = "select" item { "," item } ;
            advance()
            kind = .select(try parseItems())
        case "sort":
            // sort = "sort" "by" key { "," key } ;
            advance()
            _ = try expectWord("by")
            kind = .sort(try parseSortKeys())
        case "limit":
            // limit = "limit" INTEGER ;
            advance()
            kind = .limit(try parseCount(after: "limit"))
        case "top":
            // top = "top" INTEGER [ "by" expr ] ;
            advance()
            let n = try parseCount(after: "top")
            var by: Expr? = nil
            if acceptWord("by") != nil { by = try parseExpression() }
            kind = .top(n, by: by)
        case "count":
            // count = "count" [ "by" item { "," item } ] ;
            advance()
            kind = .count(by: acceptWord("by") != nil ? try parseItems() : [])
        case "group":
            // group = "group" "by" item { "," item } [ "(" aggregate { "," aggregate } ")" ] ;
            advance()
            _ = try expectWord("by")
            let keys = try parseItems()
            var aggregates: [Aggregate] = []
            if let open = accept(.leftParen) {
                bracketDepth += 1
                repeat {
                    aggregates.append(try parseAggregate())
                } while accept(.comma) != nil
                if accept(.rightParen) == nil {
                    throw closeFailure(open, "(", expected: "',' or ')' in the aggregate list")
                }
                bracketDepth -= 1
            }
            kind = .group(by: keys, aggregates: aggregates)
        default:
            let suggestion = Suggest.nearest(word, among: Array(Parser.stageWords))
            throw fail(.expectedStage, "unknown stage '\(text(keyword))'",
                       label: suggestion.map { "did you mean '\($0)'?" } ?? "stages are where, select, sort by, limit, top, count, group by")
        }
        let end = tokens[max(0, p - 1)].range.end
        return Stage(kind: kind, range: SourceRange(keyword.range.start, max(end, keyword.range.end)))
    }

    /// item = expr [ "as" NAME ] ;
    mutating func parseItems() throws(Failure) -> [SelectItem] {
        var items: [SelectItem] = []
        repeat {
            let expr = try parseExpression()
            var alias: Located<String>? = nil
            if acceptWord("as") != nil { alias = try parseName("a column name after 'as'") }
            items.append(SelectItem(expr: expr, alias: alias))
        } while accept(.comma) != nil
        return items
    }

    /// key = expr [ "asc" | "desc" ] ;
    mutating func parseSortKeys() throws(Failure) -> [SortKey] {
        var keys: [SortKey] = []
        repeat {
            let expr = try parseExpression()
            var descending = false
            if acceptWord("desc") != nil { descending = true } else { _ = acceptWord("asc") }
            keys.append(SortKey(expr: expr, descending: descending))
        } while accept(.comma) != nil
        return keys
    }

    /// aggregate = NAME "=" expr ;
    mutating func parseAggregate() throws(Failure) -> Aggregate {
        let name = try parseName("a column name (as in 'n = count()')")
        _ = try expect(.equal, "'=' after the column name")
        return Aggregate(name: name, expr: try parseExpression())
    }

    mutating func parseName(_ what: String) throws(Failure) -> Located<String> {
        skipNewlines()
        let t = current()
        guard t.kind == .identifier, !Parser.reservedWords.contains(text(t).lowercased()) else {
            throw fail(.expectedToken, "expected \(what), found \(describe(t))")
        }
        advance()
        return Located(text(t), t.range)
    }

    mutating func parseCount(after word: String) throws(Failure) -> Located<Int64> {
        skipNewlines()
        let t = current()
        guard t.kind == .integer else {
            throw fail(.invalidCount, "expected a whole number after '\(word)', found \(describe(t))")
        }
        advance()
        return Located(Int64(text(t)) ?? Int64.max, t.range)
    }

    /// The error for a bracket that is not closed where it should be.
    mutating func closeFailure(_ open: Token, _ bracket: String, expected: String) -> Failure {
        let t = current()
        if t.kind == .end || (t.kind == .newline && bracketDepth > 0) {
            return fail(.unclosedBracket, "unclosed '\(bracket)'", at: open.range,
                        label: "this '\(bracket)' is never closed")
        }
        return fail(.expectedToken, "expected \(expected), found \(describe(t))")
    }
}
