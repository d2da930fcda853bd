import CLibedit
import CLibeditShim
import DossierKit
import Foundation

/// libedit, as the shell uses it: a prompt, history, ~/.editrc, Tab bound to
/// DossierKit's `Completer`, Ctrl-C bound to discarding the line. Everything
/// that decides anything lives in DossierKit; this only moves text between
/// libedit and it.
final class LineEditor {
    enum Input {
        case line(String)
        /// Ctrl-C: the line (and any statement pending) is to be discarded.
        case interrupted
        /// Ctrl-D on an empty line, the end of input, or a termination signal.
        case end
    }

    private let el: OpaquePointer
    /// What Tab completes against (the session's corpus and lets as they are now).
    var completer: () -> Completer
    /// Earlier lines of the statement being typed, for completion.
    var pending = ""

    init?(history: History, completer: @escaping () -> Completer) {
        self.completer = completer
        // Prompts and lists go where the user looks: stdout, or stderr when
        // stdout is redirected.
        guard let el = dossier_el_open("dossier", Terminal.isTerminal(1) ? 0 : 1) else { return nil }
        self.el = el
        dossier_el_set_history(el, history.handle)
        dossier_el_set_client_data(el, Unmanaged.passUnretained(self).toOpaque())
        dossier_el_add_function(el, "dossier-complete", "Complete the word before the cursor", { el, _ in
            guard let el, let data = dossier_el_client_data(el) else { return UInt8(CC_ERROR) }
            return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().complete()
        })
        dossier_el_source_editrc(el)
        dossier_el_bind_keys(el, "dossier-complete")
    }

    deinit { dossier_el_close(el) }

    func read(prompt: String) -> Input {
        dossier_set_prompt(prompt)
        var length: Int32 = 0
        var interrupted: Int32 = 0
        guard let line = dossier_el_gets(el, &length, &interrupted) else { return .end }
        if interrupted != 0 { return .interrupted }
        let bytes = UnsafeRawBufferPointer(start: line, count: Int(length))
        return .line(String(decoding: bytes, as: UTF8.self))
    }

    /// Tab: inserts the only candidate or the candidates' common beginning;
    /// when that adds nothing, lists the candidates under the line.
    private func complete() -> UInt8 {
        guard let info = el_line(el)?.pointee, let start = info.buffer, let cursor = info.cursor else {
            return UInt8(CC_ERROR)
        }
        let before = String(decoding: UnsafeRawBufferPointer(start: start, count: cursor - start), as: UTF8.self)
        let text = pending.isEmpty ? before : pending + "\n" + before
        let completion = completer().complete(text)
        let lineStart = text.utf8.count - before.utf8.count
        guard !completion.candidates.isEmpty, completion.range.lowerBound >= lineStart else {
            return UInt8(CC_REFRESH_BEEP)
        }
        if let insertion = completion.insertion {
            let replaced = String(decoding: Array(text.utf8)[completion.range], as: UTF8.self)
            el_deletestr(el, Int32(replaced.unicodeScalars.count))
            el_insertstr(el, insertion)
            return UInt8(CC_REFRESH)
        }
        let width = Terminal.width(fd: Terminal.isTerminal(1) ? 1 : 2) ?? 80
        dossier_el_print("\n" + completion.listing(width: width))
        return UInt8(CC_REDISPLAY)
    }
}
