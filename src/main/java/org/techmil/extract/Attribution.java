package org.techmil.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.techmil.annotate.AnnotatedText;
import org.techmil.annotate.Sentence;
import org.techmil.annotate.Span;

/**
 * Works out who says something: the speaker of a quotation, the agent of a verb of saying or accusing ("the White
 * House has accused", "a memo from the FBI alleges"), the source after "according to", or a claimant carried from
 * an earlier sentence that refers back to the same document ("the memo also says").
 */
final class Attribution {
    private static final int AGENT_WINDOW_WORDS = 6;
    private static final int ACCORDING_WINDOW_WORDS = 8;
    private static final int AUTHOR_WINDOW_WORDS = 6;
    private static final int SPEAKER_WINDOW_CHARS = 70;
    private final AnnotatedText text;
    private final List<Mention> mentions;
    private final Frames frames;

    /** The state a capitalised word names as a demonym ("Israeli"), or null. */
    private final java.util.function.Function<String, Entity> stateOfDemonym;

    Attribution(AnnotatedText text, List<Mention> mentions, Frames frames, java.util.function.Function<String, Entity> stateOfDemonym) {
        this.text = text;
        this.mentions = mentions;
        this.frames = frames;
        this.stateOfDemonym = stateOfDemonym;
    }

    /** The claimant of a statement triggered at {@code trigger} in {@code sentence}, or null; parties are excluded. */
    Entity claimant(Sentence sentence, Span trigger, Set<String> partyIds, Entity carried) {
        Span quote = text.quoteAround(trigger);
        if (quote != null && !SentenceCues.quotesAReason(text, quote)) {
            Mention speaker = speaker(quote);
            if (speaker != null && !partyIds.contains(speaker.entity().id()))
                return speaker.entity();
        }
        // "She also alleged that ...", "..., which she said "supplies the PLA"": the person last named
        Mention person = personSaying(sentence, quote != null ? quote.start() : trigger.start());
        if (person != null && !partyIds.contains(person.entity().id()))
            return person.entity();
        // the ways a sentence names its source, most explicit first
        Entity named = java.util.stream.Stream.<java.util.function.Supplier<Entity>>of(
                        () -> authorOfFindings(sentence, partyIds),      // "an investigation by X found"
                        () -> outletTold(sentence, partyIds),            // sources "told the Financial Times"
                        () -> documentOfBody(sentence, partyIds),        // "A White House memo ... accuses"
                        () -> agentOfSaying(sentence, partyIds),         // "the White House has accused"
                        () -> subjectOfRelativeSaying(sentence, partyIds), // "sanctioned X, a trader that it said ships"
                        () -> unnamedAgentOfSaying(sentence, partyIds),  // "prosecutors allege"
                        () -> officialsOfState(sentence, partyIds, OFFICIALS_SAY), // "U.S. officials believe"
                        () -> afterAccordingTo(sentence, partyIds, carried),
                        () -> outletReferredTo(sentence, partyIds),      // "..., the newspaper reported"
                        () -> reportedInNextSentence(sentence, partyIds)) // "... This was reported by Voice of America."
                .map(java.util.function.Supplier::get).filter(e -> e != null).findFirst().orElse(null);
        if (named != null)
            return named;
        // "according to two people briefed on the probe": unnamed sources, not the source cited before
        if (anonymouslySourced(sentence.span()))
            return null;
        // "It said X had designed amplifiers for PLA radars" ("it" or "they" saying it), "The Indian company is
        // accused of shipping ..." (an accusation in the passive with no agent): the source cited before
        if (carried != null && !partyIds.contains(carried.id())
                && ((carried.type() != EntityType.TECH_FIRM && has(PRONOUN_SAYS, sentence)) || has(PASSIVE_ACCUSATION, sentence)))
            return carried;
        // "Huilong Vision, in my view and on the evidence I set out below, is a supplier of the PLA": the writer of
        // an opinion piece, named in its byline or its closing line ("The writer, X, is ...")
        if (FIRST_PERSON_VIEW.matcher(text.folded()).region(sentence.span().start(), sentence.span().end()).find()
                && text.quoteAround(sentence.span()) == null) {
            Mention writer = writer();
            if (writer != null && !partyIds.contains(writer.entity().id()))
                return writer.entity();
        }
        if (refersBack(sentence)) {
            if (carried != null && !partyIds.contains(carried.id()))
                return carried;
            // "The Institute ... examined 2,800 tenders. Its report says ...": the body named just before
            Mention author = sourceNamedBefore(sentence, partyIds);
            if (author != null)
                return author.entity();
        }
        return null;
    }

    private static final Pattern REPORTED_BY_NEXT = Pattern.compile("\\s*(this|that|it|these|the (news|information|report|"
            + "revelation|finding|findings|details?))\\s+(was|were|has been|have been|had been|is|are)\\s+(first\\s+)?(reported|"
            + "revealed|disclosed|stated|published|uncovered|found|announced)\\s+by\\s+");

    /**
     * "Milandr continued to supply microchips to the Russian armed forces. This was reported by Voice of America.": the
     * source a next sentence credits with what the sentence before says.
     */
    private Entity reportedInNextSentence(Sentence sentence, Set<String> partyIds) {
        if (sentence.index() + 1 >= text.sentences().size())
            return null;
        Sentence next = text.sentences().get(sentence.index() + 1);
        Matcher m = REPORTED_BY_NEXT.matcher(text.folded()).region(next.span().start(), next.span().end());
        if (!m.lookingAt())
            return null;
        for (Mention x : mentions)
            if (x.span().start() >= m.end() && x.span().end() <= next.span().end() && !partyIds.contains(x.entity().id()))
                return x.entity();
        return null;
    }

