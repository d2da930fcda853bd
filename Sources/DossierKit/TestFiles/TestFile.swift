/// A `.dqt` test query file (DESIGN section 6): records separated by blank
/// lines, `#` comments, and a `corpus PATH` line naming the corpus.
///
///     query [rowsort] [FORMAT]      statement ok          error
///     QUERY                          STATEMENT             QUERY
///     ----                                                 ----
///     EXPECTED OUTPUT                                      EXPECTED MESSAGE TEXT
public struct TestFile: Sendable {
    public enum Kind: Equatable, Sendable {
        case query(rowsort: Bool, format: OutputFormat)
        case statement
        case error
    }

    public struct Record: Sendable {
        public var kind: Kind
        /// 1-based line of the record's header (`query`, `error`, ...).
        public var line: Int
        public var query: String
        /// 1-based line where the query text starts.
        public var queryLine: Int
        public var expected: [String]
        /// 0-based indices of the lines holding the expected block (the
        /// separator line is `expectedStart - 1`); empty when there is none.
        public var expectedStart: Int
        public var expectedEnd: Int
        public var hasSeparator: Bool
    }

    public let path: String
    public let lines: [String]
    /// The corpus named by `corpus` lines, in effect from the record after them.
    public var corpusByRecord: [String?] = []
    public var records: [Record] = []
    public var problems: [InputDiagnostic] = []

    public init(path: String, text: String) {
        self.path = path
        // Bytes, not Characters: "\r\n" is a single Character in Swift.
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { bytes in
            String(decoding: bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes, as: UTF8.self)
        }
        if lines.last == "" { lines.removeLast() }
        self.lines = lines
        parse()
    }

    private mutating func parse() {
        var corpus: String? = nil
        var i = 0
        func isBlank(_ s: String) -> Bool { s.allSatisfy { $0 == " " || $0 == "\t" } }
        while i < lines.count {
            let line = lines[i].trimmingSpaces()
            if line.isEmpty || line.hasPrefix("#") { i += 1; continue }
            let words = line.split(separator: " ").map(String.init)
            if words[0] == "corpus" {
                corpus = words.count > 1 ? String(line.dropFirst("corpus".count)).trimmingSpaces() : nil
                if corpus == nil { problem(i, "'corpus' needs a path") }
                i += 1
                continue
            }
            let header = i
            var kind: Kind
            switch words[0] {
            case "query":
                var rowsort = false, format = OutputFormat.table
                for w in words.dropFirst() {
                    if w == "rowsort" { rowsort = true } else if let f = OutputFormat(rawValue: w) { format = f } else {
                        problem(i, "unknown query option '\(w)' (rowsort or a format)")
                    }
                }
                kind = .query(rowsort: rowsort, format: format)
            case "statement":
                kind = .statement
                if words.count < 2 || words[1] != "ok" { problem(i, "write 'statement ok'") }
            case "error":
                kind = .error
            default:
                problem(i, "expected a record ('query', 'statement ok' or 'error') or 'corpus PATH', found '\(words[0])'")
                while i < lines.count, !isBlank(lines[i]) { i += 1 }
                continue
            }
            i += 1
            let queryStart = i
            while i < lines.count, !isBlank(lines[i]), lines[i] != "----" { i += 1 }
            let query = lines[queryStart..<i].joined(separator: "\n")
            if query.isEmpty { problem(header, "the record has no query") }
            var record = Record(kind: kind, line: header + 1, query: query, queryLine: queryStart + 1, expected: [],
                                expectedStart: i, expectedEnd: i, hasSeparator: false)
            if i < lines.count, lines[i] == "----" {
                i += 1
                record.hasSeparator = true
                record.expectedStart = i
                while i < lines.count, !isBlank(lines[i]) { i += 1 }
                record.expectedEnd = i
                record.expected = Array(lines[record.expectedStart..<i])
            } else if kind != .statement {
                problem(header, "the record has no '----' line before its expected output")
            }
            records.append(record)
            corpusByRecord.append(corpus)
        }
    }

    private mutating func problem(_ index: Int, _ message: String) {
        problems.append(InputDiagnostic(.invalidTestFile, file: path, line: index + 1, column: 1, message))
    }
}
