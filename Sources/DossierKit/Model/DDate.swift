/// A date with precision: a day (`2020-10-09`), a month (`2020-10`) or a year
/// (`2020`). News often gives only a month; a coarser date never pretends to
/// name a day.
///
/// Stored as one packed integer `yyyymmdd` with `mm` or `dd` zero when
/// unknown, so that sorting by `packed` puts a month before its days.
public struct DDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public enum Precision: Int, Sendable { case year, month, day }

    public let packed: Int32

    public var year: Int { Int(packed / 10000) }
    public var month: Int? { let m = Int(packed / 100 % 100); return m == 0 ? nil : m }
    public var day: Int? { let d = Int(packed % 100); return d == 0 ? nil : d }

    public var precision: Precision {
        packed % 100 != 0 ? .day : (packed / 100 % 100 != 0 ? .month : .year)
    }

    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let m = month { guard (1...12).contains(m) else { return nil } }
        if let d = day {
            guard let m = month, (1...DDate.daysIn(year: year, month: m)).contains(d) else { return nil }
        }
        packed = Int32(year * 10000 + (month ?? 0) * 100 + (day ?? 0))
    }

    /// A date from its packed form; nil for 0 (no date).
    public init?(packed: Int32) {
        guard packed > 0 else { return nil }
        self.packed = packed
    }

    /// Parses the literal forms `YYYY`, `YYYY-MM` and `YYYY-MM-DD`.
    public init?(literal: String) {
        var utf8 = literal.utf8
        if let d = utf8.withContiguousStorageIfAvailable({ DDate(bytes: $0) }) {
            guard let d else { return nil }
            self = d
            return
        }
        var copy = literal
        copy.makeContiguousUTF8()
        utf8 = copy.utf8
        guard let d = utf8.withContiguousStorageIfAvailable({ DDate(bytes: $0) }) ?? nil else { return nil }
        self = d
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` in ASCII bytes.
    init?(bytes b: UnsafeBufferPointer<UInt8>) {
        func digit(_ k: Int) -> Int? {
            let c = b[k]
            return c >= 0x30 && c <= 0x39 ? Int(c - 0x30) : nil
        }
        func number(_ from: Int, _ count: Int) -> Int? {
            var v = 0
            for k in from..<from + count {
                guard let d = digit(k) else { return nil }
                v = v * 10 + d
            }
            return v
        }
        guard b.count == 4 || b.count == 7 || b.count == 10, let y = number(0, 4) else { return nil }
        var m: Int? = nil, d: Int? = nil
        if b.count >= 7 {
            guard b[4] == UInt8(ascii: "-"), let month = number(5, 2) else { return nil }
            m = month
        }
        if b.count == 10 {
            guard b[7] == UInt8(ascii: "-"), let day = number(8, 2) else { return nil }
            d = day
        }
        self.init(year: y, month: m, day: d)
    }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The first and last day the date covers, as packed `yyyymmdd`.
    public var firstDay: Int32 {
        let m = month ?? 1, d = day ?? 1
        return Int32(year * 10000 + m * 100 + d)
    }

    public var lastDay: Int32 {
        let m = month ?? 12
        let d = day ?? DDate.daysIn(year: year, month: m)
        return Int32(year * 10000 + m * 100 + d)
    }

    /// Whether every day of `self` lies within `other`.
    public func isWithin(_ other: DDate) -> Bool {
        firstDay >= other.firstDay && lastDay <= other.lastDay
    }

    /// Sorting order: by the packed value, so a month precedes its days.
    public static func < (a: DDate, b: DDate) -> Bool { a.packed < b.packed }

    public var description: String {
        let y = String(year).leftPadded(4)
        switch precision {
        case .year: return y
        case .month: return "\(y)-\(String(month!).leftPadded(2))"
        case .day: return "\(y)-\(String(month!).leftPadded(2))-\(String(day!).leftPadded(2))"
        }
    }

    /// The same date with the day (or month) dropped.
    public func truncated(to p: Precision) -> DDate {
        switch p {
        case .year: return DDate(year: year)!
        case .month: return precision == .year ? self : DDate(year: year, month: month)!
        case .day: return self
        }
    }
}

extension String {
    func leftPadded(_ width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
