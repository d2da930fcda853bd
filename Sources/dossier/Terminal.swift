import Foundation

enum Terminal {
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// Columns and rows of the terminal on `fd`, or nil when it is not a terminal.
    static func size(fd: Int32) -> (columns: Int, rows: Int)? {
        guard isTerminal(fd) else { return nil }
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return (Int(size.ws_col), Int(size.ws_row))
    }

    /// Columns of the terminal on `fd`, or nil when it is not a terminal.
    static func width(fd: Int32) -> Int? { size(fd: fd)?.columns }

    /// Colour only on a terminal, and never with NO_COLOR set to anything but "".
    static func colorAllowed(fd: Int32, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        isTerminal(fd) && (environment["NO_COLOR"] ?? "").isEmpty
    }

    /// Makes the C library read and write UTF-8, so that the line editor
    /// takes "å" as one character: the user's locale if it is UTF-8, else
    /// C.UTF-8. Only LC_CTYPE changes; numbers still print with a '.'.
    static func useUTF8() {
        setlocale(LC_CTYPE, "")
        if !isUTF8() {
            for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil && isUTF8() { return }
        }
    }

    private static func isUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
