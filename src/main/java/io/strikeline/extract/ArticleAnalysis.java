package io.strikeline.extract;

import io.strikeline.extract.Actor.Kind;
import io.strikeline.geo.Gazetteer;
import io.strikeline.geo.NameFolding;
import io.strikeline.geo.Place;
import io.strikeline.model.FieldEvidence;
import io.strikeline.model.Mention;
import io.strikeline.model.MentionKind;
import io.strikeline.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The work of extracting one article; a fresh instance per article, so the extractor stays thread-safe. */
final class ArticleAnalysis {

    private final Gazetteer gazetteer;
    private final Landmarks landmarks;
    private final ArticleText article;
    private final ArticleDoc doc;
    private final String text;
    private final List<Token> tokens;
    private final List<SentenceInfo> sentences;
    private final Triggers triggers;
    private final Roles roles;
    private final int headlineChars;
    /** The last strike told before the clause being read, or null. */
    private Candidate lastTold;
    private final Map<String, Double> countryWeight = new HashMap<>();
    private final PlaceReader placeReader;
    private List<List<String>> confidenceEvidence = List.of();

    ArticleAnalysis(Gazetteer gazetteer, Landmarks landmarks, ArticleText article) {
        this(gazetteer, landmarks, article, 0);
    }

    /** {@code headlineChars}: the text opens with the article's headline, in that many characters (0: it does not). */
    private ArticleAnalysis(Gazetteer gazetteer, Landmarks landmarks, ArticleText article, int headlineChars) {
        this.gazetteer = gazetteer;
        this.landmarks = landmarks;
        this.article = article;
        this.headlineChars = headlineChars;
        this.doc = new ArticleDoc(article.text());
        this.text = doc.text;
        this.tokens = doc.tokens;
        this.sentences = doc.sentences;
        int headlineTokens = 0;
        while (headlineTokens < tokens.size() && tokens.get(headlineTokens).start() < headlineChars) {
            headlineTokens++;
        }
        this.triggers = new Triggers(tokens, headlineTokens);
        this.roles = new Roles(doc, gazetteer);
        this.placeReader = new PlaceReader(gazetteer, tokens, countryWeight);
    }

    Extraction run() {
        scanSentences();
        List<Candidate> candidates = new ArrayList<>();
        for (SentenceInfo s : sentences) {
            candidates.addAll(candidatesOf(s));
        }
        if (headlineChars > 0) {
            placedByStoryLead(candidates);
        }
        DateResolution dates = new DateResolution(doc, gazetteer);
        dates.reference = article.published();
        if (dates.reference == null) {
            dates.inferPublished();
            dates.reference = dates.inferred;
        }
        // a caption's date is its own: it neither dates the sentences after it nor is dated by them
        List<Candidate> captions = candidates.stream().filter(c -> c.sentence.caption).toList();
        candidates.removeAll(captions);
        dates.resolveDates(candidates);
        dates.resolveDates(captions);
        CandidateMerger merger = new CandidateMerger(doc, dates.reference);
        List<Candidate> events = merger.withCaptions(merger.merge(candidates), captions);
        for (Candidate e : events) {
            dates.shiftEventForEasternTime(e);
        }
        events.forEach(e -> e.dateBorrowed = e.date == null);
        new UndatedStrikes(doc, dates).fill(events);
        new NightStrikes(doc, dates).span(events);
        Coreference.placeFromTargetSentence(events, sentences, tokens);
        Coreference.placeFromSiteAnaphor(events, tokens);
        Places.placeOnTheSameBearing(events, doc);
        events.forEach(ArticleSides::groundedNotFlying);
        StrikeTypes.inheritFromArticle(events, tokens);
        boolean regionArticle = regionArticle();
        Sequels.drop(events, tokens);
        Namesakes.drop(events, sentences, countryWeight, regionArticle);
        events = Scope.keep(Coreference.resolve(events, dates.reference), regionArticle, dates.reference == null);
        StrikeTypes.settle(events, doc);
        Scope.dropRegionWideBackground(events);
        ArticleSides.shareWithinOperation(events);
        ArticleSides sides = new ArticleSides(doc);
        sides.nameGenericTargets(events, sentences);
        sides.fillFromArticle(events, sentences);
        String headline = " " + NameFolding.foldOnce(article.title()) + " ";
        events.forEach(e -> e.namedInHeadline = namedIn(headline, e));
        HeadlineToll.fill(events, article.title());
        HeadlinePerpetrator.fill(events, article.title());
        DroneToldAirStrike.settle(events, doc, article.title());
        confidenceEvidence = Confidence.assign(events, regionArticle, tokens, sentences, article.title());
        List<ExtractedEvent> out = new ArrayList<>();
        for (Candidate e : events) {
            out.add(toEvent(e));
        }
        if (out.isEmpty() && headlineChars == 0 && HeadlineFallback.mayTellStrike(article.title())) {
            return readWithHeadline();
        }
        return new Extraction(out, doc.mentions(), dates.inferred, dates.inferenceReason);
    }

