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
 * Investigations that name their firms after the act: "Taiwan authorities are investigating four Taiwan-based
 * companies ...", then "X; Y and Z were suspected of supplying equipment to Huawei", or "The FCC is probing a group of
 * Chinese providers. The companies targeted include A, B and C". Each such firm is investigated by the body that
 * opened the probe.
 */
final class UnnamedSuspects {
    private final AnnotatedText text;
    private final SentenceCues cues;

    UnnamedSuspects(AnnotatedText text, SentenceCues cues) {
        this.text = text;
        this.cues = cues;
    }

    /** A probe of firms the sentence counts or groups but does not name. */
    private static final Pattern COUNTED_PROBE = Pattern.compile("\\b(investigat(e|es|ed|ing)|prob(e|es|ed|ing)|"
            + "look(s|ed|ing)? into|examin(e|es|ed|ing)|summon(s|ed|ing)?|rais(ed|ing) (\\w+ )?|(hold|holds|held|holding) a hearing with)"
            + "\\s+(a (group|number|handful) of |"
            + "(\\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of) )([\\w-]+ ){0,4}(companies|firms|suppliers|"
            + "providers|entities|businesses|exporters|manufacturers|makers|vendors)\\b");
    /** A later sentence that names the suspects: "were suspected of", "the companies targeted include". */
    private static final Pattern NAMES_SUSPECTS = Pattern.compile("\\b((are|were|is|was|being) (suspected|accused) of|"
            + "include (testimony|executives|representatives|witnesses) from|"
            + "(companies|firms|suppliers|providers|entities) ((targeted|named|involved|under (investigation|scrutiny)) )?"
            + "(include|includes|included|are|were)\\b)");
    private static final int FOLLOWING_SENTENCES = 4;
    private static final String COUNT = "(two|three|four|five|six|seven|eight|nine|ten|several|\\d+)";
    private static final String PEOPLE = "(men|women|people|persons|nationals|citizens|individuals|suspects|defendants|"
            + "executives|businessmen|engineers|americans|residents|officers|employees|hackers|[a-z]+ans|[a-z]+ese|[a-z]+is)";
    /** A charge or arrest of people the sentence counts but does not name: "Two Chinese nationals have been arrested". */
    private static final Pattern COUNTED_CHARGE = Pattern.compile("\\b(arrest(ed|s)?|charg(ed|es)|indict(ed|s|ments? (of|against))|detain(ed|s)|"
            + "extradit(ed|es))\\s+(the\\s+)?" + COUNT + "\\s+([\\w-]+\\s+){0,3}" + PEOPLE + "\\b"
            + "|\\b" + COUNT + "\\s+([\\w-]+\\s+){0,3}" + PEOPLE + "\\b[^.;]{0,60}?\\b(have been|had been|were|are|was|has been)\\s+"
            + "(arrested|charged|indicted|detained|extradited)\\b"
            + "|\\bcharges ([\\w-]+ ){0,4}against (the )?" + COUNT + "\\s+([\\w-]+\\s+){0,3}" + PEOPLE + "\\b");
    /** A later sentence that names those people: "The two Chinese nationals are X and Y", "identified as X". */
    private static final Pattern NAMES_PEOPLE = Pattern.compile("^\\s*(the|they|those|these) ([\\w-]+ ){0,3}(are|were|include|included)\\b"
            + "|\\bidentified (only )?as\\b|^\\s*(the )?" + COUNT + " ([\\w-]+ ){0,2}" + PEOPLE + "\\s*,"); // "Two suspects, X and Y, face"
    private static final int MIN_FIRMS = 2;
    /** Words right before a person who only describes another: "daughter of Huawei founder", "the founder of Orvane,". */
    private static final Pattern DESCRIBES_ANOTHER = Pattern.compile("\\b(of|for|by)\\s+([\\w'-]+,?\\s+){0,3}$");
    /** A sentence that names people already charged: "Two of the defendants are X and Y", "The indictment also names X". */
    private static final Pattern NAMES_DEFENDANTS = Pattern.compile("\\b(among|of|list of) (the )?([\\w-]+ ){0,2}(suspects|defendants|accused)\\b"
            + "[^.;]{0,20}?\\b(are|were|is|was|include|included)\\b|\\b(indictment|complaint|charge sheet) (also )?(names|named|identifies|identified)\\b"
            + "|\\bnamed the ([\\w-]+ ){0,2}(accused|suspects|defendants) as\\b|\\bserved with ([\\w-]+ ){0,2}(suspicion notices|notices of suspicion)\\b");

