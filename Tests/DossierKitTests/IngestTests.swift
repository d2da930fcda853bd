import Foundation
import Testing
@testable import DossierKit

/// Month words as a lexicon would give them: folded, several languages.
private let months: [String: Int] = {
    var m: [String: Int] = [:]
    for (words, n) in [(["oktober", "octobre", "октября", "okt"], 10), (["september", "septembre", "сентября"], 9)] {
        for w in words { m[TextFold.fold(w)] = n }
    }
    return m
}()

private func read(_ text: String, file: String = "a.txt") -> (article: ArticleRecord?, diagnostics: [InputDiagnostic]) {
    TextArticleReader.read(Array(text.utf8), file: file, id: "a", months: months)
}

private func date(_ literal: String) -> DDate { DDate(literal: literal)! }

@Suite struct IngestReaderTests {
    @Test func headerLayoutSetsDateAndText() throws {
        let (a, problems) = read("date 2020-10-09 Lavrov hosted the talks.\n\nThey lasted ten hours.\n")
        let article = try #require(a)
        #expect(problems.isEmpty)
        #expect(article.id == "a" && article.file == "a.txt" && article.lang == nil)
        #expect(article.date == date("2020-10-09") && article.date?.precision == .day)
        #expect(article.text == "Lavrov hosted the talks.\n\nThey lasted ten hours.")
        #expect(article.title == nil && article.outlet == nil && article.byline == nil)

        let month = try #require(read("\n  date 2020-10 – Det har begynt, sier hun.").article)
        #expect(month.date == date("2020-10") && month.date?.precision == .month)
        #expect(month.text == "– Det har begynt, sier hun.")
        let year = try #require(read("date 2020\nThe year of the war.").article)
        #expect(year.date?.precision == .year && year.text == "The year of the war.")
    }

    @Test func invalidHeaderDateIsReported() throws {
        let (a, problems) = read("date 2020-13 Text.")
        #expect(a?.date == nil && a?.text == "Text.")
        #expect(problems.map(\.severity) == [.warning])
        #expect(problems.first?.message.contains("'2020-13'") == true)
    }

    @Test(arguments: [
        ("date 2020-10 NTB utenriks\n\n– Armenske styrker angriper.", "NTB", "– Armenske styrker angriper."),
        ("date 2020-10 AFP\n\nTalks began.", "AFP", "Talks began."),
        ("date 2020-10 KREVER STANS\n\nPutin og Macron.", nil, "KREVER STANS\n\nPutin og Macron."),
        ("date 2020-09 KREVER STANS: Putin og Macron vil ha slutt.\n\nMer.", nil, "KREVER STANS: Putin og Macron vil ha slutt.\n\nMer."),
        ("date 2020-10 NTB utenriks\nArmenske styrker angriper.", nil, "NTB utenriks\nArmenske styrker angriper."),
    ] as [(String, String?, String)])
    func deskLineAfterHeaderBecomesOutlet(text: String, outlet: String?, body: String) throws {
        let article = try #require(read(text).article)
        #expect(article.outlet == outlet)
        #expect(article.text == body)
    }

    static let wire = """


        Moscow Hosts Armenia-Azerbaijan Talks as Fighting Continues

        By Hervé Bar for AFP

        October 09, 2020



        Armenia and Azerbaijan held talks in Moscow on Friday.

        "This is their last chance," he said.

        Original url:

        https://www.themoscowtimes.com/2020/10/09/talks-a71700
        """

    @Test func wireLayoutSetsItsFields() throws {
        let (a, problems) = read(Self.wire)
        let article = try #require(a)
        #expect(problems.isEmpty)
        #expect(article.title == "Moscow Hosts Armenia-Azerbaijan Talks as Fighting Continues")
        #expect(article.byline == "Hervé Bar" && article.outlet == "AFP")
        #expect(article.date == date("2020-10-09"))
        #expect(article.url == "https://www.themoscowtimes.com/2020/10/09/talks-a71700")
        #expect(article.text == "Armenia and Azerbaijan held talks in Moscow on Friday.\n\n\"This is their last chance,\" he said.")
    }

    @Test(arguments: [
        ("By Hervé Bar for AFP", "Hervé Bar", "AFP"),
        ("Von Hans Müller für dpa", "Hans Müller", "dpa"),
        ("Par Marie Dupont pour Le Monde", "Marie Dupont", "Le Monde"),
        ("Door Jan de Vries voor de Volkskrant", "Jan de Vries", "de Volkskrant"),
        ("Av Kari Nordmann for NTB", "Kari Nordmann", "NTB"),
        ("Av Kari Nordmann, NRK", "Kari Nordmann", "NRK"),
        ("By John Smith", "John Smith", nil),
    ] as [(String, String, String?)])
    func bylines(line: String, name: String, outlet: String?) throws {
        let article = try #require(read("Talks in Moscow\n\n\(line)\n\n9 October 2020\n\nThe talks began.").article)
        #expect(article.byline == name)
        #expect(article.outlet == outlet)
        #expect(article.title == "Talks in Moscow" && article.text == "The talks began.")
        #expect(article.date == date("2020-10-09"))
    }

