extension Parser {
    /// expr = or ;
    mutating func parseExpression() throws(Failure) -> Expr {
        try enter()
        defer { leave() }
        return try parseOr()
    }

    /// or = and { "or" and } ;
    mutating func parseOr() throws(Failure) -> Expr {
        var left = try parseAnd()
        let outer = depth
        defer { depth = outer }
        while acceptWord("or") != nil {
            try enter()   // a long chain nests like parentheses do
            skipNewlines()
            let right = try parseAnd()
            left = Expr(.binary(.or, left, right), left.range.union(right.range))
        }
        return left
    }

    /// and = not { "and" not } ;
    mutating func parseAnd() throws(Failure) -> Expr {
        var left = try parseNot()
        let outer = depth
        defer { depth = outer }
        while acceptWord("and") != nil {
            try enter()
            skipNewlines()
            let right = try parseNot()
            left = Expr(.binary(.and, left, right), left.range.union(right.range))
        }
        return left
    }

    /// not = "not" not | predicate ;
    mutating func parseNot() throws(Failure) -> Expr {
        if let keyword = acceptWord("not") {
            try enter()
            defer { leave() }
            let operand = try parseNot()
            return Expr(.unary(.not, operand), keyword.range.union(operand.range))
        }
        return try parsePredicate()
    }

    /// predicate = additive [ compare additive
    ///                      | [ "not" ] ( "in" | "contains" | "starts" "with" | "ends" "with" | "matches" ) additive
    ///                      | [ "not" ] "between" additive "and" additive
    ///                      | "is" [ "not" ] "null" ] ;
    mutating func parsePredicate() throws(Failure) -> Expr {
        let left = try parseAdditive()
        let t = current()
        if let op = Parser.comparison(t.kind) {
            advance()
            skipNewlines()
            let right = try parseAdditive()
            let result = Expr(.binary(op, left, right), left.range.union(right.range))
            if Parser.comparison(current().kind) != nil {
                throw fail(.expectedToken, "comparisons cannot be chained", label: "join them with 'and'")
            }
            return result
        }
        if isWord(t, "is") {
            advance()
            let negated = acceptWord("not") != nil
            let null = try expectWord("null")
            let test = Expr(.isNull(left), left.range.union(null.range))
            return negated ? Expr(.unary(.not, test), test.range) : test
        }
        var negated = false
        if isWord(t, "not"), let next = nextWordAfterNot(), ["in", "between", "contains", "starts", "ends", "matches"].contains(next) {
            advance()
            negated = true
        }
        let word = current().kind == .identifier ? text(current()).lowercased() : ""
        var result: Expr
        switch word {
        case "between":
            advance()
            let low = try parseAdditive()
            _ = try expectWord("and")
            let high = try parseAdditive()
            result = Expr(.between(left, low, high), left.range.union(high.range))
        case "in", "contains", "matches", "starts", "ends":
            advance()
            let op: BinaryOperator
            switch word {
            case "in": op = .in
            case "contains": op = .contains
            case "matches": op = .matches
            case "starts": _ = try expectWord("with"); op = .startsWith
            default: _ = try expectWord("with"); op = .endsWith
            }
            skipNewlines()
            let right = try parseAdditive()
            result = Expr(.binary(op, left, right), left.range.union(right.range))
        default:
            return left
        }
        return negated ? Expr(.unary(.not, result), result.range) : result
    }

    func nextWordAfterNot() -> String? {
        let next = tokens[p + 1]
        return next.kind == .identifier ? text(next).lowercased() : nil
    }

    static func comparison(_ kind: TokenKind) -> BinaryOperator? {
        switch kind {
        case .equal: return .equal
        case .notEqual: return .notEqual
        case .less: return .less
        case .lessEqual: return .lessEqual
        case .greater: return .greater
        case .greaterEqual: return .greaterEqual
        default: return nil
        }
    }

    /// additive = multiplicative { ( "+" | "-" ) multiplicative } ;
    mutating func parseAdditive() throws(Failure) -> Expr {
        var left = try parseMultiplicative()
        let outer = depth
        defer { depth = outer }
        while true {
            let op: BinaryOperator
            switch current().kind {
            case .plus: op = .add
            case .minus: op = .subtract
            default: return left
            }
            advance()
            try enter()
            skipNewlines()
            let right = try parseMultiplicative()
            left = Expr(.binary(op, left, right), left.range.union(right.range))
        }
    }

