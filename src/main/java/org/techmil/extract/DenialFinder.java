package org.techmil.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.techmil.annotate.AnnotatedText;
import org.techmil.annotate.Sentence;
import org.techmil.annotate.Span;

/**
 * Finds denials sentence by sentence: a denying verb aimed at a claim ("denied the allegations"), a standalone
 * rebuttal, a denying quotation with a speaker, or a firm's denial about itself ("has never sold"), in an article that
 * reports something to deny. The denier is the one who says it (a spokesperson speaks for their organisation); the
 * denied firm is the firm the sentence names, else the one the article accuses.
 */
final class DenialFinder {
    private final AnnotatedText text;
    private final List<Mention> mentions;
    private final Frames frames;
    private final Attribution attribution;
    private final SentenceCues cues;

    DenialFinder(AnnotatedText text, List<Mention> mentions, Frames frames, Attribution attribution, SentenceCues cues) {
        this.text = text;
        this.mentions = mentions;
        this.frames = frames;
        this.attribution = attribution;
        this.cues = cues;
    }

    /** The denials one sentence states, given the link claims the article states ({@code links}). */
    List<FoundClaim> denials(Sentence s, List<FoundClaim> links) {
        Frames.DenialFrame frame = frames.denial();
        List<FoundClaim> out = new ArrayList<>();
        String folded = text.folded();
        List<int[]> triggers = new ArrayList<>();
        for (int[] t : Frames.matches(frame.verbs(), folded, s.span().start(), s.span().end()))
            if (text.quoteAround(new Span(t[0], t[1])) == null
                    && (passive(t[0], s) ? byAgent(t[1], s) && claimNamedBefore(t[0], s) : aimedAtClaim(t[1], s)))
                triggers.add(t);
        for (int[] t : Frames.matches(frame.standalone(), folded, s.span().start(), s.span().end()))
            if (text.quoteAround(new Span(t[0], t[1])) == null)
                triggers.add(t);
        for (int[] t : Frames.matches(frame.quoteCues(), folded, s.span().start(), s.span().end()))
            if (text.quoteAround(new Span(t[0], t[1])) != null)
                triggers.add(t);
        Set<Integer> selfDenials = new HashSet<>();
        // in a quotation too ("it sold engines "only to civilian customers""): the denier must then be the firm quoted
        for (int[] t : Frames.matches(frame.selfDenials(), folded, s.span().start(), s.span().end()))
            if (triggers.stream().noneMatch(q -> q[0] == t[0])) {
                triggers.add(t);
                selfDenials.add(t[0]);
            }
        Set<Integer> answers = new HashSet<>();
        for (int[] t : Frames.matches(frame.answers(), folded, s.span().start(), s.span().end()))
            if (triggers.stream().noneMatch(q -> q[0] == t[0])) {
                triggers.add(t);
                selfDenials.add(t[0]);
                answers.add(t[0]);
            }
        Set<String> done = new HashSet<>();
        for (int[] t : triggers) {
            Span trigger = new Span(t[0], t[1]);
            if (!selfDenials.contains(t[0]) && cues.negated(s, trigger))
                continue;
            Span quote = text.quoteAround(trigger);
            Mention turn = quote == null ? officialsTurn(s) : null;
            Mention denierMention = quote != null ? attribution.speaker(quote) : turn != null ? turn : denierOutsideQuote(s, trigger);
            if (denierMention != null && namesTheClaim(denierMention))
                // "Huawei ..., calling the US claims "entirely untrue"": who made the claims does not deny them
                denierMention = firstOutsideQuotes(s, m -> m.type() != EntityType.COUNTRY && !namesTheClaim(m)
                        && m.span().end() <= trigger.start() && !PREPOSITION_BEFORE.matcher(folded)
                        .region(Math.max(s.span().start(), m.span().start() - PREPOSITION_REACH), m.span().start()).find());
            if (quote != null && selfDenials.contains(t[0]) && quote.start() > s.span().start()
                    && PRONOUN_BEFORE_QUOTE.matcher(folded).region(s.span().start(), quote.start()).find())
                // "DJI ... asked the court to order its removal, saying it "is neither owned nor controlled by the Chinese
                // military"": a quoted fragment after "it" is the firm's own word about itself, the firm the sentence opens with
                denierMention = firstOutsideQuotes(s, m -> m.type() == EntityType.TECH_FIRM);
            if (quote == null && PLEA.matcher(folded).region(t[0], t[1]).lookingAt() && personBefore(s, trigger))
                continue; // "Its owner, Dana Morrow, pleaded not guilty": a person's own plea, not the firm's
            if (quote == null && turn == null && selfDenials.contains(t[0]) && denierMention != null
                    && denierMention.type() == EntityType.COUNTRY) {
                // "Huawei and a U.S. subsidiary pleaded not guilty": a state named in a firm's description says nothing
                Mention firm = firstOutsideQuotes(s, m -> m.type() == EntityType.TECH_FIRM && m.span().end() <= trigger.start());
                if (firm != null)
                    denierMention = firm;
            }
            if (denierMention == null && quote != null && selfDenials.contains(t[0]))
                denierMention = firmRightBefore(trigger); // a statement read out: ""Shakedlabs has never sold ...""
            if (quote == null && denierMention != null && pluralFirmsBefore(s, denierMention.span().start())
                    && !accusedGroupReferredTo(s, trigger, links).isEmpty())
                denierMention = null; // "The companies said they didn't sell to the Hong Kong entities and both ceased ..."
            if (denierMention == null && quote == null) {
                // "Both companies said they had stopped all sales to Russia": each firm accused just before denies
                for (Entity firm : accusedGroupReferredTo(s, trigger, links))
                    if (done.add(firm.id() + "|" + firm.id()))
                        out.add(new FoundClaim(ClaimType.DENIAL, firm, firm, null, cues.detail(s, trigger),
                                Math.round(frame.confidence() * 100) / 100.0, frame.id(), s.span(), false));
                continue;
            }
            if (denierMention == null)
                continue;
            for (Mention one : quote == null ? withCoordinatedBefore(denierMention) : List.of(denierMention)) {
                Entity denier = speaksFor(one);
                if (!frame.deniers().contains(denier.type()))
                    continue;
                if (selfDenials.contains(t[0]) && denier.type() != EntityType.TECH_FIRM && turn == null)
                    continue;
                // "China's embassy denied that it had provided any assistance to Russia's military": a state that
                // denies its own acts speaks for no firm
                if (quote == null && denier.type() != EntityType.TECH_FIRM && !firmNamedIn(s)
                        && STATE_ITSELF_AFTER.matcher(folded).region(trigger.end(), s.span().end()).lookingAt())
                    continue;
                for (Entity about : deniedFirms(denier, s, links)) {
                    if (!done.add(denier.id() + "|" + about.id()))
                        continue;
                    if (!mentionsAnyAccusation(links, about) && (answers.contains(t[0]) || (!namesMilitary(s) && !articleNamesMilitary())))
                        continue;
                    String detail = quote != null ? cues.quoteText(quote) : cues.detail(s, trigger);
                    out.add(new FoundClaim(ClaimType.DENIAL, denier, about, null, detail,
                            Math.round(frame.confidence() * 100) / 100.0, frame.id(), s.span(), false));
                }
            }
        }
        return out;
    }

    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("\\b(to|in|from|with|by|of|at|for|on|into|against)\\s+((the|a|an)\\s+)?$");
    private static final int PREPOSITION_REACH = 12;
    private static final Pattern CLAIM_AFTER = Pattern.compile("('s)?\\s+(claims?|allegations?|accusations?|charges?|assertions?)\\b");

