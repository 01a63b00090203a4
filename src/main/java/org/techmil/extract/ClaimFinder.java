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
import org.techmil.annotate.Token;
import org.techmil.annotate.Tokenizer;

/**
 * Finds claims sentence by sentence. Link claims (allegation, contract, partnership, designation, investigation)
 * need a frame trigger and both parties in one sentence, or a party the sentence refers back to; the denials of
 * each sentence are found after all link claims, by {@link DenialFinder}.
 */
final class ClaimFinder {
    private final AnnotatedText text;
    private final List<Mention> mentions;
    private final Frames frames;
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final Attribution attribution;
    private final SentenceCues cues;
    private final ClauseShapes clauses;
    private final DenialFinder denials;
    private static final int BODY_CARRY_SENTENCES = 6;
    /** Per claim type, the body that last listed or investigated someone, carried to later sentences. */
    private final java.util.EnumMap<ClaimType, Mention> lastBody = new java.util.EnumMap<>(ClaimType.class);
    /** The body that last charged people the sentence did not name, carried to the sentences that name them. */
    private Mention lastCharger;
    /** The body of the article's first listing, for listings told long after it. */
    private Mention firstLister;
    private int sentenceIndex;

    ClaimFinder(AnnotatedText text, List<Mention> mentions, Frames frames, Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.text = text;
        this.mentions = mentions;
        this.frames = frames;
        this.attribution = new Attribution(text, mentions, frames, word -> {
            String id = lexicon.countryOfDemonym(word);
            return id == null ? null : gazetteer.byId(id).filter(e -> e.type() == EntityType.COUNTRY).orElse(null);
        });
        this.cues = new SentenceCues(text, mentions, frames, lexicon);
        this.clauses = new ClauseShapes(text);
        this.denials = new DenialFinder(text, mentions, frames, attribution, cues);
    }

    List<FoundClaim> find() {
        List<FoundClaim> links = new ArrayList<>();
        Entity carried = null;
        for (Sentence s : text.sentences()) {
            List<FoundClaim> inSentence = withListingBodyAsClaimant(linkClaims(s, carried));
            if (inSentence.isEmpty())
                inSentence = dealsReferredBack(s);
            if (inSentence.isEmpty())
                inSentence = contractingActivity(s);
            if (inSentence.isEmpty()) {
                // "Two firms sold software to the PLA, according to a study by ASPI. The study also says ...": a
                // source named for a claim the rules cannot pair still carries over to the sentences after
                Entity source = attribution.claimant(s, new Span(s.span().start(), s.span().start()), Set.of(), carried);
                if (source != null && CARRIED_SOURCE_TYPES.contains(source.type()))
                    carried = source;
            }
            for (FoundClaim c : inSentence)
                if (c.claimant() != null)
                    carried = c.claimant();
                else if (c.type() == ClaimType.DESIGNATION || c.type() == ClaimType.INVESTIGATION)
                    carried = c.subject();
            links.addAll(inSentence);
        }
        // "Han Li and Lin Chen have been charged ... plotted to export technology to the PLA": a person aids a military
        // in a claim only as a suspect the article's investigations name, never a speaker, an official or an owner
        List<FoundClaim> found = links;
        links.removeIf(c -> c.type() != ClaimType.INVESTIGATION && c.type() != ClaimType.DESIGNATION && c.subject().type() == EntityType.PERSON
                && found.stream().noneMatch(i -> i.type() == ClaimType.INVESTIGATION && i.object().equals(c.subject())));
        links.addAll(new UnnamedListings(text, cues, frames, this::listKeeper).designations(links));
        links.addAll(new UnnamedSuspects(text, cues).investigations(links));
        links.addAll(new UnnamedAccused(text, cues, frames).allegations(links));
        ArticleInferences inferences = new ArticleInferences(text, cues, attribution, this::namesGoods, this::evidenceSpan);
        links.addAll(inferences.supplyChains(links));
        links = inferences.withStatesOwnListers(links, this::listsNothing);
        links = inferences.withArticleClaimants(links);
        List<FoundClaim> all = new ArrayList<>(links);
        for (Sentence s : text.sentences())
            all.addAll(denials.denials(s, links));
        all.sort((a, b) -> a.evidence().compareTo(b.evidence()));
        return all;
    }


    /** A security service, or a body that charges or judges (cue {@code listsNothing}): it keeps no sanctions list. */
    private boolean listsNothing(Entity body) {
        return frames.isStateSecurity(body) || frames.cue("listsNothing").stream().anyMatch(p -> Frames.labelMatches(p, body));
    }

    private static final Set<EntityType> CARRIED_SOURCE_TYPES = java.util.EnumSet.of(EntityType.GOVERNMENT,
            EntityType.INTERGOVERNMENTAL, EntityType.ORGANISATION, EntityType.MEDIA);

    // ---- link claims ------------------------------------------------------------------------------------------

    private List<FoundClaim> linkClaims(Sentence s, Entity carried) {
        sentenceIndex = s.index();
        List<Mention> here = cues.mentionsIn(s.span());
        if (here.isEmpty())
            return List.of();
        Map<String, FoundClaim> best = new LinkedHashMap<>();
        Map<String, Integer> priority = new LinkedHashMap<>();
        Map<String, Integer> nearness = new java.util.HashMap<>();
        for (Frames.LinkFrame frame : frames.linkFrames()) {
            for (int[] t : Frames.matches(frame.triggers(), text.folded(), s.span().start(), s.span().end())) {
                Span trigger = new Span(t[0], t[1]);
                if (cues.negated(s, trigger) || insideName(here, trigger)
                        || (frame.type() != ClaimType.DESIGNATION && inCapitalisedName(s, trigger))
                        || blocked(frame, s, trigger) || partnerIsNoParty(frame, here, trigger))
                    continue;
                List<Mention[]> pairs = pairs(frame, here, trigger);
                // "X, 66, and Y, 66, are accused of ...": one party of a trigger's claims is no claimant of another
                Set<String> allParties = new HashSet<>();
                if (frame.type() == ClaimType.INVESTIGATION)
                    pairs.forEach(p -> { allParties.add(p[0].entity().id()); allParties.add(p[1].entity().id()); });
                for (Mention[] pair : pairs) {
                    if (firmBuys(frame, trigger, pair) || firmReceives(frame, trigger, pair)
                            || cues.namedInModifier(pair[0]) || cues.namedInModifier(pair[1])
                            || frame.type() == ClaimType.DESIGNATION && namedAsOwnerOfUnit(pair[1]))
                        continue;
                    Entity subject = pair[0].entity();
                    Entity object = pair[1].entity();
                    Set<String> parties = new HashSet<>(allParties);
                    parties.add(subject.id());
                    parties.add(object.id());
                    Entity claimant = attribution.claimant(s, trigger, parties, carried);
                    if (!needsMet(frame, s, trigger, claimant) && !continuesAccusation(frame, pair[0], trigger, claimant))
                        continue;
                    String pairKey = pairKey(subject, object);
                    int distance = Math.abs(pair[0].span().start() - trigger.start()) + Math.abs(pair[1].span().start() - trigger.start());
                    int held = priority.getOrDefault(pairKey, Integer.MIN_VALUE);
                    // a stronger frame wins; between equals, the trigger nearer the two parties
                    if (held > frame.priority() || (held == frame.priority() && distance >= nearness.get(pairKey)))
                        continue;
                    priority.put(pairKey, frame.priority());
                    nearness.put(pairKey, distance);
                    boolean hedged = cues.has("hedge", s.span());
                    double confidence = confidence(frame.confidence(), claimant, pair, hedged);
                    String detail = frame.type() == ClaimType.DESIGNATION
                            ? firstNonNull(frames.listName(text.folded().substring(s.span().start(), s.span().end())),
                            cues.detail(s, trigger))
                            : cues.detail(s, trigger);
                    // "accusing them of cooperating with", "allegedly supplied": a deal reported as an accusation
                    boolean accused = (frame.type() == ClaimType.CONTRACT || frame.type() == ClaimType.PARTNERSHIP)
                            && accusedJustBefore(s, trigger);
                    // "The Defence Ministry selected Elbit to supply the Air Force, the ministry said": a supply the
                    // receiving side announces is a deal, not an accusation
                    boolean announced = frame.type() == ClaimType.ALLEGATION && !hedged && claimant != null
                            && ownSide(claimant, object);
                    ClaimType type = accused ? ClaimType.ALLEGATION : announced ? ClaimType.CONTRACT : frame.type();
                    if (announced && claimant.type() == EntityType.MILITARY && WHOLE_FORCES.matcher(object.label()).find())
                        // "The Pentagon ... has chosen Google ... to help the U.S. military": the military body that
                        // chose the firm is the customer, the armed forces as a whole only its beneficiary (but a
                        // service it names, "to supply the Israeli Air Force", is the customer)
                        object = claimant;
                    if (accused && claimant == null)
                        claimant = penaltyAgent(here, trigger); // "BIS fined Cadence for selling software to ..."
                    if (type == ClaimType.ALLEGATION && claimant == null)
                        claimant = listerByName(here, trigger); // "placed under sanctions by the EU as a supplier of"
                    if (type == ClaimType.DESIGNATION && claimant != null && claimant.type() == EntityType.MILITARY
                            && !LIST_KEEPING_MILITARY.matcher(claimant.label()).find())
                        claimant = null; // "sanctioned X for supporting Iran's military": an armed force vouches for no listing
                    best.put(pairKey, new FoundClaim(type, subject, object, announced ? null : claimant, detail, confidence,
                            accused ? "allegation.accused-of." + frame.id() : announced ? "contract.announced." + frame.id() : frame.id(),
                            evidenceSpan(s, trigger), hedged));
                }
            }
        }
        return withoutParentBodies(sameBreath(weakAllegationsYield(best, priority)));
    }

    /**
     * "DISA awarded Google a contract ... to provide cloud services to the Pentagon": one claim of a sentence for a
     * body and one for a body it belongs to are one claim, told at two levels; the body that belongs stays.
     */
    private List<FoundClaim> withoutParentBodies(List<FoundClaim> claims) {
        List<FoundClaim> out = new ArrayList<>(claims.size());
        for (FoundClaim c : claims) {
            boolean told = claims.stream().anyMatch(o -> o != c && o.type() == c.type()
                    && ((o.subject().equals(c.subject()) && belongsTo(o.object(), c.object()))
                    || (o.object().equals(c.object()) && belongsTo(o.subject(), c.subject()))));
            if (!told)
                out.add(c);
        }
        return out;
    }

    private static final Pattern PENALTY_VERB = Pattern.compile("^\\s+((has|have|had|also|on \\w+|last \\w+|in \\w+)\\s+){0,2}"
            + "(fined|fines|penali[sz]ed|charged|charges|indicted|convicted|sentenced|punished|sanctioned)\\b");

    /** The body that fined, charged or sanctioned someone right before a trigger it gives the reason of, or null. */
    private Entity penaltyAgent(List<Mention> here, Span trigger) {
        Entity agent = null;
        for (Mention m : here)
            if (m.span().end() <= trigger.start() && m.type().isAuthority()
                    && PENALTY_VERB.matcher(text.folded()).region(m.span().end(), trigger.start()).lookingAt())
                agent = m.entity();
        return agent;
    }

    private static final Pattern LISTED_BY = Pattern.compile("\\b(sanctioned|designated|blacklisted|listed|placed under sanctions|"
            + "added to [^.;]{0,40}?)\\s+by\\s+(the\\s+)?$");

    /** The body that listed the firm, named after "by" before the trigger ("placed under sanctions by the EU as a supplier"). */
    private Entity listerByName(List<Mention> here, Span trigger) {
        for (Mention m : here)
            if (m.span().end() <= trigger.start() && m.type().isAuthority()
                    && LISTED_BY.matcher(text.folded()).region(Math.max(0, m.span().start() - 60), m.span().start()).find())
                return m.entity();
        return null;
    }

    /** Whether a claimant is the military body that receives, one of its own bodies, or another military body of its state. */
    private boolean ownSide(Entity claimant, Entity receiver) {
        return claimant.type() == EntityType.MILITARY && (claimant.id().equals(receiver.id())
                || belongsTo(receiver, claimant) || belongsTo(claimant, receiver)
                || (receiver.country() != null && receiver.country().equals(claimant.country())));
    }

    private static final int MAX_PARENT_STEPS = 6;

    /** Whether the gazetteer places {@code body} inside {@code ancestor} ("DISA" inside the Department of Defense). */
    private boolean belongsTo(Entity body, Entity ancestor) {
        Entity at = body;
        for (int step = 0; step < MAX_PARENT_STEPS && at.parent() != null; step++) {
            if (at.parent().equals(ancestor.id()))
                return true;
            at = gazetteer.byId(at.parent()).orElse(null);
            if (at == null)
                return false;
        }
        return false;
    }

    private static final int BUYER_GAP_WORDS = 3;
    private static final Pattern BUYING = Pattern.compile("^(bought|buy|buys|buying|purchas)");

    /**
     * "... radars used on PLA Air Force fighters, and the company had bought US-made test equipment": in a deal the
     * military buys; a firm named just before "bought", not in the passive, is the buyer.
     */
    private boolean firmBuys(Frames.LinkFrame frame, Span trigger, Mention[] pair) {
        return frame.type() == ClaimType.CONTRACT && BUYING.matcher(text.folded().substring(trigger.start(), trigger.end())).find()
                && !passiveAt(trigger) && cues.mentionsIn(text.sentenceAt(trigger.start()).span()).stream()
                .anyMatch(m -> m.entity().id().equals(pair[0].entity().id()) && m.span().end() <= trigger.start()
                        && text.wordsBetween(m.span().end(), trigger.start()) <= BUYER_GAP_WORDS);
    }

