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
}

/// A token as the extractor holds it: its folded form is the string its
/// table numbers `id`, so the token holds no string of its own, and an
/// array of them is copied and freed without counting references.
struct Word: Sendable {
    /// UTF-8 offsets of the token in the text.
    var start: Int
    var end: Int
    /// The folded form's number in the table that cut the token.
    var id: Int32
    /// The first letter is upper case (names, sentence starts).
    var capitalized: Bool
    /// All digits.
    var isNumber: Bool
}

/// Folded token forms numbered once, so that matching compares integers
/// and a word seen before is never folded or hashed as a String again.
/// Raw spellings are found by their UTF-8 bytes in an open-addressing
/// table; a spelling of up to 8 bytes is kept in its slot, packed in an
/// integer, so that finding it reads nothing else.
final class TokenTable {
    private(set) var strings: [String] = []
    /// Each form's length in characters.
    private(set) var lengths: [Int32] = []
    /// Each form's value when it is all ASCII digits and fits an Int, else -1.
    private(set) var numbers: [Int] = []
    private var ids: [String: Int32] = [:]

    /// A raw spelling: its bytes packed (up to 8) or its place in `arena`.
    private struct Slot {
        var packed: UInt64
        var hash: UInt32
        var length: Int32
        /// The folded form's number; -1 for an empty slot.
        var id: Int32
        /// Where a spelling longer than 8 bytes starts in `arena`.
        var start: Int32
    }
    private var slots: [Slot]
    private var used = 0
    private var arena: [UInt8] = []

    /// A table starts small (the tokenizer makes one for each phrase of a
    /// lexicon file) and doubles as it fills.
    init() { slots = [Slot](repeating: Slot(packed: 0, hash: 0, length: 0, id: -1, start: 0), count: 16) }

    /// The id of a folded form.
    func intern(_ folded: String) -> Int32 {
        if let id = ids[folded] { return id }
        let id = Int32(strings.count)
        strings.append(folded)
        lengths.append(Int32(folded.count))
        let digits = !folded.isEmpty && folded.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        numbers.append(digits ? Int(folded) ?? -1 : -1)
        ids[folded] = id
        return id
    }

    /// The id of an existing folded form, or nil.
    func existing(_ folded: String) -> Int32? { ids[folded] }

    /// The id of the folded form of a raw spelling.
    func id(raw: UnsafeBufferPointer<UInt8>) -> Int32 {
        let n = raw.count
        var packed: UInt64 = 0
        if n <= 8 { for k in 0..<n { packed |= UInt64(raw[k]) << UInt64(8 * k) } }
        let h = n <= 8 ? TokenTable.mix(packed, n) : TokenTable.fnv(raw)
        let hash = UInt32(truncatingIfNeeded: h >> 32)
        let mask = slots.count - 1
        var k = Int(truncatingIfNeeded: h) & mask
        while true {
            let slot = slots[k]
            if slot.id < 0 { break }
            if slot.hash == hash, slot.length == Int32(n) {
                if n <= 8 {
                    if slot.packed == packed { return slot.id }
                } else if arena.withUnsafeBufferPointer({ memcmp($0.baseAddress! + Int(slot.start), raw.baseAddress!, n) == 0 }) {
                    return slot.id
                }
            }
            k = (k + 1) & mask
        }
        let id = intern(TextFold.fold(String(decoding: raw, as: UTF8.self)))
        var start: Int32 = 0
        if n > 8 {
            start = Int32(arena.count)
            arena.append(contentsOf: raw)
        }
        slots[k] = Slot(packed: packed, hash: hash, length: Int32(n), id: id, start: start)
        used += 1
        if used * 2 > slots.count { grow() }
        return id
    }