    /** Whether a mention is the owner of the claim it comes before ("the US claims", "Washington's accusations"). */
    private boolean namesTheClaim(Mention m) {
        return CLAIM_AFTER.matcher(text.folded()).region(m.span().end(), text.folded().length()).lookingAt();
    }

    private static final Pattern PLEA = Pattern.compile("(pleaded|pled|pleads|pleading)\\b");

    /** Whether a person is named in sentence {@code s} before {@code trigger}, outside quotations. */
    private boolean personBefore(Sentence s, Span trigger) {
        return mentions.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.span().start() >= s.span().start()
                && m.span().end() <= trigger.start() && text.quoteAround(m.span()) == null);
    }

    private static final Pattern PRONOUN_BEFORE_QUOTE = Pattern.compile("\\b(that\\s+)?(it|they|we)\\s*$");

    /** The first mention of sentence {@code s}, outside its quotations, that {@code kind} accepts; or null. */
    private Mention firstOutsideQuotes(Sentence s, java.util.function.Predicate<Mention> kind) {
        return mentions.stream().filter(m -> s.span().contains(m.span()) && text.quoteAround(m.span()) == null && kind.test(m))
                .findFirst().orElse(null);
    }

    private static final Pattern STATE_ITSELF_AFTER = Pattern.compile("\\s*((that\\s+)?(it|we|they)\\s+(had|has|have|was|were|is|are|"
            + "did|does|do|ever|never)\\b|(ever\\s+)?(having\\s+)?(sending|supplying|providing|selling|shipping|exporting|giving|"
            + "helping|aiding|arming|delivering|transferring)\\b|(any\\s+)?(involvement|role|part|wrongdoing)\\b)");

    private boolean firmNamedIn(Sentence s) {
        return mentions.stream().anyMatch(m -> m.type() == EntityType.TECH_FIRM && s.span().contains(m.span()));
    }

    private static final Pattern AND_GAP = Pattern.compile("\\s*(,\\s*)?(and|as well as)\\s+(the\\s+|its\\s+|[a-z]+'s\\s+)?");

    /**
     * "The Chinese Foreign Ministry and embassy also denounced the report": the bodies named together before a denial's
     * verb deny together; the one named first, then the denier found.
     */
    private List<Mention> withCoordinatedBefore(Mention denier) {
        Mention before = null;
        for (Mention m : mentions)
            if (m.span().end() <= denier.span().start() && m.kind() == Mention.Kind.NAME && m.type() != EntityType.COUNTRY
                    && m.type() != EntityType.PERSON && !m.entity().id().equals(denier.entity().id())
                    && AND_GAP.matcher(text.folded().substring(m.span().end(), denier.span().start())).matches())
                before = m;
        return before == null ? List.of(denier) : List.of(before, denier);
    }

    /**
     * The firms a denial defends: "rejected the accusations against the two companies" by a ministry that names no
     * firm speaks for every firm the article accuses; otherwise the one firm {@link #deniedFirm} picks.
     */
    private List<Entity> deniedFirms(Entity denier, Sentence s, List<FoundClaim> links) {
        Entity one = deniedFirm(denier, s, links);
        if (one == null)
            return List.of();
        boolean firmNamed = cues.mentionsIn(s.span()).stream()
                .anyMatch(m -> m.type() == EntityType.TECH_FIRM && !m.entity().id().equals(denier.id()));
        if (denier.type() == EntityType.TECH_FIRM || firmNamed || !cues.has("pluralFirms", s.span()))
            return List.of(one);
        Map<String, Entity> accused = new LinkedHashMap<>();
        for (FoundClaim c : links) {
            Entity firm = accusedFirm(c);
            if (firm != null)
                accused.putIfAbsent(firm.id(), firm);
        }
        return accused.isEmpty() ? List.of(one) : List.copyOf(accused.values());
    }

    /** Whether a plural reference to firms ("The companies", "Both firms") opens the sentence before {@code before}. */
    private boolean pluralFirmsBefore(Sentence s, int before) {
        if (before <= s.span().start())
            return false;
        List<int[]> plural = Frames.matches(frames.cue("pluralFirms"), text.folded(), s.span().start(), before);
        return !plural.isEmpty() && text.wordsBetween(s.span().start(), plural.get(0)[0]) <= 1;
    }

    /** The firm a claim accuses, lists or investigates, or null for other claims and parties that are no firm. */
    private static Entity accusedFirm(FoundClaim c) {
        Entity firm = c.type() == ClaimType.ALLEGATION ? c.subject()
                : c.type() == ClaimType.DESIGNATION || c.type() == ClaimType.INVESTIGATION ? c.object() : null;
        return firm != null && firm.type() == EntityType.TECH_FIRM ? firm : null;
    }

    private static final int GROUP_BACK_SENTENCES = 3;

    /**
     * The firms a plural reference before the trigger ("Both companies said", "The three firms deny") stands for: the
     * two or more firms accused, listed or investigated in the sentences just before; empty when there is none.
     */
    private List<Entity> accusedGroupReferredTo(Sentence s, Span trigger, List<FoundClaim> links) {
        if (Frames.matches(frames.cue("pluralFirms"), text.folded(), s.span().start(), trigger.start()).isEmpty())
            return List.of();
        Map<String, Entity> firms = new LinkedHashMap<>();
        for (FoundClaim c : links) {
            int back = s.index() - text.sentenceAt(c.evidence().start()).index();
            if (back < 1 || back > GROUP_BACK_SENTENCES)
                continue;
            Entity firm = accusedFirm(c);
            if (firm != null)
                firms.putIfAbsent(firm.id(), firm);
        }
        if (firms.size() < 2) {
            // "TI and Analog Devices are major suppliers, according to Bloomberg. ... The companies said ...": the
            // firms the article accuses anywhere, named in the sentences just before
            Set<String> accused = new HashSet<>();
            for (FoundClaim c : links)
                if (accusedFirm(c) != null)
                    accused.add(accusedFirm(c).id());
            firms.clear();
            for (Mention m : mentions) {
                int back = s.index() - text.sentenceAt(m.span().start()).index();
                if (back >= 1 && back <= GROUP_BACK_SENTENCES && accused.contains(m.entity().id()))
                    firms.putIfAbsent(m.entity().id(), m.entity());
            }
        }
        return firms.size() >= 2 ? List.copyOf(firms.values()) : List.of();
    }

    /** A denying verb must aim at a claim ("denied the allegations", "rejected claims that ..."), not "denied a permit". */
    private boolean aimedAtClaim(int verbEnd, Sentence s) {
        String rest = text.folded().substring(verbEnd, Math.min(s.span().end(), verbEnd + 80));
        // "The court rejected that argument", "denied the appeal": what is turned down is no accusation
        if (frames.denial().notClaims().stream().anyMatch(p -> p.matcher(rest).lookingAt()))
            return false;
        if (rest.isBlank() || rest.matches("(?s)\\s*([.,;:]|that\\b|any\\b|all\\b|wrongdoing\\b|it\\b|this\\b|having\\b|ever\\b|knowing\\b|being\\b"
                + "|(supplying|selling|providing|sending|shipping|exporting|helping|aiding|sharing|breaking|violating|breaching|evading)\\b).*"))
            return true;
        List<int[]> nouns = Frames.matches(frames.cue("claimNoun"), rest, 0, rest.length());
        if (nouns.isEmpty())
            return false;
        String before = rest.substring(0, nouns.get(0)[0]);
        return before.trim().split("\\s+").length <= frames.denial().objectWindow();
    }

    private static final Pattern CHARGE_THAT_X = Pattern.compile(
            ",\\s*(a|an|the)\\s+(charge|claim|accusation|allegation|assertion)s?\\s+(that\\s+|which\\s+)?([^,;]{0,40}?)\\s*$");

    /** How far into its sentence the name that opens it may start ("WASHINGTON: China-based DJI sued ..."). */
    private static final int OPENER_REACH = 40;
    private static final Pattern PARTICIPLE_AFTER_COMMA = Pattern.compile(",\\s*(saying|adding|arguing|insisting|claiming|stating)\\b");

    private Mention denierOutsideQuote(Sentence s, Span trigger) {
        // "DJI sued the Defense Department for adding it to a list of companies working with Beijing's military, saying
        // the designation is wrong": the one who says it in a participle is the one the sentence opens with
        if (PARTICIPLE_AFTER_COMMA.matcher(text.folded()).region(Math.max(s.span().start(), trigger.start() - 2), trigger.end()).lookingAt()) {
            Mention opener = firstOutsideQuotes(s, m -> m.type() != EntityType.COUNTRY); // not "China" of "China-based DJI"
            if (opener != null && opener.span().start() - s.span().start() <= OPENER_REACH)
                return opener;
        }
        // "The Russian company, Aviazapchast PLC, which has been accused of violating US sanctions on ..., has denied":
        // the name that a relative clause describes, when the clause closes right before the verb ("Airbus and the
        // consortium, which includes BAE Systems, have denied": the first of a pair it describes too)
        for (Mention m : mentions)
            if (m.span().start() >= s.span().start() && m.span().end() <= trigger.start() && text.quoteAround(m.span()) == null
                    && RELATIVE_ASIDE.matcher(text.text().substring(m.span().end(), trigger.start())).matches())
                return m;
        // "..., a charge Tehran denies": the denier is the one named after "a charge", else nobody the text names
        Matcher charge = CHARGE_THAT_X.matcher(text.folded()).region(Math.max(s.span().start(), trigger.start() - 80), trigger.start());
        if (charge.find()) {
            for (Mention m : mentions)
                if (m.span().start() >= charge.start(4) && m.span().end() <= trigger.start())
                    return m;
            return null;
        }
        String after = text.folded().substring(trigger.end(), Math.min(s.span().end(), trigger.end() + 4));
        if (after.startsWith(" by ")) {
            for (Mention m : mentions)
                if (m.span().start() >= trigger.end() && m.span().end() <= s.span().end())
                    return m;
        }
        Mention sayer = attribution.sayerBefore(trigger.start(), s);
        if (sayer != null)
            return sayer;
        Mention last = null;
        Mention lastFirm = null;
        for (Mention m : mentions) {
            if (m.span().start() < s.span().start())
                continue;
            if (m.span().end() > trigger.start())
                break;
            if (text.quoteAround(m.span()) == null) {
                last = m;
                if (m.type() == EntityType.TECH_FIRM)
                    lastFirm = m;
            }
        }
        // "CATL is trying to get off the Defense Department's list, since it believes its listing was a mistake": a
        // body named only as the owner of a thing is no denier when a firm was named before it
        if (last != null && lastFirm != null && last != lastFirm && last.type().isAuthority()
                && text.folded().startsWith("'s ", last.span().end()))
            last = lastFirm;
        return last == null ? null : pastAside(last, s, trigger);
    }

    /**
     * "Kestrel Dynamics, blacklisted by Washington in 2021, denied the claims": a name inside an aside that closes
     * right before the verb gives way to the name the aside describes.
     */
    private Mention pastAside(Mention last, Sentence s, Span trigger) {
        String between = text.text().substring(last.span().end(), trigger.start());
        int open = text.text().lastIndexOf(',', last.span().start());
        if (!between.matches("[^,;]{0,40},\\s*((has|have|had|also|again|strongly|firmly)\\s+){0,2}") || open < s.span().start())
            return last;
        for (Mention m : mentions)
            if (m.span().end() <= open && open - m.span().end() <= 1 && m.span().start() >= s.span().start()
                    && text.quoteAround(m.span()) == null)
                return m;
        return last;
    }

    private static final Pattern RELATIVE_ASIDE = Pattern.compile("(\\s+(and|&)\\s+(the\\s+|its\\s+|their\\s+)?[\\w-]+)?\\s*,\\s*(which|who|whose)\\b[^;\"\u201c\u201d]{0,240},\\s*"
            + "((has|have|had|also|again|strongly|firmly)\\s+){0,2}");

    private static final Pattern TURN_LABEL = Pattern.compile("(?m)^[ \\t]*([^:\\n]{3,60}):[ \\t]");

    /**
     * "Lin Jian: ... As far as I know it has never supplied products to any military unit": in a transcript, what a
     * speaker who acts for a government says in their turn is their body's, even about a firm in the third person.
     * The speaker is the person whose name labels the line; null outside such a turn.
     */
    private Mention officialsTurn(Sentence s) {
        int lineStart = text.text().lastIndexOf('\n', s.span().start()) + 1;
        Matcher label = TURN_LABEL.matcher(text.text()).region(lineStart, s.span().end());
        if (!label.lookingAt())
            return null;
        for (Mention m : mentions)
            if (m.type() == EntityType.PERSON && m.span().start() >= label.start(1) && m.span().end() <= label.end(1))
                return m.roleOf() != null && m.roleOf().type().isAuthority() ? m : null;
        return null;
    }

    /** "a licence, which is usually denied": a verb in the passive, whose denier the sentence does not name. */
    /** "The allegations were denied by Tencent": a passive denial whose denier is named after "by". */
    private boolean byAgent(int verbEnd, Sentence s) {
        return text.folded().startsWith(" by ", verbEnd) && cues.mentionsIn(s.span()).stream().anyMatch(m -> m.span().start() >= verbEnd);
    }

    /** "The allegations were denied": a claim noun before a passive denying verb. */
    private boolean claimNamedBefore(int verbStart, Sentence s) {
        return !Frames.matches(frames.cue("claimNoun"), text.folded(), s.span().start(), verbStart).isEmpty();
    }

    private boolean passive(int verbStart, Sentence s) {
        return SentenceCues.PASSIVE_BEFORE.matcher(text.folded()).region(Math.max(s.span().start(), verbStart - 30), verbStart).find();
    }

    /** A spokesperson's words are their organisation's. */
    private static Entity speaksFor(Mention m) {
        return m.roleOf() != null ? m.roleOf() : m.entity();
    }

    /** The firm a denial is about: the denier itself when a firm, else a firm named in the sentence, else the firm last accused. */
    private Entity deniedFirm(Entity denier, Sentence s, List<FoundClaim> links) {
        if (denier.type() == EntityType.TECH_FIRM)
            return denier;
        Entity client = client(denier, s, links);
        if (client != null)
            return client;
        // "Kyiv has accused Iran of supplying drones to Russia, a charge Tehran denies": the accused is no firm
        for (Mention m : cues.mentionsIn(s.span()))
            if (m.type() != EntityType.TECH_FIRM && ACCUSED_JUST_BEFORE.matcher(text.folded()).region(s.span().start(),
                    m.span().start()).find())
                return null;
        for (Mention m : cues.mentionsIn(s.span()))
            if (m.type() == EntityType.TECH_FIRM && !m.entity().id().equals(denier.id()))
                return m.entity();
        FoundClaim before = null;
        FoundClaim after = null;
        // "the spokesman for the Chinese embassy said the report was a smear": a state's organ defends its own firms
        boolean ownFirmAccused = denier.country() != null && links.stream().anyMatch(c -> c.type() == ClaimType.ALLEGATION
                && denier.country().equals(c.subject().country()));
        for (FoundClaim c : links) {
            if (c.type() != ClaimType.ALLEGATION || (ownFirmAccused && !denier.country().equals(c.subject().country())))
                continue;
            if (c.evidence().start() <= s.span().start())
                before = c;
            else if (after == null)
                after = c;
        }
        FoundClaim accused = before != null ? before : after;
        return accused != null ? accused.subject() : cues.mostMentionedFirm();
    }

    private static final Pattern ACCUSED_JUST_BEFORE = Pattern.compile("\\baccus(e|es|ed|ing) (the )?$");
    /** A defence lawyer by any of the words for one. */
    private static final String COUNSEL = "(defen[cs]e )?(lawyers?|attorneys?|counsel|solicitors?|barristers?)";
    /** "a lawyer for", "her attorney", "Kuo's counsel", "his client": the sentence speaks of a defence lawyer's client. */
    private static final Pattern DEFENCE_COUNSEL = Pattern.compile("\\b((his|her|their) clients?|" + COUNSEL + " (for|of|representing)|"
            + "['\u2019]s " + COUNSEL + "|(his|her|their) " + COUNSEL + ")\\b");
    /** "a lawyer for [Kuo]": the client named right after. */
    private static final Pattern COUNSEL_FOR = Pattern.compile("\\b" + COUNSEL + " (for|of|representing) (the )?$");
    /** "[Kuo]'s lawyer": the client named right before. */
    private static final Pattern COUNSEL_OF = Pattern.compile("['\u2019]s " + COUNSEL + "\\b");

    /**
     * "A lawyer for Kuo, Brandon Whitley, said his client never knowingly sold ...": a defence lawyer denies for the
     * client: the one the phrase names ("a lawyer for Kuo", "Kuo's lawyer"), else the one the article charged or
     * investigated that the sentence names, else the last one charged before it; null when the denier is no person, the sentence speaks of no client, or no one was charged.
     */
    private Entity client(Entity denier, Sentence s, List<FoundClaim> links) {
        if (denier.type() != EntityType.PERSON
                || !DEFENCE_COUNSEL.matcher(text.folded()).region(s.span().start(), s.span().end()).find())
            return null;
        // "A lawyer for Kuo", "Dmitri W.'s lawyer": the client the phrase names
        for (Mention m : cues.mentionsIn(s.span()))
            if (!m.entity().id().equals(denier.id()) && m.type() != EntityType.COUNTRY
                    && (COUNSEL_FOR.matcher(text.folded()).region(s.span().start(), m.span().start()).find()
                    || COUNSEL_OF.matcher(text.folded()).region(m.span().end(), s.span().end()).lookingAt()))
                return m.entity();
        List<FoundClaim> charges = links.stream().filter(c -> c.type() == ClaimType.INVESTIGATION
                && !c.object().id().equals(denier.id())).toList();
        for (Mention m : cues.mentionsIn(s.span()))
            if (charges.stream().anyMatch(c -> c.object().id().equals(m.entity().id())))
                return m.entity();
        FoundClaim last = null;
        for (FoundClaim c : charges)
            if (c.evidence().start() < s.span().start())
                last = c;
        return last == null ? null : last.object();
    }
    /** Whether the article names any military or state security organ: the context a denial answers. */
    private boolean articleNamesMilitary() {
        return mentions.stream().anyMatch(m -> m.type() == EntityType.MILITARY || frames.isStateSecurity(m.entity()));
    }

    private boolean namesMilitary(Sentence s) {
        return cues.mentionsIn(s.span()).stream().anyMatch(m -> m.type() == EntityType.MILITARY);
    }

    private static boolean mentionsAnyAccusation(List<FoundClaim> links, Entity firm) {
        for (FoundClaim c : links)
            if (c.subject().id().equals(firm.id()) || c.object().id().equals(firm.id()))
                return true;
        return false;
    }

    /** The firm named right before a trigger, as the subject of its clause ("Shakedlabs has never ..."), or null. */
    private Mention firmRightBefore(Span trigger) {
        for (Mention m : mentions)
            if (m.type() == EntityType.TECH_FIRM && m.span().end() <= trigger.start() && trigger.start() - m.span().end() <= 2)
                return m;
        return null;
    }
}
