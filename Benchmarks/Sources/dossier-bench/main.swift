// Measures query latency over a corpus: loads it once, then runs each query
// several times and prints the median, with the corpus's memory per event.
//
//   swift run -c release dossier-bench CORPUS [--runs 9] [--query 'QUERY' ...] [--results DIR]
//
// With --results DIR, the answer of each query (from its last run) is written
// to DIR/q1.tsv, DIR/q2.tsv, ... for Benchmarks/compare.py to check against
// DuckDB and SQLite: a collection result as its row ids, one a line, in the
// order the query gave them; a table as tab-separated values with a header
// line and nulls left empty.
//
// With --extract, measures extraction instead: the text articles under the
// folders are read once, then extracted again and again (as new articles)
// until --megabytes of text have passed, on one core; the baseline only
// splits sentences and matches the gazetteer.
//
//   swift run -c release dossier-bench --extract Examples/corpus [--megabytes 50] [--runs 5] [--no-baseline]
import DossierKit
import Foundation

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

/// CPU time of this thread: on a shared machine, time stolen by other
/// tenants does not count.
func cpuNow() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// The resident set now (VmRSS) or its high-water mark (VmHWM), in bytes.
func residentBytes(_ field: String = "VmRSS:") -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix(field) {
        return (Int(line.split(separator: " ")[1]) ?? 0) * 1024
    }
    return 0
}

var args = Array(CommandLine.arguments.dropFirst())
var runs = 9
var queries: [String] = []
var paths: [String] = []
var extractMode = false
var megabytes = 50.0
var skipBaseline = false
var resultsDirectory: String? = nil
while !args.isEmpty {
    let a = args.removeFirst()
    switch a {
    case "--runs" where !args.isEmpty: runs = max(1, Int(args.removeFirst()) ?? runs)
    case "--query" where !args.isEmpty: queries.append(args.removeFirst())
    case "--extract": extractMode = true
    case "--no-baseline": skipBaseline = true
    case "--megabytes" where !args.isEmpty: megabytes = max(0.1, Double(args.removeFirst()) ?? megabytes)
    case "--results" where !args.isEmpty: resultsDirectory = args.removeFirst()
    case "--runs", "--query", "--megabytes", "--results":
        FileHandle.standardError.write(Data("dossier-bench: \(a) needs a value\n".utf8))
        exit(2)
    default: paths.append(a)
    }
}
if extractMode {
    runExtractionBenchmark(paths, megabytes: megabytes, runs: runs == 9 ? 5 : runs, baseline: !skipBaseline)
    exit(0)
}
if queries.isEmpty {
    queries = [
        "events where actor = \"Lavrov\"",
        "events where type = \"assault\"",
        "events where location = \"Stepanakert\"",
        "events where killed > 10",
        "events count by location",
        "events where type = \"assault\" and date in 2020-10",
        "events | group by type (n = count(), killed = sum(killed), last = max(date))",
        "events where killed > 0 | sort by killed desc | limit 10",
    ]
}
guard !paths.isEmpty else {
    FileHandle.standardError.write(Data("usage: dossier-bench CORPUS... [--runs N] [--query Q]...\n".utf8))
    exit(2)
}

let rssBefore = residentBytes()
let loadStart = now()
let (corpus, problems) = CorpusLoader.load(paths)
let loadSeconds = now() - loadStart
for p in problems.prefix(5) { FileHandle.standardError.write(Data((p.description + "\n").utf8)) }
let footprint = corpus.footprint()
print(String(format: "load: %.2f s, %d articles, %d events, %d actors, %d places",
             loadSeconds, corpus.articles.count, corpus.events.count, corpus.actors.count, corpus.places.count))
print(String(format: "memory: %.1f bytes/event in event columns and indexes (text excluded); process RSS grew %.0f MB",
             Double(footprint.eventBytes) / Double(max(1, corpus.events.count)), Double(residentBytes() - rssBefore) / 1e6))

if let dir = resultsDirectory {
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
}

/// A result as text for the cross-engine check (see the header comment).
func resultText(_ relation: Relation) -> String {
    switch relation {
    case .rows(let collection, let selection):
        let ids: [String]
        switch collection {
        case .articles: ids = corpus.articles.id
        case .events: ids = corpus.events.id
        case .actors: ids = corpus.actors.name
        case .places: ids = corpus.places.name
        }
        return selection.rows.map { ids[Int($0)] + "\n" }.joined()
    case .table:
        return ResultRenderer(format: .tsv).render(relation, corpus: corpus)
    }
}