    @Test(arguments: ["October 09, 2020", "Oct. 9, 2020", "9 October 2020", "9. oktober 2020", "9 oktober 2020",
                      "9. Oktober 2020", "9 octobre 2020", "9 октября 2020", "2020-10-09", "Friday, October 9, 2020",
                      "9. oktober 2020 kl. 08.14", "October 9th, 2020"])
    func wireDateLines(line: String) throws {
        let (a, problems) = read("Talks in Moscow\n\(line)\n\nThe talks began.")
        let article = try #require(a)
        #expect(article.date == date("2020-10-09"), "\(line)")
        #expect(article.title == "Talks in Moscow" && article.text == "The talks began.")
        #expect(problems.isEmpty)
    }

    @Test(arguments: [
        ("Publisert: 01.10.20", "2020-10-01"),
        ("Publisert 01.10.2020 kl. 08.14", "2020-10-01"),
        ("Oppdatert: 03.10.20\n\nPublisert: 01.10.20", "2020-10-01"),     // the earliest: publication
        ("Published: October 09, 2020", "2020-10-09"),
        ("Gepubliceerd: 9 oktober 2020", "2020-10-09"),
        ("Veröffentlicht: 09.10.2020", "2020-10-09"),
        ("9. oktober 2020", "2020-10-09"),                                 // a date line
        ("Publisert: 01.09.20", "2020-10"),                                // outside the header month
        ("Det skjedde 01.10.20 i Moskva.", "2020-10"),                     // not a date line
    ])
    func headerMonthIsRefinedByADateInTheText(line: String, expected: String) throws {
        let article = try #require(read("date 2020-10 Samtalene startet i Moskva.\n\nDe varte lenge.\n\n\(line)\n").article)
        #expect(article.date == date(expected))
        #expect(article.text.hasSuffix(line))   // labelled lines stay in the text
    }

    @Test func refinementRules() throws {
        // A year header takes a day.
        #expect(read("date 2020\nText.\n\nPublished: October 9, 2020").article?.date == date("2020-10-09"))
        // A day header is never replaced by another day.
        #expect(read("date 2020-10-09 Text.\n\nPublisert: 01.10.20").article?.date == date("2020-10-09"))
        // Wire date line under a month header.
        #expect(read("date 2020-10\nTalks in Moscow\n\nOctober 09, 2020\n\nText.").article?.date == date("2020-10-09"))
        // A publication date up to a week after a month header's end refines it;
        // later ones, and unlabelled dates outside the month, do not.
        #expect(read("date 2020-09 Text.\n\nPublisert: 01.10.20").article?.date == date("2020-10-01"))
        #expect(read("date 2020-09 Text.\n\nPublisert: 07.10.20").article?.date == date("2020-10-07"))
        #expect(read("date 2020-09 Text.\n\nPublisert: 08.10.20").article?.date == date("2020-09"))
        #expect(read("date 2020-09\nTalks in Moscow\n\nOctober 01, 2020\n\nText.").article?.date == date("2020-09"))
        // Only the first 15 and last 5 non-blank lines count.
        let middle = (1...20).map { "Line \($0)." } + ["Publisert: 01.10.20"] + (1...10).map { "More \($0)." }
        #expect(read("date 2020-10 Start.\n" + middle.joined(separator: "\n")).article?.date == date("2020-10"))
    }

    @Test func originalURLOnItsLineOrTheNext() throws {
        let same = try #require(read("date 2020-10 Text one.\n\nOriginal url: https://example.org/a\n\nText two.").article)
        #expect(same.url == "https://example.org/a")
        #expect(same.text == "Text one.\n\n\nText two.")
        let next = try #require(read("date 2020-10 Text.\n\nOriginal URL:\n\nhttps://example.org/b\n").article)
        #expect(next.url == "https://example.org/b" && next.text == "Text.")
        let none = try #require(read("date 2020-10 Text.\n\nOriginal url:\n").article)
        #expect(none.url == nil && none.text == "Text.")
    }

