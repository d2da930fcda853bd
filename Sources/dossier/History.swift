import CLibedit
import Foundation

/// The shell's persistent history: `$XDG_STATE_HOME/dossier/history`
/// (default `~/.local/state/dossier/history`), mode 0600, one entry per
/// statement however many lines it spans, consecutive duplicates collapsed.
/// A problem with the file is reported once; the shell goes on without it.
final class History {
    let path: String?
    private var last: String?
    private var warned = false
    private let warn: (String) -> Void

    init(environment: [String: String] = ProcessInfo.processInfo.environment, warn: @escaping (String) -> Void) {
        self.warn = warn
        let base: String
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = state
        } else if let home = environment["HOME"], !home.isEmpty {
            base = home + "/.local/state"
        } else {
            path = nil
            return
        }
        let folder = base + "/dossier"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            path = folder + "/history"
        } catch {
            path = nil
            report("cannot create \(folder) (\(error.localizedDescription)); history will not be saved")
        }
    }

    private func report(_ message: String) {
        guard !warned else { return }
        warned = true
        warn("warning: " + message)
    }

    func load() {
        guard let path, FileManager.default.fileExists(atPath: path) else { return }
        if read_history(path) != 0 {
            report("cannot read history from \(path); starting with none")
        }
    }

    /// Adds a statement and saves at once, so a crash loses nothing typed before.
    func add(_ statement: String) {
        guard statement != last else { return }
        last = statement
        add_history(statement)
        save()
    }

    /// Writes a new file beside the old one and renames it over: a full
    /// disk leaves the history saved before intact.
    func save() {
        guard let path else { return }
        let temporary = path + ".tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { report("cannot write history to \(path)"); return }
        close(fd)
        guard write_history(temporary) == 0, rename(temporary, path) == 0 else {
            unlink(temporary)
            report("cannot save history to \(path) (disk full or read-only?); earlier history is kept")
            return
        }
        chmod(path, 0o600)
    }
}
