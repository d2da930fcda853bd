import Foundation

/// Finds the example corpus used when no path is given: `Examples/corpus`
/// in the current folder or a folder above the executable (so that both
/// `swift run dossier` from the package and an installed copy find it).
public enum DefaultCorpus {
    public static func locate(executable: String = CommandLine.arguments.first ?? "") -> String? {
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
}