    @Test func crlfBecomesLF() throws {
        let article = try #require(read("Talks in Moscow\r\nBy Hervé Bar for AFP\r\nOctober 09, 2020\r\n\r\nBody one.\r\n\r\nBody two.\r\n").article)
        #expect(article.byline == "Hervé Bar" && article.date == date("2020-10-09"))
        #expect(article.text == "Body one.\n\nBody two.")
        let header = try #require(read("date 2020-10 A.\r\rB.\r\n").article)
        #expect(header.text == "A.\n\nB.")
    }

    @Test func invalidUTF8NamesLineAndColumn() {
        var bytes = Array("date 2020-10 Første linje\nAndre linje æ".utf8)
        bytes += [0xFF]
        bytes += Array(" slutt\n".utf8)
        let (a, problems) = TextArticleReader.read(bytes, file: "bad.txt", id: "bad", months: [:])
        #expect(a == nil)
        #expect(problems.count == 1)
        #expect(problems.first?.severity == .error && problems.first?.file == "bad.txt")
        #expect(problems.first?.line == 2 && problems.first?.column == 14)
        #expect(problems.first?.message.hasPrefix("invalid UTF-8") == true)
        // A truncated sequence on line 1, after a byte-order mark.
        let (_, truncated) = TextArticleReader.read([0xEF, 0xBB, 0xBF] + Array("ab".utf8) + [0xC3], file: "t.txt", id: "t", months: [:])
        #expect(truncated.first?.line == 1 && truncated.first?.column == 3)
    }

    @Test func binaryFilesAreRefused() {
        for bytes in [Array("date 2020-10 Text".utf8) + [0, 1, 2], Array("ab".utf8) + [1, 2, 3, 4, 5, 6, 0x7F] + Array("cd".utf8)] {
            let (a, problems) = TextArticleReader.read(bytes, file: "x.txt", id: "x", months: [:])
            #expect(a == nil)
            #expect(problems.map(\.message) == ["binary file, not an article"])
        }
    }

    @Test func emptyFilesAreReported() {
        for bytes in [[], Array(" \n\t\r\n".utf8), [0xEF, 0xBB, 0xBF, 0x0A], Array("\u{00A0}\n".utf8)] as [[UInt8]] {
            let (a, problems) = TextArticleReader.read(bytes, file: "e.txt", id: "e", months: [:])
            #expect(a == nil)
            #expect(problems.map(\.message) == ["empty file"])
            #expect(problems.first?.severity == .warning)
        }
    }

    @Test func plainTextKeepsNoDateWithAWarning() throws {
        let (a, problems) = read("Notes on the talks\n\nThe talks went on.\nNobody spoke.", file: "notes.txt")
        let article = try #require(a)
        #expect(article.date == nil && article.title == "Notes on the talks")
        #expect(article.text == "Notes on the talks\n\nThe talks went on.\nNobody spoke.")
        #expect(problems.map(\.description) == ["warning[E0503]: notes.txt: no date: events keep no date"])
        // A long first line, or one ending with a period, is no title.
        #expect(read("The talks went on.\n\nMore.").article?.title == nil)
        #expect(read(String(repeating: "word ", count: 30)).article?.title == nil)
        // A labelled date dates a plain article.
        let dated = read("Notes\n\nPublished: October 9, 2020\n\nText.")
        #expect(dated.article?.date == date("2020-10-09") && dated.diagnostics.isEmpty)
    }

    @Test func englishMonthsNeedNoDictionary() throws {
        let article = try #require(TextArticleReader.read(Array("Title\n\nOct. 9, 2020\n\nText.".utf8), file: "f", id: "f", months: [:]).article)
        #expect(article.date == date("2020-10-09"))
        #expect(TextArticleReader.read(Array("Title\n\n9 oktober 2020\n\nText.".utf8), file: "f", id: "f", months: [:]).article?.date == nil)
    }
}

