import CLibeditShim
import Foundation

/// The shell's persistent history: `$XDG_STATE_HOME/dossier/history`
/// (default `~/.local/state/dossier/history`), in libedit's format, mode
/// 0600 in a folder of mode 0700; one entry per statement however many lines
/// it spans; consecutive duplicates collapsed; the last 2000 kept.
///
/// Nothing saved before is ever lost: the file is rewritten beside itself and
/// renamed over the old one only once it is whole, and a file that cannot be
/// read is left alone (this session's history is then not saved). A problem
/// is reported once; the shell goes on with its history in memory.
final class History {
    static let maximumEntries: Int32 = 2000
    /// A longer statement (a huge paste) is run but not kept.
    static let maximumEntryBytes = 100_000

    /// libedit's history list, which the line editor walks with Up and Down.
    let handle: OpaquePointer
    private(set) var path: String?
    private var canSave = true
    private var unsaved = false
    private var lastSave: UInt64 = 0
    private var warned = false
    private let warn: (String) -> Void

    init(environment: [String: String] = ProcessInfo.processInfo.environment, warn: @escaping (String) -> Void) {
        self.warn = warn
        handle = dossier_history_open(History.maximumEntries)
        guard let folder = History.folder(environment) else {
            report("no home folder (HOME is not set); history will not be saved")
            return
        }
        if let problem = History.makeFolder(folder) {
            report("cannot create \(folder) (\(problem)); history will not be saved")
            return
        }
        var file = folder + "/history"
        // A history kept elsewhere through a link stays there.
        if let resolved = realpath(file, nil) {
            file = String(cString: resolved)
            free(resolved)
        }
        path = file
    }

    deinit { dossier_history_close(handle) }

    /// `$XDG_STATE_HOME/dossier` if that is an absolute path, else `~/.local/state/dossier`.
    static func folder(_ environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/dossier"
        }
        var home = environment["HOME"] ?? ""
        if home.isEmpty, let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir {
            home = String(cString: dir)
        }
        return home.isEmpty ? nil : home + "/.local/state/dossier"
    }

    /// Creates the folder and any missing parents (mode 0700); the error, if any.
    static func makeFolder(_ folder: String) -> String? {
        var built = ""
        for part in folder.split(separator: "/", omittingEmptySubsequences: true) {
            built += "/" + part
            if mkdir(built, 0o700) != 0, errno != EEXIST { return String(cString: strerror(errno)) }
        }
        var info = stat()
        guard stat(folder, &info) == 0 else { return String(cString: strerror(errno)) }
        guard info.st_mode & S_IFMT == S_IFDIR else { return "it is not a folder" }
        return nil
    }

    private func report(_ message: String) {
        guard !warned else { return }
        warned = true
        warn("warning: " + message)
    }

    /// Reads the saved history. A file that is there but cannot be read is
    /// kept as it is, and this session's history is not saved over it.
    func load() {
        guard let path else { return }
        var info = stat()
        if stat(path, &info) != 0 {
            if errno == ENOENT { return }
            refuse("cannot read the history in \(path) (\(String(cString: strerror(errno))))")
            return
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            refuse("the history \(path) is not a file")
            return
        }
        guard info.st_size > 0 else { return }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            refuse("cannot read the history in \(path) (\(String(cString: strerror(errno))))")
            return
        }
        close(fd)
        if dossier_history_load(handle, path) < 0 {
            refuse("\(path) is not a history file Dossier can read")
        }
    }

    private func refuse(_ problem: String) {
        canSave = false
        report(problem + "; it is left as it is, and this session's history will not be saved")
    }

    /// Adds a statement. It is saved at once unless more input is already
    /// waiting (a paste), in which case saves come at most once a second
    /// and at the end (`flush`).
    func add(_ statement: String, morePending: Bool = false) {
        guard statement.utf8.count <= History.maximumEntryBytes else { return }
        guard dossier_history_enter(handle, statement) >= 0 else { return }
        unsaved = true
        let now = DispatchTime.now().uptimeNanoseconds
        if !morePending || now - lastSave > 1_000_000_000 { save() }
    }

    /// Saves what was not saved yet (when the shell ends).
    func flush() {
        if unsaved { save() }
    }

    /// Writes the whole list to a new file beside the old one, and renames it
    /// over the old one only when every byte is written: a full disk leaves
    /// the history saved before intact.
    func save() {
        guard canSave, let path else { return }
        unsaved = false
        lastSave = DispatchTime.now().uptimeNanoseconds
        let temporary = "\(path).\(getpid()).tmp"
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { failed(path, errno); return }
        guard let file = fdopen(fd, "w") else {
            let e = errno
            close(fd)
            unlink(temporary)
            failed(path, e)
            return
        }
        var error: Int32 = 0
        if dossier_history_save(handle, file) < 0 { error = errno == 0 ? EIO : errno }
        if error == 0, fflush(file) != 0 || ferror(file) != 0 { error = errno == 0 ? EIO : errno }
        if error == 0, fsync(fd) != 0 { error = errno }
        if fclose(file) != 0, error == 0 { error = errno }
        if error == 0, rename(temporary, path) != 0 { error = errno }
        if error != 0 {
            unlink(temporary)
            unsaved = true   // try again with the next statement
            failed(path, error)
        }
    }

    private func failed(_ path: String, _ error: Int32) {
        report("cannot save history to \(path) (\(String(cString: strerror(error)))); the history saved before is kept")
    }
}