    private func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(packed: 0, hash: 0, length: 0, id: -1, start: 0), count: old.count * 2)
        let mask = slots.count - 1
        for slot in old where slot.id >= 0 {
            // The slot's place comes from the low bits of the full hash,
            // which the slot does not keep: compute it again.
            var k = Int(truncatingIfNeeded: rehash(slot)) & mask
            while slots[k].id >= 0 { k = (k + 1) & mask }
            slots[k] = slot
        }
    }

    private func rehash(_ slot: Slot) -> UInt64 {
        let n = Int(slot.length)
        if n <= 8 { return TokenTable.mix(slot.packed, n) }
        return arena.withUnsafeBufferPointer { TokenTable.fnv(UnsafeBufferPointer(rebasing: $0[Int(slot.start)..<Int(slot.start) + n])) }
    }

    /// The hash of a spelling of up to 8 bytes, packed.
    @inline(__always)
    private static func mix(_ packed: UInt64, _ n: Int) -> UInt64 {
        let h = (packed ^ UInt64(n)) &* 0x9E3779B97F4A7C15
        return h ^ (h >> 29)
    }

    /// The hash of a longer spelling (FNV-1a).
    @inline(__always)
    private static func fnv(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }
}

public enum Tokenizer {
    /// Cuts `text[range]` into tokens, numbered in no shared table (a
    /// matcher numbers them on use).
    public static func tokens(_ text: String, in range: Range<String.Index>? = nil) -> [WordToken] {
        let table = TokenTable()
        return words(text, in: range, table: table).map {
            WordToken(folded: table.strings[Int($0.id)], start: $0.start, end: $0.end,
                      capitalized: $0.capitalized, isNumber: $0.isNumber)
        }
    }

    /// Cuts `text[range]` into tokens, numbering their folded forms in `table`.
    static func words(_ text: String, in range: Range<String.Index>? = nil, table: TokenTable) -> [Word] {
        var out: [Word] = []
        words(text, in: range, table: table, into: &out)
        return out
    }

    /// Appends the tokens of `text[range]` to `out`.
    static func words(_ text: String, in range: Range<String.Index>?, table: TokenTable, into out: inout [Word]) {
        if text.utf8.withContiguousStorageIfAvailable({ scan(text, $0, range, table, &out) }) != nil { return }
        var copy = text
        copy.makeContiguousUTF8()
        copy.utf8.withContiguousStorageIfAvailable { scan(copy, $0, range, table, &out) }!
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

    /// The scalar that starts at byte `i` (the text is valid UTF-8) and its length in bytes.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ upper: Int) -> (value: UInt32, length: Int) {
        let b = bytes[i]
        if b < 0x80 { return (UInt32(b), 1) }
        var v: UInt32, length: Int
        if b >= 0xF0 { v = UInt32(b & 0x07); length = 4 }
        else if b >= 0xE0 { v = UInt32(b & 0x0F); length = 3 }
        else { v = UInt32(b & 0x1F); length = 2 }
        var k = 1
        while k < length, i + k < upper { v = (v << 6) | UInt32(bytes[i + k] & 0x3F); k += 1 }
        return (v, length)
    }