    /** The story read again with its headline as its first sentence ({@link HeadlineFallback}). */
    private Extraction readWithHeadline() {
        int offset = HeadlineFallback.offset(article);
        ArticleAnalysis again = new ArticleAnalysis(gazetteer, landmarks, HeadlineFallback.withHeadline(article), offset);
        Extraction read = again.run();
        confidenceEvidence = again.confidenceEvidence;
        Span lead = sentences.isEmpty() ? new Span(0, 0)
                : new Span(tokens.get(sentences.get(0).from).start(), tokens.get(sentences.get(0).to - 1).end());
        return HeadlineFallback.inStoryText(read, offset, lead);
    }

    /** After {@link #run}: the names of the evidence each event's confidence rests on, in the events' order. */
    List<List<String>> confidenceEvidence() {
        return confidenceEvidence;
    }

    /** Whether the folded headline (padded with spaces) names the event's place, as the text spells it or by its name. */
    private boolean namedIn(String headline, Candidate e) {
        Place p = e.placeValue();
        if (p == null || headline.isBlank()) {
            return false;
        }
        if (headline.contains(" " + NameFolding.fold(p.name()) + " ")) {
            return true;
        }
        if (e.place == null) {
            return false;
        }
        StringBuilder spelled = new StringBuilder(" ");
        for (int i = e.place.from(); i < e.place.to(); i++) {
            if (!tokens.get(i).key().isEmpty()) {
                spelled.append(tokens.get(i).key()).append(' ');
            }
        }
        return spelled.length() > 1 && headline.contains(spelled);
    }

    /** Whether the article's places and nationalities are mostly of Iraq, Syria and Jordan. */
    private boolean regionArticle() {
        double region = 0;
        double other = 0;
        for (Map.Entry<String, Double> w : countryWeight.entrySet()) {
            boolean inRegion = w.getKey().equals("IQ") || w.getKey().equals("SY") || w.getKey().equals("JO");
            if (inRegion) {
                region += w.getValue();
            } else {
                other += w.getValue();
            }
        }
        return region > 0 && region >= other;
    }

    // ---------------------------------------------------------------- scanning

