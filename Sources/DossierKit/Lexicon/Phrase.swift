/// Tokens of text as the lexicons see them: maximal runs of letters and
/// digits, folded (see `TextFold`), with their place in the text.
public struct WordToken: Sendable {
    /// The folded form: lower case, no diacritics.
    public var folded: String
    /// UTF-8 offsets of the token in the text.
    public var start: Int
    public var end: Int
    /// The first letter is upper case (names, sentence starts).
    public var capitalized: Bool
    /// All digits.
    public var isNumber: Bool
}

public enum Tokenizer {
    /// Cuts `text[range]` into tokens. `fold` caches folded forms across calls.
    public static func tokens(_ text: String, in range: Range<String.Index>? = nil, fold: inout [Substring: String]) -> [WordToken] {
        let r = range ?? text.startIndex..<text.endIndex
        var out: [WordToken] = []
        let utf8 = text.utf8
        var i = r.lowerBound
        var tokenStart: String.Index? = nil
        func flush(_ end: String.Index) {
            guard let s = tokenStart else { return }
            let raw = text[s..<end]
            let folded: String
            if let f = fold[raw] { folded = f } else { folded = TextFold.fold(String(raw)); fold[raw] = folded }
            let first = raw.unicodeScalars.first!
            out.append(WordToken(folded: folded,
                             start: utf8.distance(from: utf8.startIndex, to: s),
                             end: utf8.distance(from: utf8.startIndex, to: end),
                             capitalized: first.properties.isUppercase,
                             isNumber: raw.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }))
            tokenStart = nil
        }
        let scalars = text.unicodeScalars
        while i < r.upperBound {
            let c = scalars[i]
            let isWord: Bool
            if c.value < 0x80 {
                let v = c.value
                isWord = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
            } else {
                let p = c.properties
                isWord = p.isAlphabetic || p.numericType != nil
                    || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
            }
            if isWord {
                if tokenStart == nil { tokenStart = i }
            } else {
                flush(i)
            }
            i = scalars.index(after: i)
        }
        flush(r.upperBound)
        return out
    }

    /// The folded tokens of a phrase written in a lexicon file.
    public static func phraseTokens(_ phrase: String) -> [String] {
        var cache: [Substring: String] = [:]
        // Keep a trailing '*' on a token: it marks a prefix.
        var out: [String] = []
        for word in phrase.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            let star = word.hasSuffix("*")
            let body = star ? String(word.dropLast()) : String(word)
            let parts = tokens(body, fold: &cache).map(\.folded)
            guard !parts.isEmpty else { continue }
            out += parts
            if star { out[out.count - 1] += "*" }
        }
        return out
    }
}

/// Finds lexicon phrases in token sequences: a trie over folded tokens in
/// which a token ending in '*' matches any token it begins.
public final class PhraseMatcher<Value> {
    final class Node {
        var exact: [String: Node] = [:]
        var prefixes: [(String, Node)] = []
        var values: [Value] = []
    }

    private let root = Node()
    /// First-step nodes per folded token: the same words recur, so the
    /// prefix scan at the root runs once per distinct word.
    private var firstStep: [String: [Node]] = [:]
    public private(set) var count = 0

    public init() {}

    public func add(_ phrase: [String], _ value: Value) {
        guard !phrase.isEmpty else { return }
        var node = root
        for t in phrase {
            if t.hasSuffix("*"), t.count > 1 {
                let p = String(t.dropLast())
                if let n = node.prefixes.first(where: { $0.0 == p })?.1 { node = n } else {
                    let n = Node(); node.prefixes.append((p, n)); node = n
                }
            } else {
                let key = t.hasSuffix("*") ? String(t.dropLast()) : t
                if let n = node.exact[key] { node = n } else { let n = Node(); node.exact[key] = n; node = n }
            }
        }
        node.values.append(value)
        firstStep = [:]
        count += 1
    }

    private func step(_ node: Node, _ token: String) -> [Node] {
        var out: [Node] = []
        if let n = node.exact[token] { out.append(n) }
        for (p, n) in node.prefixes where token.hasPrefix(p) { out.append(n) }
        return out
    }

    /// The longest phrase starting at `start`: its length in tokens and values.
    public func longest(in tokens: [WordToken], at start: Int) -> (length: Int, values: [Value])? {
        let first: [Node]
        if let cached = firstStep[tokens[start].folded] { first = cached } else {
            first = step(root, tokens[start].folded)
            firstStep[tokens[start].folded] = first
        }
        var best: (Int, [Value])? = nil
        var frontier = first
        var length = 1
        while !frontier.isEmpty {
            for n in frontier where !n.values.isEmpty { best = (length, n.values) }
            guard start + length < tokens.count, length < 12 else { break }
            let t = tokens[start + length].folded
            frontier = frontier.flatMap { step($0, t) }
            length += 1
        }
        return best
    }

    /// Every non-overlapping longest match, left to right.
    public func matches(in tokens: [WordToken]) -> [(start: Int, length: Int, values: [Value])] {
        var out: [(Int, Int, [Value])] = []
        var i = 0
        while i < tokens.count {
            if let m = longest(in: tokens, at: i) {
                out.append((i, m.length, m.values))
                i += m.length
            } else {
                i += 1
            }
        }
        return out
    }
}
