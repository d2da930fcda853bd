import Foundation

/// The files a corpus path stands for: a file, or a folder searched
/// recursively in name order for article and JSON Lines files (hidden names
/// skipped), links followed once. The loader and the store's ingest both
/// walk this way, so they read the same files.
enum CorpusWalk {
    /// Calls `file` with each regular file's path as reached, its real path
    /// (links resolved) and whether it was named itself rather than found in
    /// a folder; `problem` with one diagnostic for each path that cannot be
    /// walked (missing, a dangling or looping link, an unreadable folder, a
    /// pipe, socket or device).
    static func walk(_ path: String, problem: (InputDiagnostic) -> Void,
                     file: (_ path: String, _ real: String, _ explicit: Bool) -> Void) {
        var visited = Set<String>()
        collect(path, explicit: true, visited: &visited, problem: problem, file: file)
    }

    private static func collect(_ path: String, explicit: Bool, visited: inout Set<String>,
                                problem: (InputDiagnostic) -> Void, file: (String, String, Bool) -> Void) {
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isFolder) else {
            let isLink = (try? fm.destinationOfSymbolicLink(atPath: path)) != nil
            problem(InputDiagnostic(.unreadableFile, file: path,
                                    isLink ? "a symbolic link that leads nowhere (or back to itself); skipped" : "no such file or folder"))
            return
        }
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else {
            if !explicit {
                problem(InputDiagnostic(.unreadableFile, file: path, "skipped: a link back to a folder already read", severity: .warning))
            }
            return
        }
        if isFolder.boolValue {
            guard let names = try? fm.contentsOfDirectory(atPath: path) else {
                problem(InputDiagnostic(.unreadableFile, file: path, "cannot read folder"))
                return
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let child = (path as NSString).appendingPathComponent(name)
                var childIsFolder: ObjCBool = false
                _ = fm.fileExists(atPath: child, isDirectory: &childIsFolder)
                if childIsFolder.boolValue || CorpusLoader.isCorpusFile(name) {
                    collect(child, explicit: false, visited: &visited, problem: problem, file: file)
                }
            }
            return
        }
        // A pipe, socket or device would block or never end: only regular
        // files are read.
        let type = (try? fm.attributesOfItem(atPath: real))?[.type] as? FileAttributeType
        guard type == nil || type == .typeRegular else {
            problem(InputDiagnostic(.unreadableFile, file: path, "not a regular file (a pipe, socket or device); skipped"))
            return
        }
        file(path, real, explicit)
    }
}
