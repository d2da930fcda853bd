import Foundation

/// One place where statements run, shared by the shell, scripts, `-c` and
/// test files: it holds the corpus, the `let` definitions and the output
/// settings, and reports everything through `SessionOutput`.
public final class Session {
    public private(set) var corpus: Corpus
    public private(set) var corpusPaths: [String]
    public var environment = Environment()
    public var format: OutputFormat = .table
    public var timer = false
    /// What text articles are read with (`.open` keeps it).
    public lazy var lexicon: Lexicon = Lexicon.builtIn.lexicon
    /// Set by the shell's Ctrl-C handler; polled by long queries.
    public let cancellation = CancellationFlag()
    /// Set when `.quit` (or `.exit`) runs, for the shell to leave; the shell clears it.
    public var quitRequested = false

    public init(corpus: Corpus, paths: [String] = []) {
        self.corpus = corpus
        self.corpusPaths = paths
    }

    /// Loads a corpus from paths; problems are reported, and whatever loaded is used.
    /// Loads a corpus from paths with the built-in lexicon and the user's
    /// lexicon files; problems are reported, and whatever loaded is used.
    public static func load(_ paths: [String], lexiconFiles: [String] = []) -> (Session, [InputDiagnostic]) {
        let (lexicon, lexiconProblems) = lexiconFiles.isEmpty ? (Lexicon.builtIn.lexicon, []) : Lexicon.builtIn(adding: lexiconFiles)
        let (corpus, diagnostics) = loadCorpus(paths, lexicon: lexicon)
        let session = Session(corpus: corpus, paths: paths)
        session.lexicon = lexicon
        return (session, lexiconProblems + diagnostics)
    }

    /// Opens a store (`NAME.dossier`) on its own; a store that cannot be read is an error.
    public static func openStore(_ path: String) throws(StoreError) -> (Session, [InputDiagnostic]) {
        let (corpus, diagnostics) = try StoreReader.load(path)
        return (Session(corpus: corpus, paths: [path]), diagnostics)
    }

    /// Loads files and folders, or one store: a path that is a store opens
    /// it, and a store that cannot be read becomes one diagnostic.
    public static func loadCorpus(_ paths: [String], lexicon: Lexicon = Lexicon.builtIn.lexicon) -> (corpus: Corpus, diagnostics: [InputDiagnostic]) {
        if paths.count == 1, StoreSchema.isStore(paths[0]) {
            do {
                return try StoreReader.load(paths[0])
            } catch {
                return (Corpus.empty, [InputDiagnostic(.unreadableFile, file: error.path, error.reason)])
            }
        }
        return CorpusLoader.load(paths, lexicon: lexicon)
    }

    /// Runs every statement in the source, in order. With `stopOnError`, the
    /// first statement that fails ends the run. Returns whether all succeeded.
    @discardableResult
    public func run(_ source: SourceText, output: SessionOutput, stopOnError: Bool = true) -> Bool {
        let (statements, parseDiagnostics) = Parser.parse(source)
        if parseDiagnostics.contains(where: \.isError) {
            output.diagnostics(parseDiagnostics, source)
            return false
        }
        var ok = true
        for statement in statements {
            if !execute(statement, source, output) {
                ok = false
                if stopOnError { break }
            }
            if case .command(let name, _) = statement.kind, name.value == "quit" || name.value == "exit" { break }
        }
        return ok
    }

    /// Resolves a query's text without running it (for `.dqt` error records and tools).
    public func check(_ source: SourceText) -> [Diagnostic] {
        let (statements, diagnostics) = Parser.parse(source)
        if diagnostics.contains(where: \.isError) { return diagnostics }
        var all = diagnostics
        for s in statements {
            if case .query(let q) = s.kind {
                var resolver = Resolver(corpus: corpus, environment: environment, source: source)
                _ = resolver.resolve(q)
                all += resolver.collected
            }
        }
        return all
    }

