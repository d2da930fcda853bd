// Measures query latency over a corpus: loads it once, then runs each query
// several times and prints the median, with the corpus's memory per event.
//
//   swift run -c release dossier-bench CORPUS [--runs 9] [--query 'QUERY' ...]
import DossierKit
import Foundation

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

func residentBytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        return (Int(line.split(separator: " ")[1]) ?? 0) * 1024
    }
    return 0
}

var args = Array(CommandLine.arguments.dropFirst())
var runs = 9
var queries: [String] = []
var paths: [String] = []
while !args.isEmpty {
    let a = args.removeFirst()
    switch a {
    case "--runs" where !args.isEmpty: runs = max(1, Int(args.removeFirst()) ?? runs)
    case "--query" where !args.isEmpty: queries.append(args.removeFirst())
    case "--runs", "--query":
        FileHandle.standardError.write(Data("dossier-bench: \(a) needs a value\n".utf8))
        exit(2)
    default: paths.append(a)
    }
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

let session = Session(corpus: corpus)
print("query\tmedian_ms\tmin_ms\trows")
for q in queries {
    let source = SourceText(text: q)
    let (statements, diagnostics) = Parser.parse(source)
    guard diagnostics.isEmpty, case .query(let query)? = statements.first?.kind else {
        print("\(q)\tparse error"); continue
    }
    var times: [Double] = []
    var rows = 0
    for _ in 0..<runs {
        let start = now()
        var resolver = Resolver(corpus: corpus, environment: session.environment, source: source)
        guard let plan = resolver.resolve(query) else { print("\(q)\tresolve error"); break }
        guard let relation = try? Evaluator(corpus: corpus).run(plan) else { print("\(q)\tevaluation error"); break }
        times.append((now() - start) * 1000)
        rows = relation.count
    }
    guard !times.isEmpty else { continue }
    times.sort()
    print(String(format: "%@\t%.2f\t%.2f\t%d", q, times[times.count / 2], times[0], rows))
}
