/// The PLOVER event categories, with the CAMEO root and GDELT quad class
/// analysts use to compare with GDELT data.
public enum PloverType: String, CaseIterable, Sendable {
    case agree, consult, support, concede, cooperate, aid, retreat, demand, accuse
    case reject, threaten, protest, sanction, mobilize, coerce, assault

    /// CAMEO root code ("01".."20"); heavy weapons make an assault a fight (19).
    public func cameo(mode: String?) -> String {
        switch self {
        case .agree: return "03"
        case .consult: return "04"
        case .support: return "05"
        case .cooperate: return "06"
        case .aid: return "07"
        case .concede, .retreat: return "08"
        case .demand: return "10"
        case .accuse: return "11"
        case .reject: return "12"
        case .threaten: return "13"
        case .protest: return "14"
        case .mobilize: return "15"
        case .sanction: return "16"
        case .coerce: return "17"
        case .assault: return mode == "heavy-weapons" ? "19" : "18"
        }
    }

    /// GDELT quad class: 1 verbal cooperation, 2 material cooperation,
    /// 3 verbal conflict, 4 material conflict.
    public func quad(mode: String?) -> Int {
        let root = Int(cameo(mode: mode)) ?? 0
        switch root {
        case 1...5: return 1
        case 6...8: return 2
        case 9...13: return 3
        default: return 4
        }
    }

    public init?(name: String) {
        self.init(rawValue: TextFold.fold(name))
    }
}

/// Qualifiers of an event's reality, kept as bits.
public struct EventContext: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let negated = EventContext(rawValue: 1)
    public static let future = EventContext(rawValue: 2)
    public static let hypothetical = EventContext(rawValue: 4)
    public static let claimed = EventContext(rawValue: 8)

    public static let names: [(String, EventContext)] = [
        ("negated", .negated), ("future", .future), ("hypothetical", .hypothetical), ("claimed", .claimed),
    ]

    public var names: [String] { EventContext.names.filter { contains($0.1) }.map(\.0) }

    public init?(name: String) {
        guard let hit = EventContext.names.first(where: { $0.0 == TextFold.fold(name) }) else { return nil }
        self = hit.1
    }
}

/// A set of PLOVER types as bits: asking whether it holds a type costs a
/// shift, where a `Set` would hash (the extractor asks for every trigger).
struct PloverTypeSet: ExpressibleByArrayLiteral, Sendable {
    private var bits: UInt32 = 0

    init(arrayLiteral types: PloverType...) {
        for t in types { bits |= PloverTypeSet.bit(t) }
    }

    @inline(__always)
    private static func bit(_ t: PloverType) -> UInt32 {
        let n: Int
        switch t {
        case .agree: n = 0
        case .consult: n = 1
        case .support: n = 2
        case .concede: n = 3
        case .cooperate: n = 4
        case .aid: n = 5
        case .retreat: n = 6
        case .demand: n = 7
        case .accuse: n = 8
        case .reject: n = 9
        case .threaten: n = 10
        case .protest: n = 11
        case .sanction: n = 12
        case .mobilize: n = 13
        case .coerce: n = 14
        case .assault: n = 15
        }
        return 1 << UInt32(n)
    }

    @inline(__always)
    func contains(_ t: PloverType) -> Bool { bits & PloverTypeSet.bit(t) != 0 }

    /// Adds a type; false when it was there already.
    @discardableResult
    mutating func insert(_ t: PloverType) -> (inserted: Bool, memberAfterInsert: PloverType) {
        let b = PloverTypeSet.bit(t)
        defer { bits |= b }
        return (bits & b == 0, t)
    }
}