    /**
     * "a Eurostar-3000 system like the two supplied by Airbus and Thales to YahSat in the UAE": goods handed to a firm
     * named right after "to" went to that firm, not to a military named before the trigger.
     */
    private boolean firmReceives(Frames.LinkFrame frame, Span trigger, Mention[] pair) {
        if (frame.type() != ClaimType.CONTRACT || pair[1].span().start() >= trigger.start())
            return false;
        Span sentence = text.sentenceAt(trigger.start()).span();
        Matcher to = HANDED_TO.matcher(text.folded()).region(trigger.end(), sentence.end());
        if (!to.lookingAt())
            return false;
        Mention named = cues.mentionsIn(sentence).stream().filter(m -> m.span().start() == to.end()).findFirst().orElse(null);
        if (named != null)
            return named.type() == EntityType.TECH_FIRM && !named.entity().equals(pair[0].entity());
        // a name nothing recognised ("to YahSat"): a receiver of its own, not the military named before
        int next = text.tokenAtOrAfter(to.end());
        if (next >= text.tokens().size())
            return false;
        Token receiver = text.tokens().get(next);
        return receiver.span().start() == to.end() && receiver.isWord() && receiver.isCapitalised()
                && !lexicon.isFunctionWord(receiver.text());
    }

    private static final Pattern HANDED_TO = Pattern.compile("\\s+(by\\s+[^.;]{1,60}?\\s+)?to\\s+(the\\s+)?");

    private static final Pattern WHOLE_FORCES = Pattern.compile("\\b(Armed|Defen[cs]e) Forces\\b");
    private static final int DEAL_PRIORITY = 2;
    private static final Pattern DEAL_BACK = Pattern.compile("\\bthe (bigger|biggest|larger|largest|smaller|first|second|"
            + "third|other|remaining|last|latter|former|rest)( of the (two|three|four|contracts|orders|deals)|"
            + " ([\\w-]+ )?(contract|order|deal|award|tranche|lot|batch|package)s?)\\b");
    private static final Pattern GOES_TO = Pattern.compile("\\b(went|goes|go|was awarded|were awarded|was given|were given|"
            + "was won by|were won by|was placed with|were placed with|was signed with|were signed with)( to)?\\s+$");

    /**
     * "The Ministry of Defence signed two contracts ... for the Indian Army. The bigger of the two, worth Rs 1,215
     * crore, went to TASL": a deal referred back to goes to the firm named after "went to" or "was awarded to", and
     * comes from the military named in a sentence with a deal just before.
     */
    private List<FoundClaim> dealsReferredBack(Sentence s) {
        String folded = text.folded();
        Matcher back = DEAL_BACK.matcher(folded).region(s.span().start(), s.span().end());
        if (!back.find())
            return List.of();
        Frames.LinkFrame award = frames.linkFrames().stream().filter(f -> f.type() == ClaimType.CONTRACT
                && f.priority() >= DEAL_PRIORITY).findFirst().orElse(null);
        Mention military = award == null ? null : militaryOfEarlierDeal(award, s);
        if (military == null)
            return List.of();
        List<FoundClaim> out = new ArrayList<>();
        for (Mention firm : cues.mentionsIn(s.span())) {
            if (firm.type() != EntityType.TECH_FIRM || firm.span().start() < back.end()
                    || !GOES_TO.matcher(folded.substring(back.end(), firm.span().start())).find())
                continue;
            Span evidence = evidenceSpan(s, firm.span());
            out.add(new FoundClaim(ClaimType.CONTRACT, firm.entity(), military.entity(), null, cues.detail(s, firm.span()),
                    award.confidence(), award.id() + ".referred-back", evidence, false));
            break;
        }
        return out;
    }

    /**
     * "Redline Aerosystems of Huntsville, Alabama, was awarded a $214 million contract for interceptors. Army
     * Contracting Command at Redstone Arsenal is the contracting activity.": in the Pentagon's contract announcements
     * the body named as the contracting activity made the award the sentence before tells of.
     */
    private List<FoundClaim> contractingActivity(Sentence s) {
        int[] cue = Frames.matches(frames.cue("contractingActivity"), text.folded(), s.span().start(), s.span().end())
                .stream().findFirst().orElse(null);
        if (cue == null || s.index() == 0)
            return List.of();
        Mention military = null;
        for (Mention m : cues.mentionsIn(s.span()))
            if (m.type() == EntityType.MILITARY && m.span().end() <= cue[0] && military == null)
                military = m;
        Frames.LinkFrame award = frames.linkFrames().stream().filter(f -> f.type() == ClaimType.CONTRACT
                && f.priority() >= DEAL_PRIORITY).findFirst().orElse(null);
        Sentence before = text.sentences().get(s.index() - 1);
        if (military == null || award == null
                || Frames.matches(award.triggers(), text.folded(), before.span().start(), before.span().end()).isEmpty())
            return List.of();
        for (Mention firm : cues.mentionsIn(before.span()))
            if (firm.type() == EntityType.TECH_FIRM)
                return List.of(new FoundClaim(ClaimType.CONTRACT, firm.entity(), military.entity(), null,
                        cues.detail(before, firm.span()), award.confidence(), award.id() + ".contracting-activity",
                        new Span(before.span().start(), s.span().end()), false));
        return List.of();
    }

    /**
     * The military named last in one of the sentences just before {@code s}, at most the frame's
     * {@code objectFromEarlierSentences} back, that states a deal; or null.
     */
    private Mention militaryOfEarlierDeal(Frames.LinkFrame award, Sentence s) {
        boolean unbroken = true; // every sentence between this one and s states a deal
        for (int k = s.index() - 1; k >= 0; k--) {
            Sentence before = text.sentences().get(k);
            boolean deal = !Frames.matches(award.triggers(), text.folded(), before.span().start(), before.span().end())
                    .isEmpty();
            List<Mention> named = cues.mentionsIn(before.span());
            // past the frame's reach, only an unbroken run of deals that name no other customer goes on to an earlier
            // one: "The Tawazun Council awarded contracts ... Local companies won five contracts. ... Other firms that
            // secured deals include X. ... France's Thales was awarded a Dh176 million deal"
            boolean farther = s.index() - k > award.objectFromEarlierSentences();
            if (farther && !(deal && unbroken))
                return null;
            unbroken &= deal;
            if (!deal)
                continue;
            Mention last = null;
            for (Mention m : named)
                if (m.type() == EntityType.MILITARY)
                    last = m;
            if (last != null)
                return last;
            if (farther && named.stream().anyMatch(m -> m.type().isAuthority()))
                return null;
        }
        return null;
    }

    /**
     * "BAAINBw awarded Helsing a contract to supply drones to the Bundeswehr, according to a person familiar": a
     * weak (reported-only) allegation yields to the contract or partnership the same firm gets in that sentence,
     * and takes its type.
     */
    private static List<FoundClaim> weakAllegationsYield(Map<String, FoundClaim> best, Map<String, Integer> priority) {
        List<FoundClaim> out = new ArrayList<>(best.size());
        for (var e : best.entrySet()) {
            FoundClaim c = e.getValue();
            if (c.type() == ClaimType.ALLEGATION && priority.get(e.getKey()) < DEAL_PRIORITY) {
                for (var o : best.entrySet()) {
                    FoundClaim d = o.getValue();
                    if ((d.type() == ClaimType.CONTRACT || d.type() == ClaimType.PARTNERSHIP)
                            && priority.get(o.getKey()) >= DEAL_PRIORITY && d.subject().id().equals(c.subject().id())) {
                        c = new FoundClaim(d.type(), c.subject(), c.object(), c.claimant(), c.detail(), d.confidence(),
                                d.rule(), c.evidence(), c.hedged());
                        break;
                    }
                }
            }
            out.add(c);
        }
        return out;
    }

    /**
     * "Treasury said X provided tools to the FSB and hosted events for the GRU": what a claimant accuses a firm of
     * in one sentence stays an accusation for every party, so the firm's contracts and partnerships that the same
     * claimant reports in that sentence become allegations too.
     */
    private static List<FoundClaim> sameBreath(List<FoundClaim> claims) {
        Map<String, String> accusedBy = new LinkedHashMap<>();
        for (FoundClaim c : claims)
            if (c.type() == ClaimType.ALLEGATION && c.claimant() != null)
                accusedBy.put(c.subject().id(), c.claimant().id());
        if (accusedBy.isEmpty())
            return claims;
        List<FoundClaim> out = new ArrayList<>(claims.size());
        for (FoundClaim c : claims) {
            if ((c.type() == ClaimType.CONTRACT || c.type() == ClaimType.PARTNERSHIP) && c.claimant() != null
                    && c.claimant().id().equals(accusedBy.get(c.subject().id())))
                c = new FoundClaim(ClaimType.ALLEGATION, c.subject(), c.object(), c.claimant(), c.detail(),
                        c.confidence(), "allegation.same-breath." + c.rule(), c.evidence(), c.hedged());
            out.add(c);
        }
        return out;
    }

    /**
     * A body that lists or investigates a firm in a sentence is the one saying why: "The Treasury sanctioned X for
     * supplying the IRGC" makes the Treasury the claimant of the allegation that has none of its own.
     */
    private static List<FoundClaim> withListingBodyAsClaimant(List<FoundClaim> claims) {
        Entity body = null;
        for (FoundClaim c : claims)
            if (c.type() == ClaimType.DESIGNATION || c.type() == ClaimType.INVESTIGATION)
                body = c.subject();
        if (body == null)
            return claims;
        List<FoundClaim> out = new ArrayList<>(claims.size());
        for (FoundClaim c : claims) {
            if (c.type() == ClaimType.ALLEGATION && c.claimant() == null && !body.id().equals(c.object().id()))
                c = new FoundClaim(c.type(), c.subject(), c.object(), body, c.detail(), c.confidence(), c.rule(),
                        c.evidence(), c.hedged());
            out.add(c);
        }
        return out;
    }

    private static String pairKey(Entity a, Entity b) {
        return a.id().compareTo(b.id()) < 0 ? a.id() + "|" + b.id() : b.id() + "|" + a.id();
    }

    private static final int SCARE_QUOTE_WORDS = 3;
    /** ", which was added to", ", which were also sanctioned in": a relative clause opening before a listing trigger. */
    private static final Pattern RELATIVE_LISTING = Pattern.compile(",\\s*(which|who)\\b[^,;.()]{0,40}$");
    private static final Pattern PASSIVE_AUX = Pattern.compile("\\b(was|were|is|are|been|being)\\b");
    private static final int RELATIVE_REACH = 60;
    private static final Pattern EMPLOYER_OF = Pattern.compile(",\\s*(the |a |its )?(co-?founder|founder|chief executive|chief \\w+ officer|"
            + "ceo|cto|cfo|president|vice president|chairman|chairwoman|chair|director|managing director|head|executive|employee|"
            + "owner|shareholder|manager|engineer|spokes(man|woman|person)|associate|partner|counsel|attorney|lawyer|analyst|fellow)s? "
            + "(of|at) (([\\w-]+ ){1,5}(of|at) )?([\\w-]+ ){0,3}$"
            // and "Barbara Borgonovi, President of Naval Power strategic business unit of Raytheon": the unit's firm
            // "A former employee of Samsung Electronics has been indicted", "the Israeli representative of ThyssenKrupp"
            + "|\\b(a|an|the|two|three|four|several|former|ex|retired|senior)\\s+([\\w-]+ ){0,2}(employee|representative|"
            + "worker|engineer|researcher|scientist|executive|manager|agent|official)s? (of|at) (the )?([\\w-]+ ){0,3}$");
    private static final int EMPLOYER_REACH = 80;
    /**
     * A charge told of the people themselves: "X pleaded guilty", "X and Y are accused of", "X faces 12 counts", or in
     * the passive ("X was indicted"); not "X appears in the indictment".
     */
    private static final Pattern OWN_PLEA = Pattern.compile("(pleaded|pled|pleads|is|are|was|were|been|being|face|faces|faced|facing)\\b");
    private static final Pattern PLEA = Pattern.compile("(pleaded|pled|pleads)\\b");
    private static final int PASSIVE_REACH = 30;
    private static final Pattern HYPOTHETICAL_BEFORE = Pattern.compile("\\b(might|could|would|may|should|must|will|to)\\s+(not\\s+)?(be\\s+|have\\s+been\\s+)?$");
    /** "Li Li, the company's vice president, pleaded guilty": the firm whose officer is charged is not charged itself. */
    private static final Pattern EMPLOYER_BEFORE_ROLE = Pattern.compile("\\s*['\u2019]s?\\s+(former |then |deputy |vice |senior |chief )?"
            + "(co-?founder|founder|chief executive|ceo|cto|cfo|president|chairman|chairwoman|director|managing director|executive|"
            + "employee|owner|manager|engineer|spokes(man|woman|person)|representative)s?\\b");

    /** The mention of the sentence that ends last before the trigger, or null. */
    private static Mention rightBefore(List<Mention> here, Span trigger) {
        Mention before = null;
        for (Mention m : here)
            if (m.span().end() <= trigger.start() && (before == null || m.span().end() > before.span().end()))
                before = m;
        return before;
    }

    /** Whether the trigger sits in an apposition that describes the body named right before it ("X, a sanctioned entity"). */
    private boolean describesBodyBefore(List<Mention> here, Span trigger) {
        Mention before = rightBefore(here, trigger);
        return before != null && before.type().isAuthority()
                && DESCRIBED_BY_TRIGGER.matcher(text.folded().substring(before.span().end(), trigger.start())).matches();
    }

    private static final Pattern INDEFINITE_APPOSITION = Pattern.compile(",\\s*(a|an)\\s+[\\w-]+\\s+[^,;()]{0,100}$");

    /**
     * Whether the trigger sits in an indefinite apposition ("..., a university controlled by the CMC and blacklisted by")
     * on a party the frame cannot take as its object, so the listing is that party's, not a firm's named before.
     */
    private boolean describesNonObjectBefore(Frames.LinkFrame frame, List<Mention> here, Span trigger) {
        Sentence s = text.sentenceAt(trigger.start());
        Matcher m = INDEFINITE_APPOSITION.matcher(text.folded()).region(s.span().start(), trigger.start());
        if (!m.find())
            return false;
        int comma = m.start();
        Mention described = null;
        for (Mention x : here)
            if (x.span().end() <= comma && comma - x.span().end() <= 8
                    && text.folded().substring(x.span().end(), comma).matches("\\s*(\\([^()]{1,12}\\))?\\s*"))
                described = x;
        return described != null && !frame.objects().contains(described.type())
                && here.stream().noneMatch(x -> x.span().start() > comma && x.span().end() <= trigger.start()
                        && frame.objects().contains(x.type()));
    }

