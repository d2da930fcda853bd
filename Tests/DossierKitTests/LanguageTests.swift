import Foundation
import Testing
@testable import DossierKit

/// Each language's built-in lexicon read through the real sentence splitter
/// and extractor: triggers, dates, numbers, negation and the future. The
/// articles are dated Saturday 10 October 2020.
@Suite struct LanguageTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var lang: String
        var text: String
        var type: PloverType
        var date: String? = nil
        var killed: Int? = nil
        var injured: Int? = nil
        var actor: String? = nil
        var location: String? = nil
        var context: EventContext = []
        /// An actor that must be the event's doer.
        var source: String? = nil
        /// An actor that must not be among the event's actors.
        var absent: String? = nil
        /// A type no event of the text may have.
        var absentType: PloverType? = nil
        var testDescription: String { "\(lang): \(text)" }
    }

    func extractor() -> Extractor {
        Extractor(lexicon: Lexicon.builtIn.lexicon) { text, abbreviations in
            SentenceSplitter(abbreviations: abbreviations).split(text)
        }
    }

    static let cases: [Case] = [
        // English
        Case(lang: "en", text: "Azerbaijani forces shelled Stepanakert on Friday.", type: .assault, date: "2020-10-09", actor: "Azerbaijan", location: "Stepanakert"),
        Case(lang: "en", text: "Twelve soldiers and three civilians were killed overnight, the ministry said.", type: .assault, killed: 15),
        Case(lang: "en", text: "The shelling killed four people and wounded twenty-one in Ganja.", type: .assault, killed: 4, injured: 21, location: "Ganja"),
        Case(lang: "en", text: "Armenia denied that its troops had attacked Ganja.", type: .reject, actor: "Armenia"),
        Case(lang: "en", text: "Turkey did not send troops to Azerbaijan, Erdogan said.", type: .aid, context: [.negated]),
        Case(lang: "en", text: "Lavrov will host the two foreign ministers in Moscow on Monday.", type: .consult, date: "2020-10-12", actor: "Lavrov", context: [.future]),
        // Norwegian
        Case(lang: "no", text: "Aserbajdsjanske styrker beskjøt Stepanakert natt til lørdag.", type: .assault, date: "2020-10-10", actor: "Azerbaijan", location: "Stepanakert"),
        Case(lang: "no", text: "Minst tolv soldater og tre sivile ble drept torsdag.", type: .assault, date: "2020-10-08", killed: 15),
        Case(lang: "no", text: "Armenia angrep ikke Ganja, sier forsvarsdepartementet.", type: .assault, context: [.negated]),
        Case(lang: "no", text: "Putin ber om full våpenhvile i Nagorno-Karabakh.", type: .demand, actor: "Putin"),
        Case(lang: "no", text: "Utenriksministrene skal møtes i Moskva mandag.", type: .consult, date: "2020-10-12", location: "Moscow", context: [.future]),
        // Dutch
        Case(lang: "nl", text: "Azerbeidzjaanse troepen beschoten vrijdag Stepanakert.", type: .assault, date: "2020-10-09", actor: "Azerbaijan", location: "Stepanakert"),
        Case(lang: "nl", text: "Volgens Bakoe zijn sinds 27 september 31 burgers gedood en 168 gewond.", type: .assault, killed: 31, injured: 168),
        Case(lang: "nl", text: "Armenië heeft Ganja niet aangevallen, zei het ministerie.", type: .assault, context: [.negated]),
        Case(lang: "nl", text: "Lavrov kondigde vannacht in Moskou een staakt-het-vuren aan.", type: .agree, date: "2020-10-10", actor: "Lavrov", location: "Moscow"),
        // German
        Case(lang: "de", text: "Aserbaidschanische Truppen beschossen am Freitag Stepanakert.", type: .assault, date: "2020-10-09", actor: "Azerbaijan", location: "Stepanakert"),
        Case(lang: "de", text: "Dabei wurden zwölf Soldaten und drei Zivilisten getötet.", type: .assault, killed: 15),
        Case(lang: "de", text: "Armenien hat Gandscha nicht angegriffen, sagte das Ministerium.", type: .assault, context: [.negated]),
        Case(lang: "de", text: "Putin und Macron forderten am Mittwoch eine sofortige Waffenruhe.", type: .demand, date: "2020-10-07", actor: "Putin"),
        Case(lang: "de", text: "Die Außenminister werden am Montag in Moskau verhandeln.", type: .consult, date: "2020-10-12", location: "Moscow", context: [.future]),
        // French
        Case(lang: "fr", text: "Les forces azerbaïdjanaises ont bombardé Stepanakert vendredi.", type: .assault, date: "2020-10-09", actor: "Azerbaijan", location: "Stepanakert"),
        Case(lang: "fr", text: "Douze soldats et trois civils ont été tués jeudi.", type: .assault, date: "2020-10-08", killed: 15),
        Case(lang: "fr", text: "L'Arménie n'a pas attaqué Gandja, a dit le ministère.", type: .assault, context: [.negated]),
        Case(lang: "fr", text: "Macron a appelé à un cessez-le-feu immédiat au Haut-Karabakh.", type: .demand, actor: "Macron"),
        // Swedish
        Case(lang: "sv", text: "Azerbajdzjanska styrkor besköt Stepanakert i fredags.", type: .assault, date: "2020-10-09", actor: "Azerbaijan", location: "Stepanakert"),
        Case(lang: "sv", text: "Tolv soldater och tre civila dödades under torsdagen.", type: .assault, date: "2020-10-08", killed: 15),
        Case(lang: "sv", text: "Armenien har inte angripit Ganja, sade ministeriet.", type: .assault, context: [.negated]),
        // Danish
        Case(lang: "da", text: "Aserbajdsjanske styrker beskød Stepanakert fredag.", type: .assault, date: "2020-10-09", actor: "Azerbaijan", location: "Stepanakert"),
        Case(lang: "da", text: "Tolv soldater og tre civile blev dræbt torsdag.", type: .assault, date: "2020-10-08", killed: 15),
        Case(lang: "da", text: "Armenien har ikke angrebet Ganja, siger ministeriet.", type: .assault, context: [.negated]),
        Case(lang: "en", text: "Two hundred and twelve soldiers were killed, the ministry said.", type: .assault, killed: 212),
        // Spanish
        Case(lang: "es", text: "Las fuerzas azerbaiyanas bombardearon Stepanakert el viernes.", type: .assault, date: "2020-10-09", actor: "Azerbaijan", location: "Stepanakert"),
        Case(lang: "es", text: "El ataque mató a cuatro personas e hirió a veintiuna en Ganja.", type: .assault, killed: 4, injured: 21, location: "Ganja"),
        Case(lang: "es", text: "Armenia no atacó Ganja, dijo el ministerio.", type: .assault, context: [.negated]),
        // Italian
        Case(lang: "it", text: "Le forze azere hanno bombardato Stepanakert venerdì.", type: .assault, date: "2020-10-09", actor: "Azerbaijan", location: "Stepanakert"),
        Case(lang: "it", text: "Dodici soldati e tre civili sono stati uccisi giovedì.", type: .assault, date: "2020-10-08", killed: 15),
        Case(lang: "it", text: "L'Armenia non ha attaccato Ganja, ha detto il ministero.", type: .assault, context: [.negated]),
        // Russian
        Case(lang: "ru", text: "Азербайджанские войска обстреляли Степанакерт в пятницу.", type: .assault, date: "2020-10-09", actor: "Azerbaijan", location: "Stepanakert"),
        Case(lang: "ru", text: "Погибли сто двадцать военнослужащих.", type: .assault, killed: 120),
        Case(lang: "ru", text: "Армения не обстреливала Гянджу, заявили в министерстве.", type: .assault, context: [.negated]),
        // Verb-second clauses that open with an adverbial put the doer after the verb.
        Case(lang: "sv", text: "Enligt ministeriet besköt azerbajdzjanska styrkor Stepanakert i fredags.", type: .assault, date: "2020-10-09", location: "Stepanakert", source: "Azerbaijan"),
        Case(lang: "de", text: "Am Freitag beschossen aserbaidschanische Truppen Stepanakert.", type: .assault, date: "2020-10-09", source: "Azerbaijan"),
        // ... but a clause that opens with an unnamed subject does not.
        Case(lang: "no", text: "Departementet anklaget Aserbajdsjan for å ha sendt leiesoldater.", type: .accuse, actor: "Azerbaijan", absent: nil, absentType: nil),
        // A subject pronoun right after the verb is the person last named.
        Case(lang: "de", text: "Ilham Alijew ist seit 2003 Präsident. In einem Interview verlangte er den Abzug der armenischen Truppen.", type: .demand, source: "Ilham Aliyev"),
        // A passive with its agent after the verb: the agent is the doer, the reporter no party.
        Case(lang: "en", text: "Foreign Minister Jeyhun Bayramov said the rockets were fired by Armenian forces.", type: .assault, source: "Armenia", absent: "Jeyhun Bayramov"),
        Case(lang: "no", text: "Utenriksminister Jeyhun Bajramov sa at rakettene var avfyrt av armenske styrker.", type: .assault, source: "Armenia", absent: "Jeyhun Bayramov"),
        // A hypothetical cue before a quotation governs what is quoted.
        Case(lang: "es", text: "Un portavoz dijo que Moscú espera que \"esta vez la tregua se respete\".", type: .agree, context: [.hypothetical]),
        // A country in an apposition to a city describes the city; "werd getroffen" is an attack.
        Case(lang: "nl", text: "Ook Ganja, de tweede stad van Azerbeidzjan, werd getroffen.", type: .assault, location: "Ganja", absent: "Azerbaijan"),
        Case(lang: "en", text: "The town of Tartar was hit on Saturday, the ministry said.", type: .assault, date: "2020-10-10", location: "Tartar"),
        // A phone call that carries another act of words is how it was made.
        Case(lang: "en", text: "Erdogan congratulated Aliyev in a telephone call.", type: .support, actor: "Erdogan", absentType: .consult),
        // An accusation of an attack reports the attack, as claimed.
        Case(lang: "fr", text: "Bakou a accusé l'artillerie arménienne d'avoir pilonné la ville de Tartar.", type: .assault, actor: "Armenia", location: "Tartar", absentType: .accuse),
        Case(lang: "no", text: "Departementet anklaget Aserbajdsjan for å ha angrepet armenske stillinger ved Hadrut.", type: .assault, location: "Hadrut", source: "Azerbaijan", absentType: .accuse),
        // Aid asked for is not aid given.
        Case(lang: "en", text: "Pashinyan asked Putin to begin consultations on security assistance.", type: .consult, actor: "Putin", absentType: .aid),
        // A chain of words that ends in a specific act is that act.
        Case(lang: "no", text: "President Ilham Alijev undertegnet mandag et dekret om delvis mobilisering av reservister.", type: .mobilize, date: "2020-10-05", actor: "Aliyev"),
        // A verb-second clause that opens with the act takes the modal after it.
        Case(lang: "de", text: "Die Feuerpause soll ab Montag in Bergkarabach gelten.", type: .agree, context: [.future]),
        // The reporting word nearest before a material act bounds the reporter.
        Case(lang: "fr", text: "Le pilote a été tué, a précisé la porte-parole Chouchan Stepanian, selon laquelle l'appareil a été touché au-dessus de Vardenis.", type: .assault, killed: 1, location: "Vardenis", absent: "Shushan Stepanyan"),
        // "The next sentence" follows an event's latest mention.
        Case(lang: "nl", text: "Ook Ganja werd getroffen. Daarbij kwam een burger om het leven en raakten 32 mensen gewond. Het ministerie meldde dat Armeense troepen de stad met raketten hadden bestookt.", type: .assault, killed: 1, injured: 32, location: "Ganja", source: "Armenia"),
        // Congratulations are support; diplomatic efforts are talks.
        Case(lang: "nl", text: "De Turkse president Recep Tayyip Erdogan feliciteerde Aliyev met het resultaat.", type: .support, actor: "Aliyev", source: "Erdogan"),
        Case(lang: "sv", text: "Samtidigt pågick diplomatiska ansträngningar i Moskva.", type: .consult, location: "Moscow"),
        // Talks after which something is agreed are its setting.
        Case(lang: "de", text: "Nach mehr als zehn Stunden Verhandlungen haben sich Armenien und Aserbaidschan auf eine Waffenruhe geeinigt.", type: .agree, actor: "Armenia", absentType: .consult),
        // Dutch "vanaf" before a time opens no "since" clause.
        Case(lang: "nl", text: "Volgens de autoriteiten vuurde het Azerbeidzjaanse leger vanaf de vroege ochtend raketten af op Stepanakert.", type: .assault, location: "Stepanakert", source: "Azerbaijan"),
        // A side's report that it did not do a material act is its denial; the other side's is not.
        Case(lang: "nl", text: "Het Armeense ministerie van Defensie hield vol dat Armenië geen vuur had geopend op Azerbeidzjaans grondgebied.", type: .reject, actor: "Armenia"),
        Case(lang: "en", text: "Azerbaijan said Armenian forces did not shell Tartar.", type: .assault, context: [.negated], absentType: .reject),
        // Norwegian "for å" is a purpose.
        Case(lang: "no", text: "Krigere fra Syria blir nå sendt til Nagorno-Karabakh for å delta i kampene.", type: .assault, context: [.future]),
    ]

    @Test(arguments: cases)
    func sentence(_ c: Case) throws {
        let article = ArticleRecord(id: "t", date: DDate(literal: "2020-10-10"), lang: c.lang, text: c.text)
        let events = extractor().extract(article)
        let e = try #require(events.first { $0.type == c.type }, "no \(c.type) in \(events.map { $0.type?.rawValue ?? "-" })")
        if let d = c.date { #expect(e.date?.description == d) }
        if let k = c.killed { #expect(e.killed == k) }
        if let i = c.injured { #expect(e.injured == i) }
        if let a = c.actor {
            let names = e.actors ?? []
            let known = Lexicon.builtIn.lexicon.actors.first { r in r.name == a || r.aliases.contains(a) }?.name ?? a
            #expect(names.contains(known), "actors \(names)")
        }
        if let l = c.location { #expect(e.location == l) }
        #expect(e.context.subtracting(.claimed) == c.context, "context \(e.context.names)")
        func known(_ a: String) -> String {
            Lexicon.builtIn.lexicon.actors.first { r in r.name == a || r.aliases.contains(a) }?.name ?? a
        }
        if let s = c.source { #expect(e.source.contains(known(s)), "source \(e.source), target \(e.target)") }
        if let a = c.absent { #expect(!(e.actors ?? []).contains(known(a)), "actors \(e.actors ?? [])") }
        if let t = c.absentType { #expect(!events.contains { $0.type == t }, "events \(events.map { $0.type?.rawValue ?? "-" })") }
    }

    /// Every shipped language is told from the others by its function words.
    @Test func languagesAreDetected() {
        let samples: [String: String] = [
            "en": "The ministers said that they were ready to meet again in the coming days, but the fighting has not stopped.",
            "no": "Utenriksministrene sier at de er klare til å møtes igjen i løpet av de neste dagene, men kampene har ikke stanset.",
            "nl": "De ministers zeiden dat ze klaar zijn om de komende dagen opnieuw bijeen te komen, maar de gevechten zijn niet gestopt.",
            "de": "Die Minister sagten, dass sie bereit seien, sich in den nächsten Tagen wieder zu treffen, aber die Kämpfe haben nicht aufgehört.",
            "fr": "Les ministres ont dit qu'ils étaient prêts à se retrouver dans les prochains jours, mais les combats n'ont pas cessé.",
            "sv": "Ministrarna sade att de var beredda att träffas igen under de kommande dagarna, men striderna har inte upphört.",
            "da": "Ministrene sagde, at de var klar til at mødes igen i løbet af de kommende dage, men kampene er ikke hørt op.",
            "es": "Los ministros dijeron que estaban dispuestos a reunirse de nuevo en los próximos días, pero los combates no han cesado.",
            "it": "I ministri hanno detto che erano pronti a incontrarsi di nuovo nei prossimi giorni, ma i combattimenti non sono cessati.",
            "ru": "Министры заявили, что готовы снова встретиться в ближайшие дни, но бои не прекратились.",
        ]
        var profiles: [String: Set<String>] = [:]
        for (code, l) in Lexicon.builtIn.lexicon.languages { profiles[code] = l.detect }
        let detector = LanguageDetector(profiles: profiles)
        for (code, text) in samples {
            #expect(detector.detect(text) == code, "\(code)")
        }
    }

    /// The shipped lexicon files load without a single complaint.
    @Test func theBuiltInLexiconIsClean() {
        #expect(Lexicon.builtIn.diagnostics.isEmpty, "\(Lexicon.builtIn.diagnostics)")
        #expect(Set(Lexicon.builtIn.lexicon.languages.keys).isSuperset(of: ["en", "no", "nl", "de", "fr", "sv", "da", "es", "it", "ru"]))
    }

    /// `--lexicon FILE`: a user's actors and words join the built-in ones.
    @Test func userLexiconFilesAddKnowledge() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let actors = dir.appendingPathComponent("my-actors.tsv").path
        try "name\tkind\tcountry\trole\taliases\nArtsakh Defence Army\tmilitary\tARM\t\tKarabakh Defence Army|KDA\n"
            .write(toFile: actors, atomically: true, encoding: .utf8)
        let words = dir.appendingPathComponent("en.lex").path
        try "[triggers]\nwaylaid = assault\n".write(toFile: words, atomically: true, encoding: .utf8)
        let article = dir.appendingPathComponent("a.txt").path
        try "date 2020-10-10\n\nThe KDA waylaid a convoy near Hadrut on Friday.\n".write(toFile: article, atomically: true, encoding: .utf8)

        let (plain, _) = Session.load([article])
        #expect(plain.corpus.events.count == 0)
        let (session, problems) = Session.load([article], lexiconFiles: [actors, words])
        #expect(problems.isEmpty, "\(problems)")
        let out = run("events | select type, actors, location, date", on: session.corpus).output
        #expect(out.contains("assault") && out.contains("Artsakh Defence Army") && out.contains("Hadrut") && out.contains("2020-10-09"), "\(out)")

        let bad = dir.appendingPathComponent("bad.lex").path
        try "[triggers]\nwaylaid = ambush\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let (_, complaints) = Session.load([article], lexiconFiles: [bad])
        #expect(complaints.contains { $0.code == .invalidLexicon && $0.line == 2 }, "\(complaints)")
    }

    /// Random word salad from every lexicon's own words, names, numbers and
    /// punctuation: the extractor must return, whatever the order.
    @Test func randomTextNeverCrashesTheExtractor() {
        let lexicon = Lexicon.builtIn.lexicon
        var words: [String] = ["Lavrov", "Armenia", "Stepanakert", "Moscow", "12", "1994", "2020", "3.00", "27", "and", "or", "the", "Лавров"]
        for l in lexicon.languages.values {
            for (_, entries) in l.sections { for e in entries { words.append(e.phrase.joined(separator: " ").replacingOccurrences(of: "*", with: "ed")) } }
        }
        let marks = [" ", " ", " ", ", ", ". ", "; ", " – ", " \"", "\" ", " (", ") ", "\n\n", ": ", "'s ", "«", "» "]
        var rng = SystemRandomNumberGenerator()
        let extractor = extractor()
        let languages = Array(lexicon.languages.keys)
        for round in 0..<400 {
            var text = ""
            for _ in 0..<Int.random(in: 0..<80, using: &rng) {
                text += words.randomElement(using: &rng)! + marks.randomElement(using: &rng)!
            }
            let article = ArticleRecord(id: "r\(round)", date: [DDate(literal: "2020-10-10"), DDate(literal: "2020-10"), nil].randomElement(using: &rng)!,
                                        lang: languages.randomElement(using: &rng), text: text)
            for e in extractor.extract(article) {
                #expect(e.span.map { $0.0 <= $0.1 } ?? false)
            }
        }
    }
}
