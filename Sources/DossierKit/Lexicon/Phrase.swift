import Foundation

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
    /// The folded form's number in the table that cut the token.
    var id: Int32 = -1
}

/// Folded token forms numbered once, so that matching compares integers
/// and a word seen before is never folded or hashed as a String again.
/// Raw spellings are found by their UTF-8 bytes (FNV-1a, open addressing).
final class TokenTable {
    private(set) var strings: [String] = []
    private var ids: [String: Int32] = [:]
    private var slots: [Int32]
    private var entries: [(hash: UInt64, start: Int, length: Int, id: Int32)] = []
    private var arena: [UInt8] = []

    init() { slots = [Int32](repeating: -1, count: 1024) }

    /// The id of a folded form.
    func intern(_ folded: String) -> Int32 {
        if let id = ids[folded] { return id }
        let id = Int32(strings.count)
        strings.append(folded)
        ids[folded] = id
        return id
    }

    /// The id of an existing folded form, or nil.
    func existing(_ folded: String) -> Int32? { ids[folded] }

    /// The id of the folded form of a raw spelling.
    func id(raw: UnsafeBufferPointer<UInt8>) -> Int32 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in raw { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        let mask = slots.count - 1
        var k = Int(truncatingIfNeeded: h) & mask
        while true {
            let e = slots[k]
            if e < 0 { break }
            let entry = entries[Int(e)]
            if entry.hash == h, entry.length == raw.count,
               arena.withUnsafeBufferPointer({ memcmp($0.baseAddress! + entry.start, raw.baseAddress!, raw.count) == 0 }) {
                return entry.id
            }
            k = (k + 1) & mask
        }
        let id = intern(TextFold.fold(String(decoding: raw, as: UTF8.self)))
        slots[k] = Int32(entries.count)
        entries.append((h, arena.count, raw.count, id))
        arena.append(contentsOf: raw)
        if entries.count * 2 > slots.count { grow() }
        return id
    }

    private func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (n, e) in entries.enumerated() {
            var k = Int(truncatingIfNeeded: e.hash) & mask
            while slots[k] >= 0 { k = (k + 1) & mask }
            slots[k] = Int32(n)
        }
    }
}

public enum Tokenizer {
    /// Cuts `text[range]` into tokens, numbered in no shared table (a
    /// matcher numbers them on use).
    public static func tokens(_ text: String, in range: Range<String.Index>? = nil) -> [WordToken] {
        tokens(text, in: range, table: TokenTable()).map { var t = $0; t.id = -1; return t }
    }

    /// Cuts `text[range]` into tokens, numbering their folded forms in `table`.
    static func tokens(_ text: String, in range: Range<String.Index>? = nil, table: TokenTable) -> [WordToken] {
        if let out = text.utf8.withContiguousStorageIfAvailable({ scan(text, $0, range, table) }) { return out }
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { scan(copy, $0, range, table) }!
    }

    /// Whether a scalar of the Latin-1, Latin Extended-A or basic Cyrillic
    /// blocks is a letter, without a Unicode property lookup; nil elsewhere.
    @inline(__always)
    static func commonLetter(_ v: UInt32) -> Bool? {
        switch v {
        case 0xC0...0xFF: return v != 0xD7 && v != 0xF7
        case 0x100...0x17F: return true
        case 0x400...0x45F: return true
        case 0x80...0xBF: return v == 0xAA || v == 0xB5 || v == 0xBA
        case 0x2000...0x206F: return false   // spaces, dashes, quotes, bullets
        case 0x00A0, 0x202F, 0x3000: return false
        default: return nil
        }
    }