    /** Whether the body right before the trigger opens a relative clause on a plural noun ("firms that the Pentagon listed"). */
    private boolean listsUnnamedFirms(List<Mention> here, Span trigger) {
        Mention before = rightBefore(here, trigger);
        return before != null && (before.type().isAuthority() || before.type() == EntityType.MILITARY)
                && clauses.inClauseOnPluralFirms(before);
    }

    private static final Pattern DESCRIBED_BY_TRIGGER = Pattern.compile("\\s*(,\\s*or\\s+[\\w.-]+\\s*)?,\\s*(a|an|the)\\s+([\\w-]+\\s+){0,2}");
    private static final Pattern MODIFIES_LISTED = Pattern.compile("\\s+(([\\w-]+ )?(agency|corporation|industry|group|sector) )?(agencies|entities|bodies|organi[sz]ations|institutions|departments|units|companies|firms)\\b");
    private static final Pattern MODIFIES_PLURAL = Pattern.compile("\\s+(countries|members|member states|states|allies|nations|partners|standards?|specifications?|interoperability|compatibility|certification|requirements)\\b");

    private List<Mention[]> pairs(Frames.LinkFrame frame, List<Mention> here, Span trigger) {
        List<Mention[]> out = partyPairs(frame, here, trigger);
        if (frame.type() != ClaimType.DESIGNATION || out.isEmpty())
            return out;
        // "added X to its list, along with its director, Kemal Yurt": a firm's officer is listed with the firm
        List<Mention> listedFirms = out.stream().map(p -> p[1]).filter(o -> o.type() == EntityType.TECH_FIRM).toList();
        List<Mention[]> withOfficers = new ArrayList<>(out);
        for (Mention m : here)
            if (listedOfficer(m, listedFirms, trigger))
                withOfficers.add(new Mention[]{out.get(0)[0], m});
        return withOfficers;
    }

    private static final Pattern STATE_BUYS_AFTER = Pattern.compile("\\s+"
            + "((has|have|had|then|also|recently|now|already|on \\w+|in \\d{4}) )*"
            + "(signed|entered into|awarded|ordered|agreed|bought|purchased|placed|concluded|inked|struck)\\b");

    /**
     * "Turkey has entered into a defence agreement worth 1.6 billion euros with Aselsan", "..., but in 2021 Israel signed
     * a contract with Google": a state named as the subject that opens the sentence or its clause buys, when no military
     * is named.
     */
    private Mention buyingStateOpening(List<Mention> here, Span trigger) {
        Mention last = null;
        for (Mention m : here)
            if (m.kind() != Mention.Kind.NESTED && m.span().end() <= trigger.start())
                last = m;
        if (last == null || last.type() != EntityType.COUNTRY || last.kind() != Mention.Kind.NAME)
            return null;
        Sentence s = text.sentenceAt(last.span().start());
        String before = text.folded().substring(s.span().start(), last.span().start());
        if (!CLAUSE_OPENING_STATE.matcher(before).matches())
            return null;
        return STATE_BUYS_AFTER.matcher(text.folded()).region(last.span().end(), trigger.start()).lookingAt() ? last : null;
    }

    private static final Pattern CLAUSE_OPENING_STATE = Pattern.compile(
            "(?s)(|.*([,;]|\\bbut|\\band|\\bwhile|\\bwhereas))\\s*(in \\d{4},?\\s*)?(the\\s+)?");

