import Foundation
import Testing
@testable import DossierKit

/// The real `dossier` shell on a pseudo-terminal over `Examples/corpus`:
/// keys typed, Tab, Ctrl-C, Ctrl-D, UTF-8, history across runs, a narrow
/// terminal, and bad input. Run one at a time: each starts a shell.
@Suite(.serialized, .enabled(if: DossierExecutable.path != nil, Comment(rawValue: DossierExecutable.missing)))
struct ShellPtyTests {
    static let corpus = ExampleCorpus.path
    /// For tests where the corpus does not matter: JSON Lines load at once.
    static let fixture = Package.path("Tests/Fixtures/corpus")

    /// A shell with HOME and XDG_STATE_HOME in `home`, no locale variables
    /// (so the shell has to pick UTF-8 itself) and no NO_COLOR unless given.
    func shell(_ home: TemporaryFolder, columns: UInt16 = 80, rows: UInt16 = 24, corpus: String = corpus,
               environment extra: [String: String] = [:], wrapper: [String] = []) throws -> PseudoTerminal {
        var environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": home.path,
            "XDG_STATE_HOME": home.file("state"),
            "TERM": DossierExecutable.term,
        ]
        for (k, v) in extra { environment[k] = v }
        let executable = DossierExecutable.path!
        if wrapper.isEmpty {
            return try PseudoTerminal(executable, [corpus], environment: environment, columns: columns, rows: rows)
        }
        return try PseudoTerminal(wrapper[0], Array(wrapper.dropFirst()) + [executable, corpus],
                                  environment: environment, columns: columns, rows: rows)
    }

    /// Sends a statement and returns what it printed, up to the next prompt.
    func run(_ t: PseudoTerminal, _ statement: String) -> String {
        let start = t.position
        t.send(statement + "\r")
        let prompted = t.prompt()
        #expect(prompted, "no prompt after \(statement.prefix(80))")
        return t.shown(from: start, to: t.position)
    }

    var historyFile: (TemporaryFolder) -> String { { $0.file("state/dossier/history") } }

    /// The entries of a libedit history file, decoded.
    func entries(_ path: String) -> [String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        var lines = text.split(separator: "\n").map(String.init)
        guard lines.first == "_HiStOrY_V2_" else { return [] }
        lines.removeFirst()
        return lines.map { $0.replacingOccurrences(of: "\\040", with: " ").replacingOccurrences(of: "\\012", with: "\n") }
    }

    @Test(.timeLimit(.minutes(1)))
    func typingAQueryPrintsItsResultAndCtrlDLeavesWithStatusZero() throws {
        let home = try TemporaryFolder("pty")
        let t = try shell(home)
        #expect(t.expect("Dossier: \(ExampleCorpus.corpus.articles.count) articles, \(ExampleCorpus.corpus.events.count) events"))
        #expect(t.expect("Type .help for help"))
        #expect(t.prompt())
        let shown = run(t, "events count by type | top 3")
        #expect(shown.contains(ExampleCorpus.output("events count by type | top 3")))
        t.send("\u{04}")
        #expect(t.exitStatus() == 0)
    }

    @Test(.timeLimit(.minutes(1)))
    func tabCompletesKeywordsFieldsAndNames() throws {
        let home = try TemporaryFolder("pty")
        let t = try shell(home)
        #expect(t.prompt())
        // A keyword: `wh` becomes `where `.
        let typed = t.position
        t.send("events wh\t")
        #expect(t.expect("ere "))
        var shown = run(t, "killed > 100 | count")
        #expect(t.shown(from: typed).hasPrefix("events where killed > 100 | count\n"))
        #expect(shown.contains(ExampleCorpus.output("events where killed > 100 | count")))
        #expect(!shown.contains("error"))
        // A name inside a string, closed for you.
        t.send("events where actor = \"Lav\t")
        #expect(t.expect("rov\""))
        shown = run(t, " | count")
        let lavrov = ExampleCorpus.output("events where actor = \"Lavrov\" | count")
        #expect(lavrov != "count\n    0\n")
        #expect(shown.contains(lavrov))
        // In another script.
        t.send("events where actor = \"Лав\t")
        #expect(t.expect("ров\""))
        shown = run(t, " | count")
        #expect(shown.contains(lavrov))
        // Several candidates: the common beginning, then the list on the next Tab.
        t.send("events where type = \"c\t")
        #expect(t.expect("o"))
        let beforeList = t.position
        t.send("\t")
        #expect(t.expect("dossier> events where type = \"co"))   // the line is drawn again under the list
        let list = t.shown(from: beforeList, to: t.position)
        #expect(list.contains("coerce"))
        #expect(list.contains("concede") && list.contains("consult") && list.contains("cooperate"))
        t.send("ns\t")
        #expect(t.expect("ult\""))
        shown = run(t, " | count")
        #expect(shown.contains(ExampleCorpus.output("events where type = \"consult\" | count")))
        t.send("\u{04}")
        #expect(t.exitStatus() == 0)
    }

    @Test(.timeLimit(.minutes(1)))
    func ctrlCClearsTheLineAndThePendingStatement() throws {
        let home = try TemporaryFolder("pty")
        let t = try shell(home)
        #expect(t.prompt())
        t.send("events wh")
        #expect(t.expect("events wh"))
        t.send("\u{03}")
        #expect(t.expect("^C"))
        #expect(t.prompt())
        // A statement spread over lines is dropped whole.
        t.send("events where\r")
        #expect(t.prompt("    ...> "))
        t.send("\u{03}")
        #expect(t.expect("^C"))
        #expect(t.prompt("dossier> "))
        let shown = run(t, "events count")
        #expect(shown.contains(ExampleCorpus.output("events count")))
        #expect(!shown.contains("error"))
        // Ctrl-C on an empty line is harmless too.
        t.send("\u{03}")
        #expect(t.expect("^C"))
        #expect(t.prompt())
        // Ctrl-D on the continuation prompt's empty line also leaves.
        t.send("events where\r")
        #expect(t.prompt("    ...> "))
        t.send("\u{04}")
        #expect(t.exitStatus() == 0)
    }

    /// A query whose `select` takes seconds: a regular expression that
    /// backtracks, on each of the fixture's events.
    static func slowQuery(_ length: Int) -> String {
        "events | select \"\(String(repeating: "a", count: length))b\" matches \"(a|aa)+$\" as x | limit 1"
    }

    @Test(.timeLimit(.minutes(2)))
    func ctrlCCancelsARunningQueryAndKeepsTheShell() throws {
        let home = try TemporaryFolder("pty")
        let t = try shell(home, columns: 200, corpus: Self.fixture)   // the line typed fits: its echo is whole
        #expect(t.prompt())
        t.send(Self.slowQuery(22) + "\r")
        #expect(t.expect("limit 1\r\n"))   // the line is taken: the query runs
        usleep(300_000)                       // most likely inside its seconds-long select
        t.send("\u{03}")
        #expect(t.expect("query cancelled", timeout: 90))
        #expect(t.prompt())
        let shown = run(t, "events count")
        #expect(shown.contains(DossierKitTests.run("events count").output))
        t.send("\u{04}")
        #expect(t.exitStatus() == 0)
    }

    @Test(.timeLimit(.minutes(1)))
    func aQueryThatDoesNotStopIsLeftOnTheThirdCtrlC() throws {
        let home = try TemporaryFolder("pty")
        let t = try shell(home, columns: 200, corpus: Self.fixture)
        #expect(t.prompt())
        _ = run(t, "events count")
        t.send(Self.slowQuery(60) + "\r")   // would run for years
        #expect(t.expect("limit 1\r\n"))
        usleep(300_000)
        t.send("\u{03}")
        usleep(100_000)
        t.send("\u{03}")
        #expect(t.expect("Ctrl-C once more leaves Dossier"))
        t.send("\u{03}")
        #expect(t.exitStatus() == 128 + SIGINT)
        // What was typed before is in the history.
        #expect(entries(historyFile(home)).first == "events count")
    }

    @Test(.timeLimit(.minutes(1)))
    func aQueryErrorPrintsItsDiagnosticAndKeepsTheShell() throws {
        let home = try TemporaryFolder("pty")
        let t = try shell(home, corpus: Self.fixture)
        #expect(t.prompt())
        var shown = run(t, "events where actr = 1")
        #expect(shown.contains("error[E0201]: unknown field 'actr' on events"))
        #expect(shown.contains("did you mean 'actor'?"))
        shown = run(t, ".mod csv")
        #expect(shown.contains("did you mean '.mode'?"))
        shown = run(t, "events count")
        #expect(shown.contains(DossierKitTests.run("events count").output))
        t.send(".quit\r")
        #expect(t.exitStatus() == 0)
    }

    @Test(.timeLimit(.minutes(1)))
    func nonASCIITextIsOneCharacterACharacter() throws {
        let home = try TemporaryFolder("pty")
        let t = try shell(home)   // no LANG or LC_ALL: the shell picks C.UTF-8
        #expect(t.prompt())
        // One Backspace takes away the whole "å" (two bytes).
        t.send("events | select \"åå")
        #expect(t.expect("åå"))
        t.send("\u{7F}")
        let shown = run(t, "\" as x | limit 1")
        let lines = shown.split(separator: "\n").map(String.init)
        #expect(lines.contains("å"))
        #expect(!shown.contains("\u{FFFD}"))
        t.send("\u{04}")
        #expect(t.exitStatus() == 0)
    }

    @Test(.timeLimit(.minutes(1)))
    func editrcChoosesViKeysAndTabStillCompletes() throws {
        let home = try TemporaryFolder("pty")
        try "# only for this program\ndossier:bind -v\n".write(toFile: home.file(".editrc"), atomically: true, encoding: .utf8)
        let t = try shell(home)
        #expect(t.prompt())
        t.send("xevents wh\t")
        #expect(t.expect("ere "))
        t.send("killed > 100 | count")
        #expect(t.expect("count"))
        // Esc: vi command mode (the cursor steps back); 0 to the start, x deletes the stray "x".
        t.send("\u{1B}")
        #expect(t.expect("\u{08}"))
        t.send("0x")
        let shown = run(t, "")
        #expect(shown.contains(ExampleCorpus.output("events where killed > 100 | count")))
        #expect(!shown.contains("error"))
        t.send("\u{04}")
        #expect(t.exitStatus() == 0)
    }

    @Test(.timeLimit(.minutes(1)))
    func historyPersistsAcrossTwoRuns() throws {
        let home = try TemporaryFolder("pty")
        let file = historyFile(home)
        do {
            let t = try shell(home)
            #expect(t.prompt())
            t.send("events where\r")
            #expect(t.prompt("    ...> "))
            _ = run(t, "killed > 100 | count")
            _ = run(t, "events count")
            _ = run(t, "events count")
            t.send("\u{04}")
            #expect(t.exitStatus() == 0)
        }
        var info = stat()
        #expect(stat(file, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
        #expect(stat(home.file("state/dossier"), &info) == 0 && info.st_mode & 0o777 == 0o700)
        // The two-line statement is one entry; the repeated one is kept once.
        #expect(entries(file) == ["events where\nkilled > 100 | count", "events count"])

        let t = try shell(home)
        #expect(t.prompt())
        t.send("\u{1B}[A\u{10}")   // Up, then Ctrl-P: back to the two-line statement
        #expect(t.expect("killed > 100 | count"))
        let shown = run(t, "")
        #expect(shown.contains(ExampleCorpus.output("events where killed > 100 | count")))
        #expect(!shown.contains("warning"))
        t.send("\u{04}")
        #expect(t.exitStatus() == 0)
        #expect(entries(file) == ["events where\nkilled > 100 | count", "events count", "events where\nkilled > 100 | count"])
    }

    @Test(.timeLimit(.minutes(1)))
    func aNarrowTerminalCutsTableRowsAndALongResult() throws {
        let home = try TemporaryFolder("pty")
        let t = try shell(home, columns: 20, rows: 24)
        #expect(t.prompt())
        let shown = run(t, "events")
        let lines = shown.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().dropLast().map(String.init)
        #expect(lines.first?.hasPrefix("id") == true)
        #expect(lines.allSatisfy { $0.count <= 20 }, "\(lines.filter { $0.count > 20 })")
        #expect(lines.contains { $0.hasSuffix("…") })
        // 24 rows: the header, 20 rows, the note, the prompt and the line typed.
        #expect(lines.count == 22)
        #expect(lines.last?.hasPrefix("… \(ExampleCorpus.corpus.events.count - 20) more rows") == true)
        // A wider window: the next result uses it.
        t.resize(columns: 100, rows: 24)
        let wide = run(t, "events | limit 2")
        let wideLines = wide.split(separator: "\n").dropFirst().dropLast().map(String.init)
        #expect(wideLines.count == 3)
        #expect(wideLines.allSatisfy { $0.count <= 100 })
        #expect(wideLines.contains { $0.count > 20 })
        // Other formats print whole.
        _ = run(t, ".mode csv")
        let csv = run(t, "events | select id")
        #expect(csv.split(separator: "\n").count == 1 + 1 + ExampleCorpus.corpus.events.count + 1)   // the line typed, the header, the rows, the prompt
        t.send("\u{04}")
        #expect(t.exitStatus() == 0)
    }

    @Test(.timeLimit(.minutes(1)))
    func colourOnlyWithoutNoColor() throws {
        let home = try TemporaryFolder("pty")
        do {
            let t = try shell(home, corpus: Self.fixture)
            #expect(t.prompt())
            let start = t.position
            _ = run(t, "events count")
            _ = run(t, "events where actr = 1")
            let raw = String(decoding: t.output[start...], as: UTF8.self)
            #expect(raw.contains("\u{1B}[1mcount\u{1B}[0m"))
            #expect(raw.contains("\u{1B}[1;31merror[E0201]"))
            t.send("\u{04}")
            #expect(t.exitStatus() == 0)
        }
        let t = try shell(home, corpus: Self.fixture, environment: ["NO_COLOR": "1"])
        #expect(t.prompt())
        let start = t.position
        let shown = run(t, "events count")
        _ = run(t, "events where actr = 1")
        let raw = String(decoding: t.output[start...], as: UTF8.self)
        #expect(shown.contains(DossierKitTests.run("events count").output))
        #expect(!raw.contains("\u{1B}[1m") && !raw.contains("\u{1B}[1;31m") && !raw.contains("\u{1B}[34m"))
        t.send("\u{04}")
        #expect(t.exitStatus() == 0)
    }

    // MARK: Bad input

    @Test(.timeLimit(.minutes(1)))
    func binaryBytesGetADiagnostic() throws {
        let home = try TemporaryFolder("pty")
        let t = try shell(home, corpus: Self.fixture)
        #expect(t.prompt())
        let start = t.position
        // Invalid UTF-8 reads as U+FFFD, which the query rejects.
        t.send(bytes: [0xFF, 0xFE, 0x80, 0xC3] + Array(" events count\r".utf8))
        #expect(t.expect("error["))
        t.send(bytes: [0xC0, 0xAF, 0xF5, 0x01] + Array("\r".utf8))   // 0x01 is Ctrl-A: to the line's start
        #expect(t.expect("error["))
        #expect(t.prompt())
        #expect(!t.shown(from: start).contains(DossierKitTests.run("events count").output))
        let shown = run(t, "events count")
        #expect(shown.contains(DossierKitTests.run("events count").output))
        t.send("\u{04}")
        #expect(t.exitStatus() == 0)
    }

    @Test(.timeLimit(.minutes(2)))
    func aOneMegabyteLine() throws {
        let home = try TemporaryFolder("pty")
        let t = try shell(home)
        #expect(t.prompt())
        let started = Date()
        let start = t.position
        t.send("events where actor = \"" + String(repeating: "a", count: 1 << 20) + "\" | count\r")
        #expect(t.expect("no actor 'aaaa", timeout: 90))
        #expect(t.prompt())
        #expect(Date().timeIntervalSince(started) < 90)
        #expect(t.shown(from: start, to: t.position).hasSuffix("count\n    0\ndossier> "))
        let shown = run(t, "events count")
        #expect(shown.contains(ExampleCorpus.output("events count")))
        t.send("\u{04}")
        #expect(t.exitStatus() == 0)
        // Too long to keep in the history; the rest is kept.
        #expect(entries(historyFile(home)) == ["events count"])
    }

    @Test(.timeLimit(.minutes(2)))
    func pastingTenThousandLines() throws {
        let home = try TemporaryFolder("pty")
        let t = try shell(home)
        #expect(t.prompt())
        let started = Date()
        let paste = (0..<10_000).map { "events where killed > \($0) | count\r" }.joined()
        t.send(paste)
        t.send("events | select upper(\"paste-done\") as x | limit 1\r")
        #expect(t.expect("PASTE-DONE", timeout: 100))
        #expect(t.prompt())
        #expect(Date().timeIntervalSince(started) < 100)
        let text = plainText(t.output)
        #expect(!text.contains("error"))
        t.send("\u{04}")
        #expect(t.exitStatus() == 0)
        let saved = entries(historyFile(home))
        #expect(saved.count == 2000)
        #expect(saved.last == "events | select upper(\"paste-done\") as x | limit 1")
        #expect(saved.first == "events where killed > 8001 | count")
    }

    @Test(.timeLimit(.minutes(1)))
    func aHistoryThatCannotBeReadIsLeftAloneAndTheShellWorks() throws {
        // A folder where the file should be.
        let home = try TemporaryFolder("pty")
        try FileManager.default.createDirectory(atPath: historyFile(home), withIntermediateDirectories: true)
        do {
            let t = try shell(home, corpus: Self.fixture)
            #expect(t.expect("warning: the history"))
            #expect(t.prompt())
            let shown = run(t, "events count")
            #expect(shown.contains(DossierKitTests.run("events count").output))
            _ = run(t, "events count by type | top 1")
            t.send("\u{04}")
            #expect(t.exitStatus() == 0)
            #expect(plainText(t.output).components(separatedBy: "warning").count == 2)   // said once
            var isFolder: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: historyFile(home), isDirectory: &isFolder) && isFolder.boolValue)
        }
        // A file that is not a history file.
        let other = try TemporaryFolder("pty")
        try FileManager.default.createDirectory(atPath: other.file("state/dossier"), withIntermediateDirectories: true)
        let garbage = Data([0x00, 0xFF, 0x13, 0x37] + Array("not a history\n".utf8))
        try garbage.write(to: URL(fileURLWithPath: historyFile(other)))
        let t = try shell(other, corpus: Self.fixture)
        #expect(t.expect("is not a history file Dossier can read"))
        #expect(t.prompt())
        let shown = run(t, "events count")
        #expect(shown.contains(DossierKitTests.run("events count").output))
        t.send("\u{04}")
        #expect(t.exitStatus() == 0)
        #expect(FileManager.default.contents(atPath: historyFile(other)) == garbage)
    }

    @Test(.timeLimit(.minutes(1)))
    func aStateFolderThatCannotBeMadeGivesOneWarning() throws {
        let home = try TemporaryFolder("pty")
        try FileManager.default.createDirectory(atPath: home.file("state"), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: home.file("state/dossier"), contents: Data("a file\n".utf8))
        let t = try shell(home, corpus: Self.fixture)
        #expect(t.expect("warning: cannot create"))
        #expect(t.prompt())
        let shown = run(t, "events count")
        #expect(shown.contains(DossierKitTests.run("events count").output))
        _ = run(t, "events count by type | top 1")
        t.send("\u{04}")
        #expect(t.exitStatus() == 0)
        #expect(plainText(t.output).components(separatedBy: "warning").count == 2)
        #expect(FileManager.default.contents(atPath: home.file("state/dossier")) == Data("a file\n".utf8))
    }

    @Test(.timeLimit(.minutes(1)))
    func aFullDiskLosesNoHistorySavedBefore() throws {
        let home = try TemporaryFolder("pty")
        let folder = home.file("state/dossier")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // 300 entries, about 11 kB: more than the 4 kB (at most) the shell may write.
        let saved = "_HiStOrY_V2_\n" + (0..<300).map { "events\\040where\\040killed\\040>\\040\($0)\\040|\\040count\n" }.joined()
        try saved.write(toFile: historyFile(home), atomically: false, encoding: .utf8)
        // Files may not grow beyond a few blocks: a write past that fails as on a full disk.
        let t = try shell(home, corpus: Self.fixture, wrapper: ["/bin/sh", "-c", "ulimit -f 8 && trap '' XFSZ && exec \"$0\" \"$@\""])
        #expect(t.prompt())
        // The saved history was read: Ctrl-P brings back its last entry.
        t.send("\u{10}")
        #expect(t.expect("events where killed > 299 | count"))
        var shown = run(t, "")
        #expect(shown.contains(DossierKitTests.run("events where killed > 299 | count").output))
        #expect(shown.contains("warning: cannot save history"))
        shown = run(t, "events count")
        #expect(shown.contains(DossierKitTests.run("events count").output))
        t.send("\u{04}")
        #expect(t.exitStatus() == 0)
        #expect(plainText(t.output).components(separatedBy: "warning").count == 2)
        #expect(try String(contentsOfFile: historyFile(home), encoding: .utf8) == saved)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["history"])
    }
}