@Suite struct IngestLanguageTests {
    static let detector = LanguageDetector(profiles: [
        "en": ["the", "and", "of", "to", "in", "is", "that", "was", "for", "on", "with", "said", "have", "has",
               "it", "are", "not", "by", "this", "from", "they", "will", "would", "but"],
        "no": ["og", "i", "det", "er", "som", "på", "en", "av", "til", "ikke", "for", "med", "har", "de", "at",
               "fra", "sier", "etter", "skal", "ble", "mellom", "hva", "nå", "også", "mye", "noen", "uten", "hvor"],
        "da": ["og", "i", "det", "er", "som", "på", "en", "af", "til", "ikke", "for", "med", "har", "de", "at",
               "fra", "siger", "efter", "skal", "blev", "mellem", "hvad", "nu", "også", "meget", "nogle", "uden", "hvor"],
        "sv": ["och", "i", "det", "är", "som", "på", "en", "av", "till", "inte", "för", "med", "har", "de", "att",
               "från", "säger", "efter", "ska", "blev", "mellan", "vad", "nu", "också", "mycket", "några", "utan", "var"],
        "nl": ["de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "zijn", "voor", "met", "niet",
               "die", "heeft", "ook", "door", "bij", "naar", "om", "maar", "werd", "wordt"],
        "de": ["der", "die", "das", "und", "in", "ist", "den", "von", "zu", "mit", "nicht", "auf", "für", "ein",
               "eine", "sich", "dem", "hat", "auch", "wird", "nach", "bei", "aus", "wurde", "aber"],
        "fr": ["le", "la", "les", "de", "des", "et", "en", "un", "une", "est", "que", "qui", "dans", "pour",
               "pas", "sur", "au", "du", "a", "ont", "avec", "par", "il", "elle", "mais"],
        "es": ["el", "la", "los", "las", "de", "y", "en", "un", "una", "es", "que", "por", "con", "para", "no",
               "se", "del", "al", "su", "ha", "como", "más", "pero", "está"],
        "it": ["il", "la", "le", "di", "e", "in", "un", "una", "è", "che", "per", "non", "con", "del", "della",
               "si", "ha", "sono", "anche", "ma", "come", "più", "i", "degli"],
        "ru": ["и", "в", "не", "на", "что", "с", "по", "это", "он", "она", "как", "из", "за", "к", "от", "для",
               "был", "была", "также", "но", "ли"],
    ])

    @Test(arguments: [
        ("en", "The foreign ministers met in Moscow on Friday, and the talks were long. Russia said that the ceasefire will hold, but it is not clear if the fighting has stopped."),
        ("no", "Utenriksministrene møttes i Moskva fredag, og samtalene varte lenge. Det er ikke klart hva som skjer nå, sier Lavrov etter møtet. Våpenhvilen ble avtalt mellom partene."),
        ("da", "Udenrigsministrene mødtes i Moskva fredag, og samtalerne varede længe. Det er ikke klart, hvad der sker nu, siger Lavrov efter mødet. Våbenhvilen blev aftalt mellem parterne."),
        ("sv", "Utrikesministrarna möttes i Moskva på fredagen, och samtalen pågick länge. Det är inte klart vad som händer nu, säger Lavrov efter mötet. Vapenvilan blev överenskommen mellan parterna."),
        ("nl", "De ministers van Buitenlandse Zaken hebben in Moskou met elkaar gesproken. Het is niet duidelijk of het staakt-het-vuren zal houden, maar Rusland heeft de gesprekken geleid."),
        ("de", "Die Außenminister haben sich in Moskau getroffen. Es ist nicht klar, ob die Waffenruhe halten wird, aber Russland hat die Gespräche mit beiden Seiten geführt."),
        ("fr", "Les ministres des Affaires étrangères se sont rencontrés à Moscou vendredi. Il n'est pas clair que le cessez-le-feu tienne, mais la Russie a mené les discussions avec les deux pays."),
        ("es", "Los ministros de Asuntos Exteriores se reunieron en Moscú el viernes. No está claro que el alto el fuego se mantenga, pero Rusia ha dirigido las conversaciones con los dos países."),
        ("it", "I ministri degli Esteri si sono incontrati a Mosca venerdì. Non è chiaro che il cessate il fuoco regga, ma la Russia ha guidato i colloqui con i due paesi."),
        ("ru", "Министры иностранных дел встретились в Москве в пятницу. Пока не ясно, будет ли соблюдаться перемирие, но Россия провела переговоры с обеими сторонами, и это важно."),
    ])
    func detectsShortParagraphs(code: String, text: String) {
        #expect(Self.detector.detect(text) == code)
    }

    @Test func tooLittleEvidenceIsNil() {
        #expect(Self.detector.detect("") == nil)
        #expect(Self.detector.detect("Lavrov, Moskva, 2020.") == nil)
        #expect(Self.detector.detect("Talks in Moscow") == nil)   // one hit
        #expect(LanguageDetector(profiles: [:]).detect("the talks and the war") == nil)
    }

    @Test func scriptChoosesTheProfiles() {
        // Mostly Cyrillic text, with Latin function words quoted in it.
        #expect(Self.detector.detect("Путин и Макрон в Москве не говорили об этом: «the end of the war and the talks»; это так, и он был там.") == "ru")
        // Latin text with a few Cyrillic names stays Latin.
        #expect(Self.detector.detect("The talks with Лавров and Шойгу were held in Moscow, and it is said that they will continue.") == "en")
    }

