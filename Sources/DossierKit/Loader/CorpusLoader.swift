import Foundation

/// Loads a corpus from files and folders. Every readable record loads; each
/// problem becomes one `InputDiagnostic` naming the file (and line), and the
/// rest of the corpus still loads.
public struct CorpusLoader {
    /// Files larger than this are refused rather than read whole.
    public static let maximumFileSize = 2 << 30

    public private(set) var diagnostics: [InputDiagnostic] = []
    private var builder = CorpusBuilder()
    private var pendingEvents: [(file: String, line: Int, record: EventRecord)] = []
    private var files: [String] = []

    public init() {}

    /// Loads every path (files, or folders searched recursively in name order).
    public static func load(_ paths: [String]) -> (corpus: Corpus, diagnostics: [InputDiagnostic]) {
        var loader = CorpusLoader()
        for path in paths { loader.add(path: path) }
        return loader.finish()
    }

    public mutating func add(path: String) {
        var visited = Set<String>()
        collect(path, visited: &visited, explicit: true)
    }

    private mutating func collect(_ path: String, visited: inout Set<String>, explicit: Bool) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            diagnostics.append(InputDiagnostic(.unreadableFile, file: path, "no such file or folder"))
            return
        }
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else {
            if explicit { return }
            diagnostics.append(InputDiagnostic(.unreadableFile, file: path, "skipped: a link back to a folder already read", severity: .warning))
            return
        }
        if isFolder.boolValue {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                diagnostics.append(InputDiagnostic(.unreadableFile, file: path, "cannot read folder"))
                return
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let child = (path as NSString).appendingPathComponent(name)
                var childIsFolder: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: child, isDirectory: &childIsFolder)
                if childIsFolder.boolValue || CorpusLoader.isCorpusFile(name) {
                    collect(child, visited: &visited, explicit: false)
                }
            }
        } else {
            readFile(path)
        }
    }

    /// Files a folder walk reads; others (notes, scripts) are left alone.
    static func isCorpusFile(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson")
    }

    private mutating func readFile(_ path: String) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? Int, size > CorpusLoader.maximumFileSize {
            diagnostics.append(InputDiagnostic(.unreadableFile, file: path, "file is \(size >> 20) MB; the limit is \(CorpusLoader.maximumFileSize >> 20) MB"))
            return
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            diagnostics.append(InputDiagnostic(.unreadableFile, file: path, "cannot read file (permission denied?)"))
            return
        }
        defer { try? handle.close() }
        guard let data = try? handle.readToEnd() ?? Data() else {
            diagnostics.append(InputDiagnostic(.unreadableFile, file: path, "cannot read file"))
            return
        }
        let bytes = [UInt8](data)
        guard let first = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }) else {
            diagnostics.append(InputDiagnostic(.unreadableFile, file: path, "file is empty", severity: .warning))
            return
        }
        if bytes.prefix(4096).contains(0) {
            diagnostics.append(InputDiagnostic(.unreadableFile, file: path, "binary file (it holds NUL bytes); skipped"))
            return
        }
        guard first == UInt8(ascii: "{") else {
            diagnostics.append(InputDiagnostic(.unreadableFile, file: path, line: 1,
                                               "not Dossier JSON Lines (the first record should start with '{')"))
            return
        }
        addJSONLines(bytes, file: path)
    }

    /// Adds Dossier JSON Lines already in memory, as if read from `file`.
    public mutating func addJSONLines(_ bytes: [UInt8], file: String) {
        files.append(file)
        let contents = JSONLines.parse(bytes, file: file)
        diagnostics += contents.diagnostics
        for a in contents.actors { builder.addActor(a) }
        for p in contents.places { builder.addPlace(p) }
        for (line, var a) in contents.articles {
            if builder.hasArticle(a.id) {
                diagnostics.append(InputDiagnostic(.duplicateID, file: file, line: line, column: 1,
                                                   "article id '\(a.id)' appears twice; the later article is skipped"))
                continue
            }
            a.file = a.file ?? file
            builder.addArticle(a)
        }
        pendingEvents += contents.events.map { (file, $0.line, $0.record) }
    }

    /// Adds the events (whose articles may come from any file) and builds the corpus.
    public mutating func finish() -> (corpus: Corpus, diagnostics: [InputDiagnostic]) {
        for (file, line, event) in pendingEvents {
            do {
                try builder.addEvent(event)
            } catch {
                switch error {
                case .unknownArticle(let id):
                    diagnostics.append(InputDiagnostic(.unknownArticle, file: file, line: line, column: 1, "event refers to unknown article '\(id)'"))
                case .duplicateID(let id):
                    diagnostics.append(InputDiagnostic(.duplicateID, file: file, line: line, column: 1, "event id '\(id)' appears twice; the later event is skipped"))
                }
            }
        }
        pendingEvents = []
        return (builder.build(), diagnostics)
    }
}
