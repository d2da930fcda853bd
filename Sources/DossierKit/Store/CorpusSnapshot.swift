import Foundation
import GRDB

/// The finished corpus as bytes: every column of `Corpus` (and the problems
/// its records had together) laid out flat, so that reopening a store copies
/// arrays instead of replaying rows through `CorpusBuilder`.
///
/// Layout (little-endian): the magic "DSNP", `format`, then the tables in a
/// fixed order. A number column is its count and its elements; a string
/// column is its count, one 32-bit length per string (`UInt32.max` for nil)
/// and the UTF-8 bytes of all of them. The snapshot is a cache: `decode`
/// checks every length, code and row number against the tables it has read
/// and answers nil for anything else, and the caller then rebuilds from the
/// store's rows.
enum CorpusSnapshot {
    /// Bumped whenever the layout or what a corpus holds changes; a snapshot
    /// of another format is ignored (and rebuilt by the next ingest).
    static let format: UInt32 = 1
    static let magic: [UInt8] = Array("DSNP".utf8)

    static func encode(_ corpus: Corpus, diagnostics: [InputDiagnostic]) -> [UInt8] {
        var w = SnapshotWriter()
        w.raw(magic)
        w.number(format)

        let a = corpus.articles
        w.strings(a.id)
        w.strings(a.title)
        w.strings(a.outlet)
        w.strings(a.byline)
        w.strings(a.url)
        w.numbers(a.date.map { $0?.packed ?? 0 })
        w.strings(a.lang)
        w.strings(a.text)
        w.numbers(a.words)
        w.strings(a.file)

        for table in [corpus.actors, corpus.places] {
            w.strings(table.name)
            w.strings(table.kind)
            w.strings(table.country)
            w.strings(table.role)
            w.optionalDoubles(table.lat)
            w.optionalDoubles(table.lon)
            w.lists(table.aliases)
            let keys = table.index.keys.sorted()
            w.strings(keys)
            w.lists(keys.map { table.index[$0]! })
        }
        w.strings(corpus.modes.values)
        w.strings(corpus.countries.values)

        let e = corpus.events
        w.strings(e.id)
        w.numbers(e.article)
        w.numbers(e.type)
        w.numbers(e.mode)
        for list in [e.actors, e.source, e.target] {
            w.numbers(list.offsets)
            w.numbers(list.values)
        }
        w.numbers(e.location)
        w.numbers(e.country)
        w.numbers(e.date)
        w.numbers(e.killed)
        w.numbers(e.injured)
        w.numbers(e.context)
        w.strings(e.sentence)
        w.numbers(e.spanStart)
        w.numbers(e.spanEnd)
        w.numbers(e.confidence)

        w.number(UInt32(diagnostics.count))
        for d in diagnostics {
            w.strings([d.code.rawValue, d.severity.rawValue, d.file, d.message])
            w.number(Int64(d.line ?? -1))
            w.number(Int64(d.column ?? -1))
        }
        return w.bytes
    }

    /// The corpus a snapshot holds; nil when the bytes are not a whole,
    /// consistent snapshot of this format.
    static func decode(_ bytes: UnsafeRawBufferPointer) -> (corpus: Corpus, diagnostics: [InputDiagnostic])? {
        var r = SnapshotReader(bytes)
        do { return try decode(&r) } catch { return nil }
    }

