import Foundation

enum Terminal {
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// Columns of the terminal on `fd`, or nil when it is not a terminal.
    static func width(fd: Int32) -> Int? {
        guard isTerminal(fd) else { return nil }
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Colour only on a terminal, and never with NO_COLOR set.
    static func colorAllowed(fd: Int32) -> Bool {
        isTerminal(fd) && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    }
}
