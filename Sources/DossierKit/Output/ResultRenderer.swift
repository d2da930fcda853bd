/// Prints a query's result in one of the output formats.
public struct ResultRenderer {
    public var format: OutputFormat
    /// Terminal width: long cells are cut with "…" so rows fit (table only).
    public var width: Int?
    /// Colour for the header (only ever set for a terminal).
    public var color: Bool
    /// The shell's screen: a table with more rows shows this many and a
    /// note of how many were left out (table only).
    public var maximumRows: Int?
    /// The shell's screen: table lines still wider than `width` once the
    /// columns are narrowed are cut, ending in "…", rather than wrapped.
    public var clip: Bool

    public init(format: OutputFormat = .table, width: Int? = nil, color: Bool = false,
                maximumRows: Int? = nil, clip: Bool = false) {
        self.format = format
        self.width = width
        self.color = color
        self.maximumRows = maximumRows
        self.clip = clip
    }

    /// The whole result as text, ending with a newline unless empty.
    public func render(_ relation: Relation, corpus: Corpus) -> String {
        switch format {
        case .ndjson:
            return lines(relation, corpus).map { $0 + "\n" }.joined()
        case .json:
            let items = lines(relation, corpus)
            return items.isEmpty ? "[]\n" : "[\n" + items.map { "  " + $0 }.joined(separator: ",\n") + "\n]\n"
        case .table:
            return table(DefaultColumns.table(relation, corpus), corpus)
        case .csv:
            return delimited(DefaultColumns.table(relation, corpus), corpus, separator: ",", end: "\r\n", quote: ResultRenderer.csvField)
        case .tsv:
            return delimited(DefaultColumns.table(relation, corpus), corpus, separator: "\t", end: "\n", quote: ResultRenderer.tsvField)
        case .markdown:
            return markdown(DefaultColumns.table(relation, corpus), corpus)
        }
    }

    /// One JSON object a row: full records for collection rows, columns for tables.
    func lines(_ relation: Relation, _ corpus: Corpus) -> [String] {
        switch relation {
        case .rows(let c, let selection):
            let writer = RecordWriter(corpus: corpus)
            return selection.rows.map { writer.record(c, $0) }
        case .table(let t):
            let json = JSONWriter(corpus: corpus)
            return (0..<t.rowCount).map { i in json.object(t.columns.enumerated().map { ($1.name, t.data[$0][i]) }) }
        }
    }

    func table(_ t: Table, _ corpus: Corpus) -> String {
        let text = ValueText(corpus: corpus)
        let header = t.columns.map(\.name)
        var shown = t.rowCount
        if let maximumRows, t.rowCount > maximumRows { shown = max(1, maximumRows) }
        var cells = t.data.map { column in column.prefix(shown).map { ResultRenderer.oneLine(text.text($0)) } }
        var widths = header.indices.map { k in max(DisplayWidth.of(header[k]), cells[k].map(DisplayWidth.of).max() ?? 0) }
        if let width {
            // Narrow the widest column until the row fits, down to a floor.
            let gaps = 2 * max(0, widths.count - 1)
            // Numbers are never cut; text keeps at least a few columns.
            let floors = header.indices.map { k in
                t.columns[k].type.isNumeric ? widths[k] : min(widths[k], max(4, DisplayWidth.of(header[k]).clamped(to: 0...8)))
            }
            while widths.reduce(0, +) + gaps > width {
                guard let k = widths.indices.filter({ widths[$0] > floors[$0] }).max(by: { widths[$0] < widths[$1] }) else { break }
                widths[k] -= 1
            }
            cells = cells.enumerated().map { k, column in column.map { DisplayWidth.truncate($0, to: widths[k]) } }
        }
        let numeric = t.columns.map { $0.type.isNumeric }
        func line(_ row: [String]) -> String {
            var parts: [String] = []
            for (k, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: max(0, widths[k] - DisplayWidth.of(cell)))
                let isLast = k == row.count - 1
                parts.append(numeric[k] ? pad + cell : (isLast ? cell : cell + pad))
            }
            var s = parts.joined(separator: "  ")
            while s.hasSuffix(" ") { s.removeLast() }
            if clip, let width { s = DisplayWidth.truncate(s, to: width) }
            return s
        }
        let head = line(header.enumerated().map { DisplayWidth.truncate($1, to: widths[$0]) })
        var out = (color ? "\u{1B}[1m" + head + "\u{1B}[0m" : head) + "\n"
        for i in 0..<shown {
            out += line(cells.map { $0[i] }) + "\n"
        }
        if shown < t.rowCount {
            var note = ResultRenderer.moreRowsNote(t.rowCount - shown)
            if clip, let width { note = DisplayWidth.truncate(note, to: width) }
            out += (color ? "\u{1B}[2m" + note + "\u{1B}[0m" : note) + "\n"
        }
        return out
    }

    /// The line under a table cut to the screen.
    public static func moreRowsNote(_ n: Int) -> String {
        "… \(n) more row\(n == 1 ? "" : "s") (add limit N, or use .mode csv to see all)"
    }

    func delimited(_ t: Table, _ corpus: Corpus, separator: String, end: String, quote: (String) -> String) -> String {
        var text = ValueText(corpus: corpus)
        text.null = ""
        var out = t.columns.map { quote($0.name) }.joined(separator: separator) + end
        for i in 0..<t.rowCount {
            out += t.data.map { quote(text.text($0[i])) }.joined(separator: separator) + end
        }
        return out
    }

    /// RFC 4180: quote a field that holds a comma, a quote or a line break.
    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Tab-separated values escape tabs, line breaks and backslashes.
    static func tsvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\\" || $0 == "\r\n" }) else { return s }
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    func markdown(_ t: Table, _ corpus: Corpus) -> String {
        var text = ValueText(corpus: corpus)
        text.null = ""
        func cell(_ s: String) -> String {
            ResultRenderer.oneLine(s).replacingOccurrences(of: "|", with: "\\|")
        }
        var out = "| " + t.columns.map { cell($0.name) }.joined(separator: " | ") + " |\n"
        out += "|" + t.columns.map { $0.type.isNumeric ? " ---: |" : " --- |" }.joined() + "\n"
        for i in 0..<t.rowCount {
            out += "| " + t.data.map { cell(text.text($0[i])) }.joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// Line breaks and tabs inside a cell become spaces.
    static func oneLine(_ s: String) -> String {
        guard s.contains(where: { $0.isNewline || $0 == "\t" }) else { return s }
        return String(s.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}

extension Comparable {
    func clamped(to r: ClosedRange<Self>) -> Self { min(max(self, r.lowerBound), r.upperBound) }
}
