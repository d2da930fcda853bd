import Foundation
import Testing
@testable import DossierKit

/// `dossier run FILE.dq`, `-c`, standard input and `#!` scripts, run as
/// processes: results on stdout, diagnostics on stderr, exit statuses.
@Suite(.serialized, .enabled(if: DossierExecutable.path != nil, Comment(rawValue: DossierExecutable.missing)))
struct ScriptModeTests {
    static let exampleCorpus = ExampleCorpus.path
    /// The fixture (JSON Lines) loads at once; the example corpus is extracted from text.
    static let corpus = Package.path("Tests/Fixtures/corpus")
    var executable: String { DossierExecutable.path! }

    func dossier(_ arguments: [String], stdin: Data? = nil, directory: String? = nil,
                 environment: [String: String]? = nil) throws -> ProcessResult {
        try runProcess(executable, arguments, stdin: stdin, directory: directory, environment: environment)
    }

    static let examples: [String] = {
        let folder = Package.path("Examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".dq") }.sorted().map { folder + "/" + $0 }
    }()

    /// The statements of a script that print a result (queries, not lets or comments).
    func queryCount(_ script: String) throws -> Int {
        let (statements, _) = Parser.parse(SourceText(text: try String(contentsOfFile: script, encoding: .utf8)))
        return statements.filter { if case .query = $0.kind { return true } else { return false } }.count
    }

    @Test(.timeLimit(.minutes(2)))
    func everyExampleScriptRunsCleanly() throws {
        #expect(!Self.examples.isEmpty)
        for script in Self.examples {
            let r = try dossier(["run", script, Self.exampleCorpus])
            #expect(r.status == 0, "\(script): \(r.stderr)")
            #expect(r.stderr.isEmpty, "\(script): \(r.stderr)")
            // One table a query, a blank line between them, no colour in a pipe.
            let tables = r.stdout.components(separatedBy: "\n\n")
            #expect(tables.count == (try queryCount(script)), "\(script)")
            #expect(tables.allSatisfy { $0.split(separator: "\n").count >= 2 }, "\(script): an empty table")
            #expect(!r.stdout.contains("\u{1B}"))
            // The same statements on standard input print the same.
            let piped = try dossier([Self.exampleCorpus], stdin: try Data(contentsOf: URL(fileURLWithPath: script)))
            #expect(piped.status == 0)
            #expect(piped.stdout == r.stdout)
            #expect(piped.stderr.isEmpty)
            if script.hasSuffix("/brief.dq") {
                // The tables are those DossierKit prints for its queries.
                #expect(r.stdout.hasPrefix(ExampleCorpus.output(
                    "events where type = \"agree\" and context not contains \"hypothetical\" | sort by date | select date, location, actors, sentence")))
                #expect(r.stdout.contains("\n\n" + ExampleCorpus.output("events count by type | top 5") + "\n"))
            }
        }
    }

    /// An ingest that meets a file it cannot read stores the rest, names
    /// the file and exits with status 1; the store then opens.
    @Test(.timeLimit(.minutes(1)))
    func anIngestWithAnUnreadableFileStoresTheRestAndExits1() throws {
        let folder = try TemporaryFolder("ingest")
        try FileManager.default.createDirectory(atPath: folder.file("in"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.corpus + "/fixture.jsonl", toPath: folder.file("in/fixture.jsonl"))
        try Data([0x64, 0x61, 0x74, 0x65, 0x00, 0xFF, 0x00]).write(to: URL(fileURLWithPath: folder.file("in/broken.txt")))
        let store = folder.file("news.dossier")
        let r = try dossier(["ingest", folder.file("in"), "--store", store])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("broken.txt"))
        let count = try dossier(["-c", "articles count", "--store", store])
        #expect(count.status == 0, "\(count.stderr)")
        #expect(count.stdout == DossierKitTests.run("articles count").output)

        // With only readable files the same ingest exits 0.
        try FileManager.default.removeItem(atPath: folder.file("in/broken.txt"))
        let again = try dossier(["ingest", folder.file("in"), "--store", store])
        #expect(again.status == 0, "\(again.stderr)")
    }

    /// A write that fails mid-ingest (a file-size limit stands in for a full
    /// disk) gets a message and status 1; the store keeps what it held.
    @Test(.timeLimit(.minutes(1)))
    func anIngestThatCannotWriteSaysSoAndKeepsTheStore() throws {
        let folder = try TemporaryFolder("ingest-full")
        let store = folder.file("news.dossier")
        let first = try dossier(["ingest", Self.corpus, "--store", store])
        #expect(first.status == 0, "\(first.stderr)")
        // `ulimit -f` counts 512-byte blocks in sh: about 200 KB, under what the example corpus needs.
        let limited = try runProcess("/bin/sh", ["-c", "ulimit -f 400; exec \"$0\" ingest \"$1\" --store \"$2\"",
                                                 executable, Self.exampleCorpus, store])
        #expect(limited.status == 1, "\(limited.stderr)")
        #expect(limited.stderr.contains("the disk may be full"), "\(limited.stderr)")
        // The store opens and holds the fixture's articles and at most part of the rest.
        func count(_ r: ProcessResult) -> Int? {
            Int(r.stdout.split(whereSeparator: \.isNewline).last?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "")
        }
        let all = try dossier(["-c", "articles count", "--format", "csv", "--store", store])
        #expect(all.status == 0, "\(all.stderr)")
        let fixtureArticles = Package.fixture.articles.count
        let held = count(all) ?? -1
        #expect(held >= fixtureArticles && held < fixtureArticles + ExampleCorpus.corpus.articles.count, "\(all.stdout)")
        // Without the limit the same ingest finishes and holds both corpora.
        let again = try dossier(["ingest", Self.exampleCorpus, "--store", store])
        #expect(again.status == 0, "\(again.stderr)")
        let both = CorpusLoader.load([Self.corpus, Self.exampleCorpus]).corpus
        let total = try dossier(["-c", "articles count", "--store", store])
        #expect(total.stdout == DossierKitTests.run("articles count", on: both).output)
    }

    /// How to run dossier as a user who may not write a folder: root ignores
    /// permissions, so root runs it as `nobody`, when `setpriv` exists and
    /// nobody can run the executable with its lexicon and read the fixture
    /// (not so in a clone under a private folder); anyone else is refused by modes.
    static let asReader: [String]? = {
        guard let executable = DossierExecutable.path else { return nil }
        if getuid() != 0 { return [executable] }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
        let command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", executable]
        guard let probe = try? runProcess(command[0], Array(command.dropFirst()) + ["-c", "articles count", corpus]),
              probe.status == 0 else { return nil }
        return command
    }()

    /// A store in a folder the user may only read: queries open it; an ingest
    /// into it, or a new store in that folder, is refused with a message that
    /// names the store; nothing in the folder changes.
    @Test(.timeLimit(.minutes(1)), .enabled(if: asReader != nil, "needs setpriv and an executable that user nobody can reach"))
    func aReadOnlyStoreOrFolderOpensAndRefusesWrites() throws {
        let folder = try TemporaryFolder("ingest-readonly")
        chmod(folder.path, 0o755)
        let shelf = folder.file("shelf")
        try FileManager.default.createDirectory(atPath: shelf, withIntermediateDirectories: true)
        let store = shelf + "/news.dossier"
        #expect(try dossier(["ingest", Self.corpus, "--store", store]).status == 0)
        chmod(store, 0o444)
        chmod(shelf, 0o555)
        defer { chmod(shelf, 0o755) }
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        let reader = Self.asReader!
        func asReader(_ arguments: [String]) throws -> ProcessResult {
            try runProcess(reader[0], Array(reader.dropFirst()) + arguments, directory: folder.path)
        }
        let count = try asReader(["-c", "articles count", "--format", "csv", "--store", store])
        #expect(count.status == 0, "\(count.stderr)")
        #expect(count.stdout == "count\r\n\(Package.fixture.articles.count)\r\n")   // CSV lines end in CRLF
        let more = try asReader(["ingest", Self.exampleCorpus, "--store", store])
        #expect(more.status == 1)
        #expect(more.stderr.contains("\(store): cannot write the store"), "\(more.stderr)")
        let fresh = try asReader(["ingest", Self.exampleCorpus, "--store", shelf + "/new.dossier"])
        #expect(fresh.status == 1)
        #expect(fresh.stderr.contains("\(shelf)/new.dossier: cannot write the store"), "\(fresh.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: shelf) == ["news.dossier"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
    }

    @Test(.timeLimit(.minutes(1)))
    func theFirstErrorStopsAScriptWithItsLocation() throws {
        let folder = try TemporaryFolder("script")
        let script = folder.file("failing.dq")
        try "# two good, one bad\nevents count\n\nevents where actr = 1\nevents count by type\n".write(toFile: script, atomically: true, encoding: .utf8)
        let r = try dossier(["run", script, Self.corpus])
        #expect(r.status == 1)
        #expect(r.stdout == DossierKitTests.run("events count").output)   // the statement before ran, the one after did not
        #expect(r.stderr.contains("error[E0201]: unknown field 'actr' on events"))
        #expect(r.stderr.contains("--> \(script):4:14"))

        // A syntax error is found before anything runs.
        try "events count\nevents | sort killed\n".write(toFile: script, atomically: true, encoding: .utf8)
        let syntax = try dossier(["run", script, Self.corpus])
        #expect(syntax.status == 1)
        #expect(syntax.stdout.isEmpty)
        #expect(syntax.stderr.contains("--> \(script):2:15"))
    }

    @Test(.timeLimit(.minutes(1)))
    func oneQueryWithDashC() throws {
        let r = try dossier(["-c", "events count", Self.corpus])
        #expect(r.status == 0)
        #expect(r.stdout == DossierKitTests.run("events count").output)
        #expect(r.stderr.isEmpty)
        let bad = try dossier(["-c", "events where actr = 1", Self.corpus])
        #expect(bad.status == 1)
        #expect(bad.stdout.isEmpty)
        #expect(bad.stderr.contains(" --> 1:14\n"))
        // A warning is no failure.
        let warned = try dossier(["-c", "events where actor = \"Lavorv\" | count", Self.corpus])
        #expect(warned.status == 0)
        #expect(warned.stderr.contains("did you mean 'Lavrov'?"))
        #expect(warned.stdout == "count\n    0\n")
    }

    @Test(.timeLimit(.minutes(1)))
    func usageErrorsExitWithStatusTwo() throws {
        for arguments in [["--no-such-option"], ["run"], ["-c", "events", "--format", "xml", Self.corpus],
                          ["run", "/no/such/script.dq", Self.corpus]] {
            let r = try dossier(arguments)
            #expect(r.status == 2, "\(arguments)")
            #expect(r.stdout.isEmpty, "\(arguments)")
            #expect(!r.stderr.isEmpty, "\(arguments)")
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func standardInputIsAScript() throws {
        let r = try dossier([Self.corpus], stdin: Data("events count\nevents\n| where killed > 100\n| select killed\n".utf8))
        #expect(r.status == 0)
        // No banner, no prompt; a blank line between tables.
        #expect(r.stdout == DossierKitTests.run("events count").output + "\n" + DossierKitTests.run("events | where killed > 100 | select killed").output)
        #expect(r.stderr.isEmpty)
        let bad = try dossier([Self.corpus], stdin: Data("events count\nevents where actr = 1\n".utf8))
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("--> 2:14"))
        // Binary bytes get a diagnostic, not a crash.
        let binary = try dossier([Self.corpus], stdin: Data([0xFF, 0xFE, 0x00, 0x0A, 0xC3]))
        #expect(binary.status == 1)
        #expect(binary.stderr.contains("error["))
        let empty = try dossier([Self.corpus], stdin: Data())
        #expect(empty.status == 0 && empty.stdout.isEmpty && empty.stderr.isEmpty)
    }

    @Test(.timeLimit(.minutes(1)))
    func anExecutableScriptWithAShebangLine() throws {
        let folder = try TemporaryFolder("script")
        let script = folder.file("brief")
        try "#!/usr/bin/env -S dossier run\n# counts\nevents count\n| where 1 = 1\n".write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        let binFolder = (executable as NSString).deletingLastPathComponent
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = binFolder + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        // From another folder: the example corpus is found beside the executable.
        let r = try runProcess(script, [], directory: folder.path, environment: environment)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == ExampleCorpus.output("events count"))
        // With a corpus given after the script.
        let given = try runProcess(script, [Self.corpus], directory: folder.path, environment: environment)
        #expect(given.stdout == DossierKitTests.run("events count").output)
    }

    @Test(.timeLimit(.minutes(2)))
    func bigInputOnStandardInput() throws {
        // A 1 MB line.
        let started = Date()
        let line = "events where actor = \"" + String(repeating: "a", count: 1 << 20) + "\" | count\n"
        let r = try dossier([Self.corpus], stdin: Data(line.utf8))
        #expect(r.status == 0)
        #expect(r.stdout == "count\n    0\n")
        #expect(r.stderr.contains("warning[W0101]"))
        #expect(r.stderr.count < 2000)   // the line is shown as a window, not whole
        // 10,000 statements.
        let script = (0..<10_000).map { "events where killed > \($0) | count\n" }.joined()
        let many = try dossier([Self.corpus], stdin: Data(script.utf8))
        #expect(many.status == 0)
        #expect(many.stdout.components(separatedBy: "count\n").count == 10_001)
        #expect(Date().timeIntervalSince(started) < 100)
    }
}
