package org.techmil.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.techmil.annotate.AnnotatedText;
import org.techmil.annotate.Sentence;
import org.techmil.annotate.Span;

/**
 * Which of a sentence's parties belong to a trigger, by the sentence's shape around it: clauses with subjects of their
 * own (", and that Y ..."), asides after a subject ("X, a firm founded by former Air Force engineers, won ..."),
 * quotations that end a relative clause, owners named before what they own, and parties reached through others
 * ("suppliers of the Bundeswehr").
 */
final class ClauseShapes {
    private final AnnotatedText text;

    ClauseShapes(AnnotatedText text) {
        this.text = text;
    }

    private static final Pattern INDIRECT_BEFORE = Pattern.compile(
            "\\b(suppliers?|contractors?|subcontractors?|customers?|vendors?|clients?|distributors?) (of|to|for|serving) (the |its |their )?$");
    /** A relative clause opened on a plural noun for firms, up to where a body's name would stand: "firms that the". */
    private static final String CLAUSE_ON_FIRMS = "(firms|companies|entities|businesses|suppliers|makers|manufacturers|groups|"
            + "contractors) (that|which) (the |its )?$";
    private static final Pattern OPENS_CLAUSE_ON_FIRMS = Pattern.compile("\\b" + CLAUSE_ON_FIRMS);
    /** "a key supplier for numerous firms that the Department of Defense has listed": a body in a clause on the firms supplied. */
    private static final Pattern IN_CLAUSE_ON_FIRMS = Pattern.compile("\\b(for|to) ([\\w-]+ ){0,2}" + CLAUSE_ON_FIRMS);

    private static final Pattern OWNER_OF_NAMED = Pattern.compile("['\u2019]s((\\s+[\\p{Ll}-]+){1,3},)?\\s*");

    /**
     * The objects less those that only own another object named right after them ("Huilong's parent company, Y,",
     * "the Pentagon's Chief Digital and AI Office").
     */
    List<Mention> withoutOwners(List<Mention> objects) {
        return objects.stream().filter(o -> objects.stream().noneMatch(n -> n.span().start() > o.span().end()
                && OWNER_OF_NAMED.matcher(text.text().substring(o.span().end(), n.span().start())).matches())).toList();
    }

    /** ", and that", "; and": where a clause with a subject of its own begins. */
    private static final Pattern WITH_BEFORE = Pattern.compile("\\b(with|alongside)\\s+(the\\s+)?$");

    /**
     * "OFAC coordinated with the FBI to designate four firms": a body named after "with" works alongside the agent of
     * the act, it is not that agent. Whether {@code m} is such a body.
     */
    static boolean workingAlongside(AnnotatedText text, Mention m) {
        return WITH_BEFORE.matcher(text.folded()).region(Math.max(0, m.span().start() - 20), m.span().start()).find();
    }

    /** {@code bodies} without those working alongside the agent, unless that leaves none. */
    static List<Mention> withoutBodiesAlongside(AnnotatedText text, List<Mention> bodies) {
        List<Mention> acting = bodies.stream().filter(m -> !workingAlongside(text, m)).toList();
        return acting.isEmpty() ? bodies : acting;
    }

    private static final Pattern CLAUSE_BREAK = Pattern.compile("(,\\s*and\\s+(that\\s+)?|;\\s*(and\\s+)?)");
    private static final Pattern NEXT_CLAUSE = Pattern.compile(CLAUSE_BREAK.pattern() + "(the\\s+)?$");

    /**
     * "X supplied microelectronics ..., and that Y produces sights for the Belarusian and Russian armies": a party
     * named after another subject that opens a clause of its own belongs to that clause.
     */
    List<Mention> beforeNextClause(Mention subject, List<Mention> subjects, List<Mention> objects, Span trigger) {
        if (subject.span().end() > trigger.start())
            return objects;
        for (Mention other : subjects) {
            if (other.span().start() < trigger.end() || other.entity().id().equals(subject.entity().id()))
                continue;
            String before = text.folded().substring(trigger.end(), other.span().start());
            if (NEXT_CLAUSE.matcher(before).find())
                return objects.stream().filter(o -> o.span().start() < other.span().start()).toList();
        }
        return objects;
    }

    /** Whether a party after the trigger opens a clause of its own (", and Embraer's unit agreed"), not "between X and Y". */
    boolean opensOwnClause(Mention m, Span trigger) {
        if (m.span().start() < trigger.end())
            return false;
        String gap = text.folded().substring(trigger.end(), m.span().start());
        return (NEXT_CLAUSE.matcher(gap).find() || SUBORDINATE_CLAUSE.matcher(gap).find()) && !gap.contains("between ");
    }

    /** Whether no other subject opens a clause of its own between a subject and the trigger ("X did A, and that Y ..."). */
    boolean ownsTrigger(Mention subject, List<Mention> subjects, Span trigger) {
        for (Mention other : subjects)
            if (other.span().start() >= subject.span().end() && other.span().end() <= trigger.start()
                    && !other.entity().id().equals(subject.entity().id())
                    && CLAUSE_BREAK.matcher(text.folded().substring(subject.span().end(), other.span().start())).find()
                    && !listedTogether(subject, other, subjects))
                return false;
        return true;
    }

