/// The four collections a query can start from.
public enum Collection: String, CaseIterable, Sendable {
    case articles, events, actors, places

    /// What one row is called in messages ("an event").
    public var singular: String {
        switch self {
        case .articles: return "article"
        case .events: return "event"
        case .actors: return "actor"
        case .places: return "place"
        }
    }
}

/// The static type of an expression, checked before evaluation.
public indirect enum DType: Equatable, Hashable, Sendable, CustomStringConvertible {
    case any, null, bool, int, decimal, string, date
    case ref(Collection)
    case list(DType)

    public var description: String {
        switch self {
        case .any: return "any"
        case .null: return "null"
        case .bool: return "bool"
        case .int: return "int"
        case .decimal: return "decimal"
        case .string: return "string"
        case .date: return "date"
        case .ref(let c): return c.singular
        case .list(let t): return "list of \(t)"
        }
    }

    /// The element type of a list, or the type itself.
    public var element: DType {
        if case .list(let e) = self { return e }
        return self
    }

    public var isList: Bool {
        if case .list = self { return true }
        return false
    }

    public var isNumeric: Bool { self == .int || self == .decimal }
}

/// Every public field of every collection.
public enum Field: String, Sendable, CaseIterable {
    case id, title, outlet, byline, url, date, lang, text, words, file, events
    case article, type, mode, actors, source, target, location, country, killed, injured
    case context, sentence, span, confidence, cameo, quad
    case name, kind, role, aliases, lat, lon
}

public struct FieldInfo: Sendable {
    public let field: Field
    public let type: DType
    public let summary: String
}

/// The public schema (DESIGN section 2), as `.schema` prints it.
public enum Schema {
    public static func fields(of collection: Collection) -> [FieldInfo] {
        switch collection {
        case .articles:
            return [
                FieldInfo(field: .id, type: .string, summary: "stable id: the file stem or the id given"),
                FieldInfo(field: .title, type: .string, summary: "headline"),
                FieldInfo(field: .outlet, type: .string, summary: "publisher or agency"),
                FieldInfo(field: .byline, type: .string, summary: "author"),
                FieldInfo(field: .url, type: .string, summary: "where it was published"),
                FieldInfo(field: .date, type: .date, summary: "publication date, with precision"),
                FieldInfo(field: .lang, type: .string, summary: "ISO 639-1 language"),
                FieldInfo(field: .text, type: .string, summary: "full text"),
                FieldInfo(field: .words, type: .int, summary: "number of words"),
                FieldInfo(field: .file, type: .string, summary: "path it came from"),
                FieldInfo(field: .events, type: .list(.ref(.events)), summary: "events extracted from it"),
            ]
        case .events:
            return [
                FieldInfo(field: .id, type: .string, summary: "stable id"),
                FieldInfo(field: .article, type: .ref(.articles), summary: "the article it came from"),
                FieldInfo(field: .type, type: .string, summary: "PLOVER category"),
                FieldInfo(field: .mode, type: .string, summary: "refinement: ceasefire, phone, ..."),
                FieldInfo(field: .actors, type: .list(.ref(.actors)), summary: "every participant (`actor` for short)"),
                FieldInfo(field: .source, type: .list(.ref(.actors)), summary: "who acts"),
                FieldInfo(field: .target, type: .list(.ref(.actors)), summary: "who is acted upon"),
                FieldInfo(field: .location, type: .ref(.places), summary: "where"),
                FieldInfo(field: .country, type: .string, summary: "ISO 3166 alpha-3 of the location"),
                FieldInfo(field: .date, type: .date, summary: "when, with precision"),
                FieldInfo(field: .killed, type: .int, summary: "deaths reported"),
                FieldInfo(field: .injured, type: .int, summary: "injuries reported"),
                FieldInfo(field: .context, type: .list(.string), summary: "negated, future, hypothetical, claimed"),
                FieldInfo(field: .sentence, type: .string, summary: "the evidence, verbatim"),
                FieldInfo(field: .span, type: .list(.int), summary: "character range in the article"),
                FieldInfo(field: .confidence, type: .decimal, summary: "0 to 1"),
                FieldInfo(field: .cameo, type: .string, summary: "CAMEO root code, 01 to 20"),
                FieldInfo(field: .quad, type: .int, summary: "GDELT quad class, 1 to 4"),
            ]
        case .actors:
            return [
                FieldInfo(field: .name, type: .string, summary: "canonical name"),
                FieldInfo(field: .kind, type: .string, summary: "person, state, government, military, organization, armed-group, media"),
                FieldInfo(field: .country, type: .string, summary: "ISO 3166 alpha-3"),
                FieldInfo(field: .role, type: .string, summary: "what they are"),
                FieldInfo(field: .aliases, type: .list(.string), summary: "every spelling and language form"),
                FieldInfo(field: .events, type: .list(.ref(.events)), summary: "events they take part in"),
            ]
        case .places:
            return [
                FieldInfo(field: .name, type: .string, summary: "canonical name"),
                FieldInfo(field: .kind, type: .string, summary: "city, region, country"),
                FieldInfo(field: .country, type: .string, summary: "ISO 3166 alpha-3"),
                FieldInfo(field: .lat, type: .decimal, summary: "latitude"),
                FieldInfo(field: .lon, type: .decimal, summary: "longitude"),
                FieldInfo(field: .aliases, type: .list(.string), summary: "every spelling and language form"),
                FieldInfo(field: .events, type: .list(.ref(.events)), summary: "events that happened there"),
            ]
        }
    }

    /// Looks a field up by the name a query uses (`actor` is `actors` on events).
    public static func field(named name: String, in collection: Collection) -> FieldInfo? {
        let lowered = name.lowercased()
        let key = collection == .events && lowered == "actor" ? "actors" : lowered
        return fields(of: collection).first { $0.field.rawValue == key }
    }

    /// Names a user can type for the collection's fields, for suggestions.
    public static func fieldNames(of collection: Collection) -> [String] {
        let names = fields(of: collection).map(\.field.rawValue)
        return collection == .events ? names + ["actor"] : names
    }
}
