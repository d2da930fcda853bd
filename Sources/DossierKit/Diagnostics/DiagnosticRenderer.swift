/// Prints diagnostics the way a user reads them: a header with the code, the
/// location, the source line and a caret underline.
public struct DiagnosticRenderer: Sendable {
    public var color: Bool

    public init(color: Bool = false) { self.color = color }

    /// Longest source line shown whole under a message.
    static let maximumLine = 160

    /// `1:14: unknown field 'actr' on events` (with `file:` in front for files).
    public static func short(_ d: Diagnostic, in source: SourceText) -> String {
        let (line, column) = source.location(of: d.range.start)
        let prefix = source.name.hasPrefix("<") ? "" : "\(source.name):"
        var s = "\(prefix)\(line):\(column): \(d.message.shortened())"
        if let label = d.label { s += "; \(label)" }
        return s
    }

    public func render(_ d: Diagnostic, in source: SourceText) -> String {
        let (line, originalColumn) = source.location(of: d.range.start)
        let lineIndex = line - source.firstLine
        var text = source.lineText(index: lineIndex).replacingTabs()
        var column = originalColumn
        // A very long line is shown as a window around the column.
        if text.count > DiagnosticRenderer.maximumLine {
            let start = max(0, column - 1 - DiagnosticRenderer.maximumLine / 2)
            let window = text.dropFirst(start).prefix(DiagnosticRenderer.maximumLine)
            text = (start > 0 ? "…" : "") + window + (start + window.count < text.count ? "…" : "")
            column = column - start + (start > 0 ? 1 : 0)
        }
        let gutter = String(repeating: " ", count: String(line).count)
        let place = source.name.hasPrefix("<") ? "\(line):\(originalColumn)" : "\(source.name):\(line):\(originalColumn)"

        // Underline width in characters, limited to the first line of the range.
        let endOffset = min(d.range.end, source.lineEndOffset(index: lineIndex))
        let endColumn = endOffset > d.range.start ? source.location(of: endOffset).column : originalColumn + 1
        let width = min(max(1, endColumn - originalColumn), max(1, text.count - column + 1))

        let head = paint("\(d.severity.rawValue)[\(d.code.rawValue)]", d.severity == .error ? "1;31" : "1;33")
        var out = "\(head): \(paint(d.message.shortened(), "1"))\n"
        out += "\(gutter)\(paint("-->", "34")) \(place)\n"
        out += "\(gutter) \(paint("|", "34"))\n"
        out += "\(paint(String(line), "34")) \(paint("|", "34")) \(text)\n"
        var underline = String(repeating: " ", count: column - 1) + String(repeating: "^", count: width)
        if let label = d.label { underline += " " + label }
        out += "\(gutter) \(paint("|", "34")) \(paint(underline, d.severity == .error ? "31" : "33"))"
        for note in d.notes {
            out += "\n\(gutter) \(paint("=", "34")) help: \(note)"
        }
        return out
    }

    private func paint(_ s: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }
}

extension SourceText {
    /// Byte offset of the end of a line (0-based index), before its newline.
    func lineEndOffset(index: Int) -> Int {
        var offset = 0
        var current = 0
        for (i, b) in bytes.enumerated() {
            if current == index, b == UInt8(ascii: "\n") { return i }
            if b == UInt8(ascii: "\n") { current += 1; offset = i + 1 }
        }
        _ = offset
        return bytes.count
    }
}

private extension String {
    /// Messages quote what the user wrote; a huge name is cut in the middle.
    func shortened(to limit: Int = 200) -> String {
        guard count > limit else { return self }
        return String(prefix(limit / 2)) + "…" + String(suffix(limit / 2))
    }

    func replacingTabs() -> String {
        String(map { $0 == "\t" ? " " : $0 })
    }
}