    /** Between two listed parties: commas, a last "and", and the legal form or bracketed short name of the first. */
    private static final Pattern LIST_GAP = Pattern.compile("[\\s,]*((co|corp|inc|ltd|limited|llc|plc|gmbh|ag|sa|s\\.a|jsc|pjsc)\\.?[\\s,]*)*"
            + "(\\([^()]{1,40}\\)[\\s,]*)?(,\\s*and\\s+(the\\s+)?)?");

    /**
     * "A, B, and C were placed on the list": between two parties only other parties, commas and a last "and", so the
     * comma before "and" ends a list item, not a clause.
     */
    private boolean listedTogether(Mention first, Mention last, List<Mention> parties) {
        StringBuilder gap = new StringBuilder(text.folded().substring(first.span().end(), last.span().start()));
        for (Mention m : parties)
            if (m.span().start() >= first.span().end() && m.span().end() <= last.span().start())
                for (int k = m.span().start(); k < m.span().end(); k++)
                    gap.setCharAt(k - first.span().end(), ' ');
        return LIST_GAP.matcher(gap).matches();
    }

    private static final Pattern ASIDE = Pattern.compile("\\s*,[^,;]{3,160},\\s*");

    /**
     * "Vayuvega, a drone maker founded by two former Indian Air Force engineers, has won a contract from the Ministry
     * of Defence": a party named in the aside between the subject and the trigger is no party to it when the
     * trigger has one after it.
     */
    List<Mention> withoutAside(Mention subject, List<Mention> objects, Span trigger) {
        if (subject.span().end() > trigger.start() || objects.stream().noneMatch(o -> o.span().start() >= trigger.end()))
            return objects;
        if (!ASIDE.matcher(text.text()).region(subject.span().end(), trigger.start()).lookingAt())
            return objects;
        int asideEnd = text.text().lastIndexOf(',', trigger.start());
        return objects.stream().filter(o -> o.span().start() < subject.span().end() || o.span().start() > asideEnd).toList();
    }

    private static final Pattern RELATIVE_SAID = Pattern.compile(",?\\s*(which|who)\\s+([\\w'-]+\\s+){1,3}(said|says|claimed|claims|alleged|alleges)\\s*,?\\s*[\"\u201c]?$");

    /**
     * "a Chinese supplier, Hangzhou Ruixin, which she said "supplies the People's Liberation Army"": a quotation that
     * completes a relative clause has the party the clause hangs on as its subject; null for any other quotation.
     */
    Mention relativeQuoteAntecedent(List<Mention> here, Span quote, Frames.LinkFrame frame) {
        int from = Math.max(0, quote.start() - 40);
        Matcher m = RELATIVE_SAID.matcher(text.folded()).region(from, Math.min(text.folded().length(), quote.start() + 1));
        if (!m.find())
            return null;
        int clause = m.start();
        Mention best = null;
        for (Mention x : here)
            if (frame.subjects().contains(x.type()) && x.span().end() <= clause && clause - x.span().end() <= 3
                    && text.quoteAround(x.span()) == null)
                best = x;
        return best;
    }


    // and past an aside, with the accusation's verb outside: "X, which produces circuits, is accused of "attempting to ...""
    private static final Pattern QUOTE_OPENS_PREDICATE = Pattern.compile("\\s*(,[^,;\"\u201c]{1,80},)?\\s*((is|was|are|were|has been|"
            + "had been|remains|remained|became|becomes)\\s+(also\\s+|still\\s+)?((accused|suspected|charged|alleged|said|believed)"
            + "\\s+(of|with|to)\\s+)?)?(?<quote>[\"\u201c])\\s*\\p{Ll}");

    /**
     * "Moolenaar said Kestrel Dynamics "is a key supplier to the PLA"": a quotation that opens in lower case right
     * after a party, or after the party and its verb, completes that party's clause, so the party is the quote's
     * subject; null for any other quotation.
     */
    Mention quotedPredicateSubject(List<Mention> here, Span quote, Frames.LinkFrame frame) {
        for (Mention x : here) {
            if (!frame.subjects().contains(x.type()) || x.span().end() > quote.start() || text.quoteAround(x.span()) != null)
                continue;
            // "X "is a key supplier to the PLA"", and with the verb outside: "X was "a key supplier to the PLA""
            Matcher m = QUOTE_OPENS_PREDICATE.matcher(text.text()).region(x.span().end(), text.text().length());
            if (m.lookingAt() && Math.abs(m.start("quote") - quote.start()) <= 1)
                return x;
        }
        return null;
    }

    private static final Pattern COPULA_BEFORE = Pattern.compile(
            "\\b(is|was|are|were|be|been|being|became|become|becomes|as)\\s+\"?((a|an|the|its|their|one of the)\\s+)?([\\w-]+\\s+){0,2}$");