    /**
     * The investigations of firms a counted probe names in the sentences after it, with the naming sentence as
     * evidence; none for a firm already investigated in the article.
     */
    List<FoundClaim> investigations(List<FoundClaim> links) {
        List<FoundClaim> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        links.stream().filter(c -> c.type() == ClaimType.INVESTIGATION).forEach(c -> done.add(c.object().id()));
        for (Sentence s : text.sentences()) {
            Matcher charge = COUNTED_CHARGE.matcher(text.folded()).region(s.span().start(), s.span().end());
            if (charge.find())
                out.addAll(peopleNamedAfter(s, charge, done));
            Matcher probe = COUNTED_PROBE.matcher(text.folded()).region(s.span().start(), s.span().end());
            if (!probe.find())
                continue;
            Mention body = investigator(s, probe.start());
            if (body == null)
                continue;
            for (int k = s.index() + 1; k <= s.index() + FOLLOWING_SENTENCES && k < text.sentences().size(); k++) {
                Sentence next = text.sentences().get(k);
                Matcher naming = NAMES_SUSPECTS.matcher(text.folded()).region(next.span().start(), next.span().end());
                if (!naming.find())
                    continue;
                // "the hearing will include testimony from executives from A, B and C": the firms after "from" testify
                boolean witnesses = naming.group().startsWith("include");
                List<Mention> firms = new ArrayList<>();
                for (Mention m : cues.mentionsIn(next.span()))
                    // a firm named after a preposition is the other party of what the suspects did ("supplying to Huawei")
                    if (m.type() == EntityType.TECH_FIRM && !cues.namedInModifier(m) && (witnesses && m.span().start() >= naming.end()
                            || !UnnamedListings.COUNTERPARTY_BEFORE.matcher(text.folded().substring(
                                    Math.max(next.span().start(), m.span().start() - 50), m.span().start())).find()))
                        firms.add(m);
                if (firms.size() < MIN_FIRMS)
                    continue;
                for (Mention m : firms)
                    if (done.add(m.entity().id()))
                        out.add(new FoundClaim(ClaimType.INVESTIGATION, body.entity(), m.entity(), null, null, 0.6,
                                "investigation.unnamed-suspects", next.span(), false));
                break;
            }
        }
        out.addAll(defendantsNamed(links, out, done));
        return out;
    }

    /**
     * "US authorities have indicted five Russians ... Two of the defendants are Yuri Orekhov and Artyom Us": people a
     * sentence names as the suspects or defendants of a case are investigated by the body of the last investigation told
     * before that sentence; none when no investigation comes before it.
     */
    private List<FoundClaim> defendantsNamed(List<FoundClaim> links, List<FoundClaim> found, Set<String> done) {
        List<FoundClaim> out = new ArrayList<>();
        List<FoundClaim> investigations = new ArrayList<>(links);
        investigations.addAll(found);
        investigations.removeIf(c -> c.type() != ClaimType.INVESTIGATION);
        for (Sentence s : text.sentences()) {
            Matcher named = NAMES_DEFENDANTS.matcher(text.folded()).region(s.span().start(), s.span().end());
            if (!named.find())
                continue;
            FoundClaim last = null;
            for (FoundClaim c : investigations)
                if (c.evidence().start() < s.span().start() && (last == null || c.evidence().start() >= last.evidence().start()))
                    last = c;
            Entity body = last == null ? null : last.subject();
            // "US authorities have indicted five Russians ...": a counted charge after the last investigation told
            for (Sentence before : text.sentences().subList(0, s.index()))
                if ((last == null || before.span().start() > last.evidence().start())
                        && COUNTED_CHARGE.matcher(text.folded()).region(before.span().start(), before.span().end()).find()) {
                    Mention charging = chargingBody(before);
                    if (charging != null)
                        body = charging.entity();
                }
            if (body == null)
                continue;
            for (Mention m : cues.mentionsIn(s.span()))
                // not one who only describes another: "Meng Wanzhou, daughter of Huawei founder Ren Zhengfei", "son of
                // the founder of Orvane, Tomas Krell"
                if (m.type() == EntityType.PERSON && m.span().start() >= named.end()
                        && !DESCRIBES_ANOTHER.matcher(text.folded()).region(named.end(), m.span().start()).find()
                        && done.add(m.entity().id()))
                    out.add(new FoundClaim(ClaimType.INVESTIGATION, body, m.entity(), null, null, 0.6,
                            "investigation.named-defendants", s.span(), false));
        }
        return out;
    }

