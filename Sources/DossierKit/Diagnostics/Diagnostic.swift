/// A problem found in a query or an input file: a value, rendered later.
public struct Diagnostic: Error, Sendable, Equatable {
    public var code: DiagnosticCode
    public var severity: Severity
    public var message: String
    public var range: SourceRange
    /// Printed after the caret underline ("did you mean 'actor'?").
    public var label: String?
    /// Further help, one line each.
    public var notes: [String]

    public init(_ code: DiagnosticCode, _ message: String, at range: SourceRange,
                label: String? = nil, notes: [String] = [], severity: Severity? = nil) {
        self.code = code
        self.message = message
        self.range = range
        self.label = label
        self.notes = notes
        self.severity = severity ?? (code.rawValue.hasPrefix("W") ? .warning : .error)
    }

    public var isError: Bool { severity == .error }
}

/// An error with the source it refers to, so that it can be printed anywhere.
public struct LocatedDiagnostics: Error, Sendable {
    public var diagnostics: [Diagnostic]
    public var source: SourceText
    public init(_ diagnostics: [Diagnostic], in source: SourceText) {
        self.diagnostics = diagnostics
        self.source = source
    }
}

/// Collects diagnostics while a stage runs.
public struct DiagnosticBag: Sendable {
    public private(set) var items: [Diagnostic] = []
    public init() {}
    public mutating func add(_ d: Diagnostic) { items.append(d) }
    public mutating func error(_ code: DiagnosticCode, _ message: String, at range: SourceRange,
                               label: String? = nil, notes: [String] = []) {
        items.append(Diagnostic(code, message, at: range, label: label, notes: notes))
    }
    public var hasErrors: Bool { items.contains { $0.isError } }
}