    /// multiplicative = unary { ( "*" | "/" | "%" ) unary } ;
    mutating func parseMultiplicative() throws(Failure) -> Expr {
        var left = try parseUnary()
        let outer = depth
        defer { depth = outer }
        while true {
            let op: BinaryOperator
            switch current().kind {
            case .star: op = .multiply
            case .slash: op = .divide
            case .percent: op = .remainder
            default: return left
            }
            advance()
            try enter()
            skipNewlines()
            let right = try parseUnary()
            left = Expr(.binary(op, left, right), left.range.union(right.range))
        }
    }

    /// unary = "-" unary | postfix ;
    mutating func parseUnary() throws(Failure) -> Expr {
        if let minus = accept(.minus) {
            try enter()
            defer { leave() }
            let operand = try parseUnary()
            if case .literal(.integer(let v)) = operand.kind { return Expr(.literal(.integer(-v)), minus.range.union(operand.range)) }
            if case .literal(.decimal(let v)) = operand.kind { return Expr(.literal(.decimal(-v)), minus.range.union(operand.range)) }
            return Expr(.unary(.negate, operand), minus.range.union(operand.range))
        }
        return try parsePostfix()
    }

    /// postfix = primary { "." NAME } ;
    mutating func parsePostfix() throws(Failure) -> Expr {
        var base = try parsePrimary()
        let outer = depth
        defer { depth = outer }
        while let dot = accept(.dot) {
            try enter()
            let t = current()
            guard t.kind == .identifier else {
                throw fail(.expectedToken, "expected a field name after '.', found \(describe(t))", at: t.kind == .end ? dot.range : nil)
            }
            advance()
            base = Expr(.member(base, Located(text(t), t.range)), base.range.union(t.range))
        }
        return base
    }

    /// primary = STRING | INTEGER | DECIMAL | DATE | "true" | "false" | "null"
    ///         | call | NAME | "(" expr ")" | "[" [ expr { "," expr } [ "," ] ] "]" ;
    /// call    = NAME "(" [ expr { "," expr } ] ")" ;   (no space before "(")
    mutating func parsePrimary() throws(Failure) -> Expr {
        skipNewlines()   // an operand is required, so a line break cannot end the statement here
        let t = current()
        switch t.kind {
        case .string:
            advance()
            return Expr(.literal(.string(Lexer.decodeString(source.bytes, t.range))), t.range)
        case .integer:
            advance()
            return Expr(.literal(.integer(Int64(text(t)) ?? 0)), t.range)
        case .decimal:
            advance()
            return Expr(.literal(.decimal(Double(text(t)) ?? 0)), t.range)
        case .date:
            advance()
            if let d = DDate(literal: text(t)) { return Expr(.literal(.date(d)), t.range) }
            return Expr(.literal(.null), t.range)
        case .leftParen:
            advance()
            bracketDepth += 1
            let inner = try parseExpression()
            guard let close = accept(.rightParen) else { throw closeFailure(t, "(", expected: "')'") }
            bracketDepth -= 1
            return Expr(inner.kind, t.range.union(close.range))
        case .leftBracket:
            advance()
            bracketDepth += 1
            try enter()
            defer { leave() }
            var elements: [Expr] = []
            while current().kind != .rightBracket {
                elements.append(try parseExpression())
                if accept(.comma) == nil { break }
            }
            guard let close = accept(.rightBracket) else { throw closeFailure(t, "[", expected: "',' or ']' in the list") }
            bracketDepth -= 1
            return Expr(.list(elements), t.range.union(close.range))
        case .identifier:
            let word = text(t)
            switch word.lowercased() {
            case "true": advance(); return Expr(.literal(.bool(true)), t.range)
            case "false": advance(); return Expr(.literal(.bool(false)), t.range)
            case "null": advance(); return Expr(.literal(.null), t.range)
            default: break
            }
            if Parser.reservedWords.contains(word.lowercased()) {
                throw fail(.expectedExpression, "expected an expression, found '\(word)'")
            }
            advance()
            let next = tokens[p]
            if next.kind == .leftParen, next.range.start == t.range.end {
                return try parseCall(Located(word, t.range))
            }
            return Expr(.name(word), t.range)
        default:
            throw fail(.expectedExpression, "expected an expression, found \(describe(t))")
        }
    }

    mutating func parseCall(_ name: Located<String>) throws(Failure) -> Expr {
        let open = advance()
        bracketDepth += 1
        try enter()
        defer { leave() }
        var arguments: [Expr] = []
        while current().kind != .rightParen {
            arguments.append(try parseExpression())
            if accept(.comma) == nil { break }
        }
        guard let close = accept(.rightParen) else { throw closeFailure(open, "(", expected: "',' or ')' in the arguments") }
        bracketDepth -= 1
        return Expr(.call(name, arguments), name.range.union(close.range))
    }
}
