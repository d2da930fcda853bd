/// One sentence cut into tokens and read with the lexicons: the actors,
/// places, triggers and cues it holds, and the events they make.
struct SentenceAnalysis {
    struct EntityMention {
        var start: Int
        var end: Int
        var actor: String?
        var actorKind: String?
        var actorCountry: String?
        var place: String?
        var placeKind: String?
        var placeCountry: String?
    }

    let text: String
    let range: Range<String.Index>
    let model: LanguageModel
    unowned let extractor: Extractor
    private(set) var tokens: [Word]
    var mentions: [EntityMention] = []
    /// The cue that covers each token, if any.
    var cueAt: [Cue?]
    /// A trigger phrase found in the sentence.
    struct TriggerMention {
        var start: Int
        var end: Int
        var trigger: Trigger
    }
    var triggers: [TriggerMention] = []
    /// What is known of each token, as bits in one array (one allocation
    /// per sentence instead of one per kind of fact).
    struct TokenFlags: OptionSet {
        let rawValue: UInt8
        /// A cue phrase starts at the token.
        static let cueHead = TokenFlags(rawValue: 1)
        /// The token belongs to an entity mention.
        static let inMention = TokenFlags(rawValue: 2)
        /// A mention starting at the token may be a party (see `parties`).
        static let mayBeParty = TokenFlags(rawValue: 4)
        /// A clause ends after the token.
        static let breakAfter = TokenFlags(rawValue: 8)
        /// The clause break after the token is only a quotation mark.
        static let quoteAfter = TokenFlags(rawValue: 16)
    }
    var flags: [TokenFlags]
    /// The first reporting word ("said", "according to"), if any.
    var claimIndex: Int? = nil
    /// The sentence as a string, for an event's evidence.
    var sentenceText: String { String(text[range]) }

    /// The arrays of a sentence, handed from one sentence to the next so
    /// that each reuses the memory of the one before.
    struct Buffers {
        var tokens: [Word] = []
        var flags: [TokenFlags] = []
        var cueAt: [Cue?] = []
        var mentions: [EntityMention] = []
        var triggers: [TriggerMention] = []
    }

    /// Gives back the sentence's arrays, emptied, for the next sentence.
    consuming func buffers() -> Buffers {
        var b = Buffers()
        swap(&b.tokens, &tokens)
        swap(&b.flags, &flags)
        swap(&b.cueAt, &cueAt)
        swap(&b.mentions, &mentions)
        swap(&b.triggers, &triggers)
        b.tokens.removeAll(keepingCapacity: true)
        b.flags.removeAll(keepingCapacity: true)
        b.cueAt.removeAll(keepingCapacity: true)
        b.mentions.removeAll(keepingCapacity: true)
        b.triggers.removeAll(keepingCapacity: true)
        return b
    }

    /// Reads one sentence: its tokens, mentions, cues and triggers, and
    /// which mentions can be parties. `antecedent` is the person a leading
    /// pronoun means; `buffers` are the arrays of the sentence before.
    static func read(text: String, range: Range<String.Index>, extractor: Extractor, model: LanguageModel,
                     antecedent: String? = nil, buffers: consuming Buffers = Buffers()) -> SentenceAnalysis {
        var sentence = SentenceAnalysis(text: text, range: range, extractor: extractor, model: model,
                                        antecedent: antecedent, buffers: buffers)
        sentence.markParties()
        return sentence
    }

    private init(text: String, range: Range<String.Index>, extractor: Extractor, model: LanguageModel, antecedent: String?,
                 buffers: consuming Buffers) {
        self.text = text
        self.range = range
        self.model = model
        self.extractor = extractor
        // Each array is moved out of `buffers` before it is filled, so that
        // it is held once and filled in place.
        tokens = []
        swap(&tokens, &buffers.tokens)
        extractor.tokens(text, range, into: &tokens)
        flags = []
        swap(&flags, &buffers.flags)
        SentenceAnalysis.clauseBreaks(text, tokens, into: &flags)
        cueAt = []
        swap(&cueAt, &buffers.cueAt)
        cueAt.append(contentsOf: repeatElement(nil, count: tokens.count))
        swap(&mentions, &buffers.mentions)
        swap(&triggers, &buffers.triggers)
        let lexicon = extractor.lexicon
        let found = model.combined.segments(in: tokens, categories: 3) { $0.category }
        // Room for the gazetteer's mentions at once (grown one by one, the
        // array would be copied as it fills).
        let names = found.reduce(0) { $0 + ($1.category == 0 ? 1 : 0) }
        if names > 0 { mentions.reserveCapacity(names) }
        for m in found where m.category == 0 {
            var mention = EntityMention(start: m.start, end: m.start + m.length)
            for entry in m.values {
                guard case .mention(let v) = entry else { continue }
                switch v {
                case .actor(let i):
                    if mention.actor == nil {
                        let a = lexicon.actors[i]
                        mention.actor = a.name; mention.actorKind = a.kind; mention.actorCountry = a.country
                    }
                case .place(let i):
                    if mention.place == nil {
                        let p = lexicon.places[i]
                        mention.place = p.name; mention.placeKind = p.kind; mention.placeCountry = p.country
                    }
                }
            }
            mentions.append(mention)
            for k in mention.start..<mention.end { flags[k].insert(.inMention) }
        }
        for m in found where m.category == 1 {
            // A number or weekday word inside a name is part of the name.
            guard !flags[m.start].contains(.inMention) else { continue }
            // The first cue that is not a title, else the first one.
            var first: Cue? = nil, other: Cue? = nil, titled = false
            for entry in m.values {
                guard case .cue(let c) = entry else { continue }
                if first == nil { first = c }
                if c == .title { titled = true } else if other == nil { other = c }
            }
            guard let cue = other ?? first else { continue }
            for k in m.start..<m.start + m.length { cueAt[k] = cue }
            flags[m.start].insert(.cueHead)
            if titled {
                discoverTitled(after: m.start + m.length, title: m.start, extractor: extractor)
            }
        }
        claimIndex = cueAt.firstIndex(where: { $0 == .claimed })
        for m in found where m.category == 2 && !flags[m.start].contains(.inMention) {
            guard case .trigger(let t)? = m.values.first else { continue }
            triggers.append(TriggerMention(start: m.start, end: m.start + m.length, trigger: t))
        }
        // "In an interview he demanded ...": a pronoun before the first act,
        // with no person named before it, is the person last named.
        // So is one right after the first act's verb, where verb-second
        // languages put the subject ("In einem Interview verlangte er").
        if let antecedent, let first = triggers.first?.start,
           !mentions.contains(where: { $0.start < first && $0.actorKind == "person" }),
           let k = (0..<first).first(where: { cueAt[$0] == .pronoun && !flags[$0].contains(.inMention) })
            ?? [triggers[0].end].first(where: { $0 < tokens.count && cueAt[$0] == .pronoun && !flags[$0].contains(.inMention) }) {
            mentions.append(EntityMention(start: k, end: k + 1, actor: antecedent, actorKind: "person",
                                          actorCountry: extractor.countryOfPerson[antecedent]))
            mentions.sort { $0.start < $1.start }
            flags[k].insert(.inMention)
        }
    }

