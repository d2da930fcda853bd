import ArgumentParser
import DossierKit
import Foundation

/// The `dossier` command: parses flags, picks a mode, sets the exit status.
/// Everything else happens in DossierKit.
struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Ask news articles who did what to whom, where and when.",
        subcommands: [Shell.self, Run.self, Test.self, Eval.self, Ingest.self],
        defaultSubcommand: Shell.self
    )
}

struct Options: ParsableArguments {
    @Option(name: .long, help: "Output format: table, json, ndjson, csv, tsv, markdown.")
    var format: String?

    @OptionGroup var lexicon: LexiconOptions

    func apply(to session: Session) throws {
        guard let format else { return }
        guard let f = OutputFormat(rawValue: format.lowercased()) else {
            throw ValidationError("unknown format '\(format)'; use one of \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        session.format = f
    }
}

struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: ArgumentHelp(
        "Add a lexicon file to the built-in one (actors .tsv, places .tsv with 'place' in its name, or a language XX.lex); repeatable.",
        valueName: "FILE"))
    var files: [String] = []
}

struct StoreOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Open this store (made by `dossier ingest`) instead of files.", valueName: "NAME.dossier"))
    var store: String?
}

/// Writes to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Opens a session on the paths, a store (`--store`, or one path that is a
/// store) or the example corpus, reporting load problems.
func openSession(_ paths: [String], lexiconFiles: [String] = [], store: String? = nil, quietSummary: Bool = true) throws -> (Session, StreamOutput) {
    var paths = paths
    if let store, !paths.isEmpty {
        throw ValidationError("give either --store \(store) or corpus paths, not both")
    }
    if let storePath = store ?? (paths.count == 1 && StoreSchema.isStore(paths[0]) ? paths[0] : nil) {
        do {
            let (session, problems) = try Session.openStore(storePath)
            let output = StreamOutput.standard(session: session, width: { Terminal.width(fd: 1) },
                                               color: Terminal.colorAllowed(fd: 2) && Terminal.isTerminal(1))
            for p in problems { output.inputDiagnostic(p) }
            return (session, output)
        } catch {
            printError("dossier: \(error)")
            throw ExitCode(1)
        }
    }
    if paths.isEmpty {
        guard let found = DefaultCorpus.locate() else {
            throw ValidationError("no corpus given and no Examples/corpus found; pass a folder or file")
        }
        paths = [found]
    }
    let (session, problems) = Session.load(paths, lexiconFiles: lexiconFiles)
    let color = Terminal.colorAllowed(fd: 2)
    let output = StreamOutput.standard(session: session, width: { Terminal.width(fd: 1) },
                                       color: color && Terminal.isTerminal(1))
    for p in problems { output.inputDiagnostic(p) }
    return (session, output)
}

struct Shell: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell",
        abstract: "Open the interactive shell (the default), or run one query with -c."
    )

    @Option(name: .short, help: "Run one query and exit.")
    var command: String?

    @OptionGroup var options: Options
    @OptionGroup var store: StoreOption

    @Argument(help: "Corpus folders, article files or .jsonl files, or one NAME.dossier store (default: the example corpus).")
    var paths: [String] = []

    func run() throws {
        let (session, output) = try openSession(paths, lexiconFiles: options.lexicon.files, store: store.store)
        try options.apply(to: session)
        if let command {
            let ok = session.run(SourceText(name: "<command>", text: command), output: output)
            throw ExitCode(ok ? 0 : 1)
        }
        if !Terminal.isTerminal(0) {
            let text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            let ok = session.run(SourceText(name: "<stdin>", text: text), output: output)
            throw ExitCode(ok ? 0 : 1)
        }
        throw ExitCode(Repl(session: session).loop())
    }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run a script of statements; stop at the first error.")

    @Argument(help: "The script (.dq).")
    var script: String

    @OptionGroup var options: Options
    @OptionGroup var store: StoreOption

    @Argument(help: "Corpus paths (default: the example corpus).")
    var paths: [String] = []

    func run() throws {
        guard let data = FileManager.default.contents(atPath: script) else {
            throw ValidationError("cannot read script '\(script)'")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("script '\(script)' is not UTF-8 text")
        }
        let (session, output) = try openSession(paths, lexiconFiles: options.lexicon.files, store: store.store)
        try options.apply(to: session)
        let ok = session.run(SourceText(name: script, text: text), output: output)
        throw ExitCode(ok ? 0 : 1)
    }
}

struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run test query files (.dqt).")

    @Argument(help: "Files or folders (default: Tests/Queries).")
    var paths: [String] = []

    @Flag(help: "Rewrite the expected output in place (refused when CI is set).")
    var update = false

    @Option(help: "Write a JUnit XML report to this file.")
    var junit: String?

    func run() throws {
        if update, ProcessInfo.processInfo.environment["CI"] != nil {
            throw ValidationError("--update is refused when CI is set")
        }
        let (files, problems) = TestRunner.files(in: paths.isEmpty ? ["Tests/Queries"] : paths)
        for p in problems { FileHandle.standardError.write(Data((p.description + "\n").utf8)) }
        let runner = TestRunner(defaultCorpus: { DefaultCorpus.locate().map { [$0] } ?? [] })
        for f in files { runner.run(file: f, update: update) }
        let report = runner.failureReport()
        if !report.isEmpty { print(report) }
        if let junit {
            try runner.junit().write(toFile: junit, atomically: true, encoding: .utf8)
        }
        print(runner.summary)
        throw ExitCode(runner.failed == 0 && problems.isEmpty ? 0 : 1)
    }
}

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score extraction against a gold file: precision, recall, F1, date and casualty accuracy.",
        discussion: """
            Prints the figures overall and per event type, then every miss and every extra \
            with its sentence. Exits with status 1 when a --min figure is not reached or the \
            gold file has errors.
            """
    )

    @Option(help: ArgumentHelp("The gold file (DESIGN section 7: article, type, actors, location, date, killed, injured).", valueName: "FILE"))
    var gold: String

    @Argument(help: "Corpus paths (default: the example corpus).")
    var paths: [String] = []

    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var store: StoreOption

    @Flag(help: "Print only the figures, not the misses and extras.")
    var summary = false

    @Flag(help: "Also score events the text negates, expects or supposes.")
    var allContexts = false

    @Option(help: ArgumentHelp("Exit with status 1 when precision is lower.", valueName: "X")) var minPrecision: Double?
    @Option(help: ArgumentHelp("Exit with status 1 when recall is lower.", valueName: "X")) var minRecall: Double?
    @Option(help: ArgumentHelp("Exit with status 1 when F1 is lower.", valueName: "X")) var minF1: Double?
    @Option(help: ArgumentHelp("Exit with status 1 when date accuracy is lower.", valueName: "X")) var minDateAccuracy: Double?
    @Option(help: ArgumentHelp("Exit with status 1 when casualty accuracy is lower.", valueName: "X")) var minCasualtyAccuracy: Double?

    func run() throws {
        let (gold, goldProblems) = GoldFile.read(path: gold)
        if goldProblems.contains(where: { $0.code == .unreadableFile }) || (gold.isEmpty && goldProblems.contains(where: { $0.severity == .error })) {
            for p in goldProblems { FileHandle.standardError.write(Data((p.description + "\n").utf8)) }
            throw ExitCode(2)
        }
        let (session, output) = try openSession(paths, lexiconFiles: lexicon.files, store: store.store)
        let problems = goldProblems + GoldFile.unknownNames(gold, corpus: session.corpus, lexicon: session.lexicon, file: self.gold)
        for p in problems { output.inputDiagnostic(p) }
        let evaluation = Evaluation(corpus: session.corpus, gold: gold, includeAllContexts: allContexts)
        print(evaluation.report(corpus: session.corpus, goldFile: self.gold, lists: !summary))
        let thresholds = EvalThresholds(precision: minPrecision, recall: minRecall, f1: minF1,
                                        dateAccuracy: minDateAccuracy, casualtyAccuracy: minCasualtyAccuracy)
        let failures = thresholds.failures(evaluation)
        for f in failures { FileHandle.standardError.write(Data(("eval: " + f + "\n").utf8)) }
        throw ExitCode(failures.isEmpty && !problems.contains(where: { $0.severity == .error }) ? 0 : 1)
    }
}

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read and extract files once into a store that later commands open without reading them again.",
        discussion: """
            Running it again adds new files, re-reads changed ones (by content hash, or \
            all text articles when the lexicon changed) and leaves unchanged ones; files \
            gone from disk are removed only with --prune. Each file is written in its own \
            transaction, so an interrupted ingest keeps every file it finished.
            """
    )

    @Argument(help: "Corpus folders, article files or .jsonl files.")
    var paths: [String]

    @Option(name: .long, help: ArgumentHelp("The store to create or update.", valueName: "NAME.dossier"))
    var store: String

    @Flag(help: "Remove files from the store that no longer exist on disk.")
    var prune = false

    @OptionGroup var lexicon: LexiconOptions

    func run() throws {
        let (lexicon, lexiconProblems) = self.lexicon.files.isEmpty ? (Lexicon.builtIn.lexicon, []) : Lexicon.builtIn(adding: self.lexicon.files)
        for p in lexiconProblems { printError(p.description) }
        let progress = Terminal.isTerminal(2) ? IngestProgress { text in FileHandle.standardError.write(Data(text.utf8)) } : nil
        // A file-size limit then fails a write (as a full disk does) instead
        // of killing the process, so the message says what happened.
        signal(SIGXFSZ, SIG_IGN)
        do {
            let writer = try StoreWriter(path: store, lexicon: lexicon, lexiconFiles: self.lexicon.files)
            let report = try writer.ingest(paths, prune: prune, progress: progress)
            for d in report.diagnostics { printError(d.description) }
            printError("\(store): " + report.summary)
            // Like a loader, ingest keeps what it could read; a file it could
            // not read makes the status 1, so a script notices.
            if report.skipped > 0 { throw ExitCode(1) }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            printError("dossier: \(error)")
            throw ExitCode(1)
        }
    }
}

// Usage errors (unknown options, missing arguments, bad values) exit with
// status 2, as shells and sqlite3 do; failures of a query or script exit 1.
do {
    var command = try Dossier.parseAsRoot()
    try command.run()
} catch {
    if Dossier.exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((Dossier.fullMessage(for: error) + "\n").utf8))
        exit(2)
    }
    Dossier.exit(withError: error)
}
