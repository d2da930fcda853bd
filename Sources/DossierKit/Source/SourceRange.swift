/// A half-open byte range `[start, end)` in one source text.
///
/// Tokens, syntax nodes and diagnostics all carry one; line and column are
/// derived only when something is printed (see `SourceText.location(of:)`).
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public static let none = SourceRange(0, 0)

    public var length: Int { end - start }

    /// The smallest range that covers both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(min(start, other.start), max(end, other.end))
    }

    public var description: String { "\(start)..<\(end)" }
}

/// A value paired with the range of source it came from.
public struct Located<Value> {
    public var value: Value
    public var range: SourceRange
    public init(_ value: Value, _ range: SourceRange) {
        self.value = value
        self.range = range
    }
}

extension Located: Sendable where Value: Sendable {}
extension Located: Equatable where Value: Equatable {}