    @Test func profilesAreFolded() {
        let d = LanguageDetector(profiles: ["sv": ["ÄR", "Och", "Inte"]])
        #expect(d.detect("Det är inte klart och det är bra.") == "sv")
    }
}

@Suite struct IngestSentenceTests {
    static let splitter = SentenceSplitter(abbreviations: ["dr", "Mr", "gen", "f.eks", "bl.a", "z.B", "etc", "prof"])

    func sentences(_ text: String) -> [String] {
        let ranges = Self.splitter.split(text)
        for r in ranges {
            #expect(!r.isEmpty)
            #expect(text[r].first?.isWhitespace == false && text[r].last?.isWhitespace == false)
        }
        return ranges.map { String(text[$0]) }
    }

    @Test func endPunctuation() {
        #expect(sentences("Armenia and Azerbaijan held talks. They lasted six hours! Was it enough? Nobody knows…")
                == ["Armenia and Azerbaijan held talks.", "They lasted six hours!", "Was it enough?", "Nobody knows…"])
        #expect(sentences("The talks ended. 12 people died.") == ["The talks ended.", "12 people died."])
        #expect(sentences("Han gikk. – Vi kommer tilbake, sier han.") == ["Han gikk.", "– Vi kommer tilbake, sier han."])
        #expect(sentences("He left. \"We will return,\" he said.") == ["He left.", "\"We will return,\" he said."])
        #expect(sentences("Лавров прибыл в Москву. Переговоры начались в пятницу.") == ["Лавров прибыл в Москву.", "Переговоры начались в пятницу."])
        #expect(sentences("¿Habrá paz? ¡Nadie lo sabe!") == ["¿Habrá paz?", "¡Nadie lo sabe!"])
        #expect(sentences("the talks ended. and then nothing") == ["the talks ended. and then nothing"])
    }

    @Test func blankLinesAlwaysEnd() {
        #expect(sentences("Krigen raser\n\nRusslands president ber om stans.") == ["Krigen raser", "Russlands president ber om stans."])
        #expect(sentences("first part without end\n \n\nsecond part") == ["first part without end", "second part"])
    }

    @Test func shortUnpunctuatedLinesEnd() {
        let caption = "Krigen raser: Putin og Macron ber om full stans\nFoto: LUDOVIC MARIN / AFP\nRusslands president Vladimir Putin og Frankrikes president Emmanuel Macron ber om full stans i kampene mellom Armenia og Aserbajdsjan."
        #expect(sentences(caption).count == 3)
        #expect(sentences(caption)[1] == "Foto: LUDOVIC MARIN / AFP")
        let kremlin = "Putin's invitation came as there appeared to be no end in sight for the fighting over Nagorno-Karabakh.\n**Kremlin.ru**\nArmenia and Azerbaijan held their first high-level talks in Moscow on Friday after nearly two weeks of fierce clashes."
        #expect(sentences(kremlin).map { String($0.prefix(14)) } == ["Putin's invita", "**Kremlin.ru**", "Armenia and Az"])
        let beeld = "De Russische minister Sergei Lavrov (midden) bemiddelde bij de besprekingen in Moskou tussen de ministers. Beeld AP\nLavrov maakte dat vannacht bekend in Moskou."
        #expect(sentences(beeld).map { String($0.prefix(8)) } == ["De Russi", "Beeld AP", "Lavrov m"])
        // Hard-wrapped prose is not cut at its line ends.
        let wrapped = "Russian foreign minister Sergei Lavrov said on Friday that the talks with\nArmenia and Azerbaijan would go on through the night in the Russian\nForeign Ministry, and that both sides had agreed to exchange prisoners."
        #expect(sentences(wrapped).count == 1)
        // A lower-case continuation is not cut either.
        #expect(sentences("Talks in Moscow\ncontinued on Friday.").count == 1)
    }

    @Test func abbreviationsAndInitials() {
        #expect(sentences("Mr. Lavrov met Gen. Mirzoyan and Dr. Aliyev in Moscow. The talks lasted six hours.")
                == ["Mr. Lavrov met Gen. Mirzoyan and Dr. Aliyev in Moscow.", "The talks lasted six hours."])
        #expect(sentences("Det gjelder bl.a. Armenia og f.eks. Russland. Det er klart.").count == 2)
        #expect(sentences("Die Gespräche, z.B. Genf, dauern an.").count == 1)
        #expect(sentences("V. Putin met J. Smith on Friday. They talked.") == ["V. Putin met J. Smith on Friday.", "They talked."])
        #expect(sentences("M. Macron a parlé. Il est parti.") == ["M. Macron a parlé.", "Il est parti."])
    }

    /// Abbreviations beyond 8 ASCII letters or outside ASCII, in any case
    /// and with diacritics the folding drops, are found as the short ASCII
    /// ones are; a word that only resembles one still ends its sentence.
    @Test func abbreviationsOfEveryScriptAndLength() {
        let splitter = SentenceSplitter(abbreviations: ["подполк", "зам", "stellvertr", "bzgl", "ехр"])
        func count(_ text: String) -> Int { splitter.split(text).count }
        #expect(count("Его встретил подполк. Иванов в Москве.") == 1)
        #expect(count("Его встретил ПОДПОЛК. Иванов в Москве.") == 1)
        #expect(count("Его встретил зам. Министра в Москве.") == 1)
        #expect(count("Ihn empfing der Stellvertr. Minister in Bern.") == 1)
        #expect(count("Ihn empfing der stellvertr. Minister in Bern.") == 1)
        #expect(count("Sie sprachen bzgl. Genf. Dann gingen sie.") == 2)
        // Not abbreviations: "подполковник", "замок", "Stellvertreter".
        #expect(count("Его встретил подполковник. Иванов ушёл.") == 2)
        #expect(count("Они видели замок. Потом ушли.") == 2)
        #expect(count("Ihn empfing der Stellvertreter. Minister kamen später.") == 2)
        // A Latin "exp" is not the Cyrillic "ехр" that looks like it.
        #expect(count("Das war exp. Dann kam Genf.") == 2)
    }

    @Test func numbersTimesAndDates() {
        #expect(sentences("The economy grew 3.5 percent. Det er 3,5 prosent.") == ["The economy grew 3.5 percent.", "Det er 3,5 prosent."])
        #expect(sentences("Lavrov maakte dat om 3.00 uur bekend. De besprekingen begonnen kl. 12.00 in Moskou.")
                == ["Lavrov maakte dat om 3.00 uur bekend.", "De besprekingen begonnen kl. 12.00 in Moskou."])
        #expect(sentences("Møtet startet kl. 12.00 fredag, ca. 30 minutter forsinket.").count == 1)
        #expect(sentences("Die Gespräche begannen am 27. September in Genf. Sie dauern an.")
                == ["Die Gespräche begannen am 27. September in Genf.", "Sie dauern an."])
        #expect(sentences("Samtalene startet 9. oktober i Moskva.").count == 1)
        #expect(sentences("Am 9. Oktober 2020 trafen sich die Minister.").count == 1)
        #expect(sentences("Some 400 people died in 2020. 12 more died later.").count == 2)
    }

    @Test func ellipses() {
        #expect(sentences("Det var… ikke lett. Så kom svaret.") == ["Det var… ikke lett.", "Så kom svaret."])
        #expect(sentences("He said... and left. Then he came back...") == ["He said... and left.", "Then he came back..."])
        #expect(sentences("Vi venter… Så kom svaret.") == ["Vi venter…", "Så kom svaret."])
    }

    @Test func closingQuotesStayWithTheSentence() {
        #expect(sentences("\"This is their last chance.\" Armenia disagreed.") == ["\"This is their last chance.\"", "Armenia disagreed."])
        #expect(sentences("«Det er over.» Han gikk.") == ["«Det er over.»", "Han gikk."])
        #expect(sentences("“We are moving towards a truce.” Macron's office said so.") == ["“We are moving towards a truce.”", "Macron's office said so."])
        #expect(sentences("Han sa at det var «slutt på fiendtlighetene». Så gikk han.").count == 2)
    }

    @Test func dashOpensReportedSpeech() {
        #expect(sentences("Han sa dette i går.\n– Det har begynt, sier Zakharova.") == ["Han sa dette i går.", "– Det har begynt, sier Zakharova."])
        #expect(sentences("Hun la til:\n– Vi er klare, sier hun.") == ["Hun la til:", "– Vi er klare, sier hun."])
        #expect(sentences("– Det har begynt, sier Maria Zakharova, talskvinne for det russiske utenriksdepartementet, fredag ettermiddag.").count == 1)
    }

    @Test func whitespaceAndEmptyText() {
        #expect(sentences("") == [])
        #expect(sentences(" \n\t \n") == [])
        #expect(sentences("  \n Hello world.  \n\n  \n") == ["Hello world."])
        #expect(sentences(". . .").allSatisfy { !$0.isEmpty })
    }
}

