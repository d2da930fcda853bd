import Foundation

/// Minimum figures an evaluation must reach (`dossier eval --min-recall 0.8`).
public struct EvalThresholds: Sendable {
    public var precision: Double?
    public var recall: Double?
    public var f1: Double?
    public var dateAccuracy: Double?
    public var casualtyAccuracy: Double?

    public init(precision: Double? = nil, recall: Double? = nil, f1: Double? = nil,
                dateAccuracy: Double? = nil, casualtyAccuracy: Double? = nil) {
        self.precision = precision; self.recall = recall; self.f1 = f1
        self.dateAccuracy = dateAccuracy; self.casualtyAccuracy = casualtyAccuracy
    }

    /// One line per figure below its minimum.
    public func failures(_ e: Evaluation) -> [String] {
        var out: [String] = []
        func check(_ name: String, _ value: Double?, _ minimum: Double?) {
            guard let minimum else { return }
            guard let value else { out.append("\(name): no matched pair to measure (minimum \(fmt(minimum)))"); return }
            if value + 1e-9 < minimum { out.append("\(name) \(fmt(value)) is below the minimum \(fmt(minimum))") }
        }
        check("precision", e.overall.precision, precision)
        check("recall", e.overall.recall, recall)
        check("F1", e.overall.f1, f1)
        check("date accuracy", e.date.value, dateAccuracy)
        check("casualty accuracy", e.casualties.value, casualtyAccuracy)
        return out
    }
}

func fmt(_ x: Double) -> String { String(format: "%.2f", x) }

extension Evaluation {
    /// The report `dossier eval` prints: the figures, then (unless
    /// `lists` is false) every miss and every extra with its sentence.
    public func report(corpus: Corpus, goldFile: String, lists: Bool = true) -> String {
        var out: [String] = []
        let unscoredNote = unscored > 0 ? "; \(unscored) negated, future or hypothetical left out" : ""
        out.append("\(overall.gold) gold events, \(overall.extracted) extracted events in \(articles) articles (gold: \(goldFile)\(unscoredNote))")
        out.append("")
        var rows: [[String]] = [["type", "gold", "extracted", "matched", "precision", "recall", "F1"]]
        for t in PloverType.allCases {
            guard let c = byType[t], c.gold + c.extracted > 0 else { continue }
            rows.append([t.rawValue, "\(c.gold)", "\(c.extracted)", "\(c.matched)", fmt(c.precision), fmt(c.recall), fmt(c.f1)])
        }
        rows.append(["overall", "\(overall.gold)", "\(overall.extracted)", "\(overall.matched)",
                     fmt(overall.precision), fmt(overall.recall), fmt(overall.f1)])
        let widths = (0..<rows[0].count).map { k in rows.map { $0[k].count }.max()! }
        for (i, r) in rows.enumerated() {
            if i == rows.count - 1 { out.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
            out.append(r.enumerated().map { k, cell in
                k == 0 ? cell.padding(toLength: widths[k], withPad: " ", startingAt: 0)
                       : String(repeating: " ", count: widths[k] - cell.count) + cell
            }.joined(separator: "  "))
        }
        out.append("")
        func accuracy(_ name: String, _ a: Accuracy, _ what: String) -> String {
            guard let v = a.value else { return "\(name)  -     (no matched pair has a gold \(what))" }
            return "\(name)  \(fmt(v))  (\(a.correct) of \(a.total) matched pairs with a gold \(what))"
        }
        out.append(accuracy("date accuracy    ", date, "date"))
        out.append(accuracy("casualty accuracy", casualties, "casualty count"))
        guard lists else { return out.joined(separator: "\n") }

        let events = corpus.events
        func describe(_ row: Int32) -> String {
            let e = Int(row)
            var parts = [events.id[e]]
            let t = events.type[e]
            parts.append(t == EventTable.nullType ? "-" : PloverType.allCases[Int(t)].rawValue)
            let actors = events.actors[e].map { corpus.actors.name[Int($0)] }
            parts.append("[" + actors.joined(separator: "; ") + "]")
            if events.location[e] >= 0 { parts.append("@" + corpus.places.name[Int(events.location[e])]) }
            if let d = DDate(packed: events.date[e]) { parts.append(d.description) }
            if events.killed[e] >= 0 { parts.append("killed \(events.killed[e])") }
            if events.injured[e] >= 0 { parts.append("injured \(events.injured[e])") }
            return parts.joined(separator: "  ")
        }
        func describe(_ g: GoldEvent) -> String {
            var parts = ["line \(g.line)", g.article, g.types.map(\.rawValue).joined(separator: "|")]
            parts.append("[" + g.actors.joined(separator: "; ") + "]")
            if let l = g.location { parts.append("@" + l) }
            if let d = g.date { parts.append(d.description) }
            if let k = g.killed { parts.append("killed \(k)") }
            if let i = g.injured { parts.append("injured \(i)") }
            return parts.joined(separator: "  ")
        }
        func quoted(_ s: String) -> String {
            let flat = s.split(whereSeparator: \.isNewline).joined(separator: " ")
            return "      \"" + (flat.count > 300 ? String(flat.prefix(300)) + "…" : flat) + "\""
        }
        let wrong = pairs.filter { $0.dateCorrect == false || $0.casualtiesCorrect == false }
        if !wrong.isEmpty {
            out.append("")
            out.append("matched with a wrong date or casualty count (\(wrong.count)):")
            for p in wrong {
                out.append("  gold   " + describe(p.gold))
                out.append("  found  " + describe(p.event))
                out.append(quoted(events.sentence[Int(p.event)]))
            }
        }
        out.append("")
        out.append("misses (\(misses.count)):")
        for g in misses {
            out.append("  " + describe(g))
            if !g.note.isEmpty { out.append("      note: " + g.note) }
            if corpus.articleByID[g.article] == nil { out.append("      (article '\(g.article)' is not in the corpus)") }
        }
        out.append("")
        out.append("extras (\(extras.count)):")
        for row in extras {
            out.append("  " + describe(row))
            out.append(quoted(events.sentence[Int(row)]))
        }
        return out.joined(separator: "\n")
    }
}
