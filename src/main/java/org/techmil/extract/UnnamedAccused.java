package org.techmil.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.techmil.annotate.AnnotatedText;
import org.techmil.annotate.Sentence;

/**
 * Accusations that name their firms only in the listing that follows: "The United States has accused several companies
 * in China of supporting Russia's military ... The newly blacklisted companies were A, B and C". Each firm the accuser's
 * side lists in the next sentences is accused of aiding the military the accusation names.
 */
final class UnnamedAccused {
    private final AnnotatedText text;
    private final SentenceCues cues;

    UnnamedAccused(AnnotatedText text, SentenceCues cues) {
        this.text = text;
        this.cues = cues;
    }

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
            Matcher m = ACCUSED_GROUP.matcher(text.folded()).region(s.span().start(), s.span().end());
            if (!m.find())
                continue;
            List<Mention> here = cues.mentionsIn(s.span());
            if (here.stream().anyMatch(x -> x.type() == EntityType.TECH_FIRM))
                continue;
            Mention military = here.stream().filter(x -> x.span().start() >= m.end() && x.type() == EntityType.MILITARY)
                    .findFirst().orElse(null);
            Mention accuser = null;
            for (Mention x : here)
                if (x.span().end() <= m.start() && (x.type().isAuthority() || x.type() == EntityType.COUNTRY
                        || x.type() == EntityType.MILITARY))
                    accuser = x;
            if (military == null || accuser == null)
                continue;
            for (FoundClaim d : links) {
                int at = text.sentenceAt(d.evidence().start()).index();
                if (d.type() != ClaimType.DESIGNATION || at <= s.index() || at - s.index() > FOLLOWING_SENTENCES
                        || !sameSide(d.subject(), accuser.entity()) || !done.add(d.object().id()))
                    continue;
                // "The United States has accused ...": a state accuses through the body that lists
                Entity claimant = accuser.type() == EntityType.COUNTRY ? d.subject() : accuser.entity();
                out.add(new FoundClaim(ClaimType.ALLEGATION, d.object(), military.entity(), claimant,
                        cues.detail(s, new org.techmil.annotate.Span(m.end(), m.end())), 0.6, "allegation.unnamed-accused",
                        s.span(), false));
            }
        }
        return out;
    }

    /** Whether a lister and an accuser are one side: the same body or family, or the same state. */
    private static boolean sameSide(Entity lister, Entity accuser) {
        return lister.family().equals(accuser.family())
                || lister.country() != null && lister.country().equals(accuser.country());
    }
}