@Suite struct IngestLoaderTests {
    /// A fresh temporary folder, removed by `body`'s end.
    func withFolder(_ body: (String) throws -> Void) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try body(dir)
    }

    func write(_ text: String, _ path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    func ids(_ corpus: Corpus) -> [String: String] {
        Dictionary(uniqueKeysWithValues: zip(corpus.articles.file.map { $0 ?? "" }, corpus.articles.id))
    }

    @Test func collidingStemsGetUniqueIDsWhateverTheOrder() throws {
        try withFolder { dir in
            for sub in ["a", "b", "c"] { try write("date 2020-10 Text \(sub).", "\(dir)/\(sub)/x.txt") }
            try write(#"{"record":"article","id":"x-2","text":"From JSON Lines."}"#, "\(dir)/j/given.jsonl")
            let paths = ["\(dir)/c", "\(dir)/a/x.txt", "\(dir)/j", "\(dir)/b"]
            let (first, problems) = CorpusLoader.load(paths)
            let (second, _) = CorpusLoader.load(paths.reversed())
            let (third, _) = CorpusLoader.load([paths[2], paths[0], paths[3], paths[1]])
            #expect(problems.isEmpty)
            let expected = ["\(dir)/a/x.txt": "x", "\(dir)/b/x.txt": "x-3", "\(dir)/c/x.txt": "x-4", "\(dir)/j/given.jsonl": "x-2"]
            #expect(ids(first) == expected)
            #expect(ids(second) == expected && ids(third) == expected)
            // The same file given twice loads once.
            #expect(CorpusLoader.load(["\(dir)/a/x.txt", "\(dir)/a/x.txt"]).corpus.articles.count == 1)
        }
    }

    @Test func filesAreDetectedByContent() throws {
        try withFolder { dir in
            try write(#"{"record":"article","id":"j1","text":"JSON."}"#, "\(dir)/records.dat")
            try write("date 2020-10 Plain text.", "\(dir)/article.md")
            try write("date 2020-10 A text article.", "\(dir)/walk/one.txt")
            try write("Title\n\nOctober 09, 2020\n\nWire text.", "\(dir)/walk/two.TEXT")
            try write("Read me.", "\(dir)/walk/README.txt")
            try write("notes", "\(dir)/walk/notes.md")
            let (c, problems) = CorpusLoader.load(["\(dir)/records.dat", "\(dir)/article.md", "\(dir)/walk"])
            #expect(problems.isEmpty)
            #expect(c.articles.id.sorted() == ["article", "j1", "one", "two"])
            // A .jsonl file is still JSON Lines, with its own message.
            try write("plain words", "\(dir)/plain.jsonl")
            #expect(CorpusLoader.load(["\(dir)/plain.jsonl"]).diagnostics.map(\.line) == [1])
        }
    }

    @Test func hugeTextFilesAreRefusedUnread() throws {
        try withFolder { dir in
            let path = "\(dir)/huge.txt"
            #expect(FileManager.default.createFile(atPath: path, contents: Data("date 2020-10 ".utf8)))
            let handle = try #require(FileHandle(forWritingAtPath: path))
            try handle.truncate(atOffset: 33 << 20)
            try handle.close()
            let (c, problems) = CorpusLoader.load([path])
            #expect(c.articles.count == 0)
            #expect(problems.map(\.message) == ["too large for an article (33 MB); split it"])
        }
    }

    @Test func linksPipesAndLoopsAreReportedAndTheRestLoads() throws {
        try withFolder { dir in
            try write("date 2020-10-09 Armenian forces shelled Tartar on Friday.", "\(dir)/good.txt")
            let fm = FileManager.default
            try fm.createSymbolicLink(atPath: "\(dir)/again", withDestinationPath: dir)           // a folder loop
            try fm.createSymbolicLink(atPath: "\(dir)/self.txt", withDestinationPath: "self.txt")  // a link to itself
            try fm.createSymbolicLink(atPath: "\(dir)/gone.txt", withDestinationPath: "nowhere.txt")
            #expect(mkfifo("\(dir)/pipe.txt", 0o600) == 0)                                      // would block a reader
            let (c, problems) = CorpusLoader.load([dir])
            #expect(c.articles.id == ["good"])
            #expect(c.events.count == 1)
            let byFile = Dictionary(problems.map { (($0.file as NSString).lastPathComponent, $0.message) }, uniquingKeysWith: { a, _ in a })
            #expect(byFile["again"]?.contains("a link back to a folder already read") == true)
            #expect(byFile["self.txt"]?.contains("leads nowhere (or back to itself)") == true)
            #expect(byFile["gone.txt"]?.contains("leads nowhere") == true)
            #expect(byFile["pipe.txt"]?.contains("not a regular file") == true)
            #expect(problems.count == 4)
        }
    }

    @Test func languageAndExtractionHook() throws {
        var loader = CorpusLoader()
        loader.languageDetector = IngestLanguageTests.detector
        var seen: [String] = []
        loader.extract = { article in
            var e = EventRecord(article: article.id)
            e.type = .consult
            e.sentence = article.lang ?? "?"
            return [e]
        }
        loader.months = ["oktober": 10]
        loader.addTextArticle(Array("date 2020-10 Samtalene i Moskva er de første på høyt nivå, og det er ikke klart hva som skjer nå.\n\nPublisert: 9. oktober 2020".utf8), file: "x/n.txt")
        loader.addTextArticle(Array("date 2020-10 The talks in Moscow were the first at this level, and it is not clear what will happen.".utf8), file: "y/n.txt")
        loader.addTextArticle(Array("date 2020-10 Given events replace extraction for this one.".utf8), file: "g.txt")
        loader.addJSONLines(Array(#"{"record":"event","id":"given","article":"g","type":"agree"}"#.utf8), file: "e.jsonl")
        let (c, problems) = loader.finish()
        #expect(problems.isEmpty)
        #expect(c.articles.id == ["g", "n", "n-2"])
        #expect(c.articles.lang == [nil, "no", "en"])
        #expect(c.articles.date[1] == date("2020-10-09"))
        #expect(c.events.id.sorted() == ["given", "n-2-e3", "n-e2"])
        for (k, id) in c.events.id.enumerated() where id != "given" { seen.append(c.events.sentence[k]) }
        #expect(seen.sorted() == ["en", "no"])
    }

    @Test func theSeedArticles() throws {
        let seeds = Package.path("../shared/corpus/seeds")
        guard FileManager.default.fileExists(atPath: seeds) else { return }
        let (c, problems) = CorpusLoader.load([seeds])
        #expect(problems.isEmpty)
        #expect(c.articles.count == 5)
        let dates = c.articles.date.map { $0?.description ?? "-" }
        // 002's header says September; "Publisert: 01.10.20" is the day after.
        #expect(dates == ["2020-10", "2020-10", "2020-10-01", "2020-10", "2020-10-09"])
        #expect(c.articles.outlet[1] == "NTB")
        #expect(c.articles.text[0].hasPrefix("– Det har begynt, sier Maria Zakharova"))
        let afp = try #require(c.articles.id.firstIndex { $0.hasPrefix("004") })
        #expect(c.articles.title[afp] == "Moscow Hosts Armenia-Azerbaijan Talks as Fighting Continues")
        #expect(c.articles.byline[afp] == "Hervé Bar" && c.articles.outlet[afp] == "AFP")
        #expect(c.articles.url[afp] == "https://www.themoscowtimes.com/2020/10/09/moscow-hosts-armenia-azerbaijan-talks-as-hopes-rise-for-truce-a71700")
        #expect(c.articles.text[afp].hasPrefix("Putin's invitation came"))
        #expect(!c.articles.text[afp].contains("Original url"))
        // Every seed splits into sentences that cover its words.
        let splitter = SentenceSplitter(abbreviations: [])
        for text in c.articles.text {
            let ranges = splitter.split(text)
            #expect(ranges.count > 5)
            #expect(ranges.map { text[$0].split(whereSeparator: \.isWhitespace).count }.reduce(0, +)
                    == text.split(whereSeparator: \.isWhitespace).count)
        }
    }
}

@Suite struct IngestFuzzTests {
    /// SplitMix64: the same bytes on every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func randomBytesNeverCrash() {
        var g = Generator(state: 2020_10_09)
        // Pieces that steer random input into the interesting paths.
        let pieces = ["date 2020-10 ", "date 2020-10-09", "\n", "\n\n", "\r\n", ". ", "… ", "?» ", "– ", "By A for B\n",
                      "October 09, 2020\n", "Publisert: 01.10.20\n", "Original url:", " https://x.org", "kl. 12.00",
                      "27. September", "V. ", "æøå", "октября", "\u{0301}", "\"", "**"].map { Array($0.utf8) }
        let splitter = SentenceSplitter(abbreviations: ["dr", "f.eks"])
        for _ in 0..<2000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...40, using: &g) {
                if Bool.random(using: &g) {
                    bytes += pieces.randomElement(using: &g)!
                } else {
                    bytes += (0..<Int.random(in: 1...6, using: &g)).map { _ in UInt8.random(in: 0...255, using: &g) }
                }
            }
            let (article, _) = TextArticleReader.read(bytes, file: "fuzz.txt", id: "fuzz", months: months)
            let text = article?.text ?? String(decoding: bytes, as: UTF8.self)
            for r in splitter.split(text) {
                #expect(!r.isEmpty && r.lowerBound >= text.startIndex && r.upperBound <= text.endIndex)
            }
        }
    }
}
