package org.techmil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.techmil.annotate.AnnotatedText;
import org.techmil.annotate.Sentence;
import org.techmil.annotate.Span;

/**
 * What one article's text says around a trigger, for the finders of link claims and of denials: whether a cue of a
 * list in {@code frames.json} occurs in a span, whether the trigger is negated or the deal undone, the clause a claim's
 * detail is taken from, a quotation's text, the mentions in a span and the firm the article names most.
 */
final class SentenceCues {
    private final AnnotatedText text;
    private final List<Mention> mentions;
    private final Frames frames;
    private final Lexicon lexicon;

    SentenceCues(AnnotatedText text, List<Mention> mentions, Frames frames, Lexicon lexicon) {
        this.text = text;
        this.mentions = mentions;
        this.frames = frames;
        this.lexicon = lexicon;
    }

    private static final int NEGATION_WINDOW_CHARS = 60;
    /** A passive auxiliary, perhaps with one word after it, right before a verb: "were added", "is usually denied". */
    static final Pattern PASSIVE_BEFORE = Pattern.compile("\\b(was|were|been|being|be|is|are|get|got|gets)\\s+(\\w+\\s+)?$");

    /** A firm's research arm right after its name: "Mandiant researchers", "Microsoft's threat intelligence team". */
    static final String RESEARCH_ARM = "(['\u2019]s)?\\s+((security|threat|threat-intelligence|intelligence)\\s+){0,2}"
            + "(researchers|analysts|research team|intelligence team|threat intelligence|investigators|team)\\b";

    private static final Pattern QUOTED_REASON = Pattern.compile("[\"]?\\s*(for|over|citing) (their|its)\\s");
    private static final Pattern REASON_BEFORE_QUOTE = Pattern.compile("\\b(for|over|citing) (their|its)\\s*[\"]?$");
    private static final int REASON_REACH = 20;

    /**
     * Whether a quotation holds the reason for an act told outside it, opening with it ("added X and Y "for their support
     * of the military modernization of the PLA"") or right after its start ("for their "support of ...""): the writer
     * quotes the acting body's words as a noun phrase, which no party named before says.
     */
    static boolean quotesAReason(AnnotatedText text, Span quote) {
        return QUOTED_REASON.matcher(text.folded()).region(quote.start(), quote.end()).lookingAt()
                || REASON_BEFORE_QUOTE.matcher(text.folded()).region(Math.max(0, quote.start() - REASON_REACH), quote.start()).find();
    }

    private static final List<String> NUMBER_WORDS = List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    /** The number a count word or numeral gives ("two" gives 2, "12" gives 12), or -1 for any other word ("several"). */
    static int countOf(String word) {
        int i = NUMBER_WORDS.indexOf(word);
        return i >= 0 ? i + 2 : word.matches("\\d+") ? Integer.parseInt(word) : -1;
    }

    private static final Pattern CLAUSE_BREAK = Pattern.compile(";|\\b(after|before|while|but|when|since|whereas|although)\\b|, and\\b"
            + "|,\\s*(alleging|saying|claiming|accusing|arguing|warning|citing|noting)\\b");
    private static final int MAX_DETAIL_CHARS = 160;
    private static final Pattern CLAUSE_END = Pattern.compile(
            ";|,\\s+(according|as per|which|who|while|but|citing)\\b|\\s(that|which)\\s+(could|would|may|might|can)\\b"
                    + "|,\\s+(the|a|an)\\s+\\w+\\s+(said|says|stated|declared|reported)\\b|[.!?][\"')\\]]*\\s*$");
    private static final Pattern NO_ANSWER_AFTER = Pattern.compile(
            "\\s*(immediately |yet )?(respond|reply|comment|return|answer|react)(ed|s)?\\b");
    private static final Pattern UNDONE_AFTER = Pattern.compile("\\s+(has|have|had|was|were|is|are)\\s+(not|never|yet to)\\s+"
            + "(yet\\s+)?(been\\s+|be\\s+)?(signed|awarded|finali[sz]ed|concluded|approved)\\b");
    private static final Pattern DEAL_UNDONE = Pattern.compile("\\b(the|that|this|its|a) (contract|deal|order|agreement)"
            + UNDONE_AFTER.pattern());
    private static final Pattern REPORTED_CLAIM = Pattern.compile(
            "(?s)\\s+(the\\s+|these\\s+|those\\s+)?([\\w-]+\\s+){0,2}(accusations?|allegations?|claims?|reports?|charges?|suggestions?|assertions?)\\s+(that|of)\\b.*");