    /** Whether a stretch of text credits what it says to unnamed sources ("people familiar with the matter"). */
    boolean anonymouslySourced(Span span) {
        return !Frames.matches(frames.cue("anonymousSource"), text.folded(), span.start(), span.end()).isEmpty();
    }

    private static final Pattern FIRST_PERSON_VIEW = Pattern.compile("\\b(in my (view|opinion|judgment|judgement)|i (believe|think|"
            + "would argue|contend|am convinced)|in our (view|opinion)|the evidence i\\b)");
    private static final Pattern WRITER_BEFORE = Pattern.compile("(\\b(the|this) (writer|author|columnist|letter writer)\\s*,?\\s*|(^|\\n)\\s*by\\s+)$");

    /** The person an opinion piece names as its writer ("The writer, X, is", a "By X" line), or null. */
    private Mention writer() {
        for (Mention m : mentions)
            if (m.type() == EntityType.PERSON
                    && WRITER_BEFORE.matcher(text.folded()).region(Math.max(0, m.span().start() - 25), m.span().start()).find())
                return m;
        return null;
    }

    private static final Pattern WORK_BY = Pattern.compile("\\b(investigation|study|report|analysis|review|audit|inquiry|"
            + "survey|examination|probe|assessment)\\s+((published|conducted|carried out|released|commissioned)\\s+)?by\\s+");

    /**
     * "An eight-month investigation by The Meridian Ledger, based on ..., found that ...": the author of the work
     * whose finding the sentence reports, when a verb of saying or finding follows the author's name.
     */
    private Entity authorOfFindings(Sentence sentence, Set<String> partyIds) {
        Mention author = namedRightAfter(WORK_BY, sentence, partyIds);
        if (author == null)
            return null;
        return Frames.matches(frames.cue("attribution"), text.folded(), author.span().end(), sentence.span().end()).isEmpty()
                ? null : author.entity();
    }

    private static final Pattern DOCUMENT_AFTER_BODY = Pattern.compile("(['\u2019]s)?(\\s+[\\w-]+){0,4}?\\s+(memo|memorandum|report|"
            + "assessment|document|filing|indictment|complaint|letter|study|analysis|review|notice|statement|dossier|cable|"
            + "briefing)\\b");

    /**
     * "A White House national security memo has pointed to intelligence that accuses X of ..., the Financial Times
     * reported": the body whose document opens the sentence says what the document's first verb of saying or
     * accusing says, when no other name stands between them; the outlet that reports the document only relays it.
     */
    private Entity documentOfBody(Sentence sentence, Set<String> partyIds) {
        Span s = sentence.span();
        Mention first = mentions.stream().filter(m -> m.span().start() >= s.start() && m.span().end() <= s.end())
                .findFirst().orElse(null);
        if (first == null || text.wordsBetween(s.start(), first.span().start()) > 1 || !eligible(first, partyIds)
                || !AUTHOR_TYPES.contains(first.type()))
            return null;
        Matcher doc = DOCUMENT_AFTER_BODY.matcher(text.folded()).region(first.span().end(), s.end());
        if (!doc.lookingAt())
            return null;
        List<int[]> verbs = Frames.matches(frames.cue("attribution"), text.folded(), doc.end(), s.end());
        if (verbs.isEmpty())
            return null;
        int verb = verbs.get(0)[0];
        boolean nameBetween = mentions.stream().anyMatch(m -> m.span().start() >= doc.end() && m.span().end() <= verb);
        return nameBetween ? null : first.entity();
    }

    private static final Pattern UNNAMED_TOLD = Pattern.compile("\\b(sources?|people|persons?|officials?|insiders?|"
            + "executives?|diplomats?|employees|analysts?)\\b[^.;\"]{0,60}?\\btold\\s+");

    /**
     * "Sources told the Financial Times that X sold software to the army": unnamed sources speak through the outlet
     * they told, which is the claimant; a state's officials ("a senior US official told Reuters") make the state's claim.
     */
    private Entity outletTold(Sentence sentence, Set<String> partyIds) {
        Mention outlet = namedRightAfter(UNNAMED_TOLD, sentence, partyIds);
        if (outlet == null || outlet.type() != EntityType.MEDIA)
            return null;
        Entity state = officialsOfState(sentence, partyIds, OFFICIALS_TOLD);
        return state != null ? state : outlet.entity();
    }

    /** "a senior US official told": the state's officials telling an outlet, right after the state's name. */
    private static final Pattern OFFICIALS_TOLD = Pattern.compile("^\\s+((senior|top|government|intelligence|defen[cs]e|"
            + "security|military|administration|trade|federal)\\s+)?officials?\\s+((have|has|had|also|privately)\\s+)?told\\s+");

    private boolean has(Pattern cue, Sentence sentence) {
        return cue.matcher(text.folded()).region(sentence.span().start(), sentence.span().end()).find();
    }

    /** The claimant named at most a word after the first match of {@code cue} in the sentence, or null. */
    private Mention namedRightAfter(Pattern cue, Sentence sentence, Set<String> partyIds) {
        Matcher m = cue.matcher(text.folded()).region(sentence.span().start(), sentence.span().end());
        return m.find() ? firstMentionAfter(m.end(), sentence.span().end(), partyIds, 1) : null;
    }

