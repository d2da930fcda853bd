/// Writes JSON text by hand: fixed key order, no escaping of '/', UTF-8 as is.
struct JSONWriter {
    let corpus: Corpus

    static func string(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += "\\u" + String(scalar.value, radix: 16).leftPadded(4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    func value(_ v: Value) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .decimal(let d): return d.isFinite ? ValueText.decimal(d) : "null"
        case .string(let s): return JSONWriter.string(s)
        case .date(let d): return JSONWriter.string(d.description)
        case .ref(let c, let r): return JSONWriter.string(corpus.displayName(c, r))
        case .list(let items): return "[" + items.map(value).joined(separator: ",") + "]"
        }
    }

    /// `{"k":v,...}` from pairs in order.
    func object(_ pairs: [(String, Value)]) -> String {
        "{" + pairs.map { JSONWriter.string($0.0) + ":" + value($0.1) }.joined(separator: ",") + "}"
    }
}

/// Rows as Dossier JSON Lines records, the format the loader reads back.
struct RecordWriter {
    let corpus: Corpus

    func record(_ c: Collection, _ row: Int32) -> String {
        let json = JSONWriter(corpus: corpus)
        let fields: [Field]
        switch c {
        case .articles: fields = [.id, .title, .outlet, .byline, .url, .date, .lang, .text]   // words and file are derived on load
        case .events: fields = [.id, .article, .type, .mode, .actors, .source, .target, .location, .country, .date,
                                .killed, .injured, .context, .sentence, .span, .confidence]
        case .actors: fields = [.name, .kind, .country, .role, .aliases]
        case .places: fields = [.name, .kind, .country, .lat, .lon, .aliases]
        }
        return json.object([("record", .string(c.singular))] + fields.map { ($0.rawValue, corpus.value(c, $0, row)) })
    }
}