    /// Marks the mentions that can be parties at all (see `mayBeParty`):
    /// the last step of `read`. (Outside the initializer, so that
    /// `mayBeParty` reads the sentence in place rather than a copy of it.)
    private mutating func markParties() {
        for i in mentions.indices where mayBeParty(mentions[i]) { flags[mentions[i].start].insert(.mayBeParty) }
    }

    /// Whether a mention can be a party at all, whatever the act (asked
    /// once per mention, when the mentions are known).
    func mayBeParty(_ m: EntityMention) -> Bool {
        guard m.actor != nil, m.actorKind != "media" else { return false }
        // "Bayramov from Baku": where someone comes from.
        if isCue(m.start - 1, .origin) { return false }
        // "Azerbaijan's second city, Ganja", "la ville azerbaïdjanaise de
        // Barda": a country that describes a place is no party.
        if m.actorKind == "state" || m.placeKind == "country",
           let city = mentions.first(where: { $0.start >= m.end && $0.start - m.end <= 3 && $0.placeKind == "city" && $0.actor == nil }),
           !triggers.contains(where: { $0.start >= m.end && $0.start < city.start }),
           (m.end..<city.start).allSatisfy({ !flags[$0].contains(.inMention) }) {
            return false
        }
        // "Ganja, de tweede stad van Azerbeidzjan, werd getroffen": a
        // country in an apposition to a city describes it.
        if m.actorKind == "state" || m.placeKind == "country", clauseBreak(after: m.end - 1),
           let city = mentions.last(where: { $0.end <= m.start && m.start - $0.end <= 5 && $0.placeKind == "city" && $0.actor == nil }),
           clauseBreak(after: city.end - 1), !clauseBreakBetween(city.end, m.start),
           !triggers.contains(where: { $0.start >= city.end && $0.start < m.start }),
           (city.end..<m.start).allSatisfy({ !flags[$0].contains(.inMention) }) {
            return false
        }
        return true
    }

    /// The person this sentence makes the one a later "he" or "she" means:
    /// the first person it names.
    var subjectPerson: String? {
        mentions.first { $0.actorKind == "person" && $0.actor != nil }?.actor
    }

    /// "foreign minister X Y": capitalised words after a title that no
    /// lexicon names become a new person.
    private mutating func discoverTitled(after start: Int, title: Int, extractor: Extractor) {
        var end = start
        while end < tokens.count, end - start < 3, tokens[end].capitalized, !tokens[end].isNumber, !flags[end].contains(.inMention),
              length(end) > 1 {
            end += 1
        }
        // A single capitalised word may be the next sentence's start or a
        // place; ask for two (a first and a last name).
        guard end - start >= 2 else { return }
        let name = slice(start, end)
        let role = slice(title, start)
        let canonical = extractor.discover(name: name, role: role)
        mentions.append(EntityMention(start: start, end: end, actor: canonical, actorKind: "person"))
        mentions.sort { $0.start < $1.start }
        for k in start..<end { flags[k].insert(.inMention) }
    }

    /// Token k's folded form.
    func form(_ k: Int) -> String { extractor.table.strings[Int(tokens[k].id)] }
    /// The length of token k's folded form in characters.
    @inline(__always)
    func length(_ k: Int) -> Int { Int(extractor.table.lengths[Int(tokens[k].id)]) }
    /// The value of token k when it is all digits (nil for more than an Int holds).
    @inline(__always)
    func value(_ k: Int) -> Int? {
        let v = extractor.table.numbers[Int(tokens[k].id)]
        return v >= 0 ? v : nil
    }

    func slice(_ from: Int, _ to: Int) -> String {
        let u = text.utf8
        let a = u.index(u.startIndex, offsetBy: tokens[from].start)
        let b = u.index(u.startIndex, offsetBy: tokens[to - 1].end)
        return String(text[a..<b])
    }

    func isCue(_ k: Int, _ cue: Cue) -> Bool { isCue(k) { $0 == cue } }

    /// Whether punctuation that ends a clause (, ; : ( ) – —) stands between
    /// token k and token k + 1.
    @inline(__always)
    func clauseBreak(after k: Int) -> Bool {
        guard k >= 0, k + 1 < tokens.count else { return true }
        return flags[k].contains(.breakAfter)
    }

    /// For each token, whether punctuation that ends a clause follows it
    /// (computed once; the rules ask often).
    static func clauseBreaks(_ text: String, _ tokens: [Word], into out: inout [TokenFlags]) {
        out.removeAll(keepingCapacity: true)
        guard tokens.count > 1 else {
            out.append(contentsOf: repeatElement(.breakAfter, count: tokens.count))
            return
        }
        out.append(contentsOf: repeatElement([], count: tokens.count))
        out[tokens.count - 1] = .breakAfter
        text.utf8.withContiguousStorageIfAvailable { bytes in
            for k in 0..<(tokens.count - 1) {
                var i = tokens[k].end
                let to = tokens[k + 1].start
                var quoted = false, other = false
                while i < to {
                    let b = bytes[i]
                    switch b {
                    case 0x2C, 0x3B, 0x3A, 0x28, 0x29: other = true
                    case 0x22: quoted = true
                    case 0xE2:
                        // – — (E2 80 93/94), “ ” (E2 80 9C/9D)
                        if i + 2 < bytes.count, bytes[i + 1] == 0x80 {
                            if bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 { other = true }
                            else if bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9D { quoted = true }
                        }
                    case 0xC2:
                        // « » (C2 AB/BB)
                        if i + 1 < bytes.count, bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB { quoted = true }
                    default: break
                    }
                    if other { break }
                    i += 1
                }
                if quoted || other { out[k].insert(.breakAfter) }
                if quoted && !other { out[k].insert(.quoteAfter) }
            }
        }
    }

