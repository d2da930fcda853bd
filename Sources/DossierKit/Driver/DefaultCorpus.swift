import Foundation

/// Finds the example corpus used when no path is given: `Examples/corpus`
/// in the current folder or a folder above the executable (so that both
/// `swift run dossier` from the package and an installed copy find it).
public enum DefaultCorpus {
    public static func locate(executable: String = runningExecutable()) -> String? {
        let fm = FileManager.default
        var candidates = [fm.currentDirectoryPath]
        var dir = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir.path)
            candidates.append(dir.appendingPathComponent("share/dossier").path)
            dir = dir.deletingLastPathComponent()
        }
        for c in candidates {
            let path = (c as NSString).appendingPathComponent("Examples/corpus")
            var isFolder: ObjCBool = false
            if fm.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { return path }
        }
        return nil
    }

    /// The running program's file. `argv[0]` is only a name when a shell or
    /// `env` (a `#!/usr/bin/env -S dossier run` script) found it on PATH,
    /// so the system is asked first.
    public static func runningExecutable() -> String {
        if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return link }
        if let path = Bundle.main.executablePath { return path }
        return CommandLine.arguments.first ?? ""
    }
}
