/// The kinds of token the lexer produces. A token stores no text: its range
/// points into the source, and the parser slices or decodes it there.
public enum TokenKind: Equatable, Sendable {
    case identifier
    case string          // "..." or '...', escapes checked by the lexer
    case integer
    case decimal
    case date            // 2020-10 or 2020-10-09
    case pipe            // |
    case comma, dot, semicolon
    case leftParen, rightParen, leftBracket, rightBracket
    case equal, notEqual, less, lessEqual, greater, greaterEqual
    case plus, minus, star, slash, percent
    case newline
    case invalid         // a character that starts no token (already diagnosed)
    case end
}

public struct Token: Equatable, Sendable {
    public var kind: TokenKind
    public var range: SourceRange
    public init(_ kind: TokenKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

extension TokenKind {
    /// How the token is named in "expected X, found Y" messages.
    var spelling: String {
        switch self {
        case .identifier: return "a name"
        case .string: return "a string"
        case .integer: return "an integer"
        case .decimal: return "a number"
        case .date: return "a date"
        case .pipe: return "'|'"
        case .comma: return "','"
        case .dot: return "'.'"
        case .semicolon: return "';'"
        case .leftParen: return "'('"
        case .rightParen: return "')'"
        case .leftBracket: return "'['"
        case .rightBracket: return "']'"
        case .equal: return "'='"
        case .notEqual: return "'!='"
        case .less: return "'<'"
        case .lessEqual: return "'<='"
        case .greater: return "'>'"
        case .greaterEqual: return "'>='"
        case .plus: return "'+'"
        case .minus: return "'-'"
        case .star: return "'*'"
        case .slash: return "'/'"
        case .percent: return "'%'"
        case .newline: return "end of line"
        case .invalid: return "an invalid character"
        case .end: return "end of input"
        }
    }
}
