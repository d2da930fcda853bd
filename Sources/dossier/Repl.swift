import CLibeditShim
import DossierKit
import Foundation

/// The interactive loop: a prompt, a continuation prompt while the statement
/// is incomplete (`Completeness`), history, Tab completion, Ctrl-C that
/// discards the line or cancels the running query, Ctrl-D that leaves.
struct Repl {
    let session: Session

    static let prompt = "dossier> "
    static let continuation = "    ...> "

    /// Runs the shell until Ctrl-D, `.quit` or a termination signal; returns the exit status.
    func loop() -> Int32 {
        Terminal.useUTF8()
        let stdoutIsTerminal = Terminal.isTerminal(1)
        let output = StreamOutput.shell(
            session: session,
            screen: { stdoutIsTerminal ? Terminal.size(fd: 1) : nil },
            color: Terminal.colorAllowed(fd: 1), diagnosticColor: Terminal.colorAllowed(fd: 2))
        let writeError: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
        FileHandle.standardOutput.write(Data("Dossier: \(session.summary). Type .help for help, Ctrl-D to leave.\n".utf8))

        if dossier_signals_install() != 0 {
            writeError("warning: cannot catch Ctrl-C (\(String(cString: strerror(errno)))); it will end the shell")
        }
        session.cancellation.observe { dossier_interrupt_pending() != 0 }
        let history = History(warn: writeError)
        history.load()
        let session = self.session
        guard let editor = LineEditor(history: history, completer: { Completer(session: session) }) else {
            writeError("error: the line editor cannot start on this terminal")
            return 1
        }

        var buffer = ""
        while true {
            editor.pending = buffer
            dossier_interrupt_clear()
            let input = editor.read(prompt: buffer.isEmpty ? Repl.prompt : Repl.continuation)
            if dossier_terminating() != 0 { return leave(history, status: 128 + dossier_terminating()) }
            let line: String
            switch input {
            case .end:
                dossier_el_print("\n")   // after the ^D, where the prompt is
                return leave(history, status: 0)
            case .interrupted:
                buffer = ""
                continue
            case .line(let text):
                line = text
            }
            buffer = buffer.isEmpty ? line : buffer + "\n" + line
            guard Completeness.isComplete(buffer) else { continue }
            let statement = buffer
            buffer = ""
            if statement.allSatisfy(\.isWhitespace) { continue }
            history.add(statement, morePending: dossier_input_pending(0) != 0)
            // A Ctrl-C from here on (even while history is saved) cancels this statement.
            session.quitRequested = false
            output.startInput()
            session.run(SourceText(name: "<shell>", text: statement), output: output)
            if dossier_terminating() != 0 { return leave(history, status: 128 + dossier_terminating()) }
            if session.quitRequested { return leave(history, status: 0) }
        }
    }

    private func leave(_ history: History, status: Int32) -> Int32 {
        history.flush()
        return status
    }
}