    private List<Mention[]> partyPairs(Frames.LinkFrame frame, List<Mention> here, Span trigger) {
        Span around = text.quoteAround(trigger);
        // "the company is "associated with" the Aerospace Force": a few quoted words that name nobody are the
        // writer's sentence quoting a phrase, not a quoted statement
        // "were placed on the list for their "support of the military modernization of the PLA"": a quoted reason
        // after a possessive is the writer's noun phrase, whose owner is named outside it
        Span quote = around != null && (text.wordsBetween(around.start(), around.end()) <= SCARE_QUOTE_WORDS
                && here.stream().noneMatch(m -> around.contains(m.span()))
                || SentenceCues.quotesAReason(text, around))
                ? null : around;
        boolean triggerQuoted = quote != null;
        Mention antecedent = triggerQuoted ? clauses.relativeQuoteAntecedent(here, quote, frame) : null;
        if (triggerQuoted && antecedent == null)
            antecedent = clauses.quotedPredicateSubject(here, quote, frame);
        List<Mention> subjects = new ArrayList<>();
        List<Mention> objects = new ArrayList<>();
        for (Mention m : here) {
            if (cues.namedInModifier(m)) // "Alibaba-backed facial recognition firm Megvii": no party, no list item
                continue;
            boolean quoted = text.quoteAround(m.span()) != null;
            if (m == antecedent) { // "Hangzhou Ruixin, which she said "supplies the PLA"": the quote's subject
                subjects.add(m);
                continue;
            }
            // a quoted statement has its parties inside the quote; a reported one has its subject outside
            if (triggerQuoted && !quoted)
                continue;
            if (frame.subjects().contains(m.type()) && quoted == triggerQuoted)
                subjects.add(m);
            // "said it “has never had any connection with the PLA” and would cooperate": a party named inside
            // a denying quotation is not the object of a trigger outside it
            if ((frame.objects().contains(m.type())
                    || (frame.objectsIncludeStateSecurity() && frames.isStateSecurity(m.entity())))
                    && (triggerQuoted || !quoted || !deniedInQuote(m)))
                objects.add(m);
        }
        if (frame.type() == ClaimType.INVESTIGATION || frame.type() == ClaimType.DESIGNATION)
            // "servers that may have contained Nvidia chips", "Texas Instruments chips were sent to businesses including
            // those sanctioned by the U.S.": goods, no suspect and nothing listed
            objects.removeIf(this::namesGoods);
        if (frame.type() == ClaimType.INVESTIGATION || frame.type() == ClaimType.DESIGNATION)
            // "include Palmer Luckey, founder of defence firm Anduril Industries": a person's employer is not listed
            objects.removeIf(o -> EMPLOYER_OF.matcher(text.folded())
                    .region(Math.max(0, o.span().start() - EMPLOYER_REACH), o.span().start()).find()
                    || EMPLOYER_BEFORE_ROLE.matcher(text.folded()).region(o.span().end(), text.folded().length()).lookingAt());
        if (chargesPeople(frame)) {
            // "Meng Wanzhou, Huawei's finance chief and daughter of its founder, Ren Zhengfei, was arrested": a person
            // named inside another's description before the trigger is not charged
            List<Mention> all = List.copyOf(objects);
            objects.removeIf(o -> o.span().end() <= trigger.start() && all.stream().anyMatch(a -> a.type() == EntityType.PERSON
                    && a.span().end() < o.span().start() && INNER_APPOSITION.matcher(text.folded().substring(a.span().end(), o.span().start())).matches()
                    && text.folded().startsWith(",", o.span().end())));
        }
        if (frame.type() == ClaimType.DESIGNATION) {
            // "DJI supplies drones to the Xinjiang Public Security Bureau, which was added to the entity list": a
            // relative clause on a body lists that body, no firm of the sentence
            Matcher relative = RELATIVE_LISTING.matcher(text.folded()).region(Math.max(0, trigger.start() - RELATIVE_REACH), trigger.start());
            if (relative.find() && PASSIVE_AUX.matcher(text.folded()).region(relative.start(), trigger.end()).find()) {
                // not "the Treasury, which sanctioned X last year": the clause on the lister names whom it listed
                int comma = relative.start();
                Mention hungOn = here.stream().filter(m -> m.span().end() <= comma
                        && text.folded().substring(m.span().end(), comma).isBlank()).findFirst().orElse(null);
                if (hungOn != null && !objects.contains(hungOn) && hungOn.type() != EntityType.PERSON)
                    return new ArrayList<>(); // a clause on a body, not a firm, lists no one
            }
        }
        if (frame.type() == ClaimType.INVESTIGATION) {
            // "charged two men and a computer company with smuggling Nvidia processors": what the charge is about
            // names no suspect
            Sentence triggerSentence = text.sentenceAt(trigger.start());
            removeObjectsAfter(objects, CHARGED_WITH, triggerSentence.span().start(), triggerSentence.span().end());
            // "investigating four companies suspected of helping Huawei build chip plants": the one the suspected act
            // helps names no suspect either
            removeObjectsAfter(objects, SUSPECTED_OF, trigger.end(), triggerSentence.span().end());
            // "charged with stealing trade secrets from chipmaker TSMC", "smuggling chips from Nvidia": the one taken
            // from is no suspect
            objects.removeIf(o -> TAKEN_FROM.matcher(text.folded()).region(
                    Math.max(triggerSentence.span().start(), o.span().start() - TAKEN_FROM_REACH), o.span().start()).find());
        }
        if (frame.type() == ClaimType.INVESTIGATION)
            // "Attorney General Merrick Garland unsealed an indictment charging two men": an official is no suspect
            objects.removeIf(o -> o.type() == EntityType.PERSON && actsForState(o));
        if (objects.isEmpty() && frame.type() == ClaimType.INVESTIGATION) {
            // "The case was investigated by the FBI": the case is the one against the firm the article is about
            Sentence s = text.sentenceAt(trigger.start());
            Entity firm = CASE_REFERENCE.matcher(text.folded().substring(s.span().start(), s.span().end())).find()
                    ? cues.mostMentionedFirm() : null;
            if (firm != null)
                objects.add(new Mention(trigger, firm, Mention.Kind.COREFERENCE));
        }
        if (objects.isEmpty() && frame.objectsFromPluralReference())
            objects.addAll(groupReferredTo(frame, trigger));
        // "The Pentagon alleges that Tencent ... aids the PLA": the speaker is not the object when another party is there
        // "According to the SBU, the firm shipped motors ...": the source is never the object
        objects.removeIf(this::isCitedSource);
        objects.removeIf(this::namedAsMedium);
        // "..., said Rory Tibbals, director of Japan Programs for the Air Force Life Cycle Management Center": the bodies
        // that describe who speaks are no party
        objects.removeIf(o -> inSpeakersApposition(o, here));
        // "sells only to law enforcement agencies in EU and NATO countries": a body that qualifies a plural noun is none
        objects.removeIf(o -> MODIFIES_PLURAL.matcher(text.folded()).region(o.span().end(), text.folded().length()).lookingAt());
        // "Founded by veterans of the IDF's Unit 8200, Team8 ...": a body the people described once served in is no party
        objects.removeIf(this::servedInBefore);
        // "sold measuring equipment to suppliers of the Bundeswehr": the buyers are the suppliers, not the army
        objects.removeIf(clauses::reachedThroughOthers);
        // "added Huilong's parent company, Zhejiang Huilong Holdings, to its list": the owner names whom it describes
        objects = new ArrayList<>(clauses.withoutOwners(objects));
        // "sells equipment to telecom operators, not to the People's Liberation Army": a party the text rules out
        // "is neither owned nor controlled by the Chinese military": nor a party the text says it has no tie to
        objects.removeIf(o -> NOT_TO_BEFORE.matcher(text.folded().substring(Math.max(0, o.span().start() - 40), o.span().start())).find());
        if (frame.type() == ClaimType.CONTRACT && objects.isEmpty() && !triggerQuoted) {
            Mention buyer = buyingStateOpening(here, trigger);
            if (buyer != null) {
                objects.add(buyer);
                // "Microsoft was its provider for years, but in 2021 Israel signed a contract with Google": the seller
                // is in the state's own clause
                subjects.removeIf(m -> m.span().end() <= buyer.span().start());
            }
        }
        if ((frame.type() == ClaimType.CONTRACT || frame.type() == ClaimType.PARTNERSHIP) && civilCounterparty(here, trigger))
            // "the cloud contract Google and Amazon won from the Israeli government": the deal's other party is a
            // civil government body, so a military named before the trigger is not it
            objects.removeIf(o -> o.span().end() <= trigger.start());
        if (objects.isEmpty() && frame.objectFromEarlierSentences() > 0 && !cues.has("dealUndone", text.sentenceAt(trigger.start()).span())
                && here.stream().noneMatch(m -> m.type().isAuthority() || m.type() == EntityType.ORGANISATION)) {
            // "MoD has signed two contracts with Indian shipyards. ... a contract has been signed with Goa Shipyard":
            // a deal that names no other party goes on with the customer of the deals told a sentence or two before,
            // for the firms the sentence makes party to it (and those listed alongside them)
            Mention party = subjects.stream().filter(m -> dealParty(m, trigger)).findFirst().orElse(null);
            Mention customer = party == null ? null : militaryOfEarlierDeal(frame, text.sentenceAt(trigger.start()));
            if (customer != null) {
                boolean after = party.span().start() >= trigger.end();
                subjects.removeIf(m -> (m.span().start() >= trigger.end()) != after);
                objects.add(new Mention(trigger, customer.entity(), Mention.Kind.COREFERENCE));
            }
        }
        List<Mention> notSpeakers = objects.stream().filter(o -> !isSpeaker(o)).toList();
        // "The Pentagon alleges Alibaba participates in ...": the one who alleges is not the one aided
        if (!notSpeakers.isEmpty() || frame.type() == ClaimType.ALLEGATION)
            objects = new ArrayList<>(notSpeakers);
        List<Mention[]> out = new ArrayList<>();
        Mention chargedByArticle = null;
        List<Mention> owners = frame.type() == ClaimType.DESIGNATION ? sanctionOwners(here, trigger) : List.of();
        if (!owners.isEmpty()) {
            // "under US and European Union sanctions", "US-sanctioned Huawei": each state or body named keeps its own
            List<Mention> listed = nearestCoordinatedGroup(objects, trigger);
            for (Mention owner : owners)
                for (Mention object : listed)
                    out.add(new Mention[]{owner, object});
            return out;
        }
        if (frame.type() == ClaimType.DESIGNATION)
            // "on the Pentagon's list of companies it says work with China's military": an armed force keeps no list;
            // of the military bodies only defence ministries and their agencies do
            subjects.removeIf(m -> m.type() == EntityType.MILITARY && !LIST_KEEPING_MILITARY.matcher(m.entity().label()).find());
        if (frame.type() == ClaimType.DESIGNATION && passiveAt(trigger))
            // "Hikvision was blacklisted by the United States": a state is the agent of a passive listing
            for (Mention m : here)
                if (m.type() == EntityType.COUNTRY && m.span().start() >= trigger.end()
                        && m.span().start() - trigger.end() <= COUNTRY_AGENT_WINDOW && afterBy(m))
                    subjects.add(m);
        if (frame.type() == ClaimType.DESIGNATION && refersToEarlierAct(trigger))
            // "said it is not controlled by the Chinese military and that the designation had cost it contracts": a
            // definite noun refers to a listing told before, whose keeper is named with "by" or was named earlier
            subjects.removeIf(m -> m.span().start() < trigger.end() || !afterBy(m));
        if (subjects.isEmpty() && frame.pairing() == Frames.Pairing.NEAREST_SUBJECT_EACH_OBJECT) {
            Mention named = agentByNoun(frame, trigger);
            if (named != null)
                subjects.add(named);
        }
        if (subjects.isEmpty() && frame.type() == ClaimType.DESIGNATION) {
            Mention keeper = listKeeper(trigger);
            if (keeper != null)
                subjects.add(keeper);
        }
        Mention stateOpener = subjects.isEmpty() && frame.type() == ClaimType.DESIGNATION
                ? stateOpeningSentence(trigger) : null;
        if (stateOpener != null && text.sentenceAt(stateOpener.span().start()).index() == sentenceIndex)
            // "The U.S. is imposing sanctions on X": a state opening the trigger's own sentence outranks a body carried
            // from an earlier one ("... to sustain the Kremlin's war, and the latest round of sanctions ...")
            subjects.add(stateOpener);
        if (subjects.isEmpty() && frame.pairing() == Frames.Pairing.NEAREST_SUBJECT_EACH_OBJECT) {
            // "DJI was added to the list in 2022": the body that keeps the list was named a sentence or two before
            Mention carried = carriedBody(frame);
            if (carried != null)
                subjects.add(carried);
        }
        if (subjects.isEmpty() && chargesPeople(frame) && objects.stream().anyMatch(o -> o.span().end() <= trigger.start())
                && (OWN_PLEA.matcher(text.folded()).region(trigger.start(), trigger.end()).lookingAt()
                    || SentenceCues.PASSIVE_BEFORE.matcher(text.folded()).region(Math.max(0, trigger.start() - PASSIVE_REACH), trigger.start()).find())) {
            // "X and Y pleaded guilty in federal court to attempted export of defense items": people who are the subject
            // of their own charge, with no body named before, are charged by the one body of prosecutors or police the
            // article names anywhere; not when it names several, nor "X might be indicted"
            List<Mention> named = attribution.bodiesNamedLike(frame.agentNames(), m -> frame.subjects().contains(m.type()));
            if (named.size() == 1 && !HYPOTHETICAL_BEFORE.matcher(text.folded()).region(Math.max(0, trigger.start() - PASSIVE_REACH), trigger.start()).find()) {
                chargedByArticle = new Mention(trigger, named.get(0).entity(), Mention.Kind.COREFERENCE);
                subjects.add(chargedByArticle);
            }
        }
        if (subjects.isEmpty() && stateOpener != null)
            subjects.add(stateOpener);
        if (subjects.isEmpty() && frame.type() == ClaimType.DESIGNATION && firstLister != null
                && cues.has("listWord", text.sentenceAt(trigger.start()).span()))
            // "Inclusion on the list has led to lawsuits. CATL and Tencent, both added in 2025, ...": the list is the
            // one the article opened with, many sentences before
            subjects.add(firstLister);
        if (subjects.isEmpty() && frame.subjectFromEarlierSentences() > 0) {
            // "X bought detectors from US distributors. Instead, the parts were resold to the PLA": a sentence that
            // names no possible subject continues the story of the subject named last, a sentence or two before
            List<Mention> group = thingsAsSubject(trigger) ? subjectGroupReferredTo(frame, trigger) : List.of();
            Mention earlier = group.isEmpty() && thingsAsSubject(trigger) ? subjectNamedBefore(frame, trigger) : null;
            if (earlier != null)
                group = List.of(earlier);
            if (!group.isEmpty()) {
                subjects.addAll(group);
                objects.removeIf(o -> o.span().start() < trigger.end());
            }
        }
        if (frame.type() == ClaimType.ALLEGATION)
            // "Prosecutors believe the technology was destined for ..." after an FBI official spoke: officials accuse, they
            // are not the accused
            subjects.removeIf(m -> m.type() == EntityType.PERSON && actsForState(m));
        if (objects.isEmpty() && (frame.type() == ClaimType.DESIGNATION || frame.type() == ClaimType.INVESTIGATION)
                && frame.subjectBeforeTrigger()) {
            // "The EU adopted its 21st package of sanctions, adding 38 companies": a listing that names no firm yet
            // still names the body whose listing later sentences tell ("Among the companies listed is X"); so does a
            // charge of people not yet named ("Two men are facing 52 charges ..., federal prosecutors said")
            boolean ofPeople = chargesPeople(frame);
            List<Mention> before = subjects.stream().filter(m -> m.span().end() <= trigger.start()).toList();
            if (before.isEmpty() && ofPeople)
                before = subjects.stream().filter(m -> m.span().start() >= trigger.end() && m.type().isAuthority() && isSpeaker(m)).toList();
            before = ClauseShapes.withoutBodiesAlongside(text, before);
            if (!before.isEmpty() && (frame.type() == ClaimType.DESIGNATION || ofPeople)) {
                Mention lister = nearest(before, trigger, null);
                Mention own = StateServices.ownBodyOf(lister, here);
                if (ofPeople)
                    lastCharger = own != null ? own : lister;
                else
                    lastBody.put(frame.type(), own != null ? own : lister);
            }
        }
        if (subjects.isEmpty() || objects.isEmpty())
            return out;
        Set<String> seen = new HashSet<>();
        if (frame.pairing() == Frames.Pairing.EACH_SUBJECT_NEAREST_OBJECT) {
            // "Hanwha said it won over Germany's Rheinmetall in garnering a contract": the rival beaten is no party
            subjects.removeIf(m -> RIVAL_BEFORE.matcher(text.folded().substring(Math.max(0, m.span().start() - RIVAL_REACH), m.span().start())).find());
            // "Mandiant researchers said the firm works for the PLA": the one who says it does not do it
            Set<String> speakers = new HashSet<>();
            subjects.stream().filter(this::isSpeaker).forEach(m -> speakers.add(m.entity().id()));
            if (subjects.stream().anyMatch(m -> !speakers.contains(m.entity().id())))
                subjects.removeIf(m -> speakers.contains(m.entity().id()));
            List<Mention> allSubjects = List.copyOf(subjects);
            // "the Navy signed a contract with X for drones, and Embraer's unit agreed ...": a subject that opens a
            // clause of its own after the trigger is none of its parties
            subjects.removeIf(m -> clauses.opensOwnClause(m, trigger));
            // "X sold Nvidia chips to the PLA": with a subject before the trigger, firms after it (other than the
            // agent of a passive, "by Y") are part of what changed hands
            if (subjects.stream().anyMatch(m -> m.span().end() <= trigger.start()))
                subjects.removeIf(m -> m.span().start() >= trigger.end() && !afterBy(m));
            // "charged a Chinese national with smuggling Nvidia chips to ...": the goods' maker handed nothing
            // but "the army was using Starlink terminals": the maker of what a military uses is the one the claim is about
            if (!cues.has("usedThrough", trigger))
                subjects.removeIf(m -> m.span().start() >= trigger.end() && namesGoods(m));
            // "the broker sold 45 counterfeit Intel microprocessors to an agent ... on a U.S. Navy contract": the maker
            // of goods another party handed over is no party to the deal told after it
            subjects.removeIf(m -> m.span().end() <= trigger.start() && namesGoods(m)
                    && GOODS_HANDED_BEFORE.matcher(text.folded()).region(Math.max(0, m.span().start() - GOODS_HANDED_REACH), m.span().start()).find());
            // "A post shared on X and Facebook claims that Nvidia ...": the platform a claim was posted on acts in nothing
            subjects.removeIf(m -> POSTED_ON.matcher(text.folded().substring(Math.max(0, m.span().start() - 50), m.span().start())).find());
            subjects.removeIf(this::namedAsMedium);
            // "According to documents found by IPVM, Hikvision sold drones to ...": the one cited acts in nothing
            subjects.removeIf(this::isCitedSource);
            // "X delivered servers containing Nvidia's processors to ...": the maker of a part inside the goods acts in
            // nothing, after the trigger or when the one who handed them over is named before it
            List<Mention> before = List.copyOf(subjects);
            subjects.removeIf(m -> PART_OF_GOODS.matcher(text.folded().substring(Math.max(0, m.span().start() - 30), m.span().start())).find()
                    && (m.span().start() >= trigger.end()
                        || before.stream().anyMatch(o -> o.span().end() <= m.span().start() && !o.entity().equals(m.entity()))));
            // "Tri-Sat, a company established by Mitsubishi Electric and Mitsui & Co., signed the agreement with the
            // Ministry": the founders or owners named in a description act in nothing the sentence goes on to tell
            // (after the trigger too: "jointly built by X, a subsidiary of Y, and Z, a joint venture of V and W")
            List<Mention> describedOwners = subjects.stream().filter(this::namedAsOwner).toList();
            if (describedOwners.size() < subjects.size())
                subjects.removeAll(describedOwners);
            else
                subjects.removeIf(m -> m.span().end() <= trigger.start() && namedAsOwner(m));
            // "..., under which civilian companies are expected to share technology with the armed forces": a clause with
            // firms in general as its subject says nothing of the firms named before it
            subjects.removeIf(m -> m.span().end() <= trigger.start() && genericFirmsActBetween(m.span().end(), trigger.start(), before));
            // "software built on DeepSeek's open-weight models": the maker of what the goods derive from acts in nothing
            subjects.removeIf(m -> m.span().start() >= trigger.end()
                    && DERIVED_FROM.matcher(text.folded().substring(Math.max(0, m.span().start() - 30), m.span().start())).find());
            // "Fedorov, in a letter posted on Twitter, accused the drone maker of being a partner": the accused only
            List<Mention> accused = accusedBefore(trigger, subjects);
            if (!accused.isEmpty())
                subjects = new ArrayList<>(accused);
            Mention relativeOwner = clauses.relativeClauseOwner(subjects, trigger);
            if (relativeOwner != null)
                subjects = new ArrayList<>(List.of(relativeOwner));
            for (Mention subject : subjects) {
                if (!seen.add(subject.entity().id()))
                    continue;
                List<Mention> others = clauses.withoutAside(subject, objects.stream()
                        .filter(o -> !o.entity().id().equals(subject.entity().id())).toList(), trigger);
                others = clauses.beforeNextClause(subject, allSubjects, others, trigger);
                others = ClauseShapes.afterTriggerWhenSubjectLeads(subject, others, trigger);
                if (FOUND_TRIGGER.matcher(text.folded()).region(trigger.start(), trigger.end()).lookingAt()
                        && others.stream().anyMatch(o -> o.span().start() >= trigger.end()))
                    // "the agency said it had found parts made by X in a Russian missile": the weapon's side, not the finder
                    others = others.stream().filter(o -> o.span().start() >= trigger.end()).toList();
                others = clauses.beforeSubordinateClause(others, trigger);
                others = clauses.withinSubjectsClause(subject, others);
                if (!clauses.ownsTrigger(subject, allSubjects, trigger) || clauses.subordinateClauseBetween(subject, trigger))
                    continue;
                Set<String> paired = new HashSet<>();
                for (Mention object : nearestCoordinatedGroup(others, trigger))
                    if (paired.add(object.entity().id()))
                        out.add(new Mention[]{subject, object});
            }
        } else {
            if (frame.type() == ClaimType.DESIGNATION)
                // "placed 28 Chinese government agencies and companies on a blacklist": a body that qualifies a plural
                // noun is among the listed, not the one who lists
                subjects.removeIf(m -> MODIFIES_LISTED.matcher(text.folded()).region(m.span().end(), text.folded().length()).lookingAt());
            if (frame.type() == ClaimType.DESIGNATION && describesNonObjectBefore(frame, here, trigger))
                return out; // "the NUDT, a university controlled by the CMC and blacklisted by the U.S.": NUDT is the one listed
            if (frame.type() == ClaimType.DESIGNATION && describesBodyBefore(here, trigger))
                return out; // "uses the XPCC, a sanctioned paramilitary entity, as a supplier": the body is the one listed
            if (frame.type() == ClaimType.DESIGNATION && listsUnnamedFirms(here, trigger))
                return out; // "a supplier for numerous firms that the Pentagon has listed": those firms are the ones listed
            List<Mention> agents = frame.subjectBeforeTrigger()
                    ? subjects.stream().filter(m -> m.span().end() <= trigger.start()).toList() : subjects;
            if (frame.type() == ClaimType.DESIGNATION && passiveAt(trigger) && !agentsAfterBy(subjects, trigger).isEmpty())
                // "the ministry said the firm was blacklisted by the Commerce Department": the agent after "by" lists,
                // not a body named before the passive verb
                agents = agentsAfterBy(subjects, trigger);
            agents = ClauseShapes.withoutBodiesAlongside(text, agents);
            if (frame.type() == ClaimType.DESIGNATION) {
                // "put Xiaomi on a military blacklist compiled by the US Department of Defense": the compiler lists
                Mention compiler = subjects.stream().filter(m -> m.span().start() >= trigger.start() && LIST_COMPILED_BY
                        .matcher(text.folded()).region(trigger.start(), m.span().start()).find()).findFirst().orElse(null);
                if (compiler != null)
                    agents = List.of(compiler);
            }
            if (frame.type() == ClaimType.DESIGNATION) {
                // "said its app uses servers of China Mobile, a firm that is on the Pentagon's list": the list's owner
                // named in the phrase lists, not the body that speaks earlier in the sentence
                List<Mention> listOwners = subjects.stream().filter(m -> trigger.contains(m.span()) && OWNS_LIST
                        .matcher(text.folded()).region(m.span().end(), trigger.end()).lookingAt()).toList();
                if (!listOwners.isEmpty())
                    agents = listOwners;
            }
            if (agents.isEmpty() && frame.subjectBeforeTrigger()) // the owner inside the phrase: "on the FCC's list"
                agents = subjects.stream().filter(m -> trigger.contains(m.span())).toList();
            boolean byEach = false;
            if (agents.isEmpty() && frame.subjectBeforeTrigger() && passiveAt(trigger)) {
                // "were added by the Pentagon", "the investigation was conducted by the FBI and HSI"; else a
                // government body named after it ("..., BIS said")
                agents = agentsAfterBy(subjects, trigger);
                byEach = agents.size() > 1;
                if (agents.isEmpty())
                    agents = subjects.stream().filter(m -> m.span().start() >= trigger.end()
                            && m.type().isAuthority()).toList();
            }
            if (agents.isEmpty() && frame.type() == ClaimType.INVESTIGATION && frame.subjectBeforeTrigger()
                    && PLEA.matcher(text.folded()).region(trigger.start(), trigger.end()).lookingAt())
                // "X pleaded guilty to charges of violating Iran sanctions, the Justice Department said": the body that
                // tells of the plea is the one that charged
                agents = subjects.stream().filter(m -> m.span().start() >= trigger.end() && m.type().isAuthority()
                        && isSpeaker(m)).limit(1).toList();
            if (agents.isEmpty() && frame.subjectBeforeTrigger()) {
                // "prosecutors in Taiwan are investigating X": the prosecutors' office the article names
                Mention named = agentByNoun(frame, trigger);
                if (named != null)
                    agents = List.of(named);
            }
            if (agents.isEmpty() && frame.subjectBeforeTrigger()) {
                // active voice with no body before the trigger: the body after it is not the agent
                Mention carried = carriedBody(frame);
                if (!passiveAt(trigger) && NOUN_BEFORE.matcher(text.folded()).region(Math.max(0, trigger.start() - 25), trigger.start()).find())
                    // "a report by RUSI said the company's website listed many components": a verb whose own subject
                    // is a noun before it acts on nothing named further back
                    objects.removeIf(o -> o.span().end() <= trigger.start());
                agents = carried != null ? List.of(carried) : List.of();
                if (agents.isEmpty() && frame.type() == ClaimType.DESIGNATION) {
                    Mention opener = stateOpeningSentence(trigger);
                    if (opener != null)
                        agents = List.of(opener);
                }
                if (agents.isEmpty())
                    return out;
            }
            if (!byEach && frame.type() == ClaimType.INVESTIGATION
                    && text.folded().substring(trigger.start(), trigger.end()).endsWith(" with")) {
                // "also settled with the US Department of Justice and the US Department of State": each body after "with"
                List<Mention> after = subjects.stream().filter(m -> m.span().start() >= trigger.end()).toList();
                List<Mention> group = nearestCoordinatedGroup(after, trigger);
                if (group.stream().map(m -> m.entity().id()).distinct().count() > 1) {
                    agents = group;
                    byEach = true;
                }
            }
            List<Mention> acting = byEach ? agents : List.of(nearest(agents.isEmpty() ? subjects : agents, trigger, null));
            if (acting.get(0) != chargedByArticle) // a body found anywhere in the article is carried to no later sentence
                lastBody.put(frame.type(), acting.get(0));
            if (frame.type() == ClaimType.DESIGNATION && firstLister == null)
                firstLister = acting.get(0);
            // "The newly added entities include A, B at C, D and E": a trigger that opens an enumeration lists every
            // object after it in the sentence, however the items are joined
            boolean enumeration = frame.type() == ClaimType.DESIGNATION
                    && ENUMERATION.matcher(text.folded().substring(trigger.start(), trigger.end())).find();
            for (Mention subject : acting) {
                List<Mention> others = objects.stream().filter(o -> !o.entity().id().equals(subject.entity().id())).toList();
                List<Mention> enumerated = enumeration ? others.stream().filter(o -> o.span().start() >= trigger.end()).toList() : List.of();
                Set<String> paired = new HashSet<>();
                List<Mention> group = enumerated.isEmpty() ? nearestCoordinatedGroup(others, trigger) : enumerated;
                if (frame.type() == ClaimType.INVESTIGATION && !suspectsBeside(group, trigger))
                    continue;
                for (Mention object : group)
                    if (paired.add(object.entity().id()) && (byEach || seen.add(object.entity().id())))
                        out.add(new Mention[]{subject, object});
            }
        }
        return out;
    }

