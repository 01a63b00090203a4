package org.techmil.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.techmil.annotate.AnnotatedText;
import org.techmil.annotate.Sentence;
import org.techmil.annotate.Span;

/**
 * Accusations that name their firms only in the listing that follows: "The United States has accused several companies
 * in China of supporting Russia's military ... The newly blacklisted companies were A, B and C". Each firm the accuser's
 * side lists in the next sentences is accused of aiding the military the accusation names.
 */
final class UnnamedAccused {
    private final AnnotatedText text;
    private final SentenceCues cues;
    private final Frames frames;

    UnnamedAccused(AnnotatedText text, SentenceCues cues, Frames frames) {
        this.text = text;
        this.cues = cues;
        this.frames = frames;
    }

    private static final int UNNAMED_BEFORE_SENTENCES = 2;
    private static final int MAX_GROUP_GAP_WORDS = 16;
    /** A relative clause with a subject of its own: "20 companies for which Chinese exporters must file". */
    private static final Pattern OTHER_SUBJECT_CLAUSE = Pattern.compile(
            "\\b((for|in|to|with|by|from|under|of|on) (which|whom)|where|whose)\\b");

    /** "accused several companies and research institutes in China of": an accusation of firms it counts or groups. */
    private static final Pattern ACCUSED_GROUP = Pattern.compile("\\baccus(e|es|ed|ing)\\s+(more than |nearly |about |some )?"
            + "(\\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|several|a (group|number) of)\\s+"
            + "([\\w-]+\\s+){0,3}(companies|firms|entities|suppliers|businesses|exporters)\\b[^.;:]{0,80}?\\bof\\b");
    private static final int FOLLOWING_SENTENCES = 5;

    /**
     * The allegations against firms listed after an accusation of a group they are not named in, with the accusing
     * sentence as evidence and its accuser as claimant; none for a firm already accused in the article.
     */
    List<FoundClaim> allegations(List<FoundClaim> links) {
        List<FoundClaim> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        links.stream().filter(c -> c.type() == ClaimType.ALLEGATION).forEach(c -> done.add(c.subject().id()));
        for (Sentence s : text.sentences()) {
            List<Mention> here = cues.mentionsIn(s.span());
            if (here.stream().anyMatch(x -> x.type() == EntityType.TECH_FIRM))
                continue;
            Matcher accused = ACCUSED_GROUP.matcher(text.folded()).region(s.span().start(), s.span().end());
            Span group = accused.find() ? new Span(accused.start(), accused.end()) : groupBeforeAidTrigger(s);
            if (group == null)
                continue;
            Mention military = here.stream().filter(x -> x.span().start() >= group.end() && x.type() == EntityType.MILITARY)
                    .findFirst().orElse(null);
            Mention accuser = null;
            for (Mention x : here)
                if (x.span().end() <= group.start() && (x.type().isAuthority() || x.type() == EntityType.COUNTRY
                        || x.type() == EntityType.MILITARY))
                    accuser = x;
            if (military == null)
                continue;
            for (FoundClaim d : links) {
                int at = text.sentenceAt(d.evidence().start()).index();
                if (d.type() != ClaimType.DESIGNATION || d.object().type() != EntityType.TECH_FIRM || at <= s.index()
                        || at - s.index() > FOLLOWING_SENTENCES || accuser != null && !sameSide(d.subject(), accuser.entity())
                        || !done.add(d.object().id()))
                    continue;
                // "The United States has accused ...": a state accuses through the body that lists; an accusation
                // that names no accuser is the lister's
                Entity claimant = accuser == null || accuser.type() == EntityType.COUNTRY ? d.subject() : accuser.entity();
                out.add(new FoundClaim(ClaimType.ALLEGATION, d.object(), military.entity(), claimant,
                        cues.detail(s, new Span(group.end(), group.end())), 0.6, "allegation.unnamed-accused",
                        s.span(), false));
            }
        }
        out.addAll(listedBefore(links, done));
        return out;
    }

    private static final int LISTED_BEFORE_SENTENCES = 3;
    private static final int MIN_LISTED = 2;
    /** "They are accused of ...": a plural pronoun that may stand for a group listed before. */
    private static final Pattern PLURAL_PRONOUN = Pattern.compile("\\bthey\\b");

