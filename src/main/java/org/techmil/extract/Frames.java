package org.techmil.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The claim frames and cue patterns of {@code extractor/frames.json}. Patterns are Java regular expressions matched
 * against the lower-cased body with typographic quotes, apostrophes and dashes folded to ASCII.
 */
public final class Frames {
    private final Map<String, List<Pattern>> cues = new HashMap<>();
    private final List<LinkFrame> linkFrames = new ArrayList<>();
    private final List<NamedPattern> listNames = new ArrayList<>();
    private final DenialFrame denial;
    private final List<Pattern> stateSecurity;

    Frames(JsonNode root) {
        stateSecurity = patterns(root.get("stateSecurity"));
        root.path("cues").fields().forEachRemaining(e -> cues.put(e.getKey(), patterns(e.getValue())));
        for (JsonNode f : root.path("frames")) {
            linkFrames.add(new LinkFrame(
                    KnowledgeBase.text(f, "id"),
                    ClaimType.fromLocalName(KnowledgeBase.text(f, "type")),
                    types(f.get("subjects")), types(f.get("objects")),
                    KnowledgeBase.strings(f.get("objects")).contains(STATE_SECURITY),
                    Pairing.valueOf(KnowledgeBase.text(f, "pairing").toUpperCase().replace('-', '_')),
                    triggers(f),
                    KnowledgeBase.strings(f.get("needs")),
                    f.path("confidence").asDouble(0.6),
                    f.path("priority").asInt(0),
                    f.path("subjectBeforeTrigger").asBoolean(false),
                    KnowledgeBase.strings(f.get("blockedBy")),
                    KnowledgeBase.text(f, "agentNouns"), KnowledgeBase.text(f, "agentNames"),
                    f.path("subjectFromEarlierSentences").asInt(0), f.path("objectsFromPluralReference").asBoolean(false),
                    f.path("objectFromEarlierSentences").asInt(0)));
        }
        for (JsonNode l : root.path("lists"))
            listNames.add(new NamedPattern(KnowledgeBase.text(l, "name"), Pattern.compile(KnowledgeBase.text(l, "pattern")),
                    KnowledgeBase.text(l, "keeper")));
        JsonNode d = root.path("denial");
        denial = new DenialFrame(KnowledgeBase.text(d, "id"), patterns(d.get("verbs")), patterns(d.get("standalone")),
                patterns(d.get("selfDenials")), patterns(d.get("answers")), patterns(d.get("quoteCues")), patterns(d.get("notClaims")),
                d.path("confidence").asDouble(0.8), d.path("objectWindow").asInt(8),
                types(d.get("deniers")));
        if (denial.id() == null)
            throw new IllegalArgumentException("frames.json: denial.id is missing");
    }

    /**
     * A frame's triggers: its own list, or with {@code sameTriggersAs} the list of a frame read before it, so that
     * two frames that differ only in what they need ("allegation.aid", "allegation.reported") cannot drift apart.
     */
    private List<Pattern> triggers(JsonNode frame) {
        String same = KnowledgeBase.text(frame, "sameTriggersAs");
        if (same == null)
            return patterns(frame.get("triggers"));
        return linkFrames.stream().filter(l -> l.id().equals(same)).findFirst().map(LinkFrame::triggers)
                .orElseThrow(() -> new IllegalArgumentException("frames.json: frame " + KnowledgeBase.text(frame, "id")
                        + " names sameTriggersAs " + same + ", which no earlier frame is"));
    }

    private static List<Pattern> patterns(JsonNode array) {
        List<Pattern> out = new ArrayList<>();
        for (String s : KnowledgeBase.strings(array))
            out.add(Pattern.compile(s));
        return List.copyOf(out);
    }

    private static Set<EntityType> types(JsonNode array) {
        Set<EntityType> out = EnumSet.noneOf(EntityType.class);
        for (String s : KnowledgeBase.strings(array))
            if (!s.equals(STATE_SECURITY))
                out.add(EntityType.fromLocalName(s));
        return out;
    }

    /** The class name a frame uses for government bodies that are state security organs (FSB, MSS, IRGC ...). */
    static final String STATE_SECURITY = "StateSecurity";

    /** Whether a government body is a state security organ, by the name patterns of {@code stateSecurity}. */
    public boolean isStateSecurity(Entity e) {
        if (e.type() != EntityType.GOVERNMENT)
            return false;
        for (String n : e.names().toList()) {
            String lower = org.techmil.annotate.Tokenizer.fold(n).toLowerCase(java.util.Locale.ROOT);
            for (Pattern p : stateSecurity)
                if (p.matcher(lower).find())
                    return true;
        }
        return false;
    }