    /** Drops the objects after the first match of {@code about} within {@code [from, to)}: what a charge is about. */
    private void removeObjectsAfter(List<Mention> objects, Pattern about, int from, int to) {
        Matcher m = about.matcher(text.folded()).region(from, to);
        if (m.find()) {
            int end = m.end();
            objects.removeIf(o -> o.span().start() >= end);
        }
    }

    /** How far a charge or an arrest may be from the people it names: "filed charges against the men, identified as X". */
    private static final int SUSPECT_WINDOW = 60;

    /**
     * A person the text names as an official or a state's agent ("U.S. Attorney Ismail Ramsey", "FBI Director X"),
     * wherever in the article it gives the role ("Smith's comments" after "FBI Assistant Director James Smith said").
     */
    private boolean actsForState(Mention person) {
        return mentions.stream().filter(m -> m.entity().id().equals(person.entity().id())).anyMatch(m -> lexicon.isOfficialRole(m.role())
                || m.roleOf() != null && m.roleOf().type() != EntityType.TECH_FIRM && m.roleOf().type() != EntityType.ORGANISATION);
    }

    /**
     * The body that last listed or investigated, at most {@value #BODY_CARRY_SENTENCES} sentences before; for charges of
     * people also the one that charged people it did not name ("Two men face charges, prosecutors said. X and Y are
     * accused of ..."), whichever was named last; null when none is.
     */
    private Mention carriedBody(Frames.LinkFrame frame) {
        Mention carried = lastBody.get(frame.type());
        if (chargesPeople(frame) && lastCharger != null && (carried == null || lastCharger.span().start() > carried.span().start()))
            carried = lastCharger;
        return carried != null && sentenceIndex - text.sentenceAt(carried.span().start()).index() <= BODY_CARRY_SENTENCES
                ? carried : null;
    }

    /** A frame of charges against people, not firms. */
    private static boolean chargesPeople(Frames.LinkFrame frame) {
        return frame.type() == ClaimType.INVESTIGATION && frame.objects().equals(Set.of(EntityType.PERSON));
    }

    /**
     * Whether the people an investigation names are those it acts on: a group of firms always is; persons only next to
     * the trigger ("was arrested", "charging X and Y"), not a person the sentence tells of further on ("The indictment
     * comes amid friction ... following the poisoning of Kremlin critic Alexei Navalny").
     */
    private boolean suspectsBeside(List<Mention> group, Span trigger) {
        if (group.isEmpty() || group.stream().anyMatch(m -> m.type() != EntityType.PERSON))
            return true;
        int gap = Integer.MAX_VALUE;
        for (Mention m : group)
            gap = Math.min(gap, m.span().start() >= trigger.end() ? m.span().start() - trigger.end()
                    : Math.max(0, trigger.start() - m.span().end()));
        return gap <= SUSPECT_WINDOW;
    }

    /** A common noun right before a verb: "the company's website listed", not "was listed", "and later added". */
    private static final Pattern NOUN_BEFORE = Pattern.compile("\\b(?!(was|were|is|are|been|being|be|also|first|later|formally|"
            + "then|newly|recently|previously|already|and|or|not|which|who|that|has|have|had|it|they|he|she|since|when)\\b)[a-z]{3,} $");

    private static final Pattern ENUMERATION = Pattern.compile("\\b(include|includes|included)$|\\b(are|were)$");

    private static final int COUNTRY_AGENT_WINDOW = 12;
    static final Pattern LIST_KEEPING_MILITARY = Pattern.compile(
            "(?i)^(?!.*\\b(university|academy|institute|college|school)\\b).*\\b(ministry|department|pentagon|presidency|agency|"
            + "administration|office|directorate|council|defen[cs]e)\\b");
    private static final Pattern FOUND_TRIGGER = Pattern.compile("(found|discovered|recovered|identified)\\b");
    private static final Pattern DEFINITE_BEFORE = Pattern.compile("\\b(the|its|this|that|their|these|those)\\s+([a-z-]+\\s+)?$");
    private static final Set<String> ACT_NOUNS = Set.of("designation", "designations", "sanctions", "blacklisting", "listing", "ban");

    /** "the designation", "its blacklisting": a noun trigger with a definite determiner, naming an act told before. */
    private boolean refersToEarlierAct(Span trigger) {
        String folded = text.folded();
        return ACT_NOUNS.contains(folded.substring(trigger.start(), trigger.end()))
                && DEFINITE_BEFORE.matcher(folded).region(Math.max(0, trigger.start() - 30), trigger.start()).find();
    }

    private static final Pattern AGENTS_JOINED = Pattern.compile("('s( [\\w-]+){0,4})?\\s*(,\\s*(and\\s+)?|\\s+and\\s+)(the\\s+)?");