    private static func decode(_ r: inout SnapshotReader) throws -> (corpus: Corpus, diagnostics: [InputDiagnostic]) {
        guard try r.raw(4) == magic, try r.number(UInt32.self) == format else { throw SnapshotReader.Malformed() }

        var a = ArticleTable()
        a.id = try r.strings()
        let n = a.id.count
        a.title = try r.optionalStrings(n)
        a.outlet = try r.optionalStrings(n)
        a.byline = try r.optionalStrings(n)
        a.url = try r.optionalStrings(n)
        a.date = try r.numbers(Int32.self, n).map { packed in
            guard validDate(packed) else { throw SnapshotReader.Malformed() }
            return DDate(packed: packed)
        }
        a.lang = try r.optionalStrings(n)
        a.text = try r.strings(n)
        a.words = try r.numbers(Int32.self, n)
        a.file = try r.optionalStrings(n)

        var entities: [EntityTable] = []
        for _ in 0..<2 {
            var t = EntityTable()
            t.name = try r.strings()
            let m = t.name.count
            t.kind = try r.optionalStrings(m)
            t.country = try r.optionalStrings(m)
            t.role = try r.optionalStrings(m)
            t.lat = try r.optionalDoubles(m)
            t.lon = try r.optionalDoubles(m)
            t.aliases = try r.stringLists(m)
            let keys = try r.strings()
            let rows = try r.numberLists(keys.count, below: m)
            for (key, list) in zip(keys, rows) {
                guard t.index.updateValue(list, forKey: key) == nil else { throw SnapshotReader.Malformed() }
            }
            entities.append(t)
        }
        let (actors, places) = (entities[0], entities[1])
        guard let modes = StringDictionary(values: try r.strings()),
              let countries = StringDictionary(values: try r.strings()) else { throw SnapshotReader.Malformed() }

        var e = EventTable()
        e.id = try r.strings()
        let k = e.id.count
        e.article = try r.codes(k, below: n, nullable: false)
        e.type = try r.numbers(UInt8.self, k)
        guard e.type.allSatisfy({ Int($0) < PloverType.allCases.count || $0 == EventTable.nullType }) else { throw SnapshotReader.Malformed() }
        e.mode = try r.codes(k, below: modes.values.count, nullable: true)
        var lists: [ListColumn] = []
        for _ in 0..<3 {
            let offsets = try r.numbers(Int32.self, k + 1)
            let values = try r.codes(nil, below: actors.count, nullable: false)
            guard let list = ListColumn(offsets: offsets, values: values) else { throw SnapshotReader.Malformed() }
            lists.append(list)
        }
        (e.actors, e.source, e.target) = (lists[0], lists[1], lists[2])
        e.location = try r.codes(k, below: places.count, nullable: true)
        e.country = try r.codes(k, below: countries.values.count, nullable: true)
        e.date = try r.numbers(Int32.self, k)
        guard e.date.allSatisfy(validDate) else { throw SnapshotReader.Malformed() }
        e.killed = try r.numbers(Int32.self, k)
        e.injured = try r.numbers(Int32.self, k)
        e.context = try r.numbers(UInt8.self, k)
        e.sentence = try r.strings(k)
        e.spanStart = try r.numbers(Int32.self, k)
        e.spanEnd = try r.numbers(Int32.self, k)
        e.confidence = try r.numbers(UInt16.self, k)

        var diagnostics: [InputDiagnostic] = []
        let problems = try r.number(UInt32.self)
        guard Int(problems) <= r.remaining else { throw SnapshotReader.Malformed() }
        for _ in 0..<problems {
            let parts = try r.strings(4)
            guard let code = DiagnosticCode(rawValue: parts[0]), let severity = Severity(rawValue: parts[1]) else {
                throw SnapshotReader.Malformed()
            }
            let line = try r.number(Int64.self), column = try r.number(Int64.self)
            diagnostics.append(InputDiagnostic(code, file: parts[2], line: line < 0 ? nil : Int(line),
                                               column: column < 0 ? nil : Int(column), parts[3], severity: severity))
        }
        guard r.remaining == 0 else { throw SnapshotReader.Malformed() }
        let corpus = Corpus(articles: a, events: e, actors: actors, places: places, modes: modes, countries: countries)
        return (corpus, diagnostics)
    }

    /// 0 (no date) or the packed form of a real year, month or day.
    static func validDate(_ packed: Int32) -> Bool {
        if packed == 0 { return true }
        let m = Int(packed / 100 % 100), d = Int(packed % 100)
        return DDate(year: Int(packed / 10000), month: m == 0 ? nil : m, day: d == 0 ? nil : d)?.packed == packed
    }
}

/// Appends numbers and strings to a snapshot's bytes.
private struct SnapshotWriter {
    var bytes: [UInt8] = []

    mutating func raw(_ b: [UInt8]) { bytes += b }

