import Foundation

/// Runs `.dqt` files and reports one line per failure with a diff, then
/// `N passed, N failed`.
public final class TestRunner {
    public struct Failure: Sendable {
        public var file: String
        public var line: Int
        public var message: String
        public var diff: [String]
    }

    public struct CaseResult: Sendable {
        public var file: String
        public var line: Int
        public var name: String
        public var failure: Failure?
        public var seconds: Double
    }

    public private(set) var results: [CaseResult] = []
    public var passed: Int { results.filter { $0.failure == nil }.count }
    public var failed: Int { results.count - passed }
    public var failures: [Failure] { results.compactMap(\.failure) }

    private var corpora: [String: Corpus] = [:]
    let defaultCorpus: () -> [String]

    /// `defaultCorpus` is used by files that name none.
    public init(defaultCorpus: @escaping () -> [String] = { [] }) {
        self.defaultCorpus = defaultCorpus
    }

    /// Every `.dqt` file among the paths (folders searched recursively).
    public static func files(in paths: [String]) -> (files: [String], problems: [InputDiagnostic]) {
        var files: [String] = []
        var problems: [InputDiagnostic] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                problems.append(InputDiagnostic(.unreadableFile, file: path, "no such file or folder"))
                continue
            }
            if !isFolder.boolValue { files.append(path); continue }
            let found = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
            files += found.filter { $0.hasSuffix(".dqt") }.sorted().map { (path as NSString).appendingPathComponent($0) }
        }
        return (files, problems)
    }

    /// Runs one file; with `update`, rewrites its expected blocks to the actual output.
    public func run(file path: String, update: Bool = false) {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            record(path, 1, "file", Failure(file: path, line: 1, message: "cannot read test file", diff: []), 0)
            return
        }
        let file = TestFile(path: path, text: text)
        for p in file.problems {
            record(path, p.line ?? 1, "syntax", Failure(file: path, line: p.line ?? 1, message: p.message, diff: []), 0)
        }
        var session: Session? = nil
        var sessionCorpus: String?? = .none
        var replacements: [(Int, Int, [String], Bool)] = []
        for (index, r) in file.records.enumerated() {
            let corpusPath = file.corpusByRecord[index]
            if session == nil || sessionCorpus != .some(corpusPath) {
                session = Session(corpus: corpus(for: corpusPath, relativeTo: path), paths: [])
                sessionCorpus = .some(corpusPath)
            }
            let started = Date()
            let (actual, failed) = execute(r, in: session!)
            let seconds = Date().timeIntervalSince(started)
            let name = "\(URL(fileURLWithPath: path).lastPathComponent):\(r.line)"
            var failure: Failure? = nil
            switch r.kind {
            case .statement:
                if failed { failure = Failure(file: path, line: r.line, message: "statement failed", diff: actual.map { "  " + $0 }) }
            case .error:
                let joined = actual.joined(separator: "\n")
                let expected = r.expected.joined(separator: "\n").trimmingSpaces()
                if !failed {
                    failure = Failure(file: path, line: r.line, message: "expected an error, but the query succeeded", diff: [])
                } else if !joined.contains(expected) {
                    failure = Failure(file: path, line: r.line, message: "error message differs",
                                      diff: r.expected.map { "- " + $0 } + actual.map { "+ " + $0 })
                }
                if update { replacements.append((r.expectedStart, r.expectedEnd, actual, r.hasSeparator)) }
            case .query(let rowsort, _):
                var got = actual, want = r.expected.map { $0.trimmingTrailingSpaces() }
                if rowsort { got = TestRunner.sortRows(got); want = TestRunner.sortRows(want) }
                if failed || got != want {
                    failure = Failure(file: path, line: r.line, message: failed ? "query failed" : "result differs",
                                      diff: TestRunner.diff(want, got))
                }
                if update { replacements.append((r.expectedStart, r.expectedEnd, actual, r.hasSeparator)) }
            }
            if update { failure = nil }
            record(path, r.line, name, failure, seconds)
        }
        if update && !replacements.isEmpty { rewrite(file, replacements) }
    }

    private func record(_ path: String, _ line: Int, _ name: String, _ failure: Failure?, _ seconds: Double) {
        results.append(CaseResult(file: path, line: line, name: name, failure: failure, seconds: seconds))
    }

    /// Runs a record's text; returns its output lines and whether it failed.
    func execute(_ r: TestFile.Record, in session: Session) -> ([String], Bool) {
        var out = ""
        var errors: [String] = []
        var warnings: [String] = []
        let source = SourceText(name: "<query>", text: r.query)
        let format: OutputFormat
        if case .query(_, let f) = r.kind { format = f } else { format = .table }
        let sink = CollectingOutput(format: format, source: source)
        session.format = format
        let ok = session.run(source, output: sink)
        out = sink.text
        errors = sink.errors
        warnings = sink.warnings
        if case .error = r.kind { return (errors, !ok) }
        if !ok { return (errors, true) }
        var lines = warnings
        // Split on the byte: a CRLF is one Character in Swift, so splitting
        // characters on "\n" would keep csv rows together.
        lines += out.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self).trimmingTrailingSpaces() }
        while lines.last == "" { lines.removeLast() }
        return (lines, false)
    }

    func corpus(for path: String?, relativeTo file: String) -> Corpus {
        let paths: [String]
        if let path {
            let base = (file as NSString).deletingLastPathComponent
            paths = [path.hasPrefix("/") ? path : (base as NSString).appendingPathComponent(path)]
        } else {
            paths = defaultCorpus()
        }
        let key = paths.map { ($0 as NSString).standardizingPath }.joined(separator: "\u{0}")
        if let c = corpora[key] { return c }
        let loaded = paths.isEmpty ? Corpus.empty : Session.loadCorpus(paths).corpus
        corpora[key] = loaded
        return loaded
    }

    /// For `rowsort`: a table's header stays first, its rows are sorted.
    static func sortRows(_ lines: [String]) -> [String] {
        guard let first = lines.first else { return lines }
        if first.hasPrefix("warning: ") { return lines.sorted() }
        return [first] + lines.dropFirst().sorted()
    }

    /// A line diff: `- expected`, `+ actual`, `  same`.
    static func diff(_ expected: [String], _ actual: [String]) -> [String] {
        let n = expected.count, m = actual.count
        guard n * m < 4_000_000 else { return expected.map { "- " + $0 } + actual.map { "+ " + $0 } }
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = expected[i] == actual[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var out: [String] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, expected[i] == actual[j] { out.append("  " + expected[i]); i += 1; j += 1 }
            else if i < n, j == m || lcs[i + 1][j] >= lcs[i][j + 1] { out.append("- " + expected[i]); i += 1 }
            else { out.append("+ " + actual[j]); j += 1 }
        }
        return out
    }

    private func rewrite(_ file: TestFile, _ replacements: [(Int, Int, [String], Bool)]) {
        var lines = file.lines
        for (start, end, actual, hasSeparator) in replacements.sorted(by: { $0.0 > $1.0 }) {
            lines.replaceSubrange(start..<end, with: hasSeparator ? actual : ["----"] + actual)
        }
        try? (lines.joined(separator: "\n") + "\n").write(toFile: file.path, atomically: true, encoding: .utf8)
    }

    /// The summary line CI reads.
    public var summary: String { "\(passed) passed, \(failed) failed" }

    /// Failures as printed: one line each, then the diff.
    public func failureReport() -> String {
        failures.map { f in
            (["FAIL \(f.file):\(f.line): \(f.message)"] + f.diff.map { "    " + $0 }).joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// A JUnit XML report, one test case a record.
    public func junit() -> String {
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites tests=\"\(results.count)\" failures=\"\(failed)\">\n"
        let byFile = Dictionary(grouping: results, by: \.file)
        for file in byFile.keys.sorted() {
            let cases = byFile[file]!
            xml += "  <testsuite name=\"\(escape(file))\" tests=\"\(cases.count)\" failures=\"\(cases.filter { $0.failure != nil }.count)\">\n"
            for c in cases {
                xml += "    <testcase classname=\"\(escape(file))\" name=\"\(escape(c.name))\" time=\"\(String(format: "%.4f", c.seconds))\""
                if let f = c.failure {
                    xml += ">\n      <failure message=\"\(escape(f.message))\">\(escape(f.diff.joined(separator: "\n")))</failure>\n    </testcase>\n"
                } else {
                    xml += "/>\n"
                }
            }
            xml += "  </testsuite>\n"
        }
        return xml + "</testsuites>\n"
    }
}

/// Collects a session's output as text for comparison.
final class CollectingOutput: SessionOutput {
    var text = ""
    var errors: [String] = []
    var warnings: [String] = []
    let format: OutputFormat
    let source: SourceText

    init(format: OutputFormat, source: SourceText) {
        self.format = format
        self.source = source
    }

    func result(_ relation: Relation, _ corpus: Corpus) {
        text += ResultRenderer(format: format).render(relation, corpus: corpus)
    }

    func diagnostics(_ items: [Diagnostic], _ source: SourceText) {
        for d in items {
            let line = "\(d.severity == .error ? "error" : "warning")[\(d.code.rawValue)]: " + DiagnosticRenderer.short(d, in: source)
            if d.isError { errors.append(line) } else { warnings.append(line) }
        }
    }

    func inputDiagnostic(_ item: InputDiagnostic) { errors.append(item.description) }
    func message(_ text: String) { self.text += text + "\n" }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}