    /**
     * The agents named after "by" behind a passive trigger: the first, and those joined to it ("by the FBI's Houston
     * field office and Homeland Security Investigations"). An office named right after its owner is the agent, not
     * the owner ("by the Commerce Department's Office of Export Enforcement").
     */
    private List<Mention> agentsAfterBy(List<Mention> subjects, Span trigger) {
        List<Mention> after = subjects.stream().filter(m -> m.span().start() >= trigger.end()).toList();
        List<Mention> agents = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            Mention m = after.get(i);
            if (agents.isEmpty()) {
                if (!afterBy(m))
                    continue;
                agents.add(m);
                continue;
            }
            Mention prev = agents.get(agents.size() - 1);
            if (prev.span().end() > m.span().start())
                continue;
            String gap = text.folded().substring(prev.span().end(), m.span().start());
            if (gap.matches("'s\\s+"))
                agents.set(agents.size() - 1, m);
            else if (AGENTS_JOINED.matcher(gap).matches())
                agents.add(m);
            else
                break;
        }
        return agents;
    }

    private static final Pattern OWNER_GAP = Pattern.compile("\\s?|-|'s\\s+");
    private static final Pattern OWNERS_JOINED = Pattern.compile("\\s*,\\s*(and\\s+)?|\\s+and\\s+");

    private static final Pattern OWNS_LIST = Pattern.compile("'s\\s+([\\w-]+\\s+){0,3}(list|blacklist|register|roster)\\b");

    /**
     * The states and bodies whose sanctions a trigger names, right before it and joined by "and" or commas ("US and
     * European Union sanctions", "US-sanctioned", "the EU's sanctions"); empty for any other trigger.
     */
    private List<Mention> sanctionOwners(List<Mention> here, Span trigger) {
        if (!text.folded().startsWith("sanction", trigger.start()))
            return List.of();
        List<Mention> owners = new ArrayList<>();
        int end = trigger.start();
        Pattern gap = OWNER_GAP;
        while (true) {
            Mention owner = null;
            for (Mention m : here)
                if ((m.type() == EntityType.COUNTRY || m.type().isAuthority()) && m.span().end() <= end
                        && gap.matcher(text.text().substring(m.span().end(), end)).matches()
                        && (owner == null || m.span().start() < owner.span().start()))
                    owner = m;
            if (owner == null)
                return owners;
            Mention possessor = owners.isEmpty() ? possessorOf(here, owner) : null;
            if (possessor != null) // "the UK's Russia sanctions list": Russia is the regime's target, the UK its owner
                return List.of(possessor);
            owners.add(owner);
            end = owner.span().start();
            gap = OWNERS_JOINED;
        }
    }

    /** The state or body named right before {@code m} with a possessive ("the UK's" in "the UK's Russia sanctions"). */
    private Mention possessorOf(List<Mention> here, Mention m) {
        for (Mention o : here)
            if ((o.type() == EntityType.COUNTRY || o.type().isAuthority()) && o.span().end() < m.span().start()
                    && POSSESSIVE_GAP.matcher(text.text().substring(o.span().end(), m.span().start())).matches())
                return o;
        return null;
    }

    private static final Pattern POSSESSIVE_GAP = Pattern.compile("['\u2019]s?\\s+");

    private static final int OPENER_WORDS = 3;
    private static final int LISTING_VERB_WINDOW = 60;
    private static final Pattern DATELINE = Pattern.compile("[A-Z][A-Z .'-]+(,[^.]{0,40}?)?(\\s[-\u2013\u2014]|:)\\s*([Tt]he\\s+)?");
    // "China's embassy said it firmly opposes the sanctions": a body that speaks against the listing is not its maker
    private static final Pattern LISTING_VERB = Pattern.compile("(?:(?!oppos|condemn|reject|criticis|criticiz|denounc|protest|object|withdraw|lift)[^.;:\"]){0,40}?\\b(imposed|imposes|added|adds|placed|places|"
            + "sanctioned|sanctions|designated|designates|blacklisted|blacklists|listed|lists|banned|bans|froze|freezes|"
            + "put|puts|imposing|adding|placing|putting|sanctioning|designating|blacklisting|listing|freezing)\\b");
    private static final int OPENER_SENTENCES = 3;
    private static final int LEAD_SENTENCES = 2;

    /**
     * "China on Thursday added four firms to its list", "Britain imposed asset freezes on six companies. ... Those
     * designated include X": the government body or state that opens the trigger's sentence (before the trigger) or
     * one of the few sentences before it as the subject of a verb of listing, nearest first; null when none does.
     */
    private Mention stateOpeningSentence(Span trigger) {
        Sentence here = text.sentenceAt(trigger.start());
        for (Sentence s : text.sentences().reversed()) {
            // the headline and the lead tell whose listing the whole story is about, however far down the list is given
            if (s.index() > here.index() || here.index() - s.index() > OPENER_SENTENCES && s.index() >= LEAD_SENTENCES)
                continue;
            // the first party of the sentence, past a dateline's outlet ("LONDON, March 12 (Thames Wire) - Britain ...")
            Mention first = null;
            for (Mention m : mentions)
                if (m.span().start() >= s.span().start() && m.span().start() < s.span().end()
                        && m.type() != EntityType.MEDIA && m.type() != EntityType.PERSON) {
                    first = m;
                    break;
                }
            if (first == null || (s == here && first.span().start() >= trigger.start()))
                continue;
            boolean opens = text.wordsBetween(s.span().start(), first.span().start()) <= OPENER_WORDS
                    || DATELINE.matcher(text.text()).region(s.span().start(), first.span().start()).matches();
            boolean state = first.type().isAuthority()
                    || (first.type() == EntityType.COUNTRY && first.kind() == Mention.Kind.NAME);
            // "The United States imposed sanctions on six entities ..., the U.S. Treasury Department said": the
            // state's own body that tells of it
            Mention own = StateServices.ownBodyOf(first, mentions.stream().filter(m -> s.span().contains(m.span())).toList());
            if (own != null)
                first = new Mention(first.span(), own.entity(), first.kind());
            if (opens && state && text.quoteAround(first.span()) == null && LISTING_VERB.matcher(text.folded())
                    .region(first.span().end(), Math.min(s.span().end(), first.span().end() + LISTING_VERB_WINDOW)).lookingAt())
                return new Mention(first.span(), first.entity(), first.kind());
        }
        return null;
    }

    private static final Pattern GOODS_HANDED_BEFORE = Pattern.compile("\\b(sold|sells|sell|selling|supplied|shipped|smuggled|exported|"
            + "bought|purchased|obtained|acquired|delivered|stole|stolen|procured)\\b[^,;.]*$");
    private static final int GOODS_HANDED_REACH = 40;

    /** Whether the firm's name modifies a noun of goods right after it ("Nvidia chips", "Hikvision cameras"). */
    private boolean namesGoods(Mention m) {
        int next = text.tokenAtOrAfter(m.span().end());
        if (next >= text.tokens().size())
            return false;
        org.techmil.annotate.Token t = text.tokens().get(next);
        return t.span().start() - m.span().end() <= 1 && t.isWord() && lexicon.isProductNoun(t.text())
                && t.text().equals(t.lower());
    }

    private static final Pattern THINGS_SUBJECT = Pattern.compile(
            "(?:^|[,;:(]|\\bthat|\\b(?:says|said|say|alleges|alleged|claims|claimed|believes|believe|finds|found|adds|added))"
                    // and a quotation that opens with a group: "“These companies supplied ...,” the department said"
                    + "\\s*(?:[\"\u201c]\\s*(?i:these|those)|(?i:the|these|those|its|their|some|such|many|most|all))\\s[^,;:()A-Z\"\u201c\u201d]*"
                    // "The companies, which are now designated as having ties to the Chinese military, ..."
                    + "(,\\s*(?:which|who|that)\\s[^,;:()\"\u201c\u201d]*)?$");

    /** Whether the clause of a trigger opens with a common noun phrase as its subject: "the parts were resold to". */
    private boolean thingsAsSubject(Span trigger) {
        Sentence s = text.sentenceAt(trigger.start());
        return THINGS_SUBJECT.matcher(text.text().substring(s.span().start(), trigger.start())).find();
    }

    private static final int GROUP_CARRY_SENTENCES = 2;

    /**
     * "All five companies are on the Covered List": when a sentence names none of the frame's objects but refers to
     * several firms ({@code pluralFirms} cues), the last group of two or more of them named together in the
     * sentences just before, as coreferences at the trigger.
     */
    private List<Mention> groupReferredTo(Frames.LinkFrame frame, Span trigger) {
        Sentence s = text.sentenceAt(trigger.start());
        if (!cues.has("pluralFirms", s.span()))
            return List.of();
        List<Mention> named = namedNext(frame, trigger, s);
        if (!named.isEmpty())
            return named;
        // "The bloc's 20th package ... added three Chinese electronics distributors": a number without "the" brings
        // in firms not named yet, not the ones named before
        boolean definite = false;
        for (int[] m : Frames.matches(frames.cue("pluralFirms"), text.folded(), s.span().start(), s.span().end()))
            definite |= !INDEFINITE_GROUP.matcher(text.folded()).region(Math.max(s.span().start(), m[0] - 12), m[1]).find();
        return definite ? groupNamedBefore(frame.objects(), s, trigger) : List.of();
    }

    private static final Pattern INDEFINITE_GROUP = Pattern.compile(
            "(?<!\\b(the|these|those|all|both|its|their|of)\\s)\\b(two|three|four|five|six|seven|eight|nine|ten|\\d+|several)\\s[^.;]*$");

    /**
     * "the two firms had supplied servers to the PLA": a plural reference to firms before the trigger of a sentence
     * that names none stands for the group of firms named together a sentence or two before; else empty.
     */
    private List<Mention> subjectGroupReferredTo(Frames.LinkFrame frame, Span trigger) {
        Sentence s = text.sentenceAt(trigger.start());
        if (Frames.matches(frames.cue("pluralFirms"), text.folded(), s.span().start(), trigger.start()).isEmpty())
            return List.of();
        return groupNamedBefore(frame.subjects(), s, trigger);
    }

    /** The group of two or more parties of the types named together a sentence or two before {@code s}, or empty. */
    private List<Mention> groupNamedBefore(Set<EntityType> types, Sentence s, Span trigger) {
        List<Mention> earlier = mentions.stream()
                .filter(m -> m.span().start() < s.span().start() && types.contains(m.type())
                        && s.index() - text.sentenceAt(m.span().start()).index() <= GROUP_CARRY_SENTENCES)
                .toList();
        List<Mention> group = nearestCoordinatedGroup(earlier, new Span(s.span().start(), s.span().start()));
        if (group.stream().map(m -> m.entity().id()).distinct().count() < 2)
            return List.of();
        return group.stream().map(m -> new Mention(trigger, m.entity(), Mention.Kind.COREFERENCE)).toList();
    }

    private static final Pattern LIST_GOES_ON = Pattern.compile("\\b(they|those|these|the (companies|firms|entities|"
            + "businesses|suppliers|exporters|others|rest)|include[sd]?|including|named|among them|designated|listed|"
            + "sanctioned|added|(first|second|third|fourth|fifth|other|last) (firm|company|one|entity)|accused of|"
            + "(had|has|have) (\\w+ )?(shipped|supplied|sold|sent|provided|helped|exported|delivered))\\b|:\\s*$");
    private static final Pattern COUNTED_FIRMS = Pattern.compile(
            "\\b(two|three|four|five|six|seven|eight|nine|ten|\\d+|several|more|other|following) ([\\w-]+ ){0,2}"
                    + "(companies|firms|businesses|suppliers|exporters|entities|enterprises|organisations|organizations|"
                    + "makers|manufacturers|distributors|traders)\\b");

    /**
     * "The EU imposed sanctions on two Chinese companies ... Zhejiang Feiyan had supplied ... The second firm, Shenzhen
     * Hexin, ...": firms counted without being named after the trigger are the next ones the article names, in
     * this sentence or the two after it, as many as the count says.
     */
    private List<Mention> namedNext(Frames.LinkFrame frame, Span trigger, Sentence s) {
        Matcher m = COUNTED_FIRMS.matcher(text.folded()).region(trigger.start(), s.span().end());
        if (!m.find())
            return List.of();
        String count = m.group(1);
        if (count.equals("following"))
            return listedAfter(frame, trigger, s);
        int wanted = SentenceCues.countOf(count) >= 0 ? SentenceCues.countOf(count) : Integer.MAX_VALUE;
        List<Mention> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Mention x : mentions) {
            Sentence at = text.sentenceAt(x.span().start());
            int back = at.index() - s.index();
            if (x.span().start() < m.end() || back > GROUP_CARRY_SENTENCES || out.size() >= wanted)
                continue;
            // a later sentence goes on with the list ("They are X, Y and Z", "The companies include ...", "The Council
            // said X had supplied ...") or tells other news ("Germany's Rheinmetall has agreed to build ..."), whose
            // firms are no part of it
            if (back > 0 && !LIST_GOES_ON.matcher(text.folded()).region(at.span().start(), at.span().end()).find()
                    && cues.mentionsIn(at.span()).stream().noneMatch(b -> b.type().isAuthority()))
                continue;
            if (x.kind() == Mention.Kind.NAME && frame.objects().contains(x.type()) && seen.add(x.entity().id()))
                out.add(new Mention(trigger, x.entity(), Mention.Kind.COREFERENCE));
        }
        if (wanted != Integer.MAX_VALUE && out.size() < wanted) {
            // "added 11 organisations ... Four of the additions are:" and then one line per firm
            for (int k = s.index(); k <= s.index() + GROUP_CARRY_SENTENCES && k < text.sentences().size(); k++) {
                Sentence intro = text.sentences().get(k);
                if (intro.span().coveredText(text.text()).strip().endsWith(":"))
                    return listedAfter(frame, trigger, intro);
            }
            return List.of();
        }
        return out;
    }

    /** "added the following firms to the list:" and a bulleted list: the firms of each line that names one. */
    private List<Mention> listedAfter(Frames.LinkFrame frame, Span trigger, Sentence s) {
        List<Mention> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int k = s.index() + 1; k < text.sentences().size(); k++) {
            Sentence line = text.sentences().get(k);
            List<Mention> firms = cues.mentionsIn(line.span()).stream()
                    .filter(x -> x.kind() == Mention.Kind.NAME && frame.objects().contains(x.type())).toList();
            if (firms.isEmpty())
                break;
            for (Mention x : firms)
                if (seen.add(x.entity().id()))
                    out.add(new Mention(trigger, x.entity(), Mention.Kind.COREFERENCE));
        }
        return out;
    }

    /**
     * The latest mention of one of the frame's subject classes in the sentences before the trigger's own, at most
     * {@code subjectFromEarlierSentences} back, as a coreference at the trigger; null when there is none.
     */
    private Mention subjectNamedBefore(Frames.LinkFrame frame, Span trigger) {
        int sentence = text.sentenceAt(trigger.start()).index();
        Mention latest = null;
        for (Mention m : mentions) {
            if (m.span().start() >= trigger.start())
                break;
            int back = sentence - text.sentenceAt(m.span().start()).index();
            // the first such mention of the nearest sentence that has one: the actor of that sentence, not its recipient
            if (back >= 1 && back <= frame.subjectFromEarlierSentences() && frame.subjects().contains(m.type())
                    && (latest == null || text.sentenceAt(latest.span().start()).index() != text.sentenceAt(m.span().start()).index()))
                latest = m;
        }
        return latest == null ? null : new Mention(trigger, latest.entity(), Mention.Kind.COREFERENCE);
    }

    private static final Pattern COORDINATION = Pattern.compile("\\s*(,\\s*\\d{1,3},\\s*(and\\s+)?|(,\\s*)?(and\\s+)?\\d{1,3}-year-old\\s+|,\\s*(and\\s+|or\\s+)?|and\\s+|or\\s+|&\\s*|(,\\s*)?(as well as|together with|along with|plus)\\s+"
            + "|\\(\\s*[\"\u201c]?|[\"\u201d]?\\)\\s*(,\\s*)?(and\\s+)?|\\)\\s*,?\\s*and\\s+(two|three|four|five|six|several|\\d+)\\s[^,;()]{1,40}\\(\\s*|,\\s*(a|an|the)\\s[^,;()]{1,60},\\s*(and\\s+)?|,\\s*(which|that|who)\\s[^,;()]{1,120},\\s*(and|as well as)\\s+|\\s*\\([^()]{1,60}\\)\\s*(,\\s*((and|or)\\s+)?|(and|or)\\s+)|(,\\s*)?and\\s+(its|their)\\s[^,;()]{1,40},\\s*|(,\\s*)?and\\s+(two|three|four|five|six|seven|eight|nine|ten|\\d+|several|other)\\s[^,;()]{1,40},\\s*"
            + "|(,\\s*)?and\\s+(a|an|the|its|two|three|several)\\s+([\\w-]+\\s+)?(units?|subsidiar(y|ies)|affiliates?|divisions?|arms?)\\s+of\\s+)"
            + "(the\\s+)?((latter|former)['\u2019]s\\s+)?(([\\p{Lu}][\\p{L}]+\\s+){0,2}[\\p{Lu}][\\p{L}]+['\u2019]s\\s+)?([\\p{Lu}][\\p{L}]+\\s+(?=[\\p{Ll}]))?([\\p{Lu}][\\p{L}]+-[\\p{Ll}]+\\s+)?(([\\p{Ll}][\\p{L}-]*\\s+){0,4}(firms?|makers?|compan(y|ies)|groups?|start-?ups?|developers?|manufacturers?|suppliers?|giants?|providers?|vendors?|operators?|producers?|sellers?|distributors?|exporters?|traders?|designers?)\\s+|([\\p{Ll}][\\p{L}-]*\\s+){0,2})(([\\p{Lu}][\\p{L}]*\\s+){0,2}[\\p{Lu}][\\p{L}]*-[\\p{Ll}]+\\s+)?");

    private static final Pattern ALONG_WITH_TRIGGER = Pattern.compile("\\s+[^.;]{1,80}?\\s(along|together) with\\s+([\\w()-]+\\s+){0,4}");

    /** "Lockheed Martin's missile unit and General Dynamics": a firm's own unit stands in the list for the firm. */
    private static final Pattern UNIT_AND = Pattern.compile("'s(\\s+[\\p{Ll}][\\p{L}-]*){1,3}\\s+(and|or)\\s+");
    private static final Pattern APPOSITION_GAP = Pattern.compile("\\s*,\\s*(the|a|an)\\s+");
    private static final Pattern INNER_APPOSITION = Pattern.compile(",[^;,]{0,100}\\b(of|for|at)\\s+(its|his|her|their|the)\\s+[^;,]{1,40},\\s*");
    /** "Dario Roe, 41, president of Orvane, and Lena Kask"; not "Meng Wanzhou, daughter of its founder, Ren Zhengfei". */
    private static final Pattern PERSON_APPOSITION_GAP = Pattern.compile("\\s*,\\s*(\\d{1,3}\\s*,\\s*)?[\\p{L}'\u2019 .&-]{1,70},\\s*and\\s+");
    /** "X, a maker of engines; Y of Pune, India; and Istanbul-based Z": items of a list separated by semicolons. */
    private static final Pattern SEMICOLON_ITEM = Pattern.compile("[^;.]{0,150};\\s*(and\\s+|or\\s+)?([\\w'-]+\\s+){0,2}");

    private static final Pattern COUNTERPARTY_BEFORE = Pattern.compile("\\b(from|with|by|for) (the )?$");
    private static final int COUNTERPARTY_WINDOW = 60;

    private static final Pattern WITH_AFTER = Pattern.compile("^\\s+with\\s+(the\\s+)?$");

    /**
     * "A Guardian investigation, in collaboration with +972 Magazine, revealed that ...": a partner named right after
     * the trigger's "with" that no frame of its kind takes as a party (an outlet, a charity) makes the trigger tell of
     * that collaboration, not of one between the parties the sentence names elsewhere.
     */
    private boolean partnerIsNoParty(Frames.LinkFrame frame, List<Mention> here, Span trigger) {
        if (frame.type() != ClaimType.PARTNERSHIP)
            return false;
        for (Mention m : here)
            if (m.span().start() >= trigger.end()) {
                if (!WITH_AFTER.matcher(text.folded().substring(trigger.end(), m.span().start())).matches())
                    return false;
                return !frame.subjects().contains(m.type()) && !frame.objects().contains(m.type());
            }
        return false;
    }

    /** How far before a body the words of its former members may start ("a former commander of the IDF's Unit 8200"). */
    private static final int FORMER_MEMBERS_REACH = 90;

    /** Whether the body is named as one its people once served in (cue {@code formerMembersOf}). */
    private boolean servedInBefore(Mention body) {
        int from = Math.max(0, body.span().start() - FORMER_MEMBERS_REACH);
        return frames.cue("formerMembersOf").stream()
                .anyMatch(p -> p.matcher(text.folded()).region(from, body.span().start()).find());
    }

    private static final Pattern CHARGED_WITH = Pattern.compile("\\bcharg(ed|es|ing)\\b[^.;]{0,80}?\\bwith\\b");
    private static final Pattern SUSPECTED_OF = Pattern.compile("\\b(suspected|accused|suspicion|allegations?) of\\b");
    private static final Pattern TAKEN_FROM = Pattern.compile("\\bfrom\\s+(the\\s+)?([\\w-]+\\s+){0,2}$");
    private static final int TAKEN_FROM_REACH = 40;
    private static final Pattern PARTY_BEFORE = Pattern.compile("\\b(with|to)\\s+(the\\s+)?([\\w-]+\\s+){0,3}$");
    private static final Pattern PARTY_AFTER = Pattern.compile("^(\\s*\\([^()]{1,30}\\))?(,[^,;]{1,60},)?\\s*(which |that )?(has |have |had |also |then |later )?"
            + "(won|wins|secured|secures|bagged|bags|received|receives|signed|signs|inked|inks|clinched|clinches|landed|lands|"
            + "(was|were|has been|have been|had been) (awarded|given|handed|selected|chosen))\\b");

    /**
     * "a contract has been signed with Goa Shipyard", "Edge won a contract": a firm the sentence makes party to the deal
     * of the trigger, after it as its counterparty or before it as the one that won it.
     */
    private boolean dealParty(Mention firm, Span trigger) {
        String folded = text.folded();
        return firm.span().start() >= trigger.end()
                ? PARTY_BEFORE.matcher(folded).region(Math.max(0, firm.span().start() - 40), firm.span().start()).find()
                : PARTY_AFTER.matcher(folded).region(firm.span().end(), Math.min(folded.length(), firm.span().end() + 120)).lookingAt();
    }

    /** Whether a civil government body is the other party of a deal, right after "from", "with", "by" or "for". */
    private boolean civilCounterparty(List<Mention> here, Span trigger) {
        for (Mention m : here)
            if (m.type().isAuthority() && m.span().start() >= trigger.end()
                    && m.span().start() - trigger.end() <= COUNTERPARTY_WINDOW
                    && COUNTERPARTY_BEFORE.matcher(text.folded().substring(Math.max(0, m.span().start() - 12), m.span().start())).find())
                return true;
        return false;
    }

    /** How far before a firm, in characters, the words that make it a rival may start ("a race against X and Y"). */
    private static final int RIVAL_REACH = 80;
    private static final Pattern RIVAL_BEFORE = Pattern.compile("\\b(won out over|won over|winning over|beat|beating|defeated|"
            + "defeating|edged out|edging out|outbid|outbidding|ahead of|rather than|instead of|over rivals?|against rivals?|"
            + "(race|competition|contest|battle|bid|bidding|tender) (against|with)|compet(ing|es|ed) (against|with))\\s+"
            + "([\\w'-]+\\s+){0,3}((and|or)\\s+([\\w'-]+\\s+){0,2})?$");
    private static final Pattern PART_OF_GOODS = Pattern.compile("\\b(containing|contained|contains|equipped with|fitted with|"
            + "powered by|featuring|incorporating|loaded with) (the )?$");
    private static final Pattern GENERIC_FIRMS_ACT = Pattern.compile("(?:[,;:(]|\\b(?:which|whereby|where)\\b)\\s*(?:[\\w'-]+\\s+){0,4}?"
            + "(companies|firms|businesses|enterprises|corporations|suppliers|manufacturers|vendors) (are|were|must|should|can|"
            + "could|may|might|would|will|have to|has to|had to)\\b");

    private static final Pattern OWNED_BY = Pattern.compile("\\b(established|founded|co-founded|owned|co-owned|set up|formed|"
            + "created|controlled|backed|spun off) by\\s+((\\p{Lu}[\\w&.'\u2019-]*+|and|&|,)\\s*+)*+$"
            // "Earth, a division of Edge Group, clinched a deal": the owner in an apposition
            + "|,\\s*(a|an|the) ([\\w-]+ )?(division|unit|subsidiary|affiliate|joint venture|joint-venture) (of|between)\\s+"
            + "(the\\s+)?((\\p{Lu}[\\w&.'\u2019-]*+|and|&|company|firm|group)\\s*+)*+$"
            // "..., a joint venture of Thales and Finmeccanica, which recently rebranded as Leonardo": the owner's new name
            + "|\\b(rebranded|renamed) (as\\s+)?$");
    private static final int OWNER_LOOKBACK = 160;

    /**
     * "X SA (X), Spacety China's Luxembourg-based subsidiary": a firm named, in an apposition, as the owner of the unit
     * just named; not "placed Lockheed Martin's missile unit on its list", where the unit stands for the firm.
     */
    private boolean namedAsOwnerOfUnit(Mention m) {
        String folded = text.folded();
        return m.type() == EntityType.TECH_FIRM
                && APPOSITION_BEFORE.matcher(folded).region(Math.max(0, m.span().start() - APPOSITION_REACH), m.span().start()).find()
                && OWNER_OF_UNIT.matcher(folded).region(m.span().end(), folded.length()).lookingAt();
    }

    private static final Pattern APPOSITION_BEFORE = Pattern.compile("[\\w)],\\s*$");
    private static final int APPOSITION_REACH = 4;
    private static final Pattern OWNER_OF_UNIT = Pattern.compile("'s\\s+([\\w-]+\\s+){0,2}(subsidiary|subsidiaries|unit|units|"
            + "affiliate|affiliates|division|arm)\\b");

    /** Whether a firm is named among the owners or founders that describe another ("a company set up by X, Y and Z"). */
    private boolean namedAsOwner(Mention m) {
        Sentence s = text.sentenceAt(m.span().start());
        return OWNED_BY.matcher(text.text()).region(Math.max(s.span().start(), m.span().start() - OWNER_LOOKBACK), m.span().start()).find();
    }

    /**
     * Whether, between a named firm and a trigger, a new clause opens with firms in general as its subject ("under which
     * civilian companies are expected to"), with no other party named in that subject.
     */
    private boolean genericFirmsActBetween(int from, int to, List<Mention> parties) {
        Matcher m = GENERIC_FIRMS_ACT.matcher(text.folded()).region(from, to);
        while (m.find()) {
            int start = m.start(), end = m.start(1);
            if (parties.stream().noneMatch(p -> p.span().start() >= start && p.span().start() < end))
                return true;
        }
        return false;
    }

    private static final Pattern DERIVED_FROM = Pattern.compile("\\b(built|based|trained|modell?ed|derived|fine-tuned) (on|from) (top of )?(the )?$");
    private static final Pattern POSTED_ON = Pattern.compile("\\b(post|posts|posted|shared|published|appeared|circulat\\w*|viral|"
            + "video|videos|message|messages|account|accounts|thread|claims?|written)\\b[^.;]{0,40}?\\bon ([\\w.]+ (and|or) )?$");
    private static final Pattern NOT_TO_BEFORE = Pattern.compile(
            "\\b(not|never|nor|rather than)( (to|for|with|by))? (the )?$|\\b(not|never|nor|neither|no)( [\\w-]+){1,3} (to|for|with|by|from|in) (the |any )?$"
            + "|\\bnothing to do with (the |any )?([\\w-]+ ){0,3}$");
    private static final Pattern OF_BEFORE = Pattern.compile("\\bof\\s+(the\\s+)?([\\w]+-[\\w]+\\s+)?$");
    private static final int OF_PENALTY = 1000;

    /** Whether a mention sits in a quotation that denies ("has never had any connection with the PLA"). */
    private boolean deniedInQuote(Mention m) {
        Span quote = text.quoteAround(m.span());
        return quote != null && !Frames.matches(frames.cue("negation"), text.folded(), quote.start(), m.span().start()).isEmpty();
    }

    /**
     * The objects named together ("Huawei, ZTE and Hikvision") nearest the trigger: the first such list after its
     * start, or the last one before it, whichever is closer.
     */
    private List<Mention> nearestCoordinatedGroup(List<Mention> objects, Span trigger) {
        List<List<Mention>> groups = new ArrayList<>();
        for (Mention m : objects) {
            List<Mention> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null) {
                Mention prev = last.get(last.size() - 1);
                String gap = prev.span().end() <= m.span().start()
                        ? text.text().substring(prev.span().end(), m.span().start()) : "";
                // "Unit 8200, the Israeli military's signals intelligence unit": an apposition that describes the
                // party before by its owner names no party of its own
                if (APPOSITION_GAP.matcher(gap).matches() && text.folded().startsWith("'s", m.span().end()))
                    continue;
                // coreferences to a group ("all five companies") share one span: they stay together
                // "YMTC is named a military company along with AI firms Yitu and Megvii": the party before the
                // trigger and those the trigger's "along with" adds are one list
                boolean alongTrigger = prev.span().end() <= trigger.start() && m.span().start() >= trigger.end()
                        && ALONG_WITH_TRIGGER.matcher(gap).matches();
                // "Dario Roe, 41, president of Orvane Systems, and Lena Kask": people described by age and role
                boolean describedPeople = prev.type() == EntityType.PERSON && m.type() == EntityType.PERSON
                        && PERSON_APPOSITION_GAP.matcher(gap).matches();
                if (alongTrigger || describedPeople || COORDINATION.matcher(gap).matches() || SEMICOLON_ITEM.matcher(gap).matches()
                        || UNIT_AND.matcher(Tokenizer.fold(gap)).matches() || prev.span().equals(m.span())) {
                    last.add(m);
                    continue;
                }
            }
            groups.add(new ArrayList<>(List.of(m)));
        }
        List<Mention> best = List.of();
        int bestDistance = Integer.MAX_VALUE;
        for (List<Mention> g : groups) {
            int start = g.get(0).span().start();
            int end = g.get(g.size() - 1).span().end();
            int d = start >= trigger.start() ? start - trigger.start() : Math.max(0, trigger.start() - end) + 1;
            if (OF_BEFORE.matcher(text.folded().substring(Math.max(0, start - 30), start)).find())
                d += OF_PENALTY; // "pictures of US military bases ... to the IRGC": the recipient is not behind "of"
            if (d < bestDistance) {
                best = g;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Between a speaker and its verb: "Mandiant researchers said", "the army has also said". */
    private static final Pattern SPEAKER_GAP = Pattern.compile("(" + SentenceCues.RESEARCH_ARM + ")?"
            + "\\s+((has|have|had|also|again|previously|publicly|now)\\s+){0,2}");

    /**
     * Whether a person is named in a listing as the officer of a listed firm: "along with its director, Kemal Yurt",
     * "Mr. Behzad Nouri, the managing director of the company". A person who speaks ("its founder, X, said") or who
     * is named before the listing (the one who announces it) is no listed officer.
     */
    private boolean listedOfficer(Mention m, List<Mention> listedFirms, Span trigger) {
        if (m.type() != EntityType.PERSON || (m.kind() != Mention.Kind.NAME && m.kind() != Mention.Kind.PERSON_CUE)
                || !lexicon.isOfficerRole(m.role()) || isSpeaker(m))
            return false;
        // named after the trigger, or after a firm that a passive trigger lists ("X and its general director, Y, who
        // were designated")
        boolean afterListing = m.span().start() >= trigger.end() || passiveAt(trigger)
                && listedFirms.stream().anyMatch(f -> f.span().end() <= m.span().start());
        if (!afterListing)
            return false;
        return m.roleOf() == null ? !listedFirms.isEmpty()
                : listedFirms.stream().anyMatch(f -> f.entity().id().equals(m.roleOf().id()));
    }

    /** Whether a mention is the agent of a verb of saying right after it ("the Pentagon alleges", "the army said"). */
    private boolean isSpeaker(Mention m) {
        String folded = text.folded();
        int from = m.span().end();
        int to = Math.min(folded.length(), from + 40);
        Matcher gap = SPEAKER_GAP.matcher(folded).region(from, to);
        if (!gap.lookingAt())
            return false;
        for (int[] t : Frames.matches(frames.cue("attribution"), folded, gap.end(), to))
            if (t[0] == gap.end())
                return true;
        return false;
    }

    /** An inverted speaker: "..., said Jane Roe", "according to Jane Roe"; not "The department said Jane Roe has been charged". */
    private static final Pattern SAYING_BEFORE = Pattern.compile("([,\"\u201d]\\s*(said|says|told|added)|\\baccording to)\\s+$");
    private static final Pattern APPOSITION_THEN_SAYING = Pattern.compile("^,[^;\"\u201c\u201d]{0,150}?,\\s+(said|says|told|added)\\b");
    private static final Pattern APPOSITION_TO_END = Pattern.compile("^,[^;\"\u201c\u201d]{0,150}$");

    /**
     * Whether {@code o} sits in the apposition that describes a person who speaks: "..., said Jane Roe, director of X at
     * Y." or "Jane Roe, a spokeswoman for Y, said ...".
     */
    private boolean inSpeakersApposition(Mention o, List<Mention> here) {
        String folded = text.folded();
        for (Mention p : here) {
            if (p.type() != EntityType.PERSON || p.span().end() > o.span().start())
                continue;
            if (!APPOSITION_TO_END.matcher(folded.substring(p.span().end(), o.span().start())).matches())
                continue;
            // "..., said Jane Roe, director of X" or "Jane Roe, a spokeswoman for Y, said"
            if (SAYING_BEFORE.matcher(folded).region(Math.max(0, p.span().start() - 20), p.span().start()).find() || appositionCovers(p, o))
                return true;
        }
        return false;
    }

    /** Whether the apposition after person {@code p} that a verb of saying closes reaches past mention {@code o}. */
    private boolean appositionCovers(Mention p, Mention o) {
        Matcher m = APPOSITION_THEN_SAYING.matcher(text.folded()).region(p.span().end(), Math.min(text.folded().length(), p.span().end() + 200));
        return m.lookingAt() && m.start(1) > o.span().end();
    }

    private static final Pattern MEDIUM_BEFORE = Pattern.compile("\\b(on|via|in|through|from) (its|their|his|her|the|an?|official) $");
    private static final Pattern MEDIUM_AFTER = Pattern.compile("('s)?\\s+(official\\s+)?(accounts?|pages?|channels?|feeds?|posts?|handles?|profiles?)\\b");

    /** "the Swedish presidency said on its Twitter account": a platform that carries words acts in nothing. */
    private boolean namedAsMedium(Mention m) {
        String folded = text.folded();
        return MEDIUM_BEFORE.matcher(folded).region(Math.max(0, m.span().start() - 20), m.span().start()).find()
                && MEDIUM_AFTER.matcher(folded).region(m.span().end(), folded.length()).lookingAt();
    }

    /** Whether a mention follows "according to" (or another cue of the {@code according} list) directly. */
    private boolean isCitedSource(Mention m) {
        int from = Math.max(0, m.span().start() - 100);
        for (int[] cue : Frames.matches(frames.cue("according"), text.folded(), from, m.span().start())) {
            String between = text.folded().substring(cue[1], m.span().start());
            // "according to the Pentagon", "according to a new Pentagon report", and the initials in brackets after
            // the source's name ("according to the Defence Intelligence of Ukraine (HUR)")
            if (between.matches("\\s+((the|a|an|its|their)\\s+)?([\\w-]+\\s+)?")
                    || between.matches("\\s+((the|a|an|its|their)\\s+)?[^,;()]{1,80}?\\s*\\(\\s*")
                    // "according to public documents and online materials found by IPVM"
                    || between.matches("\\s+[^,;()]{0,80}?\\b(found|compiled|published|obtained|seen|reviewed|gathered|collected|"
                            + "released|report|reports|study|analysis|findings|investigation|research) by\\s+((the|a|an)\\s+)?"))
                return true;
        }
        return false;
    }

    /** Whether a mention follows "by" ("sanctioned by the Treasury"), as the agent of a passive verb does. */
    private boolean afterBy(Mention m) {
        String before = text.folded().substring(Math.max(0, m.span().start() - 8), m.span().start());
        return before.matches("(?s).*\\bby\\s+(the\\s+)?$");
    }

    /** "were added to", "was sanctioned by": the trigger is a passive verb, so its agent may follow it. */
    private boolean passiveAt(Span trigger) {
        int from = Math.max(0, trigger.start() - PASSIVE_REACH);
        return SentenceCues.PASSIVE_BEFORE.matcher(text.folded().substring(from, trigger.start())).find()
                || text.folded().substring(trigger.end(), Math.min(text.folded().length(), trigger.end() + 4)).equals(" by ")
                || CONDUCTED_BY.matcher(text.folded()).region(trigger.end(), text.folded().length()).lookingAt();
    }

    /** "The investigation was conducted by", "the probe, led by": a noun trigger whose agent follows "by". */
    private static final Pattern CONDUCTED_BY = Pattern.compile(",?\\s+((was|were|is|are|has been|had been|is being|was being)\\s+)?"
            + "(jointly\\s+)?(conducted|led|carried out|run|handled|opened|launched|brought|pursued|coordinated|headed|adopted|imposed|"
            + "announced|issued|approved|introduced|ordered)\\s+(jointly\\s+)?by\\b");

    private static Mention nearest(List<Mention> candidates, Span trigger, Entity not) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : candidates) {
            if (not != null && m.entity().id().equals(not.id()))
                continue;
            int d = m.span().end() <= trigger.start() ? trigger.start() - m.span().end()
                    : Math.max(0, m.span().start() - trigger.end());
            if (d < bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return best;
    }

    private boolean needsMet(Frames.LinkFrame frame, Sentence s, Span trigger, Entity claimant) {
        if (frame.needs().isEmpty())
            return true;
        // "has sold drones to the armed forces of Niger, according to the company's own brochure": a firm's word about
        // itself accuses it of nothing
        if (frame.type() == ClaimType.ALLEGATION && claimant == null && cues.has("selfSourced", s.span()))
            return false;
        if (text.quoteAround(trigger) != null && claimant != null)
            return true;
        // "The annual list now includes 134 companies. It also added ...": a sentence that opens with a pronoun goes
        // on with the one before, whose words count too
        Span where = s.span();
        if (s.index() > 0 && PRONOUN_OPENING.matcher(text.folded()).region(s.span().start(), s.span().end()).lookingAt())
            where = new Span(text.sentences().get(s.index() - 1).span().start(), s.span().end());
        for (String need : frame.needs()) {
            // "article:sanctionWord": a cue anywhere in the article ("Treasury said it targeted X" in a sanctions story)
            Span scope = need.startsWith(ARTICLE_NEED) ? new Span(0, text.text().length()) : where;
            String cue = need.startsWith(ARTICLE_NEED) ? need.substring(ARTICLE_NEED.length()) : need;
            if (cue.equals("claimant") ? claimant != null : hasAffirmed(cue, scope))
                return true;
        }
        return false;
    }

    private static final String ARTICLE_NEED = "article:";

    private static final Pattern PRONOUN_OPENING = Pattern.compile("(it|they|this|these)\\s+");

    /**
     * "X is accused of re-selling modules to a shell firm. The modules were meant for the Russian army, the notice
     * says": a sentence whose subject is carried from the sentence before continues that sentence's accusation, or
     * stands as one when a claimant vouches for it.
     */
    private boolean continuesAccusation(Frames.LinkFrame frame, Mention subject, Span trigger, Entity claimant) {
        if (subject.kind() != Mention.Kind.COREFERENCE || !subject.span().equals(trigger) || frame.needs().isEmpty())
            return false;
        if (claimant != null)
            return true;
        int here = text.sentenceAt(trigger.start()).index();
        for (Sentence earlier : text.sentences())
            if (earlier.index() < here && here - earlier.index() <= frame.subjectFromEarlierSentences() && !tellsOnlyOfDeals(earlier))
                for (String need : frame.needs())
                    if (!need.equals("claimant") && !need.startsWith(ARTICLE_NEED) && hasAffirmed(need, earlier.span()))
                        return true;
        return false;
    }

    /**
     * "Each company received a contract worth up to $200 million, according to a notice": a sentence with a trigger of a
     * deal and none of an allegation names the source of a deal, which the next sentence's help does not make an accusation.
     */
    private boolean tellsOnlyOfDeals(Sentence s) {
        boolean deal = false;
        for (Frames.LinkFrame f : frames.linkFrames()) {
            boolean found = !Frames.matches(f.triggers(), text.folded(), s.span().start(), s.span().end()).isEmpty();
            if (found && f.type() == ClaimType.ALLEGATION)
                return false;
            deal |= found && (f.type() == ClaimType.CONTRACT || f.type() == ClaimType.PARTNERSHIP);
        }
        return deal;
    }

    private static final Pattern NEGATED_BEFORE = Pattern.compile("\\b(not|never|no)\\s+(been\\s+|yet\\s+|formally\\s+|publicly\\s+){0,2}$");

    /** Whether a cue occurs in the span other than negated ("has not been charged", "no charges"). */
    private boolean hasAffirmed(String cue, Span span) {
        for (int[] m : Frames.matches(frames.cue(cue), text.folded(), span.start(), span.end()))
            if (!NEGATED_BEFORE.matcher(text.folded().substring(Math.max(span.start(), m[0] - 24), m[0])).find())
                return true;
        return false;
    }

    /**
     * "the Volatiles Investigating Polar Exploration Rover": a capitalised trigger between capitalised words, in a
     * sentence that is no title-case headline, is a word of a name (a list's name, "Specially Designated Nationals",
     * still names a listing).
     */
    private boolean inCapitalisedName(Sentence s, Span trigger) {
        String raw = text.text();
        if (!Character.isUpperCase(raw.charAt(trigger.start())) || trigger.start() == s.span().start())
            return false;
        int i = text.tokenAtOrAfter(trigger.start());
        List<Token> tokens = text.tokens();
        if (i <= 0 || i + 1 >= tokens.size() || !tokens.get(i - 1).isCapitalised() || !tokens.get(i + 1).isCapitalised())
            return false;
        int words = 0, lower = 0;
        for (int k = text.tokenAtOrAfter(s.span().start()); k < tokens.size() && tokens.get(k).span().start() < s.span().end(); k++)
            if (tokens.get(k).isWord()) {
                words++;
                if (Character.isLowerCase(tokens.get(k).text().charAt(0)))
                    lower++;
            }
        return lower * 3 > words;
    }

    /** A trigger word that is part of a name ("Insight Partners", "Defense Contract Management Agency") fires nothing. */
    private static boolean insideName(List<Mention> here, Span trigger) {
        for (Mention m : here)
            if (m.kind() != Mention.Kind.COREFERENCE && m.span().overlaps(trigger) && m.span().contains(new Span(trigger.start(), trigger.start())))
                return true;
        return false;
    }

    /**
     * The named entity that a common noun before the trigger stands for: "prosecutors" before "investigating" is
     * the first body in the article whose name the frame's agent-name cues match, or the agent is unknown (null).
     */
    private Mention agentByNoun(Frames.LinkFrame frame, Span trigger) {
        if (frame.agentNouns() == null || frame.agentNames() == null)
            return null;
        Sentence s = text.sentenceAt(trigger.start());
        if (Frames.matches(frames.cue(frame.agentNouns()), text.folded(), s.span().start(), trigger.start()).isEmpty())
            return null;
        return attribution.bodyNamedLike(frame.agentNames(), m -> frame.subjects().contains(m.type()));
    }

    /**
     * "Huawei, which was placed on the Entity List in 2019": with no body named, the list's keeper (data in
     * {@code frames.json}) lists the firm; null when the sentence names no list with a known keeper.
     */
    private Mention listKeeper(Span trigger) {
        Sentence s = text.sentenceAt(trigger.start());
        String here = text.folded().substring(s.span().start(), s.span().end());
        String id = frames.listKeeper(here);
        if (id == null && THE_LIST.matcher(here).find()) {
            // "Hesai was added to the list in 2024": the list the article named last before
            for (int i = s.index() - 1; i >= 0 && id == null; i--) {
                Span before = text.sentences().get(i).span();
                id = frames.listKeeper(text.folded().substring(before.start(), before.end()));
            }
        }
        if (id == null)
            return null;
        return gazetteer.byId(id).map(e -> new Mention(trigger, e, Mention.Kind.COREFERENCE)).orElse(null);
    }

    private static final Pattern LIST_COMPILED_BY = Pattern.compile("\\b(list|blacklist|register|roster)s?,? "
            + "(compiled|kept|maintained|run|published|drawn up|managed|administered|overseen) by (the )?$");
    private static final Pattern THE_LIST = Pattern.compile("\\b(the|its|that|this) (same )?(list|blacklist)\\b"
            + "|\\b(remains?|remained|stays?|stayed|is|are|was|were) (still )?on (it|them)\\b");
    private static final Pattern CASE_REFERENCE = Pattern.compile("\\bthe (case|probe|investigation|inquiry|matter|scheme|raids?|searches|contract|deal|purchase|procurement|tender|award)\\b");

    private static final int BLOCK_WINDOW_CHARS = 40;

    /** Whether a frame's blocking cues match the words right before its trigger ("breaching" before "sanctions"). */
    private boolean blocked(Frames.LinkFrame frame, Sentence s, Span trigger) {
        if (frame.blockedBy().isEmpty())
            return false;
        int from = Math.max(s.span().start(), trigger.start() - BLOCK_WINDOW_CHARS);
        for (String cue : frame.blockedBy())
            for (Pattern p : frames.cue(cue))
                if (p.matcher(text.folded()).region(from, trigger.start()).find())
                    return true;
        return false;
    }

    /** Whether the words just before a trigger make it the content of an accusation ("accused of", "allegedly"). */
    private boolean accusedJustBefore(Sentence s, Span trigger) {
        int from = Math.max(s.span().start(), trigger.start() - 70);
        String before = text.folded().substring(from, trigger.start());
        for (Pattern p : frames.cue("accusedOf"))
            if (p.matcher(before).find())
                return true;
        return false;
    }

    private static final Pattern ACCUSED_OF = Pattern.compile("\\baccus(e|es|ed|ing)\\s+([^.;:]{1,80}?)\\s+of(\\s+[\\w-]+){0,2}\\s*$");

    /** The subjects named between "accused" and "of" right before a trigger ("accused X of supplying"), or none. */
    private List<Mention> accusedBefore(Span trigger, List<Mention> subjects) {
        Sentence s = text.sentenceAt(trigger.start());
        int from = Math.max(s.span().start(), trigger.start() - 120);
        Matcher m = ACCUSED_OF.matcher(text.folded()).region(from, trigger.start());
        if (!m.find())
            return List.of();
        Span between = new Span(m.start(2), m.end(2));
        return subjects.stream().filter(x -> between.contains(x.span()) || x.span().equals(trigger)).toList();
    }

    private double confidence(double base, Entity claimant, Mention[] pair, boolean hedged) {
        double c = base;
        if (claimant != null)
            c += 0.05;
        if (hedged)
            c -= 0.05;
        int gap = text.wordsBetween(Math.min(pair[0].span().end(), pair[1].span().end()),
                Math.max(pair[0].span().start(), pair[1].span().start()));
        if (gap > 25)
            c -= 0.15;
        if (pair[0].kind() == Mention.Kind.COREFERENCE || pair[1].kind() == Mention.Kind.COREFERENCE)
            c -= 0.1;
        return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100.0;
    }

    private Span evidenceSpan(Sentence s, Span trigger) {
        return s.span();
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