    mutating func number<T: FixedWidthInteger>(_ v: T) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func numbers<T: FixedWidthInteger>(_ values: [T]) {
        number(UInt64(values.count))
        if 1.littleEndian == 1 {
            values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        } else {
            for v in values { number(v) }
        }
    }

    mutating func strings(_ values: [String]) { strings(values.map(Optional.some)) }

    mutating func strings(_ values: [String?]) {
        number(UInt64(values.count))
        var lengths: [UInt32] = []
        lengths.reserveCapacity(values.count)
        var total = 0
        for v in values {
            let c = v?.utf8.count
            lengths.append(c.map(UInt32.init) ?? .max)
            total += c ?? 0
        }
        lengths.withUnsafeBytes { bytes.append(contentsOf: $0) }
        bytes.reserveCapacity(bytes.count + total)
        for case let v? in values { bytes.append(contentsOf: v.utf8) }
    }

    mutating func optionalDoubles(_ values: [Double?]) {
        numbers(values.map { $0?.bitPattern ?? Double.nan.bitPattern })
        numbers(values.map { $0 == nil ? UInt8(0) : 1 })
    }

    mutating func lists(_ lists: [[String]]) {
        numbers(lists.map { UInt32($0.count) })
        strings(lists.flatMap { $0 })
    }

    mutating func lists(_ lists: [[Int32]]) {
        numbers(lists.map { UInt32($0.count) })
        numbers(lists.flatMap { $0 })
    }
}

/// Reads a snapshot's bytes, throwing at the first thing out of place.
private struct SnapshotReader {
    struct Malformed: Error {}
    let base: UnsafeRawBufferPointer
    var at = 0

    init(_ base: UnsafeRawBufferPointer) { self.base = base }

    var remaining: Int { base.count - at }

    mutating func raw(_ n: Int) throws -> [UInt8] {
        guard n <= remaining else { throw Malformed() }
        defer { at += n }
        return Array(base[at..<at + n])
    }

    mutating func number<T: FixedWidthInteger>(_: T.Type) throws -> T {
        guard MemoryLayout<T>.size <= remaining else { throw Malformed() }
        defer { at += MemoryLayout<T>.size }
        return T(littleEndian: base.loadUnaligned(fromByteOffset: at, as: T.self))
    }

    /// A count, which must be `expected` when one is given and must fit the bytes left.
    mutating func count(_ expected: Int?, elementSize: Int) throws -> Int {
        let c = try number(UInt64.self)
        guard c <= UInt64(remaining / max(elementSize, 1)) else { throw Malformed() }
        if let expected, Int(c) != expected { throw Malformed() }
        return Int(c)
    }