    /**
     * Whether a negation cue stands in the clause before the trigger. "Denied accusations that it is helping the
     * army" does not count: the accusation is reported (and its denial is a claim of its own).
     */
    boolean negated(Sentence s, Span trigger) {
        // "... but that contract has not been signed", "the deal was later cancelled"
        if (UNDONE_AFTER.matcher(text.folded()).region(trigger.end(), s.span().end()).lookingAt()
                || DEAL_UNDONE.matcher(text.folded()).region(trigger.end(), s.span().end()).find())
            return true;
        // "urged the department to add X, a lidar maker, to the Entity List": a request lists nobody
        for (int[] cue : Frames.matches(frames.cue("request"), text.folded(), s.span().start(), trigger.end()))
            if (cue[0] <= trigger.start() && (cue[1] >= trigger.start()
                    || !CLAUSE_BREAK.matcher(text.folded()).region(cue[1], trigger.start()).find()))
                return true;
        int from = Math.max(s.span().start(), trigger.start() - NEGATION_WINDOW_CHARS);
        for (int[] cue : Frames.matches(frames.cue("negation"), text.folded(), from, trigger.start())) {
            // "did not respond to questions about the report that it supplied laptops to the PLA": what is negated
            // is the answer, not the claim
            if (NO_ANSWER_AFTER.matcher(text.folded()).region(cue[1], trigger.start()).lookingAt())
                continue;
            boolean denialVerb = !Frames.matches(frames.denial().verbs(), text.folded(), cue[0], cue[1]).isEmpty();
            if (!(denialVerb && REPORTED_CLAIM.matcher(text.folded().substring(cue[1], trigger.start())).matches()))
                return true;
        }
        return false;
    }

    boolean has(String cue, Span span) {
        return !Frames.matches(frames.cue(cue), text.folded(), span.start(), span.end()).isEmpty();
    }

    /** From the trigger to the end of its clause: "providing the PLA with confidential data and AI tools". */
    String detail(Sentence s, Span trigger) {
        String folded = text.folded();
        Matcher m = CLAUSE_END.matcher(folded).region(trigger.end(), s.span().end());
        int end = m.find() ? m.start() : s.span().end();
        if (end - trigger.start() > MAX_DETAIL_CHARS) {
            end = trigger.start() + MAX_DETAIL_CHARS;
            while (end > trigger.end() && !Character.isWhitespace(text.text().charAt(end)))
                end--;
        }
        String d = text.text().substring(trigger.start(), end).strip();
        d = d.replaceAll("[\\s,;:\u2014\u2013-]+$", "");
        return d.isEmpty() ? null : d;
    }

    String quoteText(Span quote) {
        String q = text.text().substring(quote.start() + 1, quote.end() - 1).strip();
        return q.length() <= MAX_DETAIL_CHARS ? q : q.substring(0, MAX_DETAIL_CHARS).replaceAll("\\s+\\S*$", "") + "\u2026";
    }

    /** "Alibaba-backed facial recognition firm Megvii": a firm named in a modifier of another is no party. */
    boolean namedInModifier(Mention m) {
        if (m.type() != EntityType.TECH_FIRM)
            return false;
        Matcher after = HYPHENATED_WORD.matcher(text.folded()).region(m.span().end(), text.folded().length());
        return after.lookingAt() && lexicon.isBackerModifier(after.group(1));
    }

    private static final Pattern HYPHENATED_WORD = Pattern.compile("-(\\p{L}+)\\b");

    List<Mention> mentionsIn(Span span) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions)
            if (span.contains(m.span()))
                out.add(m);
        return out;
    }

    /** The firm the article names most often (first named on ties), or null: what an article's denials are about by default. */
    Entity mostMentionedFirm() {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        java.util.Map<String, Entity> byId = new java.util.HashMap<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.TECH_FIRM)
                continue;
            counts.merge(m.entity().id(), 1, Integer::sum);
            byId.putIfAbsent(m.entity().id(), m.entity());
        }
        String best = null;
        for (var e : counts.entrySet())
            if (best == null || e.getValue() > counts.get(best))
                best = e.getKey();
        return best == null ? null : byId.get(best);
    }
}