    private void scanSentences() {
        List<int[]> ranges = Tokenizer.sentences(text, tokens);
        for (int[] r : ranges) {
            SentenceInfo s = new SentenceInfo();
            s.index = sentences.size();
            s.from = r[0];
            s.to = r[1];
            s.caption = doc.inCaption(tokens.get(r[0]).start());
            s.clauses = Tokenizer.clauses(tokens, r[0], r[1]);
            s.motives = Motives.find(tokens, s.clauses);
            s.dates = DateFinder.find(tokens, r[0], r[1]);
            if (s.index == 0) {
                s.dates.replaceAll(d -> d.fromTok() <= 6 && d.fromTok() > 0 && tokens.get(d.fromTok() - 1).is(",")
                        ? d.asStatement() : d);
            }
            // "Update March 28:" dates an editor's note, not what the note tells
            s.dates.replaceAll(d -> d.fromTok() > s.from && (tokens.get(d.fromTok() - 1).is("update")
                    || tokens.get(d.fromTok() - 1).is("updated")) ? d.asStatement() : d);
            s.actors = new ArrayList<>(ActorFinder.find(tokens, r[0], r[1]));
            s.places = placeReader.find(s);
            String filedIn = placeReader.datelineCountry(s);
            if (filedIn != null) {
                countryWeight.merge(filedIn, 1.0, Double::sum);
            }
            s.casualties = CasualtyFinder.find(tokens, r[0], r[1]);
            for (int i = r[0]; i < r[1]; i++) {
                Token t = tokens.get(i);
                Weapon w = t.in(WordClass.WEAPON) ? Weapon.namedAt(tokens, i) : null;
                if (w != null) {
                    s.weapons.add(new Weapon.Hit(i, i + 1, w));
                }
                String nat = t.in(WordClass.NATIONALITY) ? Roles.NATIONALITY.get(t.lower()) : null;
                if (nat != null) {
                    countryWeight.merge(nat, 0.5, Double::sum);
                }
            }
            s.landmarks = landmarks.find(tokens, r[0], r[1], s.index);
            sentences.add(s);
        }
        for (SentenceInfo s : sentences) {
            for (PlaceHit p : s.places) {
                if (p.options().size() == 1 || PlaceReader.oneCountry(p.options())) {
                    countryWeight.merge(p.options().get(0).country(), 1.0, Double::sum);
                }
            }
        }
        for (SentenceInfo s : sentences) {
            s.places.replaceAll(p -> {
                List<Place> options = placeReader.asNamed(p.options(), p.from(), p.to());
                return new PlaceHit(p.from(), p.to(), options, p.origin(), p.launchSite(), p.offTown(),
                        placeReader.choose(options, p.to()));
            });
        }
    }

    // ---------------------------------------------------------------- candidates

    private List<Candidate> candidatesOf(SentenceInfo s) {
        List<Candidate> out = new ArrayList<>();
        SentenceInfo previous = s.index > 0 ? sentences.get(s.index - 1) : null;
        boolean contextWeapon = !s.weapons.isEmpty() || previous != null && (!previous.weapons.isEmpty()
                || previous.hasStrikeContext);
        // the sentence's strikes, read once where it tells what a strike answered
        List<Trigger> told = s.motives.isEmpty() ? List.of() : triggers.triggersIn(s, s.from, s.to);
        Motives.keepAnswered(s, told);
        for (int c = 0; c < s.clauses.size(); c++) {
            int[] clause = s.clauses.get(c);
            List<Trigger> all = triggers.triggersIn(s, clause[0], clause[1]);
            Motives.dropCauses(all, told, s, tokens, triggers);
            if (all.isEmpty()) {
                continue;
            }
            // the subject a time aside cut off ("the air force, late on Monday, attacked") tells the strike too
            int[] reach = {Clauses.subjectBeforeTimeAside(tokens, s.clauses, c), clause[1]};
            List<Trigger> kept = new ArrayList<>();
            boolean rejected = false;
            for (Trigger t : all) {
                if (triggers.factual(t, clause[0], clause[1], all) && !triggers.byCrowd(t, s.from, s.to)
                        && !GroundAssaults.repelled(tokens, t, clause[0], clause[1])) {
                    kept.add(t);
                } else if (t.strength() >= 1) {
                    rejected = true;
                }
            }
            if (rejected) {
                // a bare verb goes with the threat or plan beside it, unless a weapon does it ("an MQ-9 engaged three
                // fighters who were readying rockets")
                kept.removeIf(t -> t.strength() == 0 && !doneByWeapon(t));
            }
            if (anyStrong(all)) {
                s.hasStrikeContext = true;
                s.ownedClauses.add(c);
            }
            Trigger primary = pickPrimary(s, reach, kept, contextWeapon);
            if (primary == null) {
                continue;
            }
            s.ownedClauses.add(c);
            Candidate cand = new Candidate();
            cand.sentence = s;
            cand.clauseFrom = reach[0];
            cand.clauseTo = clause[1];
            cand.originClause = clause[0];
            cand.trigger = primary;
            cand.referential = !triggers.verbal(primary) && triggers.definite(primary.from(), clause[0]);
            cand.toldAsAnotherIn = Coreference.toldAsAnother(tokens, s) ? s.index : -1;
            cand.sentences.add(s.index);
            out.add(cand);
        }
        for (Candidate cand : out) {
            fillFromSentence(cand, previous);
            lastTold = cand;
        }
        List<Candidate> split = new ArrayList<>();
        for (Candidate cand : out) {
            for (Candidate placed : PlaceSplit.split(cand, doc)) {
                split.addAll(DaySplit.split(placed, tokens));
            }
        }
        return split;
    }

