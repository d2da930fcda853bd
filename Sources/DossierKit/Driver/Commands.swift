import Foundation

/// Dot commands: `.help`, `.schema`, `.mode`, `.timer`, `.open`, `.read`, `.quit`.
extension Session {
    public static let commands: [(name: String, usage: String, summary: String)] = [
        ("help", ".help", "show this help, with examples"),
        ("schema", ".schema [COLLECTION]", "list the fields of the collections"),
        ("mode", ".mode FORMAT", "output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))"),
        ("timer", ".timer on|off", "print how long each query takes"),
        ("open", ".open PATH ...", "load another corpus (files and folders, or a NAME.dossier store)"),
        ("read", ".read FILE", "run the statements in a file"),
        ("quit", ".quit", "leave the shell (also Ctrl-D)"),
    ]

    func command(_ name: Located<String>, _ argument: Located<String>, _ source: SourceText,
                 _ output: SessionOutput) -> Bool {
        let arg = argument.value
        func usageError(_ message: String) -> Bool {
            output.diagnostics([Diagnostic(.expectedToken, message, at: argument.range.length > 0 ? argument.range : name.range)], source)
            return false
        }
        switch name.value {
        case "help":
            output.message(Session.helpText)
        case "schema":
            if arg.isEmpty {
                output.message(Collection.allCases.map(schemaText).joined(separator: "\n\n"))
            } else if let c = Collection(rawValue: arg.lowercased()) {
                output.message(schemaText(c))
            } else {
                return usageError("unknown collection '\(arg)'; collections are articles, events, actors, places")
            }
        case "mode":
            if arg.isEmpty { output.message("mode: \(format.rawValue)"); return true }
            guard let f = OutputFormat(rawValue: arg.lowercased()) else {
                let hint = Suggest.nearest(arg, among: OutputFormat.allCases.map(\.rawValue)).map { "; did you mean '\($0)'?" } ?? ""
                return usageError("unknown format '\(arg)'\(hint) (formats: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            format = f
        case "timer":
            switch arg.lowercased() {
            case "on": timer = true
            case "off": timer = false
            case "": output.message("timer: \(timer ? "on" : "off")")
            default: return usageError(".timer takes on or off")
            }
        case "open":
            guard !arg.isEmpty else { return usageError(".open needs a path") }
            guard open(arg.split(separator: " ").map(String.init), output: output) else { return false }
            output.message(summary)
        case "read":
            guard !arg.isEmpty else { return usageError(".read needs a file") }
            guard let data = FileManager.default.contents(atPath: arg) else {
                return usageError("cannot read '\(arg)'")
            }
            guard let text = String(data: data, encoding: .utf8) else { return usageError("'\(arg)' is not UTF-8 text") }
            return run(SourceText(name: arg, text: text), output: output)
        case "quit", "exit":
            break
        default:
            let hint = Suggest.nearest(name.value, among: Session.commands.map(\.name))
            output.diagnostics([Diagnostic(.expectedStage, "unknown command '.\(name.value)'", at: name.range,
                                           label: hint.map { "did you mean '.\($0)'?" } ?? "type .help for the list")], source)
            return false
        }
        return true
    }

    func schemaText(_ c: Collection) -> String {
        var lines = ["\(c.rawValue) (\(corpus.count(c)))"]
        let fields = Schema.fields(of: c)
        let width = fields.map { $0.field.rawValue.count }.max() ?? 0
        let typeWidth = fields.map { $0.type.description.count }.max() ?? 0
        for f in fields {
            lines.append("  " + f.field.rawValue.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                         + f.type.description.padding(toLength: typeWidth, withPad: " ", startingAt: 0) + "  " + f.summary)
        }
        return lines.joined(separator: "\n")
    }

    /// One line on what is loaded: articles, events, languages.
    public var summary: String {
        let langs = corpus.languages
        return "\(corpus.articles.count) articles, \(corpus.events.count) events, \(corpus.actors.count) actors, "
            + "\(corpus.places.count) places" + (langs.isEmpty ? "" : " in \(langs.count) languages (\(langs.joined(separator: ", ")))")
    }

    static let helpText = """
        Queries start from a collection (articles, events, actors, places) and apply stages:
          events where actor = "Lavrov"
          events where type = "assault" and location = "Stepanakert" | sort by date
          events count by type
          events where date in 2020-10 | sort by date desc | limit 5
          events | group by actor (n = count(), first = min(date)) | where n > 2
          let mediators = ["Russia", "France", "United States"]
          events where actor in mediators and type = "consult"

        Stages: where, select, sort by, limit, top, count, count by, group by
        Keys: Tab completes; Ctrl-C clears the line or cancels a query; Ctrl-D leaves;
          Up and Down walk the history; ~/.editrc can choose vi keys (bind -v)
        Commands:
        """ + "\n" + commands.map { "  " + $0.usage.padding(toLength: 22, withPad: " ", startingAt: 0) + $0.summary }.joined(separator: "\n")
}