    /// Whether a scalar belongs to a word: letters, digits and marks.
    @inline(__always)
    private static func isWord(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || (v | 0x20 >= 0x61 && v | 0x20 <= 0x7A) }
        if let letter = commonLetter(v) { return letter }
        guard let scalar = Unicode.Scalar(v) else { return false }
        return ScalarClass.isWordScalar(scalar, spacingMarks: true)
    }

    /// Whether a word's first scalar is a capital.
    @inline(__always)
    private static func isCapital(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v >= 0x400 && v <= 0x45F { return v < 0x430 }   // Cyrillic: Ѐ…Я, then а…џ
        if v >= 0xC0 && v <= 0xFF { return v <= 0xDE && v != 0xD7 }
        return Unicode.Scalar(v).map(ScalarClass.isUppercase) ?? false
    }

    private static func scan(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<String.Index>?,
                             _ table: TokenTable, _ out: inout [Word]) {
        let utf8 = text.utf8
        let lower = range.map { utf8.distance(from: utf8.startIndex, to: $0.lowerBound) } ?? 0
        let upper = range.map { utf8.distance(from: utf8.startIndex, to: $0.upperBound) } ?? bytes.count
        out.reserveCapacity(out.count + (upper - lower) / 5 + 1)
        var i = lower
        while i < upper {
            // Skip to the next word.
            let (v, length) = decode(bytes, i, upper)
            guard isWord(v) else { i += length; continue }
            let start = i
            let capitalized = isCapital(v)
            var allDigits = true
            // Take the word: ASCII letters and digits without decoding.
            while i < upper {
                let b = bytes[i]
                if b < 0x80 {
                    if b >= 0x30 && b <= 0x39 { i += 1; continue }
                    if b | 0x20 >= 0x61 && b | 0x20 <= 0x7A { allDigits = false; i += 1; continue }
                    break
                }
                let (w, n) = decode(bytes, i, upper)
                guard isWord(w) else { break }
                allDigits = false
                i += n
            }
            let id = table.id(raw: UnsafeBufferPointer(rebasing: bytes[start..<i]))
            out.append(Word(start: start, end: i, id: id, capitalized: capitalized, isNumber: allDigits))
        }
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
///
/// Phrases are added to a tree of nodes; the first search after an add
/// flattens it into arrays of node numbers, so a search walks integers and
/// never counts references or allocates per token.
public final class PhraseMatcher<Value> {
    /// A node of the trie while phrases are added.
    final class Node {
        var keys: [Int32] = []
        var children: [Node] = []
        var prefixes: [(String, Node)] = []
        var values: [Value] = []
        /// Bit c is set when a phrase of category c ends here.
        var categories: UInt8 = 0

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
    }

    /// The trie as arrays indexed by node number (the root is 0): each
    /// node's facts in `nodes`, its edges a run of `edges` sorted by token
    /// number, its prefixes a run of `prefixes`.
    final class Flat {
        /// What a walk reads of a node, side by side in memory (one cache
        /// line), so that stepping through a node costs one memory access.
        struct NodeInfo {
            /// Its children are `edges[childStart..<childEnd]`, sorted by key.
            var childStart: Int32
            var childEnd: Int32
            /// Its prefixes are `prefixes[prefixStart..<prefixEnd]`.
            var prefixStart: Int32
            var prefixEnd: Int32
            /// Bit c is set when a phrase of category c ends here.
            var categories: UInt8
            /// Whether the node's values all belong to one category.
            var oneCategory: Bool
        }
        let nodes: [NodeInfo]
        /// Token number and child node of each edge.
        let edges: [(key: Int32, child: Int32)]
        let prefixes: [[UInt8]]
        let prefixChild: [Int32]
        let values: [[Value]]

        init(_ root: Node) {
            var order: [Node] = [root]
            var k = 0
            while k < order.count {
                let n = order[k]
                order += n.children
                order += n.prefixes.map(\.1)
                k += 1
            }
            let number = Dictionary(uniqueKeysWithValues: order.enumerated().map { (ObjectIdentifier($1), Int32($0)) })
            var nodes: [NodeInfo] = [], edges: [(key: Int32, child: Int32)] = []
            var prefixes: [[UInt8]] = [], prefixChild: [Int32] = []
            nodes.reserveCapacity(order.count)
            for n in order {
                let childStart = Int32(edges.count), prefixStart = Int32(prefixes.count)
                for (key, c) in zip(n.keys, n.children) { edges.append((key, number[ObjectIdentifier(c)]!)) }
                prefixes += n.prefixes.map { Array($0.0.utf8) }
                prefixChild += n.prefixes.map { number[ObjectIdentifier($0.1)]! }
                nodes.append(NodeInfo(childStart: childStart, childEnd: Int32(edges.count),
                                      prefixStart: prefixStart, prefixEnd: Int32(prefixes.count),
                                      categories: n.categories, oneCategory: n.categories.nonzeroBitCount <= 1))
            }
            self.nodes = nodes
            self.edges = edges
            self.prefixes = prefixes
            self.prefixChild = prefixChild
            values = order.map(\.values)
        }

        /// The child of a node for token number `key`, or -1, read from
        /// the memory of `edges`.
        @inline(__always)
        static func child(_ edges: UnsafeBufferPointer<(key: Int32, child: Int32)>, _ info: NodeInfo, _ key: Int32) -> Int32 {
            var low = Int(info.childStart), high = Int(info.childEnd)
            if high - low <= 8 {
                while low < high {
                    if edges[low].key == key { return edges[low].child }
                    low += 1
                }
                return -1
            }
            let end = high
            while low < high {
                let mid = (low + high) >> 1
                if edges[mid].key < key { low = mid + 1 } else { high = mid }
            }
            return low < end && edges[low].key == key ? edges[low].child : -1
        }

        /// The child of a node for token number `key`, or -1.
        @inline(__always)
        func child(_ info: NodeInfo, _ key: Int32) -> Int32 {
            edges.withUnsafeBufferPointer { Flat.child($0, info, key) }
        }

        /// Appends to `out` the nodes that token `k` leads to from `node`;
        /// `forms` are the folded forms by number (for prefixes).
        @inline(__always)
        func step(_ node: Int32, _ tokens: [Word], _ k: Int, _ forms: [String], into out: inout [Int32]) {
            let info = nodes[Int(node)]
            let c = child(info, tokens[k].id)
            if c >= 0 { out.append(c) }
            let a = Int(info.prefixStart), b = Int(info.prefixEnd)
            guard a < b else { return }
            // Folded forms are normalised already: compare bytes.
            let form = forms[Int(tokens[k].id)]
            for p in a..<b where form.utf8.starts(with: prefixes[p]) { out.append(prefixChild[p]) }
        }
    }

    private let root = Node()
    let table: TokenTable
    private var flatTrie: Flat?
    /// First-step nodes per token number (the same words recur, so the
    /// prefix scan at the root runs once per distinct word):
    /// `firstPool[firstSteps[id].start..<firstSteps[id].start + firstSteps[id].count]`;
    /// a start of -1 means not computed yet.
    private var firstSteps: [(start: Int32, count: Int32)] = []
    private var firstPool: [Int32] = []
    public private(set) var count = 0
    /// Work buffers of `segments`, kept between sentences.
    private var best: [(length: Int32, node: Int32)] = []
    private var firsts: [(start: Int32, count: Int32)] = []
    private var next: [Int32] = []
    private let frontier = NodeBuffer(), following = NodeBuffer()

    /// Room for the nodes a walk has reached, written through a pointer.
    final class NodeBuffer {
        private(set) var nodes = UnsafeMutablePointer<Int32>.allocate(capacity: 16)
        private var capacity = 16

        /// Makes room for `n` nodes (what was in it is lost).
        @inline(__always)
        func reserve(_ n: Int) {
            guard n > capacity else { return }
            nodes.deallocate()
            capacity = max(n, 2 * capacity)
            nodes = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        }

        deinit { nodes.deallocate() }
    }

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
        flatTrie = nil
        firstSteps = []
        firstPool = []
        count += 1
    }

    private var flat: Flat {
        if let f = flatTrie { return f }
        let f = Flat(root)
        flatTrie = f
        return f
    }

    /// The nodes one token leads to from the root, appended to `out`.
    @inline(__always)
    private func first(_ tokens: [Word], _ k: Int, _ trie: Flat, into out: inout [Int32]) {
        let (s, n) = firstRange(tokens, k, trie, &out)
        for k in s..<s + n { out.append(firstPool[k]) }
    }

    /// Where in `firstPool` the nodes one token leads to from the root
    /// are, worked out (with `scratch` as room) when the token is new.
    @inline(__always)
    private func firstRange(_ tokens: [Word], _ k: Int, _ trie: Flat, _ scratch: inout [Int32]) -> (start: Int, count: Int) {
        let id = Int(tokens[k].id)
        if id < firstSteps.count, firstSteps[id].start >= 0 {
            return (Int(firstSteps[id].start), Int(firstSteps[id].count))
        }
        if id >= firstSteps.count {
            let grow = max(id + 1 - firstSteps.count, firstSteps.count, 256)
            firstSteps += Array(repeating: (-1, 0), count: grow)
        }
        let before = scratch.count
        trie.step(0, tokens, k, table.strings, into: &scratch)
        let start = firstPool.count, count = scratch.count - before
        firstSteps[id] = (Int32(start), Int32(count))
        firstPool += scratch[before...]
        scratch.removeSubrange(before...)
        return (start, count)
    }

    /// Whether some phrase may start with the token; most words start
    /// nothing, and a word seen before is answered from the cache.
    @inline(__always)
    private func mayStart(_ tokens: [Word], _ k: Int, _ trie: Flat, _ scratch: inout [Int32]) -> Bool {
        let id = Int(tokens[k].id)
        if id < firstSteps.count, firstSteps[id].start >= 0 { return firstSteps[id].count > 0 }
        scratch.removeAll(keepingCapacity: true)
        first(tokens, k, trie, into: &scratch)
        return !scratch.isEmpty
    }

    /// Tokens cut without this matcher's table, numbered in it.
    private func own(_ tokens: [WordToken]) -> [Word] {
        tokens.map { Word(start: $0.start, end: $0.end, id: table.intern($0.folded), capitalized: $0.capitalized, isNumber: $0.isNumber) }
    }

    /// The longest phrase starting at `start`: its length in tokens and values.
    public func longest(in tokens: [WordToken], at start: Int) -> (length: Int, values: [Value])? {
        var frontier: [Int32] = [], next: [Int32] = []
        return longestOwned(in: own(tokens), at: start, flat, &frontier, &next)
    }

    private func longestOwned(in tokens: [Word], at start: Int, _ trie: Flat,
                              _ frontier: inout [Int32], _ next: inout [Int32]) -> (length: Int, values: [Value])? {
        frontier.removeAll(keepingCapacity: true)
        first(tokens, start, trie, into: &frontier)
        var best: (node: Int32, length: Int)? = nil
        var length = 1
        while !frontier.isEmpty {
            for n in frontier where !trie.values[Int(n)].isEmpty { best = (n, length) }
            guard start + length < tokens.count, length < 12 else { break }
            next.removeAll(keepingCapacity: true)
            for n in frontier { trie.step(n, tokens, start + length, table.strings, into: &next) }
            swap(&frontier, &next)
            length += 1
        }
        return best.map { ($0.length, trie.values[Int($0.node)]) }
    }

    /// For each category, its non-overlapping longest matches left to right
    /// (what `matches` gives on a matcher holding only that category), from
    /// one walk of the trie per token, in one list ordered by category and
    /// start. `category` tells a value's category.
    func segments(in tokens: [Word], categories n: Int, category: (Value) -> Int)
        -> [(category: Int, start: Int, length: Int, values: [Value])] {
        let trie = flat
        let count = tokens.count
        // The work buffers, taken out of the object while this runs (as
        // locals they are read and written without going through `self`).
        var best: [(length: Int32, node: Int32)] = []
        var firsts: [(start: Int32, count: Int32)] = []
        var scratch: [Int32] = []
        swap(&best, &self.best)
        swap(&firsts, &self.firsts)
        swap(&scratch, &self.next)
        defer {
            swap(&best, &self.best)
            swap(&firsts, &self.firsts)
            swap(&scratch, &self.next)
        }
        // First, where each token's first steps are in `firstPool` (worked
        // out for a word not seen before); most words start no phrase.
        firsts.removeAll(keepingCapacity: true)
        var starts = false
        for i in 0..<count {
            let r = firstRange(tokens, i, trie, &scratch)
            firsts.append((Int32(r.start), Int32(r.count)))
            if r.count > 0 { starts = true }
        }
        var out: [(category: Int, start: Int, length: Int, values: [Value])] = []
        guard starts else { return out }
        // For category c and token i, the longest match's length and node,
        // in a buffer kept between sentences.
        if best.count < n * count { best = [(length: Int32, node: Int32)](repeating: (0, -1), count: max(n * count, 2 * best.count)) }
        let pool = firstPool, forms = table.strings
        let current = self.frontier, after = self.following
        var any = false
        // Then the walk, on the arrays' memory: no bounds, uniqueness or
        // reference checks per token.
        best.withUnsafeMutableBufferPointer { best in
            for k in 0..<n * count { best[k] = (0, -1) }
            tokens.withUnsafeBufferPointer { tokens in
            trie.nodes.withUnsafeBufferPointer { nodes in
            trie.edges.withUnsafeBufferPointer { edges in
            pool.withUnsafeBufferPointer { pool in
            firsts.withUnsafeBufferPointer { firsts in
                var a = current, b = after
                for i in 0..<count {
                    let f = firsts[i]
                    guard f.count > 0 else { continue }
                    // The nodes reached so far, after `length` tokens.
                    var size = Int(f.count)
                    a.reserve(size)
                    for k in 0..<size { a.nodes[k] = pool[Int(f.start) + k] }
                    var length = 1
                    while size > 0 {
                        for k in 0..<size {
                            let node = a.nodes[k]
                            let bits = nodes[Int(node)].categories
                            guard bits != 0 else { continue }
                            for c in 0..<n where bits & UInt8(1 << c) != 0 {
                                best[c * count + i] = (Int32(length), node)
                                any = true
                            }
                        }
                        guard i + length < count, length < 12 else { break }
                        // The nodes after the next token: at most one child
                        // and the matching prefixes of each node.
                        var room = 0
                        for k in 0..<size {
                            let info = nodes[Int(a.nodes[k])]
                            room += 1 + Int(info.prefixEnd - info.prefixStart)
                        }
                        b.reserve(room)
                        let key = tokens[i + length].id
                        var reached = 0
                        for k in 0..<size {
                            let info = nodes[Int(a.nodes[k])]
                            let c = Flat.child(edges, info, key)
                            if c >= 0 { b.nodes[reached] = c; reached += 1 }
                            guard info.prefixStart < info.prefixEnd else { continue }
                            // Folded forms are normalised already: compare bytes.
                            let form = forms[Int(key)]
                            for p in Int(info.prefixStart)..<Int(info.prefixEnd) where form.utf8.starts(with: trie.prefixes[p]) {
                                b.nodes[reached] = trie.prefixChild[p]
                                reached += 1
                            }
                        }
                        swap(&a, &b)
                        size = reached
                        length += 1
                    }
                }
            }}}}}
        }
        guard any else { return out }
        out.reserveCapacity(count / 2)
        for c in 0..<n {
            var i = 0
            while i < count {
                let (length, node) = best[c * count + i]
                if length > 0, node >= 0 {
                    let k = Int(node)
                    let values = trie.nodes[k].oneCategory ? trie.values[k] : trie.values[k].filter { category($0) == c }
                    out.append((c, i, Int(length), values))
                    i += Int(length)
                } else {
                    i += 1
                }
            }
        }
        return out
    }

    /// Every non-overlapping longest match, left to right.
    public func matches(in tokens: [WordToken]) -> [(start: Int, length: Int, values: [Value])] {
        matches(own(tokens))
    }

    /// Every non-overlapping longest match of tokens cut with this matcher's table.
    func matches(_ tokens: [Word]) -> [(start: Int, length: Int, values: [Value])] {
        let trie = flat
        var frontier: [Int32] = [], next: [Int32] = []
        var out: [(Int, Int, [Value])] = []
        var i = 0
        while i < tokens.count {
            if mayStart(tokens, i, trie, &frontier), let m = longestOwned(in: tokens, at: i, trie, &frontier, &next) {
                out.append((i, m.length, m.values))
                i += m.length
            } else {
                i += 1
            }
        }
        return out
    }
}
