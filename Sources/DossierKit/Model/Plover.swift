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
