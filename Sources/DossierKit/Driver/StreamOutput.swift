import Foundation

/// Writes results to standard output and diagnostics to standard error, or
/// collects both as text (for tests and `.dqt` files).
public final class StreamOutput: SessionOutput {
    public var renderer: () -> ResultRenderer
    public var diagnosticRenderer: DiagnosticRenderer
    let write: (String) -> Void
    let writeError: (String) -> Void
    public private(set) var errorCount = 0
    private var resultCount = 0
    /// On a terminal the ^C that cancelled a query is echoed where the
    /// cursor was: the message starts on a line of its own.
    var newLineBeforeCancelled = false

    public init(renderer: @escaping () -> ResultRenderer, color: Bool = false,
                write: @escaping (String) -> Void, writeError: @escaping (String) -> Void) {
        self.renderer = renderer
        self.diagnosticRenderer = DiagnosticRenderer(color: color)
        self.write = write
        self.writeError = writeError
    }

    /// Standard output and standard error of the process.
    public static func standard(session: Session, width: @escaping () -> Int?, color: Bool) -> StreamOutput {
        StreamOutput(renderer: { ResultRenderer(format: session.format, width: width(), color: color) }, color: color,
                     write: { FileHandle.standardOutput.write(Data($0.utf8)) },
                     writeError: { FileHandle.standardError.write(Data($0.utf8)) })
    }

    /// The shell's output on a terminal: tables fit the screen as it is when
    /// each result prints (lines cut to its width, rows beyond its height
    /// left out with a note); other formats print whole.
    public static func shell(session: Session, screen: @escaping () -> (columns: Int, rows: Int)?,
                             color: Bool, diagnosticColor: Bool) -> StreamOutput {
        let output = StreamOutput(renderer: {
            let size = screen()
            // The header, the note, the prompt and the line typed take four lines.
            return ResultRenderer(format: session.format, width: size?.columns, color: color,
                                  maximumRows: size.map { max(1, $0.rows - 4) }, clip: size != nil)
        }, color: diagnosticColor,
        write: { FileHandle.standardOutput.write(Data($0.utf8)) },
        writeError: { FileHandle.standardError.write(Data($0.utf8)) })
        output.newLineBeforeCancelled = true
        return output
    }

    /// Starts a new piece of input (the shell's next statement): its first
    /// table gets no blank line before it.
    public func startInput() { resultCount = 0 }

    public func result(_ relation: Relation, _ corpus: Corpus) {
        let format = renderer()
        // Tables that follow one another get a blank line between them.
        if resultCount > 0, format.format == .table || format.format == .markdown { write("\n") }
        resultCount += 1
        write(format.render(relation, corpus: corpus))
    }

    public func diagnostics(_ items: [Diagnostic], _ source: SourceText) {
        for d in items {
            if d.isError { errorCount += 1 }
            if d.code == .cancelled, newLineBeforeCancelled { writeError("\n") }
            writeError(diagnosticRenderer.render(d, in: source) + "\n")
        }
    }

    public func inputDiagnostic(_ item: InputDiagnostic) {
        if item.severity == .error { errorCount += 1 }
        writeError(item.description + "\n")
    }

    public func message(_ text: String) {
        write(text + "\n")
    }
}