    func execute(_ statement: Statement, _ source: SourceText, _ output: SessionOutput) -> Bool {
        switch statement.kind {
        case .query(let query):
            var resolver = Resolver(corpus: corpus, environment: environment, source: source)
            let plan = resolver.resolve(query)
            output.diagnostics(resolver.collected, source)
            guard let plan else { return false }
            let started = DispatchTime.now().uptimeNanoseconds
            cancellation.reset()
            let flag = cancellation
            do {
                let relation = try Evaluator(corpus: corpus, isCancelled: { flag.isSet }).run(plan)
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
                output.result(relation, corpus)
                if timer { output.message(String(format: "Run Time: %.3f s (%d rows)", elapsed, relation.count)) }
                return true
            } catch {
                output.diagnostics([Diagnostic(.cancelled, "query cancelled", at: query.range)], source)
                return false
            }
        case .letValue(let name, let expr):
            var resolver = Resolver(corpus: corpus, environment: environment, source: source)
            do {
                let r = try resolver.resolve(expr, in: .table([]))
                output.diagnostics(resolver.collected, source)
                guard r.isRowFree else {
                    output.diagnostics([Diagnostic(.argumentType, "a let value must not depend on a row", at: expr.range)], source)
                    return false
                }
                let value = ExprCompiler(corpus: corpus, table: nil).value(r)(0)
                environment.define(name.value, value: value, type: r.type)
                return true
            } catch {
                output.diagnostics(resolver.collected, source)
                return false
            }
        case .letQuery(let name, let query):
            // `let b = a` where a is a value names the same value.
            if query.stages.isEmpty, let (value, type) = environment.value(query.source.value) {
                environment.define(name.value, value: value, type: type)
                return true
            }
            var resolver = Resolver(corpus: corpus, environment: environment, source: source)
            let plan = resolver.resolve(query)
            output.diagnostics(resolver.collected, source)
            guard plan != nil else { return false }
            environment.define(name.value, query: query, source: source)
            return true
        case .command(let name, let argument):
            if name.value == "quit" || name.value == "exit" { quitRequested = true }
            return command(name, argument, source, output)
        }
    }

    /// Replaces the corpus (`.open`, with files and folders or one store);
    /// the old one stays if nothing loads.
    @discardableResult
    public func open(_ paths: [String], output: SessionOutput) -> Bool {
        let (loaded, diagnostics) = Session.loadCorpus(paths, lexicon: lexicon)
        for d in diagnostics { output.inputDiagnostic(d) }
        if loaded.articles.count == 0 && diagnostics.contains(where: { $0.severity == .error }) {
            output.message("nothing loaded; keeping the corpus from \(corpusPaths.joined(separator: " "))")
            return false
        }
        corpus = loaded
        corpusPaths = paths
        return true
    }
}

/// Set from another thread, or observed from a flag a signal handler sets
/// (a handler cannot take a lock); read by a running query.
public final class CancellationFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    private var observed: (@Sendable () -> Bool)?
    public init() {}
    public var isSet: Bool {
        lock.lock()
        let (value, observed) = (self.value, self.observed)
        lock.unlock()
        return value || observed?() == true
    }
    public func set() { lock.lock(); value = true; lock.unlock() }
    /// Clears what `set` set; an observed source is the observer's to clear.
    public func reset() { lock.lock(); value = false; lock.unlock() }
    /// Also counts as set whenever `source` returns true (e.g. the shell's Ctrl-C flag).
    public func observe(_ source: @escaping @Sendable () -> Bool) {
        lock.lock(); observed = source; lock.unlock()
    }
}

/// Where a session's results and messages go.
public protocol SessionOutput: AnyObject {
    func result(_ relation: Relation, _ corpus: Corpus)
    func diagnostics(_ items: [Diagnostic], _ source: SourceText)
    func inputDiagnostic(_ item: InputDiagnostic)
    func message(_ text: String)
}
