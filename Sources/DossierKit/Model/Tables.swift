/// A column of small lists (an event's actors) stored flat: the list of row
/// `i` is `values[offsets[i]..<offsets[i+1]]`. Four bytes a row and four an element.
public struct ListColumn: Sendable {
    public private(set) var offsets: [Int32] = [0]
    public private(set) var values: [Int32] = []

    public init() {}

    /// A column from its parts, as a snapshot holds them; nil unless the
    /// offsets start at 0, never decrease and end at `values.count`.
    init?(offsets: [Int32], values: [Int32]) {
        guard offsets.first == 0, offsets.last.map({ Int($0) == values.count }) ?? false else { return nil }
        for i in 1..<offsets.count where offsets[i] < offsets[i - 1] { return nil }
        self.offsets = offsets
        self.values = values
    }

    /// Rows in the column.
    public var count: Int { offsets.count - 1 }

    public mutating func append<S: Sequence>(_ items: S) where S.Element == Int32 {
        values.append(contentsOf: items)
        offsets.append(Int32(values.count))
    }

    @inline(__always)
    public subscript(row: Int) -> ArraySlice<Int32> {
        values[Int(offsets[row])..<Int(offsets[row + 1])]
    }

    public mutating func reserve(rows: Int, values count: Int) {
        offsets.reserveCapacity(rows + 1)
        values.reserveCapacity(count)
    }
}

/// Strings stored once and referred to by a small code.
public struct StringDictionary: Sendable {
    public private(set) var values: [String] = []
    private var codes: [String: Int32] = [:]

    public init() {}

    /// A dictionary of the given strings, coded in their order (nil when one repeats).
    init?(values: [String]) {
        for v in values { guard codes.updateValue(Int32(codes.count), forKey: v) == nil else { return nil } }
        self.values = values
    }

    public mutating func code(for s: String) -> Int32 {
        if let c = codes[s] { return c }
        let c = Int32(values.count)
        values.append(s)
        codes[s] = c
        return c
    }

    public func existingCode(for s: String) -> Int32? { codes[s] }
}

/// Articles, column by column.
public struct ArticleTable: Sendable {
    public var id: [String] = []
    public var title: [String?] = []
    public var outlet: [String?] = []
    public var byline: [String?] = []
    public var url: [String?] = []
    public var date: [DDate?] = []
    public var lang: [String?] = []
    public var text: [String] = []
    public var words: [Int32] = []
    public var file: [String?] = []
    public var count: Int { id.count }
}

/// Events, column by column: one array per field, names and places as codes.
/// Nulls are sentinels (-1 for codes and counts, 0 for dates, `nullConfidence`).
public struct EventTable: Sendable {
    public var id: [String] = []
    public var article: [Int32] = []
    public var type: [UInt8] = []            // PloverType index; 255 is null
    public var mode: [Int32] = []            // code in Corpus.modes; -1 is null
    public var actors = ListColumn()
    public var source = ListColumn()
    public var target = ListColumn()
    public var location: [Int32] = []        // place row; -1 is null
    public var country: [Int32] = []         // code in Corpus.countries; -1 is null
    public var date: [Int32] = []            // DDate.packed; 0 is null
    public var killed: [Int32] = []
    public var injured: [Int32] = []
    public var context: [UInt8] = []
    public var sentence: [String] = []
    public var spanStart: [Int32] = []
    public var spanEnd: [Int32] = []
    public var confidence: [UInt16] = []     // ten-thousandths; 65535 is null
    public var count: Int { id.count }

    public static let nullType: UInt8 = 255
    public static let nullConfidence: UInt16 = .max
}

/// Actors or places: named entities with aliases.
public struct EntityTable: Sendable {
    public var name: [String] = []
    public var kind: [String?] = []
    public var country: [String?] = []
    public var role: [String?] = []          // actors only
    public var lat: [Double?] = []           // places only
    public var lon: [Double?] = []
    public var aliases: [[String]] = []
    public var count: Int { name.count }

    /// Folded name or alias to rows; a name may be shared by several.
    /// (Set directly only when a snapshot restores a table as it was built.)
    public internal(set) var index: [String: [Int32]] = [:]

    public mutating func append(name: String, kind: String?, country: String?, role: String?,
                                lat: Double?, lon: Double?, aliases: [String]) -> Int32 {
        let row = Int32(self.name.count)
        self.name.append(name)
        self.kind.append(kind)
        self.country.append(country)
        self.role.append(role)
        self.lat.append(lat)
        self.lon.append(lon)
        self.aliases.append([])
        addNames([name] + aliases, to: row)
        return row
    }

    /// Adds aliases to a row (a later record may extend an earlier one).
    public mutating func addNames(_ names: [String], to row: Int32) {
        for n in names {
            let trimmed = n.trimmingSpaces()
            guard !trimmed.isEmpty else { continue }
            if trimmed != name[Int(row)], !aliases[Int(row)].contains(trimmed) { aliases[Int(row)].append(trimmed) }
            let key = TextFold.fold(trimmed)
            if !(index[key]?.contains(row) ?? false) { index[key, default: []].append(row) }
        }
    }

    /// Rows whose name or an alias folds like `text`.
    public func lookup(_ text: String) -> [Int32] {
        index[TextFold.fold(text.trimmingSpaces())] ?? []
    }
}