    private static final Pattern PERSON_PRONOUN_SAYS = Pattern.compile(
            "\\b(he|she)\\s+(also\\s+|further\\s+|later\\s+)?(said|says|added|alleged|alleges|claimed|claims|told|wrote|accused)\\b");
    private static final int PERSON_BACK_SENTENCES = 2;

    /**
     * The person "he" or "she" stands for when a pronoun says what the sentence reports, before {@code before}: the
     * person named last in this sentence or the two before it; null when there is no such pronoun or person.
     */
    private Mention personSaying(Sentence sentence, int before) {
        if (before <= sentence.span().start())
            return null;
        Matcher m = PERSON_PRONOUN_SAYS.matcher(text.folded()).region(sentence.span().start(), Math.min(before, text.folded().length()));
        if (!m.find())
            return null;
        int at = m.start();
        Mention last = null;
        for (Mention x : mentions)
            if (x.type() == EntityType.PERSON && x.span().end() <= at
                    && sentence.index() - text.sentenceAt(x.span().start()).index() <= PERSON_BACK_SENTENCES)
                last = x;
        return last;
    }

    private static final Pattern PRONOUN_SAYS = Pattern.compile(
            "(^|[.;]\\s+|,\\s+)(it|they)\\s+(also\\s+|further\\s+)?(said|says|added|alleged|alleges|stated|states|noted|claimed|wrote)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PASSIVE_ACCUSATION = Pattern.compile(
            "\\b(is|are|was|were|has been|have been|had been|being)\\s+(also\\s+)?(accused|alleged|suspected|said)\\s+(of|to)\\b(?![^.;]{0,80}\\bby\\b)");

    private static final Pattern OUTLET_SAYS = Pattern.compile(
            "\\bthe (newspaper|paper|outlet|outlets|magazine|broadcaster|publication|publications|daily|website) "
                    + "(has |have )?(reported|reports|said|says|wrote|writes|found|revealed)\\b");

    /** "..., the newspaper reported": the outlet the article named last before the sentence, not a party. */
    private Entity outletReferredTo(Sentence sentence, Set<String> partyIds) {
        if (!OUTLET_SAYS.matcher(text.folded()).region(sentence.span().start(), sentence.span().end()).find())
            return null;
        Mention last = null;
        for (Mention m : mentions) {
            if (m.span().start() >= sentence.span().end())
                break;
            if (m.type() == EntityType.MEDIA && !partyIds.contains(m.entity().id()))
                last = m;
        }
        return last == null ? null : last.entity();
    }

    private static final int AUTHOR_CARRY_SENTENCES = 2;
    private static final java.util.Set<EntityType> AUTHOR_TYPES = java.util.EnumSet.of(EntityType.ORGANISATION,
            EntityType.MEDIA, EntityType.GOVERNMENT, EntityType.INTERGOVERNMENTAL);

    /** The last research body, outlet or government body named in the sentences just before, not a party. */
    private Mention sourceNamedBefore(Sentence sentence, Set<String> partyIds) {
        Mention last = null;
        for (Mention m : mentions) {
            if (m.span().start() >= sentence.span().start())
                break;
            int back = sentence.index() - text.sentenceAt(m.span().start()).index();
            if (back <= AUTHOR_CARRY_SENTENCES && AUTHOR_TYPES.contains(m.type()) && !partyIds.contains(m.entity().id()))
                last = m;
        }
        return last;
    }

    private static final Pattern DETERMINER_BEFORE = Pattern.compile("\\b(the|these|those|such|their|its|his|her)\\s+$");

