/// Cuts article text into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and
/// brackets after it) when whitespace and then an upper-case letter, a digit,
/// an opening quote, a dash or the end of the text follow. A period does not
/// end a sentence after an abbreviation, a single capital initial (`V. Putin`),
/// a day number before a month (`27. September`) or a short word before a
/// number (`kl. 12.00`, `nr. 5`). A blank line always ends a sentence, and so
/// does a line break after a short line without final punctuation (a title or
/// a photo credit), or before a line opening with a dash (reported speech).
public struct SentenceSplitter: Sendable {
    /// Folded, without the period: "dr", "mr", "f.eks".
    public let abbreviations: Set<String>

    /// Lines longer than this are never taken for a title or caption.
    static let maximumShortLine = 100

    /// Scalars in the longest abbreviation: a longer word is none (folding
    /// never shortens a word, so the raw length can be compared).
    let longestAbbreviation: Int

    /// Bit `length` of entry `letter` is set when an abbreviation of that
    /// many scalars starts with that (folded) ASCII letter; entry 26 stands
    /// for every other first letter.
    let shapes: [UInt64]

    /// The abbreviations written in ASCII in at most 8 bytes, packed into
    /// an integer (byte k at bits 8k): an ASCII word is looked up here
    /// without building a string (its fold is its lower case).
    let packedASCII: Set<UInt64>

    /// The abbreviations as UTF-8 bytes: a word of scalars below U+0500 is
    /// folded scalar by scalar into bytes and looked up here, without
    /// building a string or hashing one. (Folded text has no marks, and
    /// decomposes what it keeps, so equal folds are equal bytes.)
    let foldedBytes: Set<[UInt8]>

    public init(abbreviations: Set<String>) {
        self.abbreviations = Set(abbreviations.map { TextFold.fold($0) })
        longestAbbreviation = self.abbreviations.map(\.unicodeScalars.count).max() ?? 0
        var shapes = [UInt64](repeating: 0, count: 27)
        for a in self.abbreviations {
            guard let first = a.unicodeScalars.first else { continue }
            shapes[SentenceSplitter.shapeRow(first)] |= 1 << UInt64(min(a.unicodeScalars.count, 63))
        }
        self.shapes = shapes
        var packed = Set<UInt64>()
        for a in self.abbreviations where a.utf8.count <= 8 && a.utf8.allSatisfy({ $0 < 0x80 }) {
            packed.insert(SentenceSplitter.pack(a.utf8))
        }
        packedASCII = packed
        foldedBytes = Set(self.abbreviations.map { Array($0.utf8) })
    }

