import Foundation
import Testing
@testable import DossierKit

/// Every `.dqt` file in the repository is a test.
@Suite struct QueryFileTests {
    static let files: [String] = {
        TestRunner.files(in: [Package.path("Tests"), Package.path("Examples")]).files
            .map { String($0.dropFirst(Package.root.count + 1)) }
    }()

    @Test(arguments: files)
    func queryFile(_ relative: String) {
        let runner = TestRunner()
        runner.run(file: Package.path(relative))
        #expect(runner.results.count > 0)
        #expect(runner.failed == 0, "\(runner.failureReport())")
    }

    @Test func thereAreQueryFiles() {
        #expect(Self.files.count >= 5)
    }

    @Test func runnerReportsFailuresWithADiff() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dqt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("t.dqt").path
        try """
            corpus \(Package.path("Tests/Fixtures/corpus"))

            query
            articles count
            ----
            count
            999

            error
            events where actr = 1
            ----
            unknown field 'actr' on events

            error
            events count
            ----
            anything
            """.write(toFile: file, atomically: true, encoding: .utf8)
        let runner = TestRunner()
        runner.run(file: file)
        #expect(runner.summary == "1 passed, 2 failed")
        #expect(runner.failureReport().contains("FAIL \(file):3: result differs\n      count\n    - 999\n    + "))
        #expect(runner.failureReport().contains("expected an error, but the query succeeded"))
        #expect(runner.junit().contains("<testsuites tests=\"3\" failures=\"2\">"))

        let updater = TestRunner()
        updater.run(file: file, update: true)
        let check = TestRunner()
        check.run(file: file)
        #expect(check.summary == "2 passed, 1 failed")   // the error record that succeeded cannot be fixed by --update
    }
}

/// The example scripts run without errors and print something.
@Suite struct ExampleScriptTests {
    static let scripts: [String] = {
        let dir = Package.path("Examples")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".dq") }.sorted()
    }()

    @Test func thereAreScripts() { #expect(!Self.scripts.isEmpty) }

    @Test(arguments: scripts)
    func script(_ name: String) throws {
        let text = try String(contentsOfFile: Package.path("Examples/\(name)"), encoding: .utf8)
        let corpus = CorpusLoader.load([Package.path("Examples/corpus")]).corpus
        let result = run(text, on: corpus)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(!result.output.isEmpty)
    }
}

/// Every diagnostic a query can raise appears in a golden `.dqt` file.
@Suite struct DiagnosticCoverageTests {
    /// Codes tested elsewhere, and why.
    static let elsewhere: [DiagnosticCode: String] = [
        .inputTooLarge: "needs 4 MB of query text: ParserTests",
        .cancelled: "needs Ctrl-C during a query: the shell's tests",
    ]

    @Test func everyQueryDiagnosticHasAGoldenTest() throws {
        var text = ""
        for file in QueryFileTests.files {
            text += try String(contentsOfFile: Package.path(file), encoding: .utf8)
        }
        for code in DiagnosticCode.allCases where !code.rawValue.hasPrefix("E05") && Self.elsewhere[code] == nil {
            #expect(text.contains("[\(code.rawValue)]"), "no .dqt record shows \(code.rawValue) (\(code))")
        }
    }

    @Test func hugeQueryTextIsRefused() {
        let text = String(repeating: "events count\n", count: Lexer.maximumInput / 13 + 1)
        let (_, diagnostics) = Parser.parse(SourceText(text: text))
        #expect(diagnostics.map(\.code) == [.inputTooLarge])
    }
}
