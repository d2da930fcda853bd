/// One article as read from a file, before it joins a corpus.
public struct ArticleRecord: Sendable, Equatable {
    public var id: String
    public var title: String?
    public var outlet: String?
    public var byline: String?
    public var url: String?
    public var date: DDate?
    public var lang: String?
    public var text: String
    public var file: String?

    public init(id: String, title: String? = nil, outlet: String? = nil, byline: String? = nil, url: String? = nil,
                date: DDate? = nil, lang: String? = nil, text: String = "", file: String? = nil) {
        self.id = id; self.title = title; self.outlet = outlet; self.byline = byline; self.url = url
        self.date = date; self.lang = lang; self.text = text; self.file = file
    }
}

/// One event with its entities still as names.
public struct EventRecord: Sendable, Equatable {
    public var id: String?
    public var article: String
    public var type: PloverType?
    public var mode: String?
    /// Every participant; when nil, the source and target together.
    public var actors: [String]?
    public var source: [String] = []
    public var target: [String] = []
    public var location: String?
    public var country: String?
    public var date: DDate?
    public var killed: Int?
    public var injured: Int?
    public var context: EventContext = []
    public var sentence: String = ""
    public var span: (Int, Int)?
    public var confidence: Double?
    /// The date is the article's, for want of one in the sentence (used
    /// when mentions of one act are merged; not part of the record).
    var dateFromArticle = false
    /// Which sentence of the article the event comes from.
    var sentenceIndex = 0

    public init(article: String) { self.article = article }

    public static func == (a: EventRecord, b: EventRecord) -> Bool {
        a.id == b.id && a.article == b.article && a.type == b.type && a.mode == b.mode && a.actors == b.actors
            && a.source == b.source && a.target == b.target && a.location == b.location && a.country == b.country
            && a.date == b.date && a.killed == b.killed && a.injured == b.injured && a.context == b.context
            && a.sentence == b.sentence && a.span?.0 == b.span?.0 && a.span?.1 == b.span?.1 && a.confidence == b.confidence
    }
}

/// An actor or a place as declared in a file.
public struct EntityRecord: Sendable, Equatable {
    public var name: String
    public var kind: String?
    public var country: String?
    public var role: String?
    public var lat: Double?
    public var lon: Double?
    public var aliases: [String] = []

    public init(name: String, kind: String? = nil, country: String? = nil, role: String? = nil,
                lat: Double? = nil, lon: Double? = nil, aliases: [String] = []) {
        self.name = name; self.kind = kind; self.country = country; self.role = role
        self.lat = lat; self.lon = lon; self.aliases = aliases
    }
}