    /// Whether an English possessive "'s" follows the mention.
    func isPossessive(_ m: EntityMention) -> Bool {
        guard m.end < tokens.count, form(m.end) == "s", tokens[m.end].start - tokens[m.end - 1].end == 1 else { return false }
        let b = text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: tokens[m.end - 1].end)]
        return b == 0x27 || b == 0xE2   // ' or ’
    }

    /// Whether a clause ends between tokens a and b (a < b).
    func clauseBreakBetween(_ a: Int, _ b: Int) -> Bool {
        (a..<b).contains { clauseBreak(after: $0) }
    }

    /// The tokens of the clause around [start, end), at most `before` tokens
    /// before and `after` tokens after it.
    func clause(_ start: Int, _ end: Int, before: Int, after: Int) -> Range<Int> {
        var lo = start
        while lo > 0, start - lo < before, !clauseBreak(after: lo - 1) { lo -= 1 }
        var hi = end
        while hi < tokens.count, hi - end < after, !clauseBreak(after: hi - 1) { hi += 1 }
        return lo..<hi
    }

    func isCue(_ k: Int, _ test: (Cue) -> Bool) -> Bool {
        guard k >= 0, k < tokens.count, let c = cueAt[k] else { return false }
        return test(c)
    }

    // MARK: - Events

    func events(article: ArticleRecord) -> [EventRecord] {
        var out: [EventRecord] = []
        // Only a trigger or a count of dead or wounded makes an event.
        if triggers.isEmpty, !cueAt.contains(where: { $0 == .killed || $0 == .injured }) { return [] }
        if isBackground(article: article) || isHeading { return [] }
        var types = PloverTypeSet()
        // Acts of words whose object is another act: "called for an end to
        // the fighting", "Aliyev rejected a ceasefire".
        let speechActs = TypeSets.contentTaking
        // "willing to agree to concessions", "signed a decree on
        // mobilisation": a chain of words that ends in a specific act is
        // that act (and the chain is no word act whose object it is).
        let specific = TypeSets.specific
        let chainHead = triggers.indices.map { n -> Bool in
            TypeSets.chainHeads.contains(triggers[n].trigger.type)
                && triggers[(n + 1)...].prefix(2).contains(where: { specific.contains($0.trigger.type) && $0.start - triggers[n].end <= 6 && !clauseBreakBetween(triggers[n].start, $0.start) })
        }
        let firstAct = triggers.indices.first(where: { speechActs.contains(triggers[$0].trigger.type) && !chainHead[$0] }).map { triggers[$0] }
        // A demand for, a rejection of, a threat against or an accusation
        // about a ceasefire is no agreement on one, wherever the verb stands
        // ("zu einer Waffenruhe aufgerufen").
        let aboutAgreement = triggers.contains { TypeSets.aboutAgreement.contains($0.trigger.type) }
        let casualties = self.casualties()
        for (n, t) in triggers.enumerated() {
            if chainHead[n] { continue }
            if t.trigger.type == .agree, t.trigger.mode == "ceasefire", aboutAgreement { continue }
            // "congratulated Aliyev in a telephone call", "rang his
            // colleagues and asked them to ...": the call is how another
            // act of words was made, not an act of its own.
            if t.trigger.type == .consult, t.trigger.mode == "phone",
               triggers.contains(where: { TypeSets.byPhone.contains($0.trigger.type) }) { continue }
            // "accused Armenian forces of shelling Tartar": an accusation
            // of an attack reports the attack (as claimed), which the next
            // trigger makes.
            if t.trigger.type == .accuse, triggers.contains(where: { $0.trigger.type == .assault && $0.start > t.start }) { continue }
            // "despite the talks", "before the meeting", "during a visit":
            // the act is the setting of another one, not news of its own.
            // "a halt to the fighting": an end, not an act.
            if (max(0, t.start - 4)..<t.start).contains(where: { isCue($0, .circumstance) && !clauseBreakBetween($0, t.start) }) { continue }
            // "has sought a solution for decades", "has a military base":
            // a habit or a standing relation, not an event.
            if clause(t.start, t.end, before: 12, after: 12).contains(where: { isCue($0, .habitual) }) { continue }
            // "since fighting broke out": the starting point, not news.
            if inSinceClause(t.start) { continue }
            guard types.insert(t.trigger.type).inserted else { continue }
            // "called for an end to the fighting": the fighting is the object
            // of the act, not an act of its own. An accusation's object is
            // an act somebody claims happened, so it stays (as claimed).
            var claimedAct = false
            let material = TypeSets.materialContent
            if material.contains(t.trigger.type), let a = firstAct, a.start < t.start { continue }
            // "rejected the accusations": what is rejected is not an act.
            if triggers.contains(where: { $0.trigger.type == .reject && $0.start < t.start && !clauseBreakBetween($0.start, t.start) }),
               t.trigger.type != .reject { continue }
            var accuser: Int? = nil
            if t.trigger.type == .assault,
               let accusation = triggers.first(where: { $0.trigger.type == .accuse && $0.start < t.start }) {
                claimedAct = true
                // The accuser is no party to the act it alleges.
                accuser = accusation.end
            }
            var e = event(t.start, t.end, t.trigger, article: article,
                          casualties: t.trigger.type == .assault ? casualties : (nil, nil, nil), after: accuser)
            if claimedAct { e.context.insert(.claimed) }
            // A second trigger with the same parties tells the same act in
            // other words ("accused of arms support", "shelled ... in an
            // attack"): the first one names it. Talks are the exception:
            // what is said or agreed at talks is an act of its own ("the
            // talks, led by Lavrov, who announced a ceasefire"), and so is
            // the act an accusation is about.
            if !claimedAct, out.contains(where: { o in
                let a = o.actors ?? [], b = e.actors ?? []
                return o.type != .consult && !b.isEmpty && (a.allSatisfy(b.contains) || b.allSatisfy(a.contains))
            }) { continue }
            out.append(e)
            // "The Armenian ministry maintained that Armenia had not opened
            // fire": a side's report that it did not do a material act is
            // its denial.
            if TypeSets.material.contains(t.trigger.type), e.context.contains(.negated), !claimedAct,
               !types.contains(.reject), let denial = denial(of: e, start: t.start, end: t.end) {
                out.append(denial)
                types.insert(.reject)
            }
        }
        // A count of dead or wounded reports an assault even with no verb for it.
        if !types.contains(.assault), casualties.killed != nil || casualties.injured != nil {
            let at = casualties.position ?? 0
            var e = event(at, at + 1, Trigger(type: .assault, mode: nil), article: article, casualties: casualties, tollOnly: true)
            // With no verb of attack, a person named near a toll reports it.
            e.source.removeAll { extractor.stateOfPerson[$0] != nil }
            e.target.removeAll { extractor.stateOfPerson[$0] != nil }
            e.actors = e.actors?.filter { extractor.stateOfPerson[$0] == nil }
            out.append(e)
        }
        return out
    }

    /// The rejection a reported, negated material act makes: by its doer,
    /// when whoever reports it is the doer's side (or is not named).
    func denial(of e: EventRecord, start: Int, end: Int) -> EventRecord? {
        guard claimIndex != nil, !e.source.isEmpty else { return nil }
        let (lower, upper) = window(start, end, type: e.type ?? .assault, actors: mentions.filter { isActor($0, trigger: start) })
        func side(_ a: String) -> String { extractor.stateFor[a] ?? extractor.stateOfPerson[a] ?? a }
        let speakers = mentions.filter { ($0.end <= lower || $0.start >= upper) && isActor($0, trigger: start) }.compactMap(\.actor).map(side)
        let doers = Set(e.source.map(side))
        guard speakers.isEmpty || speakers.contains(where: doers.contains) else { return nil }
        var r = e
        r.type = .reject
        r.mode = nil
        r.context.remove(.negated)
        r.target = []
        r.actors = e.source
        r.location = nil
        r.country = nil
        r.killed = nil
        r.injured = nil
        return r
    }

    /// Whether token k stands in a clause opened by "since" ("since fighting
    /// broke out two weeks ago").
    func inSinceClause(_ k: Int) -> Bool {
        var i = k - 1
        while i >= 0, k - i <= 10 {
            if isCue(i, .since) { return true }
            if clauseBreak(after: i) { return false }
            i -= 1
        }
        return false
    }

    /// A short line with no closing punctuation is a headline, a crosshead
    /// or a "read also" link: it restates (or points to) a story's events
    /// without the words that place them, and the body tells them again.
    var isHeading: Bool {
        guard tokens.count <= 12 else { return false }
        let body = text[range]
        guard let last = body.unicodeScalars.last(where: { !SentenceSplitter.isSpace($0) }) else { return true }
        return !".!?\u{2026}\"\u{201D}\u{00BB}'\u{2019})".unicodeScalars.contains(last)
    }

    /// A sentence that dates its act to an earlier year ("a war in 1991-94
    /// in which 30,000 died") tells history, not news. A year after "since"
    /// ("since a 1994 ceasefire") only marks a starting point.
    func isBackground(article: ArticleRecord) -> Bool {
        guard let year = article.date?.year else { return false }
        // A sentence that names an earlier year and no day ("controlled by
        // Armenian forces since 1994") describes a standing state of affairs.
        // "Russia has a military base in Armenia": a standing relation.
        if tokens.indices.contains(where: { isCue($0, .standing) }) { return true }
        let namesDay = tokens.indices.contains { k in
            isCue(k) { switch $0 { case .weekday, .relative, .month: return true; default: return false } }
        }
        for (k, t) in tokens.enumerated() where t.isNumber && length(k) == 4 {
            guard let y = value(k), (1800..<year).contains(y), !countsPersons(after: k + 1) else { continue }
            if (max(0, k - 3)..<k).contains(where: { isCue($0, .since) }) && namesDay { continue }
            return true
        }
        return false
    }

    func event(_ start: Int, _ end: Int, _ trigger: Trigger, article: ArticleRecord,
               casualties: (killed: Int?, injured: Int?, position: Int?), tollOnly: Bool = false,
               after: Int? = nil) -> EventRecord {
        var e = EventRecord(article: article.id)
        e.type = trigger.type
        e.mode = trigger.mode
        e.sentence = sentenceText
        e.context = context(start, end)
        // The parties and the span that holds them, found once for the
        // roles and the place.
        let parties = mentions.filter { isActor($0, trigger: start) }
        let span = window(start, end, type: trigger.type, actors: parties)
        let roles = self.roles(start, end, actors: parties, window: span, tollOnly: tollOnly, after: after)
        e.source = roles.source
        e.target = roles.target
        // An organ of a state (its forces, ministries, government) acts for
        // the state: "Armenian forces shelled X" is an act of Armenia. So
        // does a leader in a material act: the army he commands acts.
        let material = TypeSets.commanded
        let ownClause = clause(start, end, before: 25, after: 0)
        // Whether a party is named before the act in its clause.
        func namedBefore(_ a: String) -> Bool {
            mentions.contains { ownClause.contains($0.start) && $0.end <= start && $0.actor == a }
        }
        for (k, list) in [roles.source, roles.target].enumerated() {
            for a in list {
                let leads = k == 0 && material.contains(trigger.type) && namedBefore(a)
                let state = extractor.stateFor[a] ?? (leads ? extractor.stateOfPerson[a] : nil)
                guard let state, !e.source.contains(state), !e.target.contains(state) else { continue }
                if k == 0 { e.source.append(state) } else { e.target.append(state) }
            }
        }
        var actors: [String] = []
        for a in e.source + e.target where !actors.contains(a) { actors.append(a) }
        e.actors = actors
        if let place = location(near: start, type: trigger.type, window: span) {
            e.location = place.place
            e.country = place.placeCountry
        }
        let when = date(near: start, article: article, future: e.context.contains(.future))
        e.date = when.date
        e.dateFromArticle = when.fromArticle
        // "a truce on Friday or Saturday": a choice of days is a possibility.
        if when.alternatives { e.context.insert(.hypothetical) }
        // A day after the article's is still to come.
        if let d = e.date, let base = article.date, d.precision == .day, base.precision == .day, d > base {
            e.context.insert(.future)
        }
        e.killed = casualties.killed
        e.injured = casualties.injured
        var confidence = 0.5
        if !roles.source.isEmpty { confidence += 0.2 }
        if !roles.target.isEmpty { confidence += 0.1 }
        if e.location != nil { confidence += 0.1 }
        if !e.context.isDisjoint(with: [.negated, .hypothetical, .future]) { confidence -= 0.2 }
        e.confidence = min(0.95, confidence)
        return e
    }

    // MARK: Context

    func context(_ start: Int, _ end: Int) -> EventContext {
        var c: EventContext = []
        // Negation stays in its clause: "gave no figure for soldiers, but
        // said 14 civilians were killed" negates only the first part. In
        // Dutch and German it often closes the clause ("zijn niet gedood").
        for k in clause(start, end, before: 3, after: 4) where !(start..<end).contains(k) && isCue(k, .negation) {
            c.insert(.negated)
        }
        // "will meet", and in verb-final clauses "werden am Montag in
        // Moskau verhandeln".
        for k in clause(start, end, before: 6, after: 0) where k < start && isCue(k, .future) {
            c.insert(.future)
        }
        // "Die Feuerpause soll ... dienen": a verb-second clause that opens
        // with the act puts its modal right after it.
        if model.verbSecond, end < tokens.count, isCue(end, .future), !clauseBreak(after: end - 1) {
            let lo = clause(start, end, before: 3, after: 0).lowerBound
            if start - lo <= 2, lo == 0 || clauseBreak(after: lo - 1) { c.insert(.future) }
        }
        // The trigger's own words are no cue ("last chance" is a threat,
        // not a possibility).
        // A quotation does not end the clause that introduces it: "hopes
        // that \"this time the truce holds\"".
        var lo = start
        while lo > 0, start - lo < 8, !clauseBreak(after: lo - 1) || flags[lo - 1].contains(.quoteAfter) { lo -= 1 }
        let reach = clause(start, end, before: 0, after: 8)
        for k in lo..<reach.upperBound where !(start..<end).contains(k) && isCue(k, .hypothetical) {
            c.insert(.hypothetical)
        }
        if claimIndex != nil {
            c.insert(.claimed)
        }
        return c
    }

    // MARK: Roles

    /// Who acts and who is acted upon. In reported speech the speaker is
    /// not a party: "the ministry said Armenian forces shelled X" is an
    /// assault by Armenia. `actors` are the mentions that can be parties
    /// (`isActor`), `window` the act's (`window`).
    func roles(_ start: Int, _ end: Int, actors: [EntityMention], window: (lower: Int, upper: Int),
               tollOnly: Bool = false, after: Int? = nil) -> (source: [String], target: [String]) {
        var (lower, upper) = window
        // A toll with no verb of attack: whoever reports it is no party
        // ("the ministry said 21 soldiers were killed").
        if tollOnly, let claim = claimIndex, claim < start {
            lower = max(lower, claim + 1)
        }
        if let after { lower = max(lower, after) }
        var source: [String] = [], target: [String] = []
        // "the rockets were fired by Armenian forces": the agent is the
        // doer, what stands before the act is acted upon.
        let agent = passiveAgent(start, end)
        let inverted = agent == nil ? invertedSubject(start, end, actors: actors, lower: lower, upper: upper) : nil
        for m in actors where m.start >= lower && m.end <= upper {
            guard let a = m.actor else { continue }
            if let inverted {
                if m.start >= end && m.end <= inverted {
                    if !source.contains(a) { source.append(a) }
                } else if !target.contains(a) && !source.contains(a) {
                    target.append(a)
                }
            } else if let agent {
                if m.start > agent {
                    if !source.contains(a) { source.append(a) }
                } else if !target.contains(a) && !source.contains(a) {
                    target.append(a)
                }
            } else if m.end <= start {
                if !source.contains(a) { source.append(a) }
            } else if !target.contains(a) && !source.contains(a) {
                target.append(a)
            }
        }
        return (source, target)
    }

    /// In a verb-second language, a clause that opens with something other
    /// than its subject puts the subject right after the verb: "In einer
    /// Erklärung forderten Putin und Macron beide Seiten auf", "Enligt
    /// ministeriet besköt azerbajdzjanska styrkor byn". When no party stands
    /// before the act in its clause and one follows it at once, that one
    /// (with those joined to it by "and" or commas) is the doer. Returns
    /// the end of that group.
    func invertedSubject(_ start: Int, _ end: Int, actors: [EntityMention], lower: Int, upper: Int) -> Int? {
        guard model.verbSecond, end < tokens.count, !clauseBreak(after: end - 1) else { return nil }
        if actors.contains(where: { $0.start >= lower && $0.end <= start && !clauseBreakBetween($0.start, start) }) { return nil }
        guard let first = actors.first(where: { $0.start == end }), first.end <= upper else { return nil }
        // The clause must open with something else: a subject pronoun after
        // the verb, or an adverbial before it (a date, "in", "according
        // to", "despite"). "Departementet anklaget Aserbajdsjan" opens with
        // its subject, a noun no lexicon names.
        let opening = clause(start, end, before: 12, after: 0).lowerBound
        let adverbial = (opening..<start).contains { k in
            isCue(k) { c in
                switch c {
                case .claimed, .weekday, .month, .relative, .locative, .circumstance: return true
                default: return false
                }
            }
        }
        guard adverbial || isCue(end, .pronoun) else { return nil }
        var k = first.end
        // "Putin, Macron und Trump": more names after a comma or "and".
        while k < tokens.count {
            var next = k
            if model.isConjunction(tokens[k]) { next = k + 1 }
            else if !clauseBreak(after: k - 1) { break }
            guard let m = actors.first(where: { $0.start == next }), m.end <= upper else { break }
            k = m.end
        }
        return k
    }

    /// The agent word of a passive act ("fired by", "avfyrt av"): one of
    /// the language's agent words at most two words after the act, with a
    /// party right after it, in the same clause.
    func passiveAgent(_ start: Int, _ end: Int) -> Int? {
        guard !model.agents.isEmpty else { return nil }
        for k in end..<min(tokens.count, end + 3) {
            if clauseBreak(after: k - 1) || flags[k].contains(.inMention) { return nil }
            guard model.isAgent(tokens[k]) else { continue }
            guard let m = mentions.first(where: { $0.start > k }), m.start - k <= 3,
                  !clauseBreakBetween(k, m.start), isActor(m, trigger: start) else { return nil }
            return k
        }
        return nil
    }

    /// Whether a mention names a party to an act at `trigger`. A country
    /// after "in" is a place; a capital is its state only as the subject
    /// ("Baku accused ...", "Moskva er klar ..."), never in "talks in Moscow".
    func isActor(_ m: EntityMention, trigger: Int) -> Bool {
        guard m.start < flags.count, flags[m.start].contains(.mayBeParty) else { return false }
        switch m.placeKind {
        case nil: return true
        case "country": return !isCue(m.start - 1, .locative)
        default:
            guard m.end <= trigger else { return false }
            return m.start == 0 || clauseBreak(after: m.start - 1) || model.isConjunction(tokens[m.start - 1])
        }
    }

    /// The tokens that can hold a trigger's parties and place. A material
    /// act reported by someone ("the ministry said Armenian forces shelled
    /// X", "X was shelled, the ministry said") leaves the reporter out.
    /// `actors` are the mentions that can be parties to the act (`isActor`).
    func window(_ start: Int, _ end: Int, type: PloverType, actors: [EntityMention]) -> (lower: Int, upper: Int) {
        // News agencies and papers report acts; they are not parties to them.
        var lower = 0, upper = tokens.count
        // Acts of words (demand, threaten, accuse…) belong to the speaker;
        // material acts reported by someone else do not.
        let material = TypeSets.material
        if material.contains(type),
           var claim = claimIndex {
            // "the spokeswoman, according to whom the plane was hit": the
            // reporting word nearest before the act opens what is reported.
            if claim < start, let later = (claim + 1..<start).last(where: { flags[$0].contains(.cueHead) && isCue($0, .claimed) }) { claim = later }
            var claimEnd = claim
            while claimEnd + 1 < tokens.count, isCue(claimEnd + 1, .claimed) { claimEnd += 1 }
            if claim < start {
                let opensClause = claim == 0 || clauseBreak(after: claim - 1)
                if opensClause, let speaker = actors.first(where: { $0.start > claimEnd && $0.end <= start }),
                   speaker.start - claimEnd <= 4 {
                    // "According to the ministry, Armenian forces shelled X";
                    // "Enligt ministeriet besköt azerbajdzjanska styrkor X".
                    lower = speaker.end
                } else if opensClause, claim > 0 {
                    // "..., selon laquelle l'appareil a été touché": the
                    // reporter stands before the reporting words.
                    lower = claimEnd + 1
                } else if actors.contains(where: { $0.start > claimEnd && $0.end <= start })
                            || passiveAgent(start, end) != nil {
                    // "the ministry said Armenian forces shelled X", "the
                    // minister said the rockets were fired by Armenian forces"
                    lower = claimEnd + 1
                }
            } else if claim >= end {
                // "Armenian forces shelled X, the ministry said": the speaker
                // after the act is no party to it.
                upper = claim
            }
        }
        // Parties and places of a "since ..." clause after the act belong
        // to the starting point: "the first talks since fighting broke out
        // between Azerbaijan and the separatists".
        // So do those of a setting: "clashes continued, after Putin
        // announced the meeting in Moscow".
        if let since = (end..<upper).first(where: { isCue($0, .since) || isCue($0, .circumstance) }) { upper = since }
        return (lower, upper)
    }

    /// The place of the act: a city before a region ("Stepanakert, in
    /// Nagorno-Karabakh"), the nearest first, inside the reported part of
    /// the sentence when someone reports the act.
    func location(near k: Int, type: PloverType, window: (lower: Int, upper: Int)) -> EntityMention? {
        var (lower, upper) = window
        // A demand or an accusation happens where it is made; the places
        // after its verb are what it is about ("called for a halt to the
        // fighting in Nagorno-Karabakh").
        let speech = TypeSets.placedAtSpeaker
        if speech.contains(type) { upper = min(upper, k) }
        let places = mentions.filter { m in
            m.place != nil && m.placeKind != "country" && m.start >= lower && m.end <= upper
                && !(m.actor != nil && isActor(m, trigger: k))
                && !isCue(m.start - 1, .origin)
                // "Moscow's information": a possessor, not a place.
                && !isPossessive(m)
                // "despite the talks in Moscow": the setting's place.
                && !(max(0, m.start - 4)..<m.start).contains(where: { isCue($0, .circumstance) && !clauseBreakBetween($0, m.start) })
        }
        func rank(_ m: EntityMention) -> (Int, Int) { (m.placeKind == "city" ? 0 : 1, abs(m.start - k)) }
        return places.min { rank($0) < rank($1) }
    }

    // MARK: Dates

    /// The date the sentence gives the act: a day and month written out, a
    /// weekday, or a relative word, resolved against the article's date;
    /// the article's date when the sentence names none.
    func date(near k: Int, article: ArticleRecord, future: Bool) -> (date: DDate?, fromArticle: Bool, alternatives: Bool) {
        guard let base = article.date else { return (nil, false, false) }
        var candidates: [(position: Int, date: DDate)] = []
        // Most sentences name no date at all.
        guard cueAt.contains(where: { c in
            switch c { case .month?, .weekday?, .relative?: return true; default: return false }
        }) else { return (base, true, false) }
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            if i > 0, isCue(i - 1, .since) { continue }
            if i > 1, isCue(i - 2, .since), tokens[i - 1].isNumber { continue }
            guard let cue = cueAt[i] else { continue }
            switch cue {
            case .month(let m):
                // "27 September", "9. oktober", "October 9"
                var day: Int? = nil
                if i > 0, tokens[i - 1].isNumber, let d = value(i - 1), (1...31).contains(d) { day = d }
                else if i + 1 < tokens.count, tokens[i + 1].isNumber, let d = value(i + 1), (1...31).contains(d) { day = d }
                if let day {
                    if i > 1, isCue(i - 2, .since) { continue }
                    var year = base.year
                    if i + 1 < tokens.count, length(i + 1) == 4, let y = value(i + 1) { year = y }
                    if i + 2 < tokens.count, length(i + 2) == 4, let y = value(i + 2) { year = y }
                    if let d = DDate(year: year, month: m, day: day) { candidates.append((i, d)) }
                }
            case .weekday(let w):
                if i > 0, cueAt[i - 1].map({ if case .weekday = $0 { return true }; return false }) == true { continue }
                guard base.precision == .day, let bw = DayArithmetic.weekday(base) else {
                    candidates.append((i, base)); continue
                }
                let offset = future ? (w - bw + 7) % 7 : -((bw - w + 7) % 7)
                if let d = DayArithmetic.adding(offset, to: base) { candidates.append((i, d)) }
            case .relative(let offset):
                if i > 0, cueAt[i - 1].map({ if case .relative = $0 { return true }; return false }) == true { continue }
                if base.precision == .day, let d = DayArithmetic.adding(offset, to: base) {
                    candidates.append((i, d))
                } else {
                    candidates.append((i, base))
                }
            default: continue
            }
        }
        guard let best = candidates.min(by: { abs($0.position - k) < abs($1.position - k) }) else { return (base, true, false) }
        // "Friday or Saturday", "tonight or tomorrow"
        let alternatives = candidates.contains { c in
            c.position > best.position && c.position - best.position <= 3
                && (best.position + 1..<c.position).contains { model.isDisjunction(tokens[$0]) }
        } || candidates.contains { c in
            c.position < best.position && best.position - c.position <= 3
                && (c.position + 1..<best.position).contains { model.isDisjunction(tokens[$0]) }
        }
        // A date in the text never contradicts the month the header gives.
        if base.precision != .day, best.date.precision == .day, !best.date.isWithin(base) { return (base, true, alternatives) }
        return (best.date, false, alternatives)
    }

    // MARK: Casualties

    /// The value of a number token: digits (with "1,000" groups) or a word.
    func number(at k: Int) -> (value: Int, end: Int)? {
        let t = tokens[k]
        if t.isNumber {
            guard length(k) <= 7, var v = value(k) else { return nil }
            var end = k + 1
            // "1,000" and "1 000": a group of three digits right after.
            while end < tokens.count, tokens[end].isNumber, length(end) == 3,
                  tokens[end].start - tokens[end - 1].end == 1, v < 1000 {
                let gap = text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: tokens[end - 1].end)]
                guard gap == UInt8(ascii: ",") || gap == UInt8(ascii: ".") || gap == 0x20 else { break }
                v = v * 1000 + value(end)!
                end += 1
            }
            // "2 thousand", "2 тысячи"
            if end < tokens.count, flags[end].contains(.cueHead), case .number(let m)? = cueAt[end], m >= 1000, v < 1000 {
                v *= m
                end += 1
                while end < tokens.count, !flags[end].contains(.cueHead), case .number = cueAt[end] { end += 1 }
            }
            return (v, end)
        }
        if case .number? = cueAt[k] {
            // A run of number words, each its own entry or one phrase:
            // "two hundred and twelve", "сто двадцать", "twenty-one".
            var total = 0, current = 0
            var end = k
            while end < tokens.count, case .number(let v)? = cueAt[end] {
                if end == k || flags[end].contains(.cueHead) {
                    if v >= 1000 { total += max(current, 1) * v; current = 0 }
                    else if v == 100 { current = max(current, 1) * 100 }
                    else { current += v }
                }
                end += 1
                // "hundred and twelve", "hundert und zwölf"
                if end + 1 < tokens.count, model.isConjunction(tokens[end]),
                   case .number(let next)? = cueAt[end + 1], next < 100, current >= 100 || total >= 1000 { end += 1 }
            }
            return (total + current, end)
        }
        return nil
    }

    /// Whether the number at k is a date, a year or a time rather than a count.
    func isCalendarNumber(_ k: Int, end: Int) -> Bool {
        let t = tokens[k]
        if t.isNumber, length(k) == 4, let y = value(k), (1900...2100).contains(y), !countsPersons(after: end) { return true }
        if isCue(end, { if case .month = $0 { return true }; return false }) { return true }
        // "October 9" (not "September, 31 civilians", nor "27 September 31
        // civilians", where the month has its day already)
        if isCue(k - 1, { if case .month = $0 { return true }; return false }), t.start - tokens[k - 1].end == 1,
           text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: t.start - 1)] == 0x20,
           !(k >= 2 && tokens[k - 2].isNumber), !countsPersons(after: end) { return true }
        // Times: "3.00", "12:30"
        if t.isNumber, end < tokens.count, tokens[end].isNumber, length(end) == 2,
           tokens[end].start - t.end == 1 { return true }
        return false
    }

    /// Whether a persons noun follows a number ending at `end`, with at most
    /// two words between ("31 Azerbaijani civilians", "376 of its personnel").
    func countsPersons(after end: Int) -> Bool {
        for i in end..<min(tokens.count, end + 3) {
            if isCue(i, .persons) { return true }
            if tokens[i].isNumber || isCue(i, { switch $0 { case .killed, .injured: return true; default: return false } }) { return false }
        }
        return false
    }

    func casualties() -> (killed: Int?, injured: Int?, position: Int?) {
        var killed: Int? = nil, injured: Int? = nil, position: Int? = nil
        for k in tokens.indices {
            guard let cue = cueAt[k] else { continue }
            let isKilled: Bool
            switch cue {
            case .killed: isKilled = true
            case .injured: isKilled = false
            default: continue
            }
            // The second word of "were killed, dead" counts nothing new.
            if isCue(k - 1, cue) { continue }
            guard (isKilled ? killed : injured) == nil, let n = count(for: k) else { continue }
            if isKilled { killed = n } else { injured = n }
            if position == nil { position = k }
        }
        return (killed, injured, position)
    }

    /// The number of people a killed or injured word at k counts: the
    /// numbers before it ("376 soldiers and 22 civilians were killed"),
    /// else after it ("killed 14 civilians").
    func count(for k: Int) -> Int? {
        func isCasualtyWord(_ i: Int) -> Bool {
            isCue(i, { switch $0 { case .killed, .injured: return true; default: return false } })
        }
        func isFree(_ i: Int) -> Bool {
            isCue(i, { switch $0 { case .persons, .approximate: return true; default: return false } })
                || model.isConjunction(tokens[i])
        }
        // Backward.
        var numbers: [(value: Int, person: Bool)] = []
        var budget = 3
        // Words allowed between a number and "and" before it: "376 of its
        // military personnel and 22 civilians".
        var groupBudget = 0
        var i = k - 1
        while i >= 0, k - i <= 14 {
            if isCasualtyWord(i) { break }
            if let n = number(at: i), n.end == i + 1 || n.end <= k {
                // Find the start of a multi-token number (digit groups).
                var s = i
                // ("two hundred and twelve": back over the "and" too.)
                while s > 0 {
                    if let m = number(at: s - 1), m.end > i { s -= 1; continue }
                    if s > 1, model.isConjunction(tokens[s - 1]), let m = number(at: s - 2), m.end > i { s -= 2; continue }
                    break
                }
                let full = number(at: s)!
                if isCalendarNumber(s, end: full.end) { break }
                // "killing four people and wounding twelve": four is the
                // object of the word before it, not of this one.
                // Also "mató a cuatro personas": a short word between.
                if isCasualtyWord(s - 1) || (s >= 2 && length(s - 1) <= 2 && !tokens[s - 1].isNumber && !model.isConjunction(tokens[s - 1]) && isCasualtyWord(s - 2)) { break }
                let person = countsPersons(after: full.end)
                // Far from the word, a number must count people.
                if budget < 0 && !person { break }
                numbers.append((full.value, person))
                groupBudget = 0
                i = s - 1
                continue
            }
            if model.isConjunction(tokens[i]), !numbers.isEmpty { groupBudget = 3; i -= 1; continue }
            if isFree(i) { i -= 1; continue }
            if !numbers.isEmpty {
                guard groupBudget > 0 else { break }
                groupBudget -= 1
                i -= 1
                continue
            }
            budget -= 1
            if budget < -5 { break }
            i -= 1
        }
        if !numbers.isEmpty {
            if numbers.count > 1, numbers.allSatisfy(\.person) { return numbers.reduce(0) { $0 + $1.value } }
            return numbers[0].value
        }
        // Forward.
        budget = 2
        i = k + 1
        // Past the rest of a phrase: "han muerto 13 civiles".
        while i < tokens.count, !flags[i].contains(.cueHead), cueAt[i] == cueAt[k] { i += 1 }
        var found: [(value: Int, person: Bool)] = []
        while i < tokens.count, i - k <= 8 {
            if isCasualtyWord(i) || clauseBreak(after: i - 1) { break }
            if let n = number(at: i) {
                if isCalendarNumber(i, end: n.end) { break }
                // "killed 52 soldiers and some 20 civilians were wounded":
                // the second group is counted by the later word.
                if !found.isEmpty, (n.end..<min(tokens.count, n.end + 3)).contains(where: isCasualtyWord) { break }
                // "one died and 32 people were wounded": a count its own word
                // follows, with no "and" between, is that word's.
                if let w = (n.end..<min(tokens.count, n.end + 3)).first(where: isCasualtyWord),
                   !(n.end..<w).contains(where: { model.isConjunction(tokens[$0]) }) { break }
                found.append((n.value, countsPersons(after: n.end)))
                i = n.end
                continue
            }
            if isFree(i) { i += 1; continue }
            if !found.isEmpty { break }
            budget -= 1
            if budget < 0 { break }
            i += 1
        }
        if found.count > 1, found.allSatisfy(\.person) { return found.reduce(0) { $0 + $1.value } }
        if let n = found.first?.value { return n }
        // "the pilot was killed": one person, no number.
        for j in max(0, k - 3)..<k where isCue(j, .person) { return 1 }
        if k + 1 < tokens.count, isCue(k + 1, .person) { return 1 }
        return nil
    }
}