    /// Bytes (at most 8) packed into an integer, byte k at bits 8k.
    @inline(__always)
    static func pack<C: Swift.Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var v: UInt64 = 0
        for (k, b) in bytes.enumerated() { v |= UInt64(b) << UInt64(8 * k) }
        return v
    }

    @inline(__always)
    static func shapeRow(_ c: Unicode.Scalar) -> Int {
        let v = c.value | 0x20
        return c.value < 0x80 && v >= 0x61 && v <= 0x7A ? Int(v - 0x61) : 26
    }

    /// Whether some abbreviation has the word's length and first letter.
    /// Only an ASCII word folds to as many letters with a known first one;
    /// any other word may be an abbreviation.
    @inline(__always)
    func mayBeAbbreviation(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = word.first, word.allSatisfy({ $0.value < 0x80 }) else { return true }
        return shapes[SentenceSplitter.shapeRow(first)] & (1 << UInt64(min(word.count, 63))) != 0
    }

    /// The sentences of `text`, in order, without whitespace at either end.
    public func split(_ text: String) -> [Range<String.Index>] {
        sentences(text).map(\.range)
    }

    /// The sentences of `text` with their place counted in Unicode scalars
    /// (the unit of an event's evidence span).
    public func sentences(_ text: String) -> [(range: Range<String.Index>, scalars: Range<Int>)] {
        if let out = text.utf8.withContiguousStorageIfAvailable({ split(text, $0) }) { return out }
        var copy = text
        copy.makeContiguousUTF8()
        let cut = copy.utf8.withContiguousStorageIfAvailable { split(copy, $0) }!
        // Indices of the copy are offsets that hold in the text.
        let utf8 = text.utf8
        return cut.map { c in
            let a = utf8.index(utf8.startIndex, offsetBy: copy.utf8.distance(from: copy.utf8.startIndex, to: c.range.lowerBound))
            let b = utf8.index(utf8.startIndex, offsetBy: copy.utf8.distance(from: copy.utf8.startIndex, to: c.range.upperBound))
            return (a..<b, c.scalars)
        }
    }

    private func split(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> [(range: Range<String.Index>, scalars: Range<Int>)] {
        // The scalars, decoded here (the text is valid UTF-8).
        let s = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, n in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    buffer[n] = Unicode.Scalar(b)
                    n += 1
                    i += 1
                    continue
                }
                var v: UInt32, length: Int
                if b >= 0xF0 { v = UInt32(b & 0x07); length = 4 }
                else if b >= 0xE0 { v = UInt32(b & 0x0F); length = 3 }
                else { v = UInt32(b & 0x1F); length = 2 }
                var k = 1
                while k < length, i + k < bytes.count { v = (v << 6) | UInt32(bytes[i + k] & 0x3F); k += 1 }
                buffer[n] = Unicode.Scalar(v) ?? "\u{FFFD}"
                n += 1
                i += length
            }
        }
        let sentenceStarts = punctuationCuts(s)
        let cuts = (sentenceStarts + lineCuts(s, sentenceStarts: sentenceStarts)).sorted()

        var out: [(range: Range<String.Index>, scalars: Range<Int>)] = []
        let utf8 = text.utf8
        // Scalar positions to indices, walking the bytes once (the
        // positions asked for only grow).
        var atScalar = 0, atByte = 0
        func index(_ k: Int) -> String.Index {
            while atScalar < k {
                let b = bytes[atByte]
                atByte += b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                atScalar += 1
            }
            return utf8.index(utf8.startIndex, offsetBy: min(atByte, bytes.count))
        }
        var start = 0
        for cut in cuts + [s.count] where cut >= start {
            var a = start, b = cut
            while a < b, SentenceSplitter.isSpace(s[a]) { a += 1 }
            while b > a, SentenceSplitter.isSpace(s[b - 1]) { b -= 1 }
            if a < b { out.append((index(a)..<index(b), a..<b)) }
            start = cut
        }
        return out
    }

    // MARK: - Line breaks

    /// Cuts at blank lines, after short unpunctuated lines and before lines
    /// that open with a dash. A line is short when its last sentence
    /// (`sentenceStarts` are sorted) is short beside the block's longest
    /// line; in a hard-wrapped block (three or more lines, none over 100
    /// characters) the whole line must be short.
    func lineCuts(_ s: [Unicode.Scalar], sentenceStarts: [Int]) -> [Int] {
        var lines: [Range<Int>] = []
        var start = 0
        for (k, c) in s.enumerated() where c == "\n" {
            lines.append(start..<k)
            start = k + 1
        }
        lines.append(start..<s.count)

        var cuts: [Int] = []
        var k = 0
        while k < lines.count {
            if isBlank(s, lines[k]) {
                cuts.append(lines[k].lowerBound)
                k += 1
                continue
            }
            var block = k
            while block < lines.count, !isBlank(s, lines[block]) { block += 1 }
            let longest = lines[k..<block].map { trimmedLength(s, $0) }.max() ?? 0
            let isWrapped = block - k >= 3 && longest <= SentenceSplitter.maximumShortLine
            for i in k..<block - 1 {
                let next = lines[i + 1]
                guard let first = firstNonSpace(s, next) else { continue }
                var line = lines[i]
                if !isWrapped, let last = lastStart(sentenceStarts, in: line) { line = last..<line.upperBound }
                let length = trimmedLength(s, line)
                let isShort = length <= SentenceSplitter.maximumShortLine && 3 * length < 2 * longest
                if opensWithDash(s, at: first) || (isShort && !endsWithPunctuation(s, line) && !ScalarClass.isLowercase(s[first])) {
                    cuts.append(next.lowerBound)
                }
            }
            k = block
        }
        return cuts
    }

    /// The last of the sorted `starts` inside `line`.
    func lastStart(_ starts: [Int], in line: Range<Int>) -> Int? {
        var low = 0, high = starts.count   // first start >= line.upperBound
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] < line.upperBound { low = mid + 1 } else { high = mid }
        }
        return low > 0 && starts[low - 1] >= line.lowerBound ? starts[low - 1] : nil
    }

    func isBlank(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        line.allSatisfy { SentenceSplitter.isSpace(s[$0]) }
    }

    func firstNonSpace(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Int? {
        line.first { !SentenceSplitter.isSpace(s[$0]) }
    }

    func trimmedLength(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Int {
        guard let a = firstNonSpace(s, line),
              let b = line.last(where: { !SentenceSplitter.isSpace(s[$0]) }) else { return 0 }
        return b - a + 1
    }

    /// Whether the line ends (before closing quotes and brackets) with a
    /// mark that ends or continues a sentence.
    func endsWithPunctuation(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        guard let last = line.last(where: { !SentenceSplitter.isSpace(s[$0]) && !SentenceSplitter.closers.contains(s[$0]) }) else { return false }
        return SentenceSplitter.finalMarks.contains(s[last])
    }

    func opensWithDash(_ s: [Unicode.Scalar], at k: Int) -> Bool {
        SentenceSplitter.dashes.contains(s[k]) && k + 1 < s.count && SentenceSplitter.isSpace(s[k + 1])
    }

    // MARK: - Punctuation

    static let terminals: Set<Unicode.Scalar> = [".", "!", "?", "…"]
    static let closers: Set<Unicode.Scalar> = ["\"", "'", "»", "«", "”", "“", "’", "›", "‹", ")", "]", "*", "_"]
    static let dashes: Set<Unicode.Scalar> = ["-", "–", "—"]
    static let openers: Set<Unicode.Scalar> = ["\"", "'", "«", "»", "“", "”", "„", "‘", "’", "‚", "‹", "›",
                                               "-", "–", "—", "(", "[", "*", "¿", "¡"]
    static let finalMarks: Set<Unicode.Scalar> = [".", "!", "?", "…", ":", ";", ",", "-", "–", "—"]

    /// Month names in languages that write a day as an ordinal (`27. September`), folded.
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "januar", "februar", "marz", "mai", "juni", "juli", "oktober", "dezember",
        "mars", "desember", "januari", "februari", "maart", "mei", "augustus", "maj", "augusti",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dez", "des", "dec",
    ]

    /// Cuts at the start of each sentence that follows end punctuation.
    func punctuationCuts(_ s: [Unicode.Scalar]) -> [Int] {
        var cuts: [Int] = []
        let n = s.count
        var k = 0
        while k < n {
            guard SentenceSplitter.isTerminal(s[k]) else { k += 1; continue }
            var j = k
            while j < n, SentenceSplitter.isTerminal(s[j]) { j += 1 }
            let loneDot = j == k + 1 && s[k] == "."
            let terminalEnd = j
            while j < n, SentenceSplitter.closers.contains(s[j]) { j += 1 }
            defer { k = j }
            guard j < n, SentenceSplitter.isSpace(s[j]) else { continue }
            var m = j, newline = false
            while m < n, SentenceSplitter.isSpace(s[m]) {
                if s[m] == "\n" { newline = true }
                m += 1
            }
            guard m < n else { continue }
            let v = s[m].value
            if v < 0x80 {
                // ASCII: a capital, a digit or an opening mark starts a sentence.
                let opens = (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) || SentenceSplitter.openers.contains(s[m])
                guard opens || (newline && !(v >= 0x61 && v <= 0x7A)) else { continue }
            } else {
                guard SentenceSplitter.mayOpenSentence(s[m], afterNewline: newline) else { continue }
            }
            if loneDot, terminalEnd == j, isInnerPeriod(s, at: k, next: m) { continue }
            cuts.append(m)
        }
        return cuts
    }

    /// Whether a non-ASCII scalar can start a sentence: a capital, a
    /// number, an opening mark or a letter of a script without case; after
    /// a line break anything but a small letter.
    @inline(never)
    static func mayOpenSentence(_ c: Unicode.Scalar, afterNewline newline: Bool) -> Bool {
        let p = c.properties
        let opens = p.isUppercase || p.numericType != nil || openers.contains(c) || (p.isAlphabetic && !p.isCased)
        return opens || (newline && !p.isLowercase)
    }

    /// Whitespace, with the common ASCII cases answered without a Unicode
    /// property lookup.
    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return ScalarClass.isWhitespace(c)
    }

    /// `terminals.contains(c)`, without hashing the letters and spaces
    /// that make up nearly all of a text.
    @inline(__always)
    static func isTerminal(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2E, 0x21, 0x3F, 0x2026: return true
        default: return false
        }
    }

    @inline(__always)
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || (v | 0x20 >= 0x61 && v | 0x20 <= 0x7A) }
        if let letter = Tokenizer.commonLetter(v) { return letter }
        return ScalarClass.isWordScalar(c, spacingMarks: false)
    }

    /// Whether the period at `k` belongs to the word before it rather than
    /// ending the sentence; `next` is where the following word starts.
    func isInnerPeriod(_ s: [Unicode.Scalar], at k: Int, next: Int) -> Bool {
        var a = k
        while a > 0, SentenceSplitter.isWordScalar(s[a - 1]) { a -= 1 }
        guard a < k else { return false }
        let word = s[a..<k]
        func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
            var utf8: [UInt8] = []
            utf8.reserveCapacity(scalars.count * 2)
            for c in scalars { UTF8.encode(c) { utf8.append($0) } }
            return String(decoding: utf8, as: UTF8.self)
        }
        // Most sentences end in a word longer than any abbreviation, or
        // one whose length and first letter no abbreviation has.
        if word.count <= longestAbbreviation, mayBeAbbreviation(word) {
            if word.count <= 8, word.allSatisfy({ $0.value < 0x80 }) {
                // An ASCII word folds to its lower case.
                if packedASCII.contains(SentenceSplitter.pack(word.lazy.map { c -> UInt8 in
                    let v = UInt8(c.value)
                    return v >= 0x41 && v <= 0x5A ? v + 32 : v
                })) { return true }
            } else {
                var bytes: [UInt8] = []
                bytes.reserveCapacity(2 * word.count + 4)
                if word.allSatisfy({ TextFold.appendFolded($0, to: &bytes) }) {
                    if foldedBytes.contains(bytes) { return true }
                } else if abbreviations.contains(TextFold.fold(string(word))) { return true }
            }
        }
        // Abbreviations with inner periods: "f.eks.", "U.S."
        var b = a
        while b > 0, s[b - 1] == "." || SentenceSplitter.isWordScalar(s[b - 1]) { b -= 1 }
        while b < a, s[b] == "." { b += 1 }
        if b < a, k - b <= longestAbbreviation, abbreviations.contains(TextFold.fold(string(s[b..<k]))) { return true }
        // An initial: "V. Putin", "J. R. Smith"
        if word.count == 1, ScalarClass.isUppercase(word.first!) { return true }
        // A day before a month: "27. September"
        if word.count <= 2, word.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) {
            var e = next
            while e < s.count, ScalarClass.isAlphabetic(s[e]) { e += 1 }
            return SentenceSplitter.months.contains(TextFold.fold(string(s[next..<e])))
        }
        // A short abbreviation before a number: "kl. 12.00", "nr. 5", "ca. 30"
        if word.count <= 2, word.allSatisfy(ScalarClass.isAlphabetic),
           word.dropFirst().allSatisfy(ScalarClass.isLowercase),
           s[next].value >= 0x30 && s[next].value <= 0x39 {
            return true
        }
        return false
    }
}