    private Entity agentOfSaying(Sentence sentence, Set<String> partyIds) {
        Span s = sentence.span();
        for (int[] verb : Frames.matches(frames.cue("attribution"), text.folded(), s.start(), s.end())) {
            if (text.quoteAround(new Span(verb[0], verb[1])) != null)
                continue;
            // "rejected the claims of the European Union": a noun after a determiner says nothing itself
            if (DETERMINER_BEFORE.matcher(text.folded()).region(Math.max(s.start(), verb[0] - 12), verb[0]).find())
                continue;
            // passive: "accused by the White House"
            String after = text.folded().substring(verb[1], Math.min(s.end(), verb[1] + 4));
            if (after.startsWith(" by ")) {
                Mention m = firstMentionAfter(verb[1], s.end(), partyIds, 3);
                if (m != null)
                    return m.entity();
            }
            if (PARTICIPLE_CLAUSE.matcher(text.folded()).region(Math.max(s.start(), verb[0] - 3), verb[1]).matches()) {
                // "Lawmakers urged the Commerce Department to act, alleging that ...": the sentence's subject alleges,
                // not the body named last
                Mention subject = clauseSubject(s, verb[0], partyIds);
                if (subject == null)
                    subject = unnamedClauseSubject(s, verb[0], partyIds);
                if (subject != null)
                    return subject.entity();
                continue;
            }
            Mention before = lastMentionBefore(verb[0], s.start(), partyIds);
            if (before != null && TOPIC_OF_BODY.matcher(text.folded()).region(s.start(), before.span().start()).find())
                // "A US House panel on China wrote ...": the topic of a panel says nothing, the body it sits in does
                before = lastMentionBefore(before.span().start(), s.start(), partyIds);
            // "X pleaded guilty to violating Iran sanctions, the Justice Department said": a party says it, not a body
            // named before that party
            Mention party = lastMentionBefore(verb[0], s.start(), Set.of());
            if (party != null && before != null && party != before && partyIds.contains(party.entity().id())
                    && text.wordsBetween(party.span().end(), verb[0]) <= 1
                    && text.text().substring(before.span().end(), party.span().start()).contains(","))
                before = null;
            // "The Council of the EU, which represents the member governments, said": past the relative clause,
            // also when the clause names a body of its own ("a think tank funded by the Department of Defence")
            Matcher aside = ASIDE_BEFORE_VERB.matcher(text.folded()).region(s.start(), verb[0]);
            boolean asideFound = aside.find();
            // "... in breach of European Union sanctions, prosecutors said": the common noun right before the verb
            // is its agent, not the body named before it
            boolean nounAgent = before != null && UNNAMED_AGENT_BEFORE.matcher(text.folded()).region(before.span().end(), verb[0]).find();
            // "... to the Russian military in Ukraine, Miller said": a name nothing recognised speaks, not the place
            // before it
            boolean unknownSpeaker = before != null
                    && UNKNOWN_NAME_BEFORE_VERB.matcher(text.text()).region(before.span().end(), verb[0]).find();
            if (before != null && !nounAgent && !unknownSpeaker
                    && (text.wordsBetween(before.span().end(), verb[0]) <= AGENT_WINDOW_WORDS
                    || RELATIVE_AGENT.matcher(text.folded().substring(before.span().end(), verb[0])).matches())
                    && !crossesClause(before.span().end(), verb[0])
                    && !(asideFound && before.span().start() > aside.start()))
                return before.entity();
            Mention agent = asideFound ? agentBeforeAside(aside, s, partyIds) : null;
            if (agent != null)
                return agent.entity();
            // inverted: "..., said Jane Roe"
            Mention next = firstMentionAfter(verb[1], s.end(), partyIds, 2);
            if (next != null && (next.type() == EntityType.PERSON || next.kind() == Mention.Kind.COREFERENCE))
                return next.entity();
        }
        return null;
    }

    /** The name that ends at most a few words before an aside, in the same clause; or null. */
    private Mention agentBeforeAside(Matcher aside, Span s, Set<String> partyIds) {
        Mention agent = lastMentionBefore(aside.start(), s.start(), partyIds);
        return agent != null && text.wordsBetween(agent.span().end(), aside.start()) <= AGENT_WINDOW_WORDS
                && !crossesClause(agent.span().end(), aside.start()) ? agent : null;
    }

    private static final Pattern UNNAMED_AGENT_BEFORE = Pattern.compile("[,;]\\s*(the\\s+)?(prosecutors|investigators|police|officials|"
            + "sources|people|authorities|analysts|lawmakers|diplomats|experts|regulators|critics)\\s+((have|had|also|now)\\s+)?$"
            // ", a Senate report says": a document whose author the rules do not know, not the body named before the comma
            + "|[,;]\\s*(a|an|the)\\s+([\\w-]+\\s+)?(report|study|memo|memorandum|document|filing|analysis|assessment|review|audit)\\s+((has|had|also)\\s+)?$");
    /**
     * The subject of the clause a participle hangs on ("On Tuesday, the Treasury sanctioned X, saying ..."): an eligible
     * name that opens the sentence, or that follows an opening phrase set off by a comma; or null.
     */
    private static final Pattern RELATIVE_PRONOUN_SAYS = Pattern.compile("\\b(that|which)\\s+(it|they)\\s+(also\\s+|further\\s+)?"
            + "(said|says|alleged|alleges|claimed|claims|believes|believed|accused|accuses)\\b");

    /**
     * "Treasury also sanctioned Oka Trade, a trader that it said ships engines to the Russian military": the pronoun
     * in a relative clause stands for the body that opens the sentence, when that body is no firm.
     */
    private Entity subjectOfRelativeSaying(Sentence sentence, Set<String> partyIds) {
        Matcher m = RELATIVE_PRONOUN_SAYS.matcher(text.folded()).region(sentence.span().start(), sentence.span().end());
        if (!m.find())
            return null;
        Mention subject = clauseSubject(sentence.span(), m.start(), partyIds);
        return subject != null && subject.type().isAuthority() ? subject.entity() : null;
    }

    private Mention clauseSubject(Span s, int verb, Set<String> partyIds) {
        for (Mention m : mentions) {
            if (m.span().start() < s.start())
                continue;
            if (m.span().end() > verb)
                break;
            String before = text.folded().substring(s.start(), m.span().start());
            if (eligible(m, partyIds) && !possessive(m) && (text.wordsBetween(s.start(), m.span().start()) <= SUBJECT_OPENING_WORDS
                    || AFTER_OPENING_PHRASE.matcher(before).matches() || MEMBERS_OF.matcher(before).matches()))
                return m;
        }
        return null;
    }

    private static final int SUBJECT_OPENING_WORDS = 2;
    private static final Pattern TOPIC_OF_BODY = Pattern.compile("\\b(panel|committee|subcommittee|commission|caucus|"
            + "task force|working group|envoy|czar|tsar)s?\\s+on\\s+(the\\s+)?$");
    /** "Leaders of a US House panel ... asked ..., saying": people who speak for the body they belong to. */
    private static final Pattern MEMBERS_OF = Pattern.compile("(the\\s+|two\\s+|three\\s+|several\\s+|senior\\s+|top\\s+)*"
            + "(leaders|members|heads|chairs|chairmen|officials|lawmakers|senators|researchers|analysts|experts|"
            + "investigators|staff|spokespeople|representatives)\\s+(of|at|from|on)\\s+(the\\s+|a\\s+|an\\s+)?");
    /** "On Tuesday, the", "In a statement, ": an opening phrase set off by a comma before the subject. */
    private static final Pattern AFTER_OPENING_PHRASE = Pattern.compile("[^,;]{0,60},\\s*(the\\s+)?");

