import Foundation
import Testing
@testable import DossierKit

/// What the shell asks DossierKit: whether a statement is complete, how a
/// result fits the screen, how a running query is cancelled.
@Suite struct ShellTests {
    // MARK: Multi-line input

    @Test(arguments: [
        // Open brackets, a trailing operator or pipe, a stage missing its argument.
        "events where", "events |", "events | sort", "events | sort by", "events | limit", "events | top",
        "events count by", "events | group by", "events | group by type (", "events | group by type (n = count(),",
        "events where killed >", "events where killed > 1 and", "events where killed > 1 or",
        "events where type in [", "events where type in [\"agree\",", "events where (killed > 1",
        "events where killed between 1", "events where killed between 1 and", "events where location is",
        "events where location is not", "events where type starts", "events where type starts with",
        "events | select killed +", "events | select killed as", "let x =", "let",
        "events where actor = \"Lav", "events where\n", "events where killed > 1 and\n  ",
        "events where # the condition comes next", "events\n| where",
    ])
    func incompleteStatementsContinue(text: String) {
        #expect(!Completeness.isComplete(text))
    }

    @Test(arguments: [
        "", "   ", "\n", "events", "events count", "events where killed > 1", "events | sort by date desc",
        "events count by type | top 3", ".mode csv", ".schema", ".quit", "let x = 3", "# only a comment",
        "events where actor = \"Lavrov\"", "events where type in [\"agree\"]",
        // Errors that more lines cannot mend are complete, so that they are reported.
        "events where )", "events where killed > > 1", "events whre killed > 1", "events ]",
        "events where actor = \"Lav\nrov\"", "events where x = 1 | nosuch",
    ])
    func completeStatementsRun(text: String) {
        #expect(Completeness.isComplete(text))
    }

