/// How results are printed (`--format`, `.mode`).
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, ndjson, csv, tsv, markdown
}

/// The columns a bare collection shows in tabular formats.
enum DefaultColumns {
    static func fields(_ c: Collection) -> [Field] {
        switch c {
        case .events: return [.id, .date, .type, .actors, .location, .sentence]
        case .articles: return [.id, .date, .lang, .outlet, .title]
        case .actors: return [.name, .kind, .country, .role]
        case .places: return [.name, .kind, .country]
        }
    }

    /// The relation as a table of the default columns.
    static func table(_ relation: Relation, _ corpus: Corpus) -> Table {
        switch relation {
        case .table(let t): return t
        case .rows(let c, let selection):
            let fields = fields(c)
            let rows = selection.rows
            let data = fields.map { f in rows.map { corpus.value(c, f, $0) } }
            let columns = fields.map { f in
                ColumnInfo(name: f == .actors ? "actors" : f.rawValue, type: Schema.field(named: f.rawValue, in: c)!.type)
            }
            return Table(columns: columns, data: data)
        }
    }
}

/// Values as text, for the tabular formats.
struct ValueText {
    let corpus: Corpus
    /// What a null prints as.
    var null: String = "null"

    func text(_ v: Value) -> String {
        switch v {
        case .null: return null
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .decimal(let d): return ValueText.decimal(d)
        case .string(let s): return s
        case .date(let d): return d.description
        case .ref(let c, let r): return corpus.displayName(c, r)
        case .list(let items): return items.map { text($0) }.joined(separator: ", ")
        }
    }

    /// Decimals without float noise: up to 6 places, trailing zeros dropped.
    static func decimal(_ d: Double) -> String {
        guard d.isFinite else { return d.isNaN ? "NaN" : (d > 0 ? "inf" : "-inf") }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) + ".0" }
        let s = String(d)
        if s.contains("e") { return s }
        guard let dot = s.firstIndex(of: ".") else { return s }
        let places = s.distance(from: dot, to: s.endIndex) - 1
        if places <= 6 { return s }
        var r = String(format: "%.6f", d)
        while r.hasSuffix("0") { r.removeLast() }
        if r.hasSuffix(".") { r += "0" }
        return r
    }
}