    /** Whether a cue pattern matches an entity's label, lower-cased with quotes and dashes folded as cues expect. */
    static boolean labelMatches(Pattern cue, Entity e) {
        return cue.matcher(org.techmil.annotate.Tokenizer.fold(e.label()).toLowerCase(java.util.Locale.ROOT)).find();
    }

    /** The patterns of a named cue list ("accusation", "hedge", "negation" ...); empty when the list is absent. */
    public List<Pattern> cue(String name) {
        return cues.getOrDefault(name, List.of());
    }

    public List<LinkFrame> linkFrames() {
        return linkFrames;
    }

    public DenialFrame denial() {
        return denial;
    }

    /** The name of the list or measure a sentence names ("Entity List"), or null. */
    public String listName(String foldedSentence) {
        for (NamedPattern p : listNames)
            if (p.pattern().matcher(foldedSentence).find())
                return p.name();
        return null;
    }

    /** The gazetteer id of the body that keeps the first list a sentence names ("Entity List": Commerce), or null. */
    public String listKeeper(String foldedSentence) {
        for (NamedPattern p : listNames)
            if (p.pattern().matcher(foldedSentence).find())
                return p.keeper();
        return null;
    }

    /** All matches of any pattern in {@code patterns} within {@code [from, to)} of {@code folded}. */
    public static List<int[]> matches(List<Pattern> patterns, String folded, int from, int to) {
        List<int[]> out = new ArrayList<>();
        for (Pattern p : patterns) {
            Matcher m = p.matcher(folded).region(from, to);
            while (m.find())
                out.add(new int[]{m.start(), m.end()});
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }

    /** How subjects and objects of a frame are paired in one sentence. */
    public enum Pairing {
        /** every subject-typed mention with the object-typed mention nearest the trigger (firm supplies army) */
        EACH_SUBJECT_NEAREST_OBJECT,
        /** the subject-typed mention nearest the trigger with every object-typed mention (body lists firms) */
        NEAREST_SUBJECT_EACH_OBJECT
    }

    /**
     * A frame for a claim between two parties, fired by a trigger in a sentence that names both.
     *
     * @param needs cue lists of which at least one must match in the sentence (or be carried by attribution),
     *              e.g. "accusation" or "hedge"; empty when the trigger is enough
     * @param blockedBy cue lists whose patterns, matched on the words just before the trigger (anchored at its start
     *              with {@code $}), stop the frame: "breaching EU sanctions" lists nobody
     * @param agentNouns cue list of common nouns that stand for an unnamed agent before the trigger ("prosecutors
     *              are investigating"), or null
     * @param agentNames cue list matched on the lower-cased names of the article's subject-typed entities: the
     *              first that matches is the agent those nouns stand for ("Taichung District Prosecutors Office")
     * @param objectFromEarlierSentences when a sentence names a subject party to its deal but none of the frame's
     *              objects and no other body, the military named last in a sentence with one of the frame's triggers at
     *              most this many sentences before ("MoD signed two contracts. ... a contract has been signed with Goa
     *              Shipyard"); 0 for never
     */
    public record LinkFrame(String id, ClaimType type, Set<EntityType> subjects, Set<EntityType> objects,
                            boolean objectsIncludeStateSecurity, Pairing pairing, List<Pattern> triggers, List<String> needs, double confidence,
                            int priority, boolean subjectBeforeTrigger, List<String> blockedBy, String agentNouns,
                            String agentNames, int subjectFromEarlierSentences, boolean objectsFromPluralReference,
                            int objectFromEarlierSentences) {
        public LinkFrame {
            blockedBy = blockedBy == null ? List.of() : List.copyOf(blockedBy);
        }
    }

    /**
     * The frame for denials: verbs that need a claim noun or clause, standalone phrases, a firm's denials about itself,
     * answers (a firm's statements that deny only when the article links the firm to a military), cues inside quotes.
     */
    public record DenialFrame(String id, List<Pattern> verbs, List<Pattern> standalone, List<Pattern> selfDenials, List<Pattern> answers,
                              List<Pattern> quoteCues, List<Pattern> notClaims,
                              double confidence, int objectWindow, Set<EntityType> deniers) {
    }

    /** A list's name, the pattern that finds it in a sentence, and the gazetteer id of the body keeping it (or null). */
    record NamedPattern(String name, Pattern pattern, String keeper) {
    }
}