    private static final Pattern PARTICIPLE_CLAUSE = Pattern.compile(".*,\\s*(alleging|saying|claiming|accusing|arguing|asserting|contending)");

    private static final Pattern ASIDE_BEFORE_VERB = Pattern.compile(
            ",\\s*(which|who|whose|a|an|the|based|headquartered|in|on|at|during|after|before|with|through)\\b[^;,]{0,150},\\s*((has|have|had|also|again|previously|publicly|now)\\s+){0,2}$");

    private static final Pattern NOUN_THEN_VERB_GAP = Pattern.compile("\\s+(in\\s+\\w+\\s+)?((have|has|had|also|now|further)\\s+){0,2}");

    /**
     * "Prosecutors allege ...", "investigators said ...", "lawmakers said ...": the body those common nouns stand for,
     * the first one in the article whose name the matching cues ({@code investigatorName}, {@code legislatureName})
     * match (a prosecutor's office, a regulator, a committee), or null.
     */
    private Entity unnamedAgentOfSaying(Sentence sentence, Set<String> partyIds) {
        Span s = sentence.span();
        String folded = text.folded();
        for (AgentCues kind : UNNAMED_AGENTS) {
            for (int[] noun : Frames.matches(frames.cue(kind.nouns()), folded, s.start(), s.end())) {
                if (text.quoteAround(new Span(noun[0], noun[1])) != null)
                    continue;
                Matcher gap = NOUN_THEN_VERB_GAP.matcher(folded).region(noun[1], s.end());
                if (!gap.lookingAt())
                    continue;
                boolean says = Frames.matches(frames.cue("attribution"), folded, gap.end(), Math.min(s.end(), gap.end() + 14))
                        .stream().anyMatch(v -> v[0] == gap.end());
                if (!says)
                    continue;
                Mention body = bodyNamedLike(kind.names(), m -> eligibleBody(m, partyIds));
                if (body != null)
                    return body.entity();
            }
        }
        return null;
    }

    /** A cue list of common nouns for unnamed agents, and the cue list of names of the bodies they stand for. */
    private record AgentCues(String nouns, String names) {
    }

    private static final List<AgentCues> UNNAMED_AGENTS = List.of(new AgentCues("investigatorNoun", "investigatorName"),
            new AgentCues("legislatorNoun", "legislatureName"));
    private static final int UNNAMED_SUBJECT_WORDS = 5;

    private static boolean eligibleBody(Mention m, Set<String> partyIds) {
        return m.type().isAuthority() && !partyIds.contains(m.entity().id());
    }

    /**
     * "A group of US lawmakers issued a warning ..., alleging that": the body that the unnamed people opening the
     * sentence stand for, or null.
     */
    private Mention unnamedClauseSubject(Span s, int verb, Set<String> partyIds) {
        String folded = text.folded();
        for (AgentCues kind : UNNAMED_AGENTS)
            for (int[] noun : Frames.matches(frames.cue(kind.nouns()), folded, s.start(), verb))
                if (text.wordsBetween(s.start(), noun[0]) <= UNNAMED_SUBJECT_WORDS
                        && text.quoteAround(new Span(noun[0], noun[1])) == null) {
                    Mention body = bodyNamedLike(kind.names(), m -> eligibleBody(m, partyIds));
                    if (body != null)
                        return body;
                }
        return null;
    }

    private static final Pattern OFFICIALS_SAY = Pattern.compile("^\\s+((senior|top|government|intelligence|defen[cs]e|"
            + "security|military|administration|trade|federal|state)\\s+)?(officials|authorities|lawmakers|intelligence agencies|investigators|prosecutors)\\s+"
            + "((have|had|now|also|privately|publicly)\\s+){0,2}(say|said|believe|believed|allege|alleged|accuse|accused|"
            + "suspect|suspected|contend|told|warn|warned|assert|argue|concluded|found)\\b");

    /**
     * "U.S. officials believe ...", "Israeli officials said ...", "Ukrainian investigators said ...": the state whose
     * officials say it (what follows the state's name matches {@code officialsAct}), or null.
     */
    private Entity officialsOfState(Sentence sentence, Set<String> partyIds, Pattern officialsAct) {
        for (Mention m : mentions)
            if (m.type() == EntityType.COUNTRY && sentence.span().contains(m.span()) && !partyIds.contains(m.entity().id())
                    && text.quoteAround(m.span()) == null
                    && officialsAct.matcher(text.folded()).region(m.span().end(), sentence.span().end()).lookingAt())
                return m.entity();
        List<org.techmil.annotate.Token> tokens = text.tokens();
        for (int i = text.tokenAtOrAfter(sentence.span().start()); i < tokens.size(); i++) {
            org.techmil.annotate.Token t = tokens.get(i);
            if (!t.isCapitalised())
                continue;
            if (t.span().end() > sentence.span().end())
                break;
            if (!officialsAct.matcher(text.folded()).region(t.span().end(), sentence.span().end()).lookingAt()
                    || text.quoteAround(t.span()) != null || mentions.stream().anyMatch(m -> m.span().contains(t.span())))
                continue;
            Entity state = stateOfDemonym.apply(t.text());
            if (state != null && !partyIds.contains(state.id()))
                return state;
        }
        return null;
    }