    private static func scan(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<String.Index>?,
                             _ table: TokenTable) -> [WordToken] {
        let utf8 = text.utf8
        let lower = range.map { utf8.distance(from: utf8.startIndex, to: $0.lowerBound) } ?? 0
        let upper = range.map { utf8.distance(from: utf8.startIndex, to: $0.upperBound) } ?? bytes.count
        var out: [WordToken] = []
        out.reserveCapacity((upper - lower) / 5 + 1)
        var i = lower
        var tokenStart = -1
        var firstUpper = false
        var allDigits = true
        func flush(_ end: Int) {
            guard tokenStart >= 0 else { return }
            let id = table.id(raw: UnsafeBufferPointer(rebasing: bytes[tokenStart..<end]))
            out.append(WordToken(folded: table.strings[Int(id)], start: tokenStart, end: end,
                                 capitalized: firstUpper, isNumber: allDigits, id: id))
            tokenStart = -1
        }
        while i < upper {
            let b = bytes[i]
            var scalar: Unicode.Scalar
            var length = 1
            if b < 0x80 {
                scalar = Unicode.Scalar(b)
            } else {
                // Decode one scalar (the text is valid UTF-8).
                var v: UInt32
                if b >= 0xF0 { v = UInt32(b & 0x07); length = 4 }
                else if b >= 0xE0 { v = UInt32(b & 0x0F); length = 3 }
                else { v = UInt32(b & 0x1F); length = 2 }
                var k = 1
                while k < length, i + k < upper { v = (v << 6) | UInt32(bytes[i + k] & 0x3F); k += 1 }
                scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
            }
            let isWord: Bool
            let v = scalar.value
            if v < 0x80 {
                isWord = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
            } else if let letter = commonLetter(v) {
                isWord = letter
            } else {
                let p = scalar.properties
                isWord = p.isAlphabetic || p.numericType != nil
                    || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
            }
            if isWord {
                if tokenStart < 0 {
                    tokenStart = i
                    firstUpper = v < 0x80 ? (v >= 0x41 && v <= 0x5A)
                        : (v >= 0x410 && v <= 0x42F) || (v >= 0xC0 && v <= 0xDE && v != 0xD7) || scalar.properties.isUppercase
                    allDigits = true
                }
                if !(v >= 0x30 && v <= 0x39) { allDigits = false }
            } else {
                flush(i)
            }
            i += length
        }
        flush(upper)
        return out
    }

    /// The folded tokens of a phrase written in a lexicon file.
    public static func phraseTokens(_ phrase: String) -> [String] {
        // Keep a trailing '*' on a token: it marks a prefix.
        var out: [String] = []
        for word in phrase.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            let star = word.hasSuffix("*")
            let body = star ? String(word.dropLast()) : String(word)
            let parts = tokens(body).map(\.folded)
            guard !parts.isEmpty else { continue }
            out += parts
            if star { out[out.count - 1] += "*" }
        }
        return out
    }
}

/// Finds lexicon phrases in token sequences: a trie over folded tokens in
/// which a token ending in '*' matches any token it begins. Tokens are
/// compared by their number in the table shared with the tokenizer.
public final class PhraseMatcher<Value> {
    final class Node {
        /// Children by token number, sorted by number: most nodes have a
        /// handful, and a search beats hashing.
        var keys: [Int32] = []
        var children: [Node] = []

        @inline(__always)
        func child(_ key: Int32) -> Node? {
            let n = keys.count
            if n <= 8 {
                for k in 0..<n where keys[k] == key { return children[k] }
                return nil
            }
            var low = 0, high = n
            while low < high {
                let mid = (low + high) >> 1
                if keys[mid] < key { low = mid + 1 } else { high = mid }
            }
            return low < n && keys[low] == key ? children[low] : nil
        }

        func addChild(_ key: Int32) -> Node {
            var low = 0, high = keys.count
            while low < high {
                let mid = (low + high) >> 1
                if keys[mid] < key { low = mid + 1 } else { high = mid }
            }
            if low < keys.count, keys[low] == key { return children[low] }
            let node = Node()
            keys.insert(key, at: low)
            children.insert(node, at: low)
            return node
        }
        var prefixes: [(String, Node)] = []
        var values: [Value] = []
        /// Bit c is set when a phrase of category c ends here.
        var categories: UInt8 = 0
    }

    private let root = Node()
    let table: TokenTable
    /// First-step nodes per token number: the same words recur, so the
    /// prefix scan at the root runs once per distinct word.
    private var firstStep: [[Node]?] = []
    public private(set) var count = 0

    public convenience init() { self.init(table: TokenTable()) }

    init(table: TokenTable) { self.table = table }

    public func add(_ phrase: [String], _ value: Value) { add(phrase, value, category: 0) }

    /// Adds a phrase of one of up to eight categories; `segments` finds
    /// each category's matches in one walk.
    func add(_ phrase: [String], _ value: Value, category: Int) {
        guard !phrase.isEmpty else { return }
        var node = root
        for t in phrase {
            if t.hasSuffix("*"), t.count > 1 {
                let p = String(t.dropLast())
                if let n = node.prefixes.first(where: { $0.0 == p })?.1 { node = n } else {
                    let n = Node(); node.prefixes.append((p, n)); node = n
                }
            } else {
                let key = table.intern(t.hasSuffix("*") ? String(t.dropLast()) : t)
                node = node.addChild(key)
            }
        }
        node.values.append(value)
        node.categories |= UInt8(1 << category)
        firstStep = []
        starts = []
        count += 1
    }

    private func step(_ node: Node, _ token: WordToken) -> [Node] {
        var out: [Node] = []
        if let n = node.child(token.id) { out.append(n) }
        // Folded forms are normalised already: compare bytes.
        for (p, n) in node.prefixes where token.folded.utf8.starts(with: p.utf8) { out.append(n) }
        return out
    }