    @Test func anyBytesAreDecidedQuickly() {
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0...80, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = Completeness.isComplete(String(decoding: bytes, as: UTF8.self))
        }
        let started = Date()
        #expect(!Completeness.isComplete(String(repeating: "events where killed > 1 and ", count: 20_000)))
        #expect(Completeness.isComplete("events where actor = \"" + String(repeating: "a", count: 1 << 20) + "\""))
        #expect(Date().timeIntervalSince(started) < 20)
    }

    // MARK: Results on the screen

    let table = Table(columns: [ColumnInfo(name: "name", type: .string), ColumnInfo(name: "n", type: .int)],
                      data: [(0..<30).map { .string("row \($0) " + String(repeating: "x", count: $0)) }, (0..<30).map { .int(Int64($0)) }])

    func render(width: Int? = nil, rows: Int? = nil, clip: Bool = false, color: Bool = false, format: OutputFormat = .table) -> String {
        ResultRenderer(format: format, width: width, color: color, maximumRows: rows, clip: clip).render(.table(table), corpus: .empty)
    }

    @Test func aLongResultIsCutWithANote() {
        let lines = render(rows: 10).split(separator: "\n").map(String.init)
        #expect(lines.count == 1 + 10 + 1)
        #expect(lines[1].hasPrefix("row 0 ") && lines[10].hasPrefix("row 9 xxxxxxxxx"))
        #expect(lines.last == "… 20 more rows (add limit N, or use .mode csv to see all)")
        #expect(ResultRenderer.moreRowsNote(1) == "… 1 more row (add limit N, or use .mode csv to see all)")
        // Column widths come from the rows shown: "row 9 xxxxxxxxx", two spaces, one digit.
        #expect(lines[0].count == 18 && lines.dropLast().allSatisfy { $0.count <= 18 })
        // Short enough: whole, no note.
        #expect(render(rows: 30).split(separator: "\n").count == 31)
        #expect(!render(rows: 30).contains("more row"))
        // Other formats are never cut.
        #expect(render(rows: 5, clip: true, format: .csv).split(separator: "\r\n").count == 31)
        #expect(render(rows: 5, format: .json).components(separatedBy: "\"name\"").count == 31)
    }

    @Test func clippedLinesFitTheWidth() {
        for width in [5, 12] {
            let lines = render(width: width, clip: true).split(separator: "\n").map(String.init)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
            #expect(lines.contains { $0.contains("…") })
        }
        // Without clipping, columns narrow only so far, and rows stay wider than a tiny width.
        #expect(render(width: 5).split(separator: "\n").contains { DisplayWidth.of(String($0)) > 5 })
        // A wide terminal changes nothing.
        #expect(render(width: 200, clip: true) == render())
        // The note is cut too.
        let note = render(width: 20, rows: 3, clip: true).split(separator: "\n").last.map(String.init) ?? ""
        #expect(note.hasPrefix("… 27 more rows") && note.hasSuffix("…") && DisplayWidth.of(note) == 20)
    }

    @Test func colourIsOnlyTheHeaderAndTheNote() {
        let plain = render(rows: 3)
        let coloured = render(rows: 3, color: true)
        #expect(coloured.hasPrefix("\u{1B}[1mname"))
        #expect(coloured.contains("\u{1B}[2m… 27 more rows"))
        #expect(coloured.replacingOccurrences(of: "\u{1B}[1m", with: "").replacingOccurrences(of: "\u{1B}[2m", with: "")
            .replacingOccurrences(of: "\u{1B}[0m", with: "") == plain)
        #expect(!plain.contains("\u{1B}"))
        // A clipped coloured header is clipped before it is painted.
        let narrow = render(width: 6, clip: true, color: true).split(separator: "\n").first.map(String.init) ?? ""
        #expect(narrow.hasPrefix("\u{1B}[1m") && narrow.hasSuffix("\u{1B}[0m"))
    }

    @Test func theShellOutputUsesTheScreenAtEachResult() {
        let session = Session(corpus: Package.fixture)
        var text = ""
        var screen: (columns: Int, rows: Int)? = (20, 8)
        let output = StreamOutput.shell(session: session, screen: { screen }, color: false, diagnosticColor: false)
        let captured = StreamOutput(renderer: output.renderer, write: { text += $0 }, writeError: { text += $0 })
        session.run(SourceText(text: "events"), output: captured)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 1 + 4 + 1)   // 8 rows: the header, 4 rows, the note, and the prompt and line typed
        #expect(lines.allSatisfy { $0.count <= 20 })
        #expect(lines.last?.hasPrefix("… \(Package.fixture.events.count - 4) more rows") == true)
        // No terminal (redirected): whole.
        screen = nil
        text = ""
        session.run(SourceText(text: "events | select id"), output: captured)
        #expect(text.split(separator: "\n").count == 1 + Package.fixture.events.count)
    }

    @Test func eachInputStartsWithoutABlankLine() {
        let session = Session(corpus: Package.fixture)
        var text = ""
        let output = StreamOutput(renderer: { ResultRenderer() }, write: { text += $0 }, writeError: { _ in })
        session.run(SourceText(text: "events count; events count"), output: output)
        let one = run("events count").output
        #expect(text == one + "\n" + one)
        text = ""
        output.startInput()
        session.run(SourceText(text: "events count"), output: output)
        #expect(text.hasPrefix("count\n"))
    }

    // MARK: Cancelling and leaving

    @Test func aCancelledQueryStopsWithAMessage() {
        let session = Session(corpus: Package.fixture)
        let interrupted = CancellationFlag()
        session.cancellation.observe { interrupted.isSet }
        let source = SourceText(text: "events where killed > 0 | sort by date")
        let sink = CollectingOutput(format: .table, source: source)
        #expect(session.run(source, output: sink))
        #expect(!sink.text.isEmpty)

        interrupted.set()
        let cancelled = CollectingOutput(format: .table, source: source)
        #expect(!session.run(source, output: cancelled))
        #expect(cancelled.text.isEmpty)
        #expect(cancelled.errors.count == 1 && cancelled.errors.first?.hasSuffix("1:1: query cancelled") == true)

        // Clearing the source lets the next query run.
        interrupted.reset()
        let again = CollectingOutput(format: .table, source: source)
        #expect(session.run(source, output: again))
        #expect(again.text == sink.text)
    }

    @Test func quitIsRecordedForTheShell() {
        let session = Session(corpus: Package.fixture)
        let sink = StreamOutput(renderer: { ResultRenderer() }, write: { _ in }, writeError: { _ in })
        session.run(SourceText(text: "events count"), output: sink)
        #expect(!session.quitRequested)
        session.run(SourceText(text: "events count; .quit; events count"), output: sink)
        #expect(session.quitRequested)
        session.quitRequested = false
        session.run(SourceText(text: ".exit"), output: sink)
        #expect(session.quitRequested)
    }

    @Test func theRunningExecutableIsAFile() {
        let path = DefaultCorpus.runningExecutable()
        #expect(path.hasPrefix("/"))
        #expect(FileManager.default.isExecutableFile(atPath: path))
    }
}