    /**
     * "Turkey bombs Kurdish sites" over a story that tells "a campaign of strikes on Hawija yesterday": a strike the
     * headline tells with no day, or with no place finer than a country or region, takes those of the story's first
     * sentence with a strike word (not a caption's), however the story tells it there, or else of its first sentence:
     * read alone, the story told no strike.
     */
    private void placedByStoryLead(List<Candidate> candidates) {
        SentenceInfo lead = null;
        SentenceInfo first = null;
        for (int k = 1; k < sentences.size() && lead == null; k++) {
            SentenceInfo s = sentences.get(k);
            first = first == null && !s.caption ? s : first;
            lead = !s.caption && !triggers.triggersIn(s, s.from, s.to).isEmpty() ? s : null;
        }
        lead = lead == null ? first : lead;
        if (lead == null) {
            return;
        }
        DateExpr day = lead.dates.stream().filter(d -> !d.statement()).findFirst().orElse(null);
        PlaceHit where = lead.places.stream().filter(p -> !p.origin()).findFirst().orElse(null);
        for (Candidate c : candidates) {
            if (c.sentence.index != 0) {
                continue;
            }
            c.dateExpr = c.dateExpr == null ? day : c.dateExpr;
            if (where != null && (c.placeValue() == null || Places.contains(c.placeValue(), where.chosen()))) {
                c.place = where;
                c.placeMention = doc.mention(MentionKind.PLACE, where.from(), where.to(), where.chosen().id());
            }
        }
    }

    private static boolean anyStrong(List<Trigger> triggers) {
        for (Trigger t : triggers) {
            if (t.strength() >= 2) {
                return true;
            }
        }
        return false;
    }

    private Trigger pickPrimary(SentenceInfo s, int[] clause, List<Trigger> kept, boolean contextWeapon) {
        Trigger best = null;
        for (Trigger t : kept) {
            if (best == null || t.strength() > best.strength()) {
                best = t;
            }
        }
        if (best == null) {
            return null;
        }
        if (best.strength() >= 2) {
            return best;
        }
        if (best.strength() == 0 && byNoWeapon(best.to())) {
            return null;
        }
        boolean weaponNear = nearestWeapon(s, best) != null;
        boolean hasPlace = false;
        for (PlaceHit p : s.places) {
            hasPlace |= p.from() >= clause[0] && p.to() <= clause[1];
        }
        boolean hasActor = false;
        boolean stateSubject = false;
        // a headline's subject may be a list over the comma that ends a clause: "U.S., Iraq hammer IS town"
        int subjectFrom = triggers.headlineVerb(best) ? s.from : clause[0];
        for (ActorFinder.Hit a : s.actors) {
            hasActor |= a.fromTok() >= clause[0] && a.toTok() <= clause[1] && a.actor().kind() != Kind.IGNORED;
            stateSubject |= a.fromTok() >= subjectFrom && a.toTok() <= best.from() && a.actor().kind().flies();
        }
        boolean killedOnly = tokens.get(best.from()).is("killed") || tokens.get(best.from()).is("exploded");
        if (weaponNear) {
            return best;
        }
        if (killedOnly) {
            return null;
        }
        boolean definite = triggers.definite(best.from(), clause[0]);
        // "condemned the attack, attributing it to X": a strike already told of, named with who is blamed for it
        int trigEnd = best.to();
        boolean blamed = definite && s.actors.stream().anyMatch(a -> a.actor().kind() != Kind.IGNORED
                && a.fromTok() > trigEnd && Roles.blames(tokens, s.from, a.fromTok()));
        boolean happened = definite && lastTold != null && !s.places.isEmpty() && Coreference.toldAsHappened(tokens, best, s.to);
        if (best.strength() == 1 && (hasActor || hasPlace || blamed || happened) && (contextWeapon || definite)) {
            return best;
        }
        if (best.strength() == 0 && (hasPlace && contextWeapon || lastTold != null && !s.places.isEmpty()
                && toldAgainPassively(best))) {
            return best;
        }
        if (stateSubject && (best.strength() == 1 || tokens.get(best.from()).is("hit") || tokens.get(best.from()).is("targeted")
                || tokens.get(best.from()).is("pounded") || triggers.headlineVerb(best))) {
            return best;
        }
        return null;
    }

