import Foundation
@testable import DossierKit
#if canImport(Glibc)
import Glibc
#endif

/// The `dossier` executable that `swift test` built beside the test bundle
/// (`.build/<config>/dossier`), or `DOSSIER_EXECUTABLE`; nil when there is none.
enum DossierExecutable {
    static let path: String? = {
        let fm = FileManager.default
        if let given = ProcessInfo.processInfo.environment["DOSSIER_EXECUTABLE"], fm.isExecutableFile(atPath: given) {
            return given
        }
        var folders: [URL] = []
        if let first = CommandLine.arguments.first {
            folders.append(URL(fileURLWithPath: first).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        folders.append(Bundle.main.bundleURL.deletingLastPathComponent())
        folders.append(Bundle.main.bundleURL)
        for folder in folders {
            let candidate = folder.appendingPathComponent("dossier").path
            if fm.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    static let missing = "the dossier executable was not found beside the test bundle (build it with `swift build`, or set DOSSIER_EXECUTABLE)"

    /// A terminal type this machine has a description of, for libedit.
    static let term: String = {
        for name in ["xterm", "vt100"] {
            for root in ["/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo"]
            where FileManager.default.fileExists(atPath: "\(root)/\(name.prefix(1))/\(name)") {
                return name
            }
        }
        return "dumb"
    }()
}

/// A folder for one test, removed when the test ends.
final class TemporaryFolder {
    let path: String

    init(_ label: String) throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("dossier-\(label)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }
}

/// Output with the terminal's escape sequences and carriage returns taken out.
func plainText(_ bytes: [UInt8]) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
        let b = bytes[i]
        if b == 0x1B, i + 1 < bytes.count {
            if bytes[i + 1] == UInt8(ascii: "[") {
                i += 2
                while i < bytes.count, !(0x40...0x7E).contains(bytes[i]) { i += 1 }
                i += 1
                continue
            }
            if bytes[i + 1] == UInt8(ascii: "]") {
                i += 2
                while i < bytes.count, bytes[i] != 0x07, bytes[i] != 0x1B { i += 1 }
                i += 1
                continue
            }
            i += 2
            continue
        }
        if b == UInt8(ascii: "\r") || b == 0x07 { i += 1; continue }
        out.append(b)
        i += 1
    }
    return String(decoding: out, as: UTF8.self)
}

/// The real shell on a pseudo-terminal: keys go in, what the terminal would
/// show comes out. Every wait has a deadline, and the child is killed when
/// the session ends or its lifetime is over, so a test can never hang.
final class PseudoTerminal {
    let pid: pid_t
    let master: Int32
    private(set) var output: [UInt8] = []
    private var searchFrom = 0
    private var status: Int32?
    private let deadline: Date
    private var closed = false

    init(_ executable: String, _ arguments: [String], environment: [String: String],
         columns: UInt16 = 80, rows: UInt16 = 24, lifetime: TimeInterval = 90) throws {
        deadline = Date().addingTimeInterval(lifetime)
        master = PseudoTerminal.openpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0, PseudoTerminal.grantpt(master) == 0, PseudoTerminal.unlockpt(master) == 0 else { throw PtyError.open(errno) }
        var name = [CChar](repeating: 0, count: 256)
        guard PseudoTerminal.ptsname(master, &name, name.count) == 0 else { throw PtyError.open(errno) }
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // After setsid, opening the terminal makes it the child's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for s in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGPIPE, SIGXFSZ, SIGTSTP, SIGWINCH, SIGCONT, SIGCHLD] { sigaddset(&defaults, s) }
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &mask)
        let setsid: Int32 = 0x80   // POSIX_SPAWN_SETSID, which Swift does not import
        posix_spawnattr_setflags(&attributes, Int16(setsid | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv + envp { free(p) } }
        var child: pid_t = 0
        let result = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard result == 0 else {
            close(master)
            throw PtyError.spawn(result)
        }
        pid = child
    }

    enum PtyError: Error { case open(Int32), spawn(Int32) }

    // The C library's pseudo-terminal calls, which Glibc's module map leaves out.
    private static func function<T>(_ name: String, as type: T.Type) -> T {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { fatalError("no \(name) in the C library") }
        return unsafeBitCast(symbol, to: type)
    }
    static let openpt = function("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
    static let grantpt = function("grantpt", as: (@convention(c) (Int32) -> Int32).self)
    static let unlockpt = function("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
    static let ptsname = function("ptsname_r", as: (@convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32).self)

    deinit {
        if status == nil {
            kill(pid, SIGKILL)
            var s: Int32 = 0
            waitpid(pid, &s, 0)
        }
        close(master)
    }

    /// Sets the window size (the child gets SIGWINCH).
    func resize(columns: UInt16, rows: UInt16) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    private func remaining(_ timeout: TimeInterval) -> TimeInterval {
        min(timeout, deadline.timeIntervalSinceNow)
    }

    /// Reads what is there, waiting at most `milliseconds` for something.
    @discardableResult
    private func pump(_ milliseconds: Int32) -> Bool {
        guard !closed else { return false }
        var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&p, 1, milliseconds) > 0 else { return true }
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(master, &buffer, buffer.count)
            if n > 0 { output.append(contentsOf: buffer[0..<n]); continue }
            if n < 0, errno == EAGAIN || errno == EINTR { return true }
            closed = true   // EIO: the child closed the terminal
            return false
        }
    }

    /// Types text (any bytes), reading the output meanwhile so that neither side blocks.
    func send(_ text: String) { send(bytes: Array(text.utf8)) }

    func send(bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count, remaining(30) > 0, !closed {
            var fds = [pollfd(fd: master, events: Int16(POLLIN | POLLOUT), revents: 0)]
            _ = poll(&fds, 1, 100)
            if fds[0].revents & Int16(POLLIN) != 0 { pump(0) }
            if fds[0].revents & Int16(POLLOUT) != 0 {
                let n = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, min($0.count, 4096)) }
                if n > 0 { offset += n }
            }
        }
    }

    /// Waits until `text` is shown after what earlier waits matched.
    @discardableResult
    func expect(_ text: String, timeout: TimeInterval = 30) -> Bool {
        let needle = Array(text.utf8)
        let end = Date().addingTimeInterval(remaining(timeout))
        while true {
            if let found = find(needle, from: searchFrom) {
                searchFrom = found + needle.count
                return true
            }
            if Date() >= end || closed { return false }
            pump(50)
        }
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, output.count >= needle.count, start <= output.count - needle.count else { return nil }
        var i = start
        let last = output.count - needle.count
        while i <= last {
            if output[i] == needle[0], output[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// Waits for a prompt (the shell then reads keys in raw mode).
    @discardableResult
    func prompt(_ text: String = "dossier> ") -> Bool { expect(text) }

    /// Where the next `expect` starts; for reading what a command printed.
    var position: Int { searchFrom }

    /// What was shown between two positions, as plain text.
    func shown(from start: Int, to end: Int? = nil) -> String {
        plainText(Array(output[min(start, output.count)..<min(end ?? output.count, output.count)]))
    }

    /// The exit status, once the child has exited (128 + signal if killed).
    func exitStatus(timeout: TimeInterval = 30) -> Int32? {
        let end = Date().addingTimeInterval(remaining(timeout))
        while true {
            pump(20)
            var s: Int32 = 0
            let r = waitpid(pid, &s, WNOHANG)
            if r == pid {
                let code = (s & 0x7F) == 0 ? (s >> 8) & 0xFF : 128 + (s & 0x7F)
                status = code
                return code
            }
            if Date() >= end { return nil }
        }
    }
}

/// What a finished `dossier` run printed.
struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the executable (not on a terminal) and waits at most `timeout`.
func runProcess(_ executable: String, _ arguments: [String], stdin: Data? = nil, directory: String? = nil,
                environment: [String: String]? = nil, timeout: TimeInterval = 60) throws -> ProcessResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    if let environment { process.environment = environment }
    let input = Pipe(), out = Pipe(), err = Pipe()
    process.standardInput = stdin == nil ? FileHandle.nullDevice : input
    process.standardOutput = out
    process.standardError = err
    // A child that exits before reading all its input must not kill the tests.
    signal(SIGPIPE, SIG_IGN)
    try process.run()
    final class Box: @unchecked Sendable { var data = Data() }
    let outBox = Box(), errBox = Box()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) { outBox.data = out.fileHandleForReading.readDataToEndOfFile() }
    DispatchQueue.global().async(group: group) { errBox.data = err.fileHandleForReading.readDataToEndOfFile() }
    if let stdin {
        let writer = input.fileHandleForWriting
        DispatchQueue.global().async(group: group) {
            try? writer.write(contentsOf: stdin)
            try? writer.close()
        }
    }
    if group.wait(timeout: .now() + timeout) == .timedOut {
        kill(process.processIdentifier, SIGKILL)
        _ = group.wait(timeout: .now() + 5)
    }
    process.waitUntilExit()
    return ProcessResult(status: process.terminationStatus,
                         stdout: String(decoding: outBox.data, as: UTF8.self),
                         stderr: String(decoding: errBox.data, as: UTF8.self))
}

/// The example corpus loaded in the test process, so that tests of the
/// executable compare with what DossierKit prints rather than with numbers
/// that change whenever extraction improves.
enum ExampleCorpus {
    static let path = Package.path("Examples/corpus")
    static let corpus: Corpus = CorpusLoader.load([path]).corpus

    /// What a query prints as a table (no terminal, no colour).
    static func output(_ query: String) -> String { run(query, on: corpus).output }
}