    /**
     * The first named (not referring) mention that {@code eligible} accepts and whose lower-cased name a pattern of
     * the cue list {@code names} matches, trying the patterns in order of preference; null when none does.
     */
    Mention bodyNamedLike(String names, java.util.function.Predicate<Mention> eligible) {
        List<Mention> bodies = bodiesNamedLike(names, eligible);
        return bodies.isEmpty() ? null : bodies.get(0);
    }

    /** The first mention of each body the article names like one of {@code names}, in the order the cue lists them. */
    List<Mention> bodiesNamedLike(String names, java.util.function.Predicate<Mention> eligible) {
        java.util.Map<String, Mention> found = new java.util.LinkedHashMap<>();
        for (Pattern p : frames.cue(names))
            for (Mention m : mentions)
                if (m.kind() != Mention.Kind.COREFERENCE && eligible.test(m)
                        && Frames.labelMatches(p, m.entity()))
                    found.putIfAbsent(m.entity().id(), m);
        return List.copyOf(found.values());
    }

    private Entity afterAccordingTo(Sentence sentence, Set<String> partyIds, Entity carried) {
        Span s = sentence.span();
        for (int[] m : Frames.matches(frames.cue("according"), text.folded(), s.start(), s.end())) {
            // "..., the agency said, citing Russian customs data": the one who cites is the source, not what it cites
            if ((SAID_BEFORE_CITING.matcher(text.folded()).region(s.start(), m[0]).find()
                    || OUTLET_SAYS.matcher(text.folded()).region(s.start(), m[0]).find()) // "The magazine reported ..., citing"
                    && text.folded().startsWith("citing", m[0]))
                continue;
            Mention source = firstMentionAfter(m[1], s.end(), partyIds, ACCORDING_WINDOW_WORDS);
            if (source != null)
                return source.entity();
            // "according to Ukrainian officials": the officials' state
            Matcher officials = DEMONYM_OFFICIALS.matcher(text.text()).region(m[1], s.end());
            if (officials.lookingAt()) {
                Entity state = stateOfDemonym.apply(officials.group(1));
                if (state != null && !partyIds.contains(state.id()))
                    return state;
            }
            Matcher doc = SOURCE_DOCUMENT.matcher(text.folded()).region(m[1], s.end());
            if (doc.lookingAt()) {
                // "according to a study published on Thursday by ASPI"
                Matcher by = BY_AUTHOR.matcher(text.folded()).region(doc.end(), s.end());
                if (by.lookingAt()) {
                    // "according to an investigation by the Standard and the outlet Sikha Media": a masthead's
                    // short name is no mention, the named partner after it is
                    Mention author = firstMentionAfter(by.end(), s.end(), partyIds, AUTHOR_WINDOW_WORDS);
                    if (author != null)
                        return author.entity();
                }
                // "according to the notice": the document the last claimant issued
                if (carried != null && !partyIds.contains(carried.id()) && "the".equals(doc.group("det")))
                    return carried;
            }
        }
        return null;
    }

    private static final Pattern DEMONYM_OFFICIALS = Pattern.compile("\\s+(?:senior\\s+|two\\s+|three\\s+|several\\s+)?(\\p{Lu}\\p{L}+)\\s+"
            + "(?:government\\s+|military\\s+|intelligence\\s+|security\\s+|defen[cs]e\\s+)?(?:officials|authorities|investigators|prosecutors|intelligence)\\b");
    private static final Pattern SAID_BEFORE_CITING = Pattern.compile("\\b(said|says|reported|reports|alleged|alleges|wrote|writes)\\s*,\\s*$");

    // "according to public documents and online materials found by IPVM": a document with no determiner too
    private static final Pattern SOURCE_DOCUMENT = Pattern.compile("\\s+(?:(?<det>the|a|an|its|their|this|that)\\s+)?([\\w'-]+\\s+){0,2}"
            + "(notice|memo|memorandum|report|study|indictment|filing|statement|document|documents|complaint|order|ruling|"
            + "assessment|analysis|investigation|findings|letter|lawsuit|dossier|release|announcement|database|records|"
            + "researchers|authors|analysts)\\b");
    private static final Pattern BY_AUTHOR = Pattern.compile("[^.;]{0,50}?\\bby\\s+(the\\s+)?");

    private boolean refersBack(Sentence sentence) {
        Span s = sentence.span();
        return !Frames.matches(frames.cue("document"), text.folded(), s.start(), s.end()).isEmpty();
    }

    /**
     * Who speaks a quotation: the entity named just after it ("...," the company said) or just before it
     * (spokesperson Li Wei said: "..."), when a verb of saying or a colon ties them. A spokesperson speaks for
     * their organisation.
     */
    Mention speaker(Span quote) {
        Sentence openSentence = text.sentenceAt(quote.start());
        boolean quoteOpensSentence = quote.start() - openSentence.span().start() <= 1;
        Mention after = speakerAfter(quote);
        Mention before = speakerBefore(quote, openSentence);
        Mention chosen = quoteOpensSentence ? (after != null ? after : before) : (before != null ? before : after);
        return chosen != null || quoteOpensSentence ? chosen : sayerBefore(quote.start(), openSentence);
    }