    /**
     * "sold measuring equipment to suppliers of the Bundeswehr": a party named behind "suppliers of" is reached through
     * others, unless the subject itself is said to be one ("X is a supplier of the PLA").
     */
    boolean reachedThroughOthers(Mention o) {
        int from = Math.max(0, o.span().start() - 40);
        if (IN_CLAUSE_ON_FIRMS.matcher(text.folded()).region(from, o.span().start()).find())
            return true;
        Matcher m = INDIRECT_BEFORE.matcher(text.folded()).region(from, o.span().start());
        if (!m.find())
            return false;
        return !COPULA_BEFORE.matcher(text.folded()).region(Math.max(0, m.start() - 40), m.start()).find();
    }

    /** Whether a body is named inside a relative clause on plural firms ("firms that the Pentagon has listed"). */
    boolean inClauseOnPluralFirms(Mention m) {
        return OPENS_CLAUSE_ON_FIRMS.matcher(text.folded()).region(Math.max(0, m.span().start() - 40), m.span().start()).find();
    }

    /**
     * "The institute, a think tank funded by the Department of Defence, said X had supplied drones to the PLA": with
     * the subject before its trigger, the other party follows the trigger, so parties named before the subject (in
     * the speaker's description) give way when one follows the trigger.
     */
    static List<Mention> afterTriggerWhenSubjectLeads(Mention subject, List<Mention> others, Span trigger) {
        if (subject.span().end() > trigger.start() || others.stream().noneMatch(o -> o.span().start() >= trigger.end()))
            return others;
        return others.stream().filter(o -> o.span().start() >= subject.span().start()).toList();
    }

    private static final Pattern RELATIVE_CLAUSE_BEFORE = Pattern.compile(",\\s*((an?|the)\\s[^,;()\"]{1,60}?\\s)?(that|which|who)\\s+"
            + "(([\\w.'-]+\\s+){1,3}(says?|said|alleges?|alleged|believes?|believed|claims?|claimed|suspects?|suspected)\\s+)?"
            + "((also|allegedly|reportedly)\\s+)?$");

    /**
     * "shipped parts to X, a Russian company that BIS says assembles drones for the Ministry of Defense": a trigger
     * that opens a relative clause belongs to the party the clause hangs on; null when the trigger opens none.
     */
    Mention relativeClauseOwner(List<Mention> subjects, Span trigger) {
        Sentence s = text.sentenceAt(trigger.start());
        Matcher m = RELATIVE_CLAUSE_BEFORE.matcher(text.folded()).region(Math.max(s.span().start(), trigger.start() - 120), trigger.start());
        if (!m.find())
            return null;
        for (Mention x : subjects)
            if (x.span().end() <= m.start() && m.start() - x.span().end() <= 1)
                return x;
        return null;
    }

    private static final Pattern SUBORDINATE_CLAUSE = Pattern.compile(",\\s*(while|whereas|although|though|even though|even as|"
            + "just as)\\s|,\\s*(as|when|after|before)\\s+(the|a|an|its|their|this|that)\\s"
            + "|,\\s*(as|so) (was|were|did|does|do|is|are|has|have|had)\\s" // ", as was Jebel Ali Tech Supplies"
            + "|\\b(weeks|days|months|years|hours|shortly|soon|just) (after|before)\\s+(the|a|an|its|their|this|that)\\s"); // "come weeks after the Army commissioned"

    /**
     * "suspected of exporting drone parts to Belarus, as the Defence Ministry signed a new order": a party after the
     * trigger that a subordinate clause of its own names is no party to it.
     */
    List<Mention> beforeSubordinateClause(List<Mention> objects, Span trigger) {
        Sentence s = text.sentenceAt(trigger.start());
        Matcher m = SUBORDINATE_CLAUSE.matcher(text.folded()).region(trigger.end(), s.span().end());
        if (!m.find())
            return objects;
        int clause = m.start();
        return objects.stream().filter(o -> o.span().start() < trigger.end() || o.span().start() < clause).toList();
    }

    /** Whether a subordinate clause opens between a subject and its trigger: ", as the Defence Ministry signed an order". */
    boolean subordinateClauseBetween(Mention subject, Span trigger) {
        return subject.span().end() <= trigger.start()
                && SUBORDINATE_CLAUSE.matcher(text.folded()).region(subject.span().end(), trigger.start()).find();
    }

    /**
     * "the optics maker supplied lenses to the PLA Air Force, while the composites firm is accused of acting as a front
     * for ...": a subject that opens a subordinate clause of its own has no party named before that clause.
     */
    List<Mention> withinSubjectsClause(Mention subject, List<Mention> objects) {
        Sentence s = text.sentenceAt(subject.span().start());
        Matcher m = SUBORDINATE_CLAUSE.matcher(text.folded()).region(s.span().start(), subject.span().start());
        int opener = -1;
        while (m.find())
            opener = m.start();
        if (opener < 0 || subject.span().start() - opener > SUBJECT_AFTER_OPENER_CHARS)
            return objects;
        int clause = opener;
        return objects.stream().filter(o -> o.span().start() > clause).toList();
    }

    private static final int SUBJECT_AFTER_OPENER_CHARS = 40;
}