    /**
     * "The party's headquarters in Koya were also targeted", "a depot near Albu Kamal was hit": a bare verb in the passive,
     * in a story that has told a strike before, tells another site of it.
     */
    private boolean toldAgainPassively(Trigger t) {
        int k = t.from() - 1;
        if (k > 0 && tokens.get(k).is("also")) {
            k--;
        }
        return k >= 0 && (tokens.get(k).is("was") || tokens.get(k).is("were") || tokens.get(k).is("been"));
    }

    /** How far after "by" a passive's agent names a weapon or a party: "hit by two Iranian drones". */
    private static final int AGENT_WORDS = 3;

    /** "were also hit by the cuts": a bare verb's agent after "by" that is no weapon and no named party is no strike's. */
    private boolean byNoWeapon(int after) {
        if (after >= tokens.size() || !tokens.get(after).is("by")) {
            return false;
        }
        for (int k = after + 1; k < Math.min(tokens.size(), after + 1 + AGENT_WORDS); k++) {
            if (tokens.get(k).in(WordClass.WEAPON) || tokens.get(k).capitalized()) {
                return false;
            }
        }
        return true;
    }

    /** "a Reaper engaged", "jets pounded", a Reaper "engaged": a bare verb whose subject is the weapon. */
    private boolean doneByWeapon(Trigger t) {
        int k = t.from() - 1;
        while (k > 0 && tokens.get(k).punct() && QUOTES.indexOf(tokens.get(k).raw().charAt(0)) >= 0) {
            k--;
        }
        return k >= 0 && Weapon.WORDS.containsKey(tokens.get(k).lower());
    }

    private static final String QUOTES = "\"'\u201c\u201d\u2018\u2019";

