/// Reading one field of one row as a `Value`: the slow, general path that
/// every field supports. Predicates on hot fields bypass it (see `Predicates`).
extension Corpus {
    public func value(_ c: Collection, _ field: Field, _ row: Int32) -> Value {
        let r = Int(row)
        switch c {
        case .events: return eventValue(field, r)
        case .articles: return articleValue(field, r)
        case .actors, .places: return entityValue(c, field, r)
        }
    }

    func eventValue(_ field: Field, _ r: Int) -> Value {
        let e = events
        switch field {
        case .id: return .string(e.id[r])
        case .article: return .ref(.articles, e.article[r])
        case .type: return e.type[r] == EventTable.nullType ? .null : .string(PloverType.allCases[Int(e.type[r])].rawValue)
        case .mode: return e.mode[r] < 0 ? .null : .string(modes.values[Int(e.mode[r])])
        case .actors: return .list(e.actors[r].map { .ref(.actors, $0) })
        case .source: return .list(e.source[r].map { .ref(.actors, $0) })
        case .target: return .list(e.target[r].map { .ref(.actors, $0) })
        case .location: return e.location[r] < 0 ? .null : .ref(.places, e.location[r])
        case .country: return e.country[r] < 0 ? .null : .string(countries.values[Int(e.country[r])])
        case .date: return DDate(packed: e.date[r]).map(Value.date) ?? .null
        case .killed: return e.killed[r] < 0 ? .null : .int(Int64(e.killed[r]))
        case .injured: return e.injured[r] < 0 ? .null : .int(Int64(e.injured[r]))
        case .context: return .list(EventContext(rawValue: e.context[r]).names.map(Value.string))
        case .sentence: return .string(e.sentence[r])
        case .span: return e.spanStart[r] < 0 ? .null : .list([.int(Int64(e.spanStart[r])), .int(Int64(e.spanEnd[r]))])
        case .confidence: return e.confidence[r] == EventTable.nullConfidence ? .null : .decimal(Double(e.confidence[r]) / 10000)
        case .cameo, .quad:
            guard e.type[r] != EventTable.nullType else { return .null }
            let t = PloverType.allCases[Int(e.type[r])]
            let mode = e.mode[r] < 0 ? nil : modes.values[Int(e.mode[r])]
            return field == .cameo ? .string(t.cameo(mode: mode)) : .int(Int64(t.quad(mode: mode)))
        default: return .null
        }
    }

    func articleValue(_ field: Field, _ r: Int) -> Value {
        let a = articles
        func text(_ s: String?) -> Value { s.map(Value.string) ?? .null }
        switch field {
        case .id: return .string(a.id[r])
        case .title: return text(a.title[r])
        case .outlet: return text(a.outlet[r])
        case .byline: return text(a.byline[r])
        case .url: return text(a.url[r])
        case .date: return a.date[r].map(Value.date) ?? .null
        case .lang: return text(a.lang[r])
        case .text: return .string(a.text[r])
        case .words: return .int(Int64(a.words[r]))
        case .file: return text(a.file[r])
        case .events: return .list(eventsByArticle[r].map { .ref(.events, $0) })
        default: return .null
        }
    }

    func entityValue(_ c: Collection, _ field: Field, _ r: Int) -> Value {
        let t = c == .actors ? actors : places
        func text(_ s: String?) -> Value { s.map(Value.string) ?? .null }
        switch field {
        case .name: return .string(t.name[r])
        case .kind: return text(t.kind[r])
        case .country: return text(t.country[r])
        case .role: return text(t.role[r])
        case .lat: return t.lat[r].map(Value.decimal) ?? .null
        case .lon: return t.lon[r].map(Value.decimal) ?? .null
        case .aliases: return .list(t.aliases[r].map(Value.string))
        case .events: return .list(events(of: c, Int32(r)).map { .ref(.events, $0) })
        default: return .null
        }
    }
}