let session = Session(corpus: corpus)
print("query\tmedian_ms\tmin_ms\trows")
for (number, q) in queries.enumerated() {
    let source = SourceText(text: q)
    let (statements, diagnostics) = Parser.parse(source)
    guard diagnostics.isEmpty, case .query(let query)? = statements.first?.kind else {
        print("\(q)\tparse error"); continue
    }
    var times: [Double] = []
    var rows = 0
    var last: Relation? = nil
    for _ in 0..<runs {
        let start = now()
        var resolver = Resolver(corpus: corpus, environment: session.environment, source: source)
        guard let plan = resolver.resolve(query) else { print("\(q)\tresolve error"); break }
        guard let relation = try? Evaluator(corpus: corpus).run(plan) else { print("\(q)\tevaluation error"); break }
        times.append((now() - start) * 1000)
        rows = relation.count
        last = relation
    }
    if let dir = resultsDirectory, let last {
        let file = URL(fileURLWithPath: dir).appendingPathComponent("q\(number + 1).tsv")
        try? Data(resultText(last).utf8).write(to: file)
    }
    guard !times.isEmpty else { continue }
    times.sort()
    print(String(format: "%@\t%.2f\t%.2f\t%d", q, times[times.count / 2], times[0], rows))
}
print(String(format: "peak RSS: %.0f MB", Double(residentBytes("VmHWM:")) / 1e6))

/// Extraction throughput in MB of article text per second, median of runs.
func runExtractionBenchmark(_ paths: [String], megabytes: Double, runs: Int, baseline withBaseline: Bool) {
    var files: [String] = []
    for root in paths {
        let url = URL(fileURLWithPath: root)
        if let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil) {
            for case let f as URL in walker where f.pathExtension == "txt" { files.append(f.path) }
        } else if root.hasSuffix(".txt") { files.append(root) }
    }
    files.sort()
    guard !files.isEmpty else {
        FileHandle.standardError.write(Data("dossier-bench: no .txt articles under \(paths.joined(separator: " "))\n".utf8))
        exit(2)
    }
    // Read the articles once (reader, language, date) through the loader.
    let lexicon = Lexicon.builtIn.lexicon
    var loader = CorpusLoader()
    loader.use(lexicon)
    for f in files { loader.addTextArticle([UInt8](FileManager.default.contents(atPath: f) ?? Data()), file: f) }
    let (corpus, _) = loader.finish()
    let a = corpus.articles
    let articles = (0..<a.count).map { ArticleRecord(id: a.id[$0], date: a.date[$0], lang: a.lang[$0], text: a.text[$0]) }
    let bytesPerPass = articles.reduce(0) { $0 + $1.text.utf8.count }
    let passes = max(1, Int((megabytes * 1e6 / Double(bytesPerPass)).rounded(.up)))
    let total = Double(bytesPerPass * passes) / 1e6
    print(String(format: "extraction: %d articles (%.1f KB) x %d passes = %.1f MB of text per run, %d runs, one core",
                 articles.count, Double(bytesPerPass) / 1e3, passes, total, runs))
    func measure(_ name: String, _ body: (ArticleRecord) -> Int) {
        var rates: [Double] = [], cpuRates: [Double] = []
        var produced = 0
        for _ in 0..<runs {
            produced = 0
            let start = now(), cpuStart = cpuNow()
            for p in 0..<passes {
                for var article in articles {
                    article.id = "\(article.id)-\(p)"
                    produced += body(article)
                }
            }
            rates.append(total / (now() - start))
            cpuRates.append(total / (cpuNow() - cpuStart))
        }
        rates.sort()
        cpuRates.sort()
        print(String(format: "%@\tmedian %.1f MB per CPU second (min %.1f, max %.1f); wall clock %.1f MB/s\t(%d items per run)",
                     name, cpuRates[cpuRates.count / 2], cpuRates[0], cpuRates[cpuRates.count - 1], rates[rates.count / 2], produced))
    }
    let extractor = Extractor.withSentenceSplitter(lexicon: lexicon)
    measure("extract (events)", { extractor.extract($0).count })
    guard withBaseline else { return }
    let baseline = Extractor.withSentenceSplitter(lexicon: lexicon)
    measure("baseline: split + gazetteer (mentions)", { baseline.baselineScan($0) })
}