    private Weapon.Hit nearestWeapon(SentenceInfo s, Trigger t) {
        Weapon.Hit best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Weapon.Hit w : s.weapons) {
            int dist = w.from() >= t.to() ? w.from() - t.to() + 3 : t.from() - w.to();
            if (w.from() >= t.from() && w.to() <= t.to()) {
                dist = -1;
            }
            // "targeted army posts in the countryside with rockets": "with" names the strike's weapon further off
            boolean instrument = w.from() > t.to() && w.from() - t.to() <= INSTRUMENT_REACH
                    && Weapon.afterWith(tokens, w.from(), t.to());
            if ((dist <= 8 || instrument) && dist < bestDist) {
                best = w;
                bestDist = dist;
            }
        }
        return best;
    }

    /** How far after a strike verb "with" may name its weapon. */
    private static final int INSTRUMENT_REACH = 14;

    private void fillFromSentence(Candidate c, SentenceInfo previous) {
        SentenceInfo s = c.sentence;
        Trigger t = c.trigger;
        Weapon.Hit weapon = nearestWeapon(s, t);
        roles.assign(c);
        // type
        Weapon w = t.weapon();
        if (w == null && weapon != null) {
            w = weapon.weapon();
        }
        if (weapon != null) {
            doc.mention(MentionKind.WEAPON, weapon.from(), weapon.to(),
                    weapon.weapon().name().toLowerCase(java.util.Locale.ROOT));
        }
        boolean strikeWord = t.strength() != 1;
        if (w == null && t.type() == null && previous != null && !inClauseHasActor(c) && !c.referential && strikeWord) {
            w = contextWeapon(previous);
        }
        c.type = StrikeTypes.typeOf(t, w, c.perpetrator, c.target, c.referential);
        if (weapon == null && t.weapon() == null && lastTold != null && toldAgainPassively(t)) {
            c.type = lastTold.type; // "were also hit": more sites of the strike told before, of its kind
        }
        c.kindFromVerb = weapon == null && t.type() == null;
        c.typeGuessed = w == null && t.type() == null && c.perpetrator == null;
        c.pairedType = triggers.secondOfPair(t);
        c.typeMention = doc.mention(MentionKind.TRIGGER, t.from(), t.to(), c.type.code());
        // date
        DateExpr best = null;
        int bestDist = Integer.MAX_VALUE;
        for (DateExpr d : s.dates) {
            if (d.statement() || triggers.opensPeriod(d, c.referential) || triggers.inSincePhraseAfter(d, t.to())
                    || !Clauses.available(c, d.fromTok(), d.toTok())
                    || Triggers.insideAnchor(d, t.from())) {
                continue;
            }
            int dist = (Clauses.inClause(c, d.fromTok(), d.toTok()) ? 0 : 1000) + Math.abs(d.fromTok() - t.from());
            if (dist < bestDist) {
                best = d;
                bestDist = dist;
            }
        }
        c.dateExpr = best;
        // casualties: the lowest figure given; none from a toll that also counts ground fighting or several days
        boolean mixedTally = TollContext.countsGroundFighting(tokens, s.from, s.to)
                || Triggers.overSpan(tokens, s.from, s.to);
        for (CasualtyFinder.Hit h : s.casualties) {
            if (!Clauses.available(c, h.fromTok(), h.toTok()) || mixedTally && h.count() > 0
                    || TollContext.inBackgroundClause(tokens, s.clauses, s.dates, h, t.from())) {
                continue;
            }
            Mention m = doc.mention(MentionKind.CASUALTY, h.fromTok(), h.toTok(),
                    (h.killed() ? "killed=" : "injured=") + h.count());
            if (h.killed() && (c.killed == null || h.count() < c.killed
                    || TollCounting.risen(tokens, h) && h.count() > c.killed)) {
                c.killed = h.count();
                c.killedMention = m;
            } else if (!h.killed() && (c.injured == null || h.count() < c.injured)) {
                c.injured = h.count();
                c.injuredMention = m;
            }
        }
        // landmark
        for (Landmarks.Hit h : s.landmarks) {
            if (h.landmark().type() != null && Clauses.available(c, h.tokenIndex(), h.tokenIndex() + 1)
                    && StrikeClass.compatible(h.landmark().type(), c.type)) {
                c.landmark = h;
                break;
            }
        }
    }

    private boolean inClauseHasActor(Candidate c) {
        return c.perpetrator != null && c.perpetrator.kind() == Kind.US;
    }

    private Weapon contextWeapon(SentenceInfo previous) {
        return previous.weapons.isEmpty() ? null : previous.weapons.get(previous.weapons.size() - 1).weapon();
    }

    // ---------------------------------------------------------------- output

    private ExtractedEvent toEvent(Candidate e) {
        List<FieldEvidence> fields = new ArrayList<>();
        fields.add(new FieldEvidence("type", e.typeMention));
        if (e.dateMention != null && e.date != null) {
            fields.add(new FieldEvidence("date", e.dateMention));
        }
        Place p = e.placeValue();
        if (p != null && e.placeMention != null) {
            fields.add(new FieldEvidence("place", e.placeMention));
        }
        if (e.perpetrator != null && e.perpetratorMention != null) {
            fields.add(new FieldEvidence("perpetrator", e.perpetratorMention));
        }
        if (e.target != null && e.targetMention != null) {
            fields.add(new FieldEvidence("target", e.targetMention));
        }
        if (e.killed != null && e.killedMention != null) {
            fields.add(new FieldEvidence("killed", e.killedMention));
        }
        if (e.injured != null) {
            fields.add(new FieldEvidence("injured", e.injuredMention));
        }
        SentenceInfo s = e.sentence;
        Span sentence = new Span(tokens.get(s.from).start(), tokens.get(s.to - 1).end());
        return new ExtractedEvent(e.type, e.date, p == null ? null : p.name(), p == null ? null : p.lat(),
                p == null ? null : p.lon(), p == null ? null : p.precision(), p == null ? null : p.country(),
                e.perpetrator == null ? null : e.perpetrator.name(), e.target == null ? null : e.target.asTarget(),
                e.killed, e.injured, e.confidence, sentence, fields);
    }

}