    /**
     * "The entities added to the list are A, B and C. According to the department, the entities are involved with
     * building supercomputers used by China's military": a group the sentence refers to ("the entities", "they"),
     * as the subject of an aid trigger aimed at a military, stands for the firms listed together a few sentences
     * before. Each of them, when the article accuses it of nothing yet, is accused, by the body that listed them.
     */
    private List<FoundClaim> listedBefore(List<FoundClaim> links, Set<String> done) {
        List<FoundClaim> out = new ArrayList<>();
        Frames.LinkFrame aid = frames.linkFrames().stream().filter(f -> f.id().equals(AID_FRAME)).findFirst().orElse(null);
        if (aid == null)
            return out;
        for (Sentence s : text.sentences()) {
            List<Mention> here = cues.mentionsIn(s.span());
            if (here.stream().anyMatch(x -> x.type() == EntityType.TECH_FIRM || x.type() == EntityType.ORGANISATION))
                continue;
            GroupTrigger found = triggerAfterGroup(s, aid, true);
            if (found == null)
                continue;
            Span trigger = found.trigger();
            Mention military = here.stream().filter(x -> x.span().start() >= trigger.start() && x.type() == EntityType.MILITARY)
                    .findFirst().orElse(null);
            if (military == null)
                continue;
            List<FoundClaim> listed = links.stream().filter(d -> d.type() == ClaimType.DESIGNATION
                            && d.object().type() != EntityType.PERSON && d.object().type() != EntityType.MILITARY
                            && sentencesBack(d, s) >= 1 && sentencesBack(d, s) <= LISTED_BEFORE_SENTENCES)
                    .toList();
            if (listed.stream().map(d -> d.object().id()).distinct().count() < MIN_LISTED)
                continue;
            for (FoundClaim d : listed)
                // "... prohibits those named from serving as a supplier for the Defense Department": the lister's
                // own side is not the military they are accused of aiding
                if (!sameSide(d.subject(), military.entity()) && done.add(d.object().id()))
                    out.add(new FoundClaim(ClaimType.ALLEGATION, d.object(), military.entity(), d.subject(),
                            cues.detail(s, trigger), 0.6, "allegation.listed-group", s.span(), false));
        }
        return out;
    }

    /** How many sentences before {@code s} the claim's evidence stands. */
    private int sentencesBack(FoundClaim c, Sentence s) {
        return s.index() - text.sentenceAt(c.evidence().start()).index();
    }

    /**
     * A group of firms no earlier sentence names, before an allegation trigger of the sentence ("The companies are
     * involved in providing AI chips to the Chinese military"): the span from the group to the trigger; else null.
     */
    private Span groupBeforeAidTrigger(Sentence s) {
        for (int k = Math.max(0, s.index() - UNNAMED_BEFORE_SENTENCES); k < s.index(); k++)
            if (cues.mentionsIn(text.sentences().get(k).span()).stream().anyMatch(x -> x.type() == EntityType.TECH_FIRM))
                return null;
        Frames.LinkFrame aid = frames.linkFrames().stream().filter(f -> f.id().equals(AID_FRAME)).findFirst().orElse(null);
        if (aid == null)
            return null;
        GroupTrigger found = triggerAfterGroup(s, aid, false);
        return found == null ? null : new Span(found.group(), found.trigger().start());
    }

    /** Where a plural reference to firms starts, and the trigger it is the subject of. */
    private record GroupTrigger(int group, Span trigger) {
    }

    /**
     * The first trigger of {@code aid} in the sentence, not negated, that a plural reference to firms (cue pluralFirms,
     * or with {@code pronoun} also "they") a few words before has as its subject, with where that reference starts;
     * or null.
     */
    private GroupTrigger triggerAfterGroup(Sentence s, Frames.LinkFrame aid, boolean pronoun) {
        for (int[] t : Frames.matches(aid.triggers(), text.folded(), s.span().start(), s.span().end())) {
            // "added four Chinese companies to a blacklist for buying goods to support", "The companies are involved in":
            // a plural reference to firms (cue pluralFirms) that is the trigger's subject ("six companies that it said
            // had supplied"), not the object of a clause with a subject of its own ("20 companies for which exporters
            // must ..."), a few words before it
            List<int[]> groups = new ArrayList<>(Frames.matches(frames.cue("pluralFirms"), text.folded(), s.span().start(), t[0]));
            if (pronoun)
                groups.addAll(Frames.matches(List.of(PLURAL_PRONOUN), text.folded(), s.span().start(), t[0]));
            if (groups.isEmpty() || cues.negated(s, new Span(t[0], t[1])))
                continue;
            int[] g = groups.stream().min(java.util.Comparator.comparingInt(x -> x[0])).orElseThrow();
            if (text.wordsBetween(g[1], t[0]) <= MAX_GROUP_GAP_WORDS
                    && !OTHER_SUBJECT_CLAUSE.matcher(text.folded()).region(g[1], t[0]).find())
                return new GroupTrigger(g[0], new Span(t[0], t[1]));
        }
        return null;
    }

    private static final String AID_FRAME = "allegation.aid";

    /** Whether a lister and an accuser are one side: the same body or family, or the same state. */
    private static boolean sameSide(Entity lister, Entity accuser) {
        return lister.family().equals(accuser.family())
                || lister.country() != null && lister.country().equals(accuser.country());
    }
}