    private Mention speakerAfter(Span quote) {
        int end = Math.min(text.text().length(), quote.end() + SPEAKER_WINDOW_CHARS);
        Sentence s = text.sentenceAt(quote.end());
        if (s != null && s.span().end() >= quote.end())
            end = Math.min(end, s.span().end());
        if (end <= quote.end())
            return null;
        String window = text.folded().substring(quote.end(), end);
        if (Frames.matches(frames.cue("attribution"), window, 0, window.length()).isEmpty())
            return null;
        for (Mention m : mentions)
            if (m.span().start() >= quote.end() && m.span().end() <= end && m.type() != EntityType.COUNTRY
                    && text.quoteAround(m.span()) == null) // not a party named in the next quotation
                return m;
        // "...," a company spokesperson said / a ministry spokesperson said: the firm or body of that kind the text
        // named last before the quotation
        Matcher role = VOICE_OF_KIND.matcher(window);
        return role.find() ? namedBefore(role.group(3), quote.start(),
                new Span(quote.end() + role.start(), quote.end() + role.end())) : null;
    }

    private static final Pattern VOICE_OF_KIND = Pattern.compile("^[\\s,.\"']*(said|says|added|told [\\w ]{1,30}?)?\\s*"
            + "(a|the|one) (company|firm|ministry|embassy|department|agency|bureau|commission|army|navy|military)(?:'s)? "
            + "(spokes\\w+|representative|official|executive|lawyer|statement)\\b");
    private static final int NAMED_BACK_SENTENCES = 3;

    /**
     * The firm ({@code kind} "company" or "firm") or the body whose name holds {@code kind} ("ministry") named last
     * before {@code before}, in this sentence or the few before it, as a mention at {@code at}; or null.
     */
    private Mention namedBefore(String kind, int before, Span at) {
        Sentence here = text.sentenceAt(Math.max(0, before - 1));
        boolean firm = kind.equals("company") || kind.equals("firm");
        Mention last = null;
        for (Mention m : mentions) {
            if (m.span().end() > before)
                break;
            boolean ofKind = firm ? m.type() == EntityType.TECH_FIRM
                    : m.type() != EntityType.TECH_FIRM && m.type() != EntityType.PERSON
                    && m.entity().label().toLowerCase(java.util.Locale.ROOT).contains(kind);
            if (ofKind && here != null && here.index() - text.sentenceAt(m.span().start()).index() <= NAMED_BACK_SENTENCES)
                last = m;
        }
        return last == null ? null : new Mention(at, last.entity(), Mention.Kind.COREFERENCE);
    }

    private static final int SAYER_WINDOW_WORDS = 3;
    private static final Pattern ASIDE_IN_SAYING = Pattern.compile(",\\s*(where|which|who|whose|when)\\b[^,;:()]{1,80},(?=\\s*that\\b)");

    /**
     * Who says what follows a verb of saying that sits between the sentence start and {@code before}: the name right
     * before the first such verb ("Mao Ning said ..."), or the sentence's opening name when a relative clause
     * separates it from the verb ("iFlytek, which was listed in 2019, said ..."); null when neither fits.
     */
    Mention sayerBefore(int before, Sentence sentence) {
        Span s = sentence.span();
        List<int[]> verbs = Frames.matches(frames.cue("attribution"), text.folded(), s.start(), before);
        for (int i = verbs.size() - 1; i >= 0; i--) {
            int[] verb = verbs.get(i);
            if (text.quoteAround(new Span(verb[0], verb[1])) != null)
                continue;
            // the verb must govern what follows it up to `before`: no clause break in between, other than an aside
            // ("said in a statement to the exchange, where its parent is listed, that it ...")
            String governed = ASIDE_IN_SAYING.matcher(text.folded().substring(verb[1], before)).replaceAll(" ");
            if (governed.matches("(?s).*[,;:()].*"))
                return null;
            Mention last = null;
            Mention first = null;
            for (Mention m : mentions) {
                if (m.span().start() < s.start() || text.quoteAround(m.span()) != null)
                    continue;
                if (m.span().end() > verb[0])
                    break;
                if (first == null)
                    first = m;
                last = m;
            }
            if (last == null)
                return null;
            // "Shanghai Xinda, whose shares trade on Shanghai's STAR Market, said": the subject past its relative clause
            boolean opensSentence = text.wordsBetween(s.start(), first.span().start()) <= 1;
            boolean relativeClause = text.folded().substring(first.span().end(), verb[0])
                    .matches("(?s)\\s*,\\s*(which|who|whose|that|a|an|the)\\b.*,\\s*((also|has|had|have|on \\w+)\\s+)*$");
            if (opensSentence && relativeClause)
                return first;
            // "CATL is trying to get off the Defense Department's list, since it believes ...": "it" right before the
            // verb is the firm the sentence opened with, not a body named in between
            if (PRONOUN_BEFORE_VERB.matcher(text.folded().substring(last.span().end(), verb[0])).find()) {
                int lastStart = last.span().start();
                Mention firm = mentions.stream().filter(m -> m.span().start() >= s.start() && m.span().end() <= lastStart
                        && m.type() == EntityType.TECH_FIRM && text.quoteAround(m.span()) == null).findFirst().orElse(null);
                if (firm != null && text.wordsBetween(s.start(), firm.span().start()) <= FIRM_OPENING_WORDS)
                    return firm;
            }
            if (text.wordsBetween(last.span().end(), verb[0]) <= SAYER_WINDOW_WORDS && !crossesClause(last.span().end(), verb[0]))
                return last;
            return null;
        }
        return null;
    }

