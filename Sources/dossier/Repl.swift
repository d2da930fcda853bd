import CLibedit
import DossierKit
import Foundation

/// The interactive loop on libedit: a prompt, a continuation prompt while the
/// statement is incomplete, and history.
struct Repl {
    let session: Session
    let output: StreamOutput

    func loop() {
        setlocale(LC_ALL, "")
        print("Dossier: \(session.summary). Type .help for help, Ctrl-D to leave.")
        let history = History { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
        history.load()
        var buffer = ""
        while true {
            guard let raw = readline(buffer.isEmpty ? "dossier> " : "     ...> ") else {
                if buffer.isEmpty { print(""); return }
                buffer = ""
                continue
            }
            let line = String(cString: raw)
            free(raw)
            buffer += buffer.isEmpty ? line : "\n" + line
            guard Completeness.isComplete(buffer) else { continue }
            let statement = buffer
            buffer = ""
            if statement.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            history.add(statement)
            session.run(SourceText(name: "<shell>", text: statement), output: output)
            let trimmed = statement.trimmingCharacters(in: .whitespaces)
            if trimmed == ".quit" || trimmed == ".exit" { return }
        }
    }
}
