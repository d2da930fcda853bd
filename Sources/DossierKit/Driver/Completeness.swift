/// Whether a statement typed so far is complete, or the shell should ask for
/// another line: decided by the lexer and parser, not by guessing. A text is
/// incomplete when its only errors are at its very end (an open string or
/// bracket, a trailing operator or `|`, a stage missing its argument).
public enum Completeness {
    public static func isComplete(_ text: String) -> Bool {
        let source = SourceText(text: text)
        var end = source.bytes.count
        while end > 0, [0x20, 0x09, 0x0A, 0x0D].contains(source.bytes[end - 1]) { end -= 1 }
        guard end > 0 else { return true }
        let (_, diagnostics) = Parser.parse(source)
        let errors = diagnostics.filter(\.isError)
        guard !errors.isEmpty else { return true }
        return !errors.allSatisfy { d in
            d.code == .unterminatedString && !source.slice(d.range).hasSuffix("\n") && d.range.end >= end
                || d.code == .unclosedBracket
                || d.range.start >= end
        }
    }
}
