/// What `let` has defined in a session: constant values, and queries that
/// later statements can start from.
public struct Environment: Sendable {
    public struct LetQuery: Sendable {
        public var query: Query
        public var source: SourceText
    }

    public private(set) var values: [String: (value: Value, type: DType)] = [:]
    public private(set) var queries: [String: LetQuery] = [:]

    public init() {}

    public mutating func define(_ name: String, value: Value, type: DType) {
        let key = name.lowercased()
        queries[key] = nil
        values[key] = (value, type)
    }

    public mutating func define(_ name: String, query: Query, source: SourceText) {
        let key = name.lowercased()
        values[key] = nil
        queries[key] = LetQuery(query: query, source: source)
    }

    public func value(_ name: String) -> (value: Value, type: DType)? { values[name.lowercased()] }
    public func query(_ name: String) -> LetQuery? { queries[name.lowercased()] }

    public var names: [String] { (Array(values.keys) + Array(queries.keys)).sorted() }
}