/// Groups of event types the rules above name, built once.
enum TypeSets {
    /// Acts whose object may be another act ("called for an end to fighting").
    static let contentTaking: PloverTypeSet = [.demand, .agree, .consult, .threaten, .reject, .cooperate, .concede, .support]
    /// Acts that may open a chain of words ending in a specific act.
    static let chainHeads: PloverTypeSet = [.agree, .cooperate, .support]
    /// Acts about an agreement that are no agreement ("demanded a ceasefire").
    static let aboutAgreement: PloverTypeSet = [.demand, .reject, .threaten, .accuse]
    /// Acts specific enough to name a chain of words that ends in them.
    static let specific: PloverTypeSet = [.concede, .mobilize, .retreat, .sanction]
    /// Material acts that can be the object of a word act.
    static let materialContent: PloverTypeSet = [.assault, .retreat, .mobilize, .sanction, .coerce, .aid]
    /// Acts of words that can be made in a phone call.
    static let byPhone: PloverTypeSet = [.demand, .support, .accuse, .threaten, .reject, .concede, .agree]
    /// Material acts a leader's state carries out.
    static let commanded: PloverTypeSet = [.assault, .mobilize, .retreat, .aid, .coerce, .sanction]
    /// Material acts, whose reporters are no parties.
    static let material: PloverTypeSet = [.assault, .aid, .retreat, .mobilize, .coerce, .protest, .sanction]
    /// Word acts, placed where they are made.
    static let placedAtSpeaker: PloverTypeSet = [.demand, .accuse, .threaten, .reject, .support, .concede]
}