    private static final Pattern PRONOUN_BEFORE_VERB = Pattern.compile("\\bit\\s+((also|still|firmly|strongly)\\s+)?$");
    private static final int FIRM_OPENING_WORDS = 6;

    private Mention speakerBefore(Span quote, Sentence openSentence) {
        int from = Math.max(openSentence.span().start(), quote.start() - SPEAKER_WINDOW_CHARS);
        Mention last = null;
        for (Mention m : mentions) {
            if (m.span().start() >= from && m.span().end() <= quote.start() && m.type() != EntityType.COUNTRY
                    && text.quoteAround(m.span()) == null)
                last = m;
        }
        if (last == null)
            return null;
        String between = text.folded().substring(last.span().end(), quote.start());
        if (!Frames.matches(frames.cue("attribution"), between, 0, between.length()).isEmpty()) {
            // "X, which ..., said in a statement that it “...”": the one saying, not the last name before the quote
            Mention sayer = sayerBefore(quote.start(), openSentence);
            if (sayer != null)
                return sayer;
        }
        boolean tied = between.contains(":") || between.trim().endsWith(",")
                || !Frames.matches(frames.cue("attribution"), between, 0, between.length()).isEmpty();
        return tied ? last : null;
    }

    private Mention lastMentionBefore(int offset, int floor, Set<String> partyIds) {
        Mention last = null;
        for (Mention m : mentions) {
            if (m.span().end() > offset)
                break;
            // "China's largest server maker, saying ...": a possessive describes a noun, it says nothing
            // nor does a place that modifies a noun ("two Finland-based logistics firms found to have")
            // ("a unit based in the United Kingdom on charges of")
            if (m.span().start() >= floor && eligible(m, partyIds) && !possessive(m)
                    && !BASED_AFTER.matcher(text.folded()).region(m.span().end(), text.folded().length()).lookingAt()
                    && !BASED_IN_BEFORE.matcher(text.folded()).region(Math.max(0, m.span().start() - BASED_IN_REACH),
                            m.span().start()).find())
                last = m;
        }
        return last;
    }

    private static final Pattern UNKNOWN_NAME_BEFORE_VERB = Pattern.compile("[,;]\\s*(\\p{Lu}[\\p{L}'\u2019-]+\\s+){1,3}$");
    private static final Pattern BASED_IN_BEFORE = Pattern.compile(
            "\\b(based|headquartered|located|registered|incorporated) in (the )?$");
    private static final int BASED_IN_REACH = 30;
    private static final Pattern BASED_AFTER = Pattern.compile("-(based|headquartered|registered|owned|made)\\b");
    private static final Pattern POSSESSIVE_OF_THING = Pattern.compile("['\u2019]s\\s+(?!(own\\s+)?([\\w-]+\\s+){0,2}?"
            + "(decree|report|memo|memorandum|statement|filing|indictment|complaint|notice|ruling|decision|order|letter|"
            + "study|analysis|assessment|review|audit|documents?|release|announcement|website|spokes(person|man|woman)|"
            + "officials?|lawyers?|chief|head|minister|secretary|director|office|ministry|department)\\b)");

    /** "China's largest server maker": a possessive that describes a thing, not a source's statement or officer. */
    private boolean possessive(Mention m) {
        return POSSESSIVE_OF_THING.matcher(text.folded()).region(m.span().end(), text.folded().length()).lookingAt();
    }

    private Mention firstMentionAfter(int offset, int ceiling, Set<String> partyIds, int maxWords) {
        for (Mention m : mentions) {
            if (m.span().start() < offset)
                continue;
            if (m.span().end() > ceiling || text.wordsBetween(offset, m.span().start()) > maxWords)
                return null;
            if (eligible(m, partyIds))
                return m;
        }
        return null;
    }

    /** Claimants named outside quotations, never a party, never a firm (firms speak through quotations). */
    private boolean eligible(Mention m, Set<String> partyIds) {
        return !partyIds.contains(m.entity().id()) && text.quoteAround(m.span()) == null
                && (m.type() != EntityType.TECH_FIRM || researchArm(m));
    }

    private static final Pattern RESEARCH_AFTER = Pattern.compile(SentenceCues.RESEARCH_ARM);

    /** "Mandiant researchers", "Microsoft's threat intelligence team": a firm's research arm, a source like any other. */
    private boolean researchArm(Mention m) {
        return RESEARCH_AFTER.matcher(text.folded()).region(m.span().end(), text.folded().length()).lookingAt();
    }

    private boolean crossesClause(int from, int to) {
        String between = text.folded().substring(from, to);
        // "the site Ha'Ayin Files, which alleged that": the relative pronoun stands for the name before it
        if (RELATIVE_AGENT.matcher(between).matches())
            return false;
        return between.contains(";") || between.contains(" that ") || between.contains(" which ");
    }

    /** ", which", ", who", also past a first verb phrase (", which put the company on its list and claimed that"). */
    private static final Pattern RELATIVE_AGENT = Pattern.compile("\\s*,\\s*(which|who)\\s+((has|have|had|also|later|then)\\s+){0,2}"
            + "([^,;.\"\u201c]{1,100}?\\s+and\\s+((has|have|had|also|later|then)\\s+){0,2})?");

}