    /**
     * "Two Chinese nationals and two Americans have been arrested ..., the Justice Department said. The two Chinese
     * nationals are X and Y ... The two Americans are Z and W": the people the next sentences name, investigated by
     * the body the charging sentence names (before or after the charge) or the next one names.
     */
    private List<FoundClaim> peopleNamedAfter(Sentence s, Matcher charge, Set<String> done) {
        List<FoundClaim> out = new ArrayList<>();
        Mention body = chargingBody(s);
        if (body == null)
            return out;
        // "indictments of two Iranians ... Mohammad Kazemi, 24, and Sajjad Kashian, 27, conducted a campaign": the next
        // sentence opens with as many people as were counted (in an article of the field, as for any charge of people)
        boolean ofTheField = cues.has("linkContext", new Span(0, text.text().length()));
        if (s.index() + 1 < text.sentences().size() && ofTheField) {
            List<Mention> leading = leadingPeople(text.sentences().get(s.index() + 1));
            if (leading.size() >= 2 && leading.size() == count(charge))
                for (Mention m : leading)
                    if (done.add(m.entity().id()))
                        out.add(new FoundClaim(ClaimType.INVESTIGATION, body.entity(), m.entity(), null, null, 0.6,
                                "investigation.unnamed-suspects", text.sentences().get(s.index() + 1).span(), false));
        }
        for (int k = s.index() + 1; k <= s.index() + FOLLOWING_SENTENCES && k < text.sentences().size(); k++) {
            Sentence next = text.sentences().get(k);
            if (!NAMES_PEOPLE.matcher(text.folded()).region(next.span().start(), next.span().end()).find())
                continue;
            for (Mention m : cues.mentionsIn(next.span()))
                if (m.type() == EntityType.PERSON && m.role() == null && m.roleOf() == null && done.add(m.entity().id()))
                    out.add(new FoundClaim(ClaimType.INVESTIGATION, body.entity(), m.entity(), null, null, 0.6,
                            "investigation.unnamed-suspects", next.span(), false));
        }
        return out;
    }

    private static final Pattern BETWEEN_LEADING_PEOPLE = Pattern.compile("\\s*(,\\s*\\d{1,3}\\s*)?,?\\s*(and\\s+)?");

    /** The people a sentence opens with, joined by commas, ages and "and": "Mohammad Kazemi, 24, and Sajjad Kashian, 27,". */
    private List<Mention> leadingPeople(Sentence s) {
        List<Mention> out = new ArrayList<>();
        int at = s.span().start();
        for (Mention m : cues.mentionsIn(s.span())) {
            if (m.type() != EntityType.PERSON || m.kind() == Mention.Kind.COREFERENCE
                    || !BETWEEN_LEADING_PEOPLE.matcher(text.text()).region(at, m.span().start()).matches())
                break;
            out.add(m);
            at = m.span().end();
        }
        return out;
    }

    private static final Pattern COUNT_WORD = Pattern.compile("\\b" + COUNT + "\\b");

    /** The number of people a counted charge counts: "two Iranians" gives 2; -1 for "several". */
    private static int count(Matcher charge) {
        Matcher n = COUNT_WORD.matcher(charge.group());
        return n.find() ? SentenceCues.countOf(n.group()) : -1;
    }

    /** The body a charging sentence names, before or after the charge, else the one {@link #investigator} finds. */
    private Mention chargingBody(Sentence s) {
        return cues.mentionsIn(s.span()).stream().filter(m -> m.type().isAuthority()).findFirst()
                .orElseGet(() -> investigator(s, s.span().start()));
    }

    /**
     * The body that opens the probe: the last authority named before it in the sentence ("The Federal Communications
     * Commission is probing"), else for a state ("Taiwan authorities are investigating") the government body the
     * next sentences name, or the state itself; null when none is named.
     */
    private Mention investigator(Sentence s, int before) {
        Mention authority = null;
        Mention state = null;
        for (Mention m : cues.mentionsIn(s.span())) {
            if (m.span().end() > before)
                break;
            if (m.type().isAuthority())
                authority = m;
            else if (m.type() == EntityType.COUNTRY)
                state = m;
        }
        if (authority != null || state == null)
            return authority;
        // "Taiwan authorities are investigating four companies. ... The Ministry of Economic Affairs summoned the
        // suppliers": the state's body named in the next sentences
        Mention body = UnnamedListings.bodyNamedAfter(text, cues, s);
        return body != null ? body : state;
    }
}
