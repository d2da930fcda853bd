/// A problem in an input file, located by path, line and column.
public struct InputDiagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    public var code: DiagnosticCode
    public var severity: Severity
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(_ code: DiagnosticCode, file: String, line: Int? = nil, column: Int? = nil, _ message: String,
                severity: Severity = .error) {
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.severity = severity
    }

    /// `error[E0501]: corpus.jsonl:12:5: invalid JSON: ...`
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let line = line, let column { _ = line; place += ":\(column)" }
        return "\(severity.rawValue)[\(code.rawValue)]: \(place): \(message)"
    }
}