    mutating func numbers<T: FixedWidthInteger>(_: T.Type, _ expected: Int? = nil) throws -> [T] {
        let c = try count(expected, elementSize: MemoryLayout<T>.size)
        let size = c * MemoryLayout<T>.size
        var out = [T](repeating: 0, count: c)
        out.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: base[at..<at + size])) }
        at += size
        if 1.littleEndian != 1 { out = out.map { T(littleEndian: $0) } }
        return out
    }

    /// Codes or row numbers: each in `0..<limit`, or -1 where `nullable`.
    mutating func codes(_ expected: Int?, below limit: Int, nullable: Bool) throws -> [Int32] {
        let values = try numbers(Int32.self, expected)
        let low: Int32 = nullable ? -1 : 0
        guard values.allSatisfy({ $0 >= low && Int($0) < limit }) else { throw Malformed() }
        return values
    }

    mutating func optionalStrings(_ expected: Int? = nil) throws -> [String?] {
        let c = try count(expected, elementSize: 4)
        let lengths = UnsafeRawBufferPointer(rebasing: base[at..<at + 4 * c])
        at += 4 * c
        var out: [String?] = []
        out.reserveCapacity(c)
        for i in 0..<c {
            let length = UInt32(littleEndian: lengths.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))
            if length == .max { out.append(nil); continue }
            let l = Int(length)
            guard l <= remaining else { throw Malformed() }
            out.append(String(decoding: UnsafeRawBufferPointer(rebasing: base[at..<at + l]), as: UTF8.self))
            at += l
        }
        return out
    }

    mutating func strings(_ expected: Int? = nil) throws -> [String] {
        try optionalStrings(expected).map { s in
            guard let s else { throw Malformed() }
            return s
        }
    }

    mutating func optionalDoubles(_ expected: Int) throws -> [Double?] {
        let bits = try numbers(UInt64.self, expected)
        let present = try numbers(UInt8.self, expected)
        return zip(bits, present).map { $1 == 0 ? nil : Double(bitPattern: $0) }
    }

    private mutating func sizes(_ expected: Int) throws -> [Int] {
        try numbers(UInt32.self, expected).map(Int.init)
    }

    mutating func stringLists(_ expected: Int) throws -> [[String]] {
        let sizes = try sizes(expected)
        let flat = try strings(sizes.reduce(0, +))
        var out: [[String]] = [], start = 0
        out.reserveCapacity(expected)
        for s in sizes { out.append(Array(flat[start..<start + s])); start += s }
        return out
    }

    mutating func numberLists(_ expected: Int, below limit: Int) throws -> [[Int32]] {
        let sizes = try sizes(expected)
        let flat = try codes(sizes.reduce(0, +), below: limit, nullable: false)
        var out: [[Int32]] = [], start = 0
        out.reserveCapacity(expected)
        for s in sizes { out.append(Array(flat[start..<start + s])); start += s }
        return out
    }
}

extension CorpusSnapshot {
    /// Parts of at most this size (SQLite refuses values over 1 GB).
    static let partSize = 64 << 20

    /// Builds the snapshot from the store's rows, unless a current one is
    /// there. Run inside a write transaction, so no other ingest changes
    /// the rows between reading and writing.
    static func write(_ db: Database) throws {
        let stored = try Row.fetchOne(db, sql: "SELECT count(*), coalesce(min(format), 0) FROM snapshot")
        if let stored, (stored[0] as Int) > 0, (stored[1] as Int64) == Int64(format) { return }
        try db.execute(sql: "DELETE FROM snapshot")
        let (corpus, diagnostics) = try StoreLoad(db).build()
        let bytes = encode(corpus, diagnostics: diagnostics)
        let statement = try db.makeStatement(sql: "INSERT INTO snapshot(part, format, data) VALUES (?, ?, ?)")
        var start = 0, part = 0
        repeat {
            let end = min(start + partSize, bytes.count)
            try statement.execute(arguments: [part, Int64(format), Data(bytes[start..<end])])
            start = end
            part += 1
        } while start < bytes.count
    }

    /// The corpus from the store's snapshot; nil when it has none of this
    /// format (an older store, or one changed since), or it does not decode.
    static func read(_ db: Database) throws -> (corpus: Corpus, diagnostics: [InputDiagnostic])? {
        guard try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'snapshot'") == 1,
              let info = try Row.fetchOne(db, sql: """
                  SELECT count(*), coalesce(sum(length(data)), 0), min(format), max(format), min(part), max(part) FROM snapshot
                  """) else { return nil }
        let parts: Int = info[0], total: Int = info[1]
        guard parts > 0, info[2] as Int64 == Int64(format), info[3] as Int64 == Int64(format),
              info[4] as Int == 0, info[5] as Int == parts - 1 else { return nil }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: total, alignment: 16)
        defer { buffer.deallocate() }
        var filled = 0
        let cursor = try Row.fetchCursor(db, sql: "SELECT data FROM snapshot ORDER BY part")
        while let row = try cursor.next() {
            let fits = try row.withUnsafeData(atIndex: 0) { data -> Bool in
                guard let data, data.count <= total - filled else { return false }
                data.withUnsafeBytes { UnsafeMutableRawBufferPointer(rebasing: buffer[filled..<filled + $0.count]).copyMemory(from: $0) }
                filled += data.count
                return true
            }
            guard fits else { return nil }
        }
        guard filled == total else { return nil }
        return decode(UnsafeRawBufferPointer(buffer))
    }
}
