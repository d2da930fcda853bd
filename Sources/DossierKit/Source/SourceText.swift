/// The text of one query source (a shell line, a script, a `.dqt` record) with
/// the name used in messages and the line it starts on in its file.
public struct SourceText: Sendable {
    public let name: String
    public let text: String
    public let bytes: [UInt8]
    /// Line number of the text's first line within `name` (1 for a whole file).
    public let firstLine: Int
    private let lineStarts: [Int]

    public init(name: String = "<query>", text: String, firstLine: Int = 1) {
        self.name = name
        self.text = text
        self.bytes = Array(text.utf8)
        self.firstLine = firstLine
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") {
            starts.append(i + 1)
        }
        self.lineStarts = starts
    }

    /// 1-based line and column (in characters) of a byte offset.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let offset = min(max(0, offset), bytes.count)
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        let start = lineStarts[lo]
        let prefix = String(decoding: bytes[start..<offset], as: UTF8.self)
        return (lo + firstLine, prefix.count + 1)
    }

    /// The text of the line (0-based index into this text) without its newline.
    public func lineText(index: Int) -> String {
        guard index >= 0, index < lineStarts.count else { return "" }
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    public func slice(_ range: SourceRange) -> String {
        let s = min(max(0, range.start), bytes.count)
        let e = min(max(s, range.end), bytes.count)
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }
}