    private func first(_ token: WordToken) -> [Node] {
        let id = Int(token.id)
        guard id >= 0 else { return step(root, token) }   // unknown word: prefixes only
        if id < firstStep.count, let cached = firstStep[id] { return cached }
        if id >= firstStep.count {
            let grow = max(id + 1 - firstStep.count, firstStep.count, 256)
            firstStep += Array(repeating: nil, count: grow)
            starts += Array(repeating: 0, count: grow)
        }
        let nodes = step(root, token)
        firstStep[id] = nodes
        starts[id] = nodes.isEmpty ? 1 : 2
        return nodes
    }

    /// Whether some phrase may start with the token: 0 unknown yet, 1 no,
    /// 2 yes. Most words start nothing; this answers them without arrays.
    private var starts: [UInt8] = []

    @inline(__always)
    private func mayStart(_ token: WordToken) -> Bool {
        let id = Int(token.id)
        if id >= 0, id < starts.count {
            let s = starts[id]
            if s == 1 { return false }
            if s == 2 { return true }
        }
        return !first(token).isEmpty
    }

    /// Tokens cut without this matcher's table are numbered in it (a word
    /// the table has never seen gets -2, which no phrase uses).
    private func own(_ tokens: [WordToken]) -> [WordToken] {
        guard tokens.contains(where: { $0.id < 0 }) else { return tokens }
        return tokens.map { var c = $0; if c.id < 0 { c.id = table.existing(c.folded) ?? -2 }; return c }
    }

    /// The longest phrase starting at `start`: its length in tokens and values.
    public func longest(in tokens: [WordToken], at start: Int) -> (length: Int, values: [Value])? {
        longestOwned(in: own(tokens), at: start)
    }

    private func longestOwned(in tokens: [WordToken], at start: Int) -> (length: Int, values: [Value])? {
        var frontier = first(tokens[start])
        var best: (Int, [Value])? = nil
        var length = 1
        while !frontier.isEmpty {
            for n in frontier where !n.values.isEmpty { best = (length, n.values) }
            guard start + length < tokens.count, length < 12 else { break }
            let t = tokens[start + length]
            frontier = frontier.count == 1 ? step(frontier[0], t) : frontier.flatMap { step($0, t) }
            length += 1
        }
        return best
    }

    /// For each category, its non-overlapping longest matches left to right
    /// (what `matches` gives on a matcher holding only that category), from
    /// one walk of the trie per token. `category` tells a value's category.
    func segments(in tokens: [WordToken], categories n: Int, category: (Value) -> Int)
        -> [[(start: Int, length: Int, values: [Value])]] {
        let tokens = own(tokens)
        let count = tokens.count
        var bestLength = [Int](repeating: 0, count: n * count)
        var bestNode = [Node?](repeating: nil, count: n * count)
        var any = false
        // Two buffers reused for the whole sentence: no allocation per step.
        var frontier: [Node] = []
        var next: [Node] = []
        frontier.reserveCapacity(8)
        next.reserveCapacity(8)
        for i in 0..<count {
            let id = Int(tokens[i].id)
            if id >= 0, id < starts.count, starts[id] == 1 { continue }
            frontier.removeAll(keepingCapacity: true)
            frontier.append(contentsOf: first(tokens[i]))
            var length = 1
            while !frontier.isEmpty {
                for node in frontier where node.categories != 0 {
                    for c in 0..<n where node.categories & UInt8(1 << c) != 0 {
                        bestLength[c * count + i] = length
                        bestNode[c * count + i] = node
                        any = true
                    }
                }
                guard i + length < count, length < 12 else { break }
                let t = tokens[i + length]
                next.removeAll(keepingCapacity: true)
                for node in frontier {
                    if let child = node.child(t.id) { next.append(child) }
                    for (p, child) in node.prefixes where t.folded.utf8.starts(with: p.utf8) { next.append(child) }
                }
                swap(&frontier, &next)
                length += 1
            }
        }
        var out = [[(start: Int, length: Int, values: [Value])]](repeating: [], count: n)
        guard any else { return out }
        for c in 0..<n {
            var i = 0
            while i < count {
                let length = bestLength[c * count + i]
                if length > 0, let node = bestNode[c * count + i] {
                    out[c].append((i, length, node.values.filter { category($0) == c }))
                    i += length
                } else {
                    i += 1
                }
            }
        }
        return out
    }

    /// Every non-overlapping longest match, left to right.
    public func matches(in tokens: [WordToken]) -> [(start: Int, length: Int, values: [Value])] {
        let tokens = own(tokens)
        var out: [(Int, Int, [Value])] = []
        var i = 0
        while i < tokens.count {
            if mayStart(tokens[i]), let m = longestOwned(in: tokens, at: i) {
                out.append((i, m.length, m.values))
                i += m.length
            } else {
                i += 1
            }
        }
        return out
    }
}
