package org.techmil.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.techmil.annotate.AnnotatedText;
import org.techmil.annotate.Sentence;
import org.techmil.annotate.Span;

/**
 * What an article implies across its sentences once its link claims are found: a firm that supplies a firm the article
 * ties to a military supplies that military through it, and an allegation whose sentence names no source is the
 * accusation of the article's accuser of that firm.
 */
final class ArticleInferences {
    private final AnnotatedText text;
    private final SentenceCues cues;
    private final Attribution attribution;
    /** Whether a firm's name only names goods ("Nvidia" in "Nvidia chips"). */
    private final Predicate<Mention> namesGoods;
    /** The evidence span of a claim triggered at a span of a sentence. */
    private final BiFunction<Sentence, Span, Span> evidenceSpan;

    ArticleInferences(AnnotatedText text, SentenceCues cues, Attribution attribution, Predicate<Mention> namesGoods,
                      BiFunction<Sentence, Span, Span> evidenceSpan) {
        this.text = text;
        this.cues = cues;
        this.attribution = attribution;
        this.namesGoods = namesGoods;
        this.evidenceSpan = evidenceSpan;
    }

    private static final Pattern SUPPLY_TO_FIRM = Pattern.compile("\\b(shipped|sold|supplied|delivered|exported|re-exported|"
            + "resold|diverted|transferred|sent|funnell?ed|routed)\\b[^.;]{0,160}?\\bto\\s+((the|a|an)\\s+)?([\\w.'-]+\\s+){0,4}$");

    /**
     * "Sahyadri Electro shipped microelectronics ... to Moscow-based OOO Radiotekh-Ural. Treasury says Radiotekh-Ural
     * is a supplier of electronic warfare systems to the Russian Ministry of Defence": a firm that supplies a firm the
     * article ties to a military is accused of supplying that military through it. The claimant is the source of
     * the sentence that tells of the first hop, else of the second.
     */
    List<FoundClaim> supplyChains(List<FoundClaim> links) {
        Map<String, List<FoundClaim>> tiesOf = new HashMap<>();
        Set<String> tied = new HashSet<>();
        for (FoundClaim c : links)
            if ((c.type() == ClaimType.ALLEGATION || c.type() == ClaimType.CONTRACT) && c.subject().type() == EntityType.TECH_FIRM
                    && c.object().type() == EntityType.MILITARY) {
                tiesOf.computeIfAbsent(c.subject().id(), k -> new ArrayList<>()).add(c);
                tied.add(c.subject().id());
            }
        List<FoundClaim> out = new ArrayList<>();
        if (tiesOf.isEmpty())
            return out;
        for (Sentence s : text.sentences()) {
            List<Mention> firms = cues.mentionsIn(s.span()).stream().filter(m -> m.type() == EntityType.TECH_FIRM).toList();
            for (Mention buyer : firms) {
                List<FoundClaim> ties = tiesOf.get(buyer.entity().id());
                if (ties == null)
                    continue;
                Matcher hop = SUPPLY_TO_FIRM.matcher(text.folded()).region(s.span().start(), buyer.span().start());
                if (!hop.find())
                    continue;
                Mention seller = null;
                for (Mention m : firms)
                    if (m.span().end() <= hop.start() && !m.entity().id().equals(buyer.entity().id()) && !namesGoods.test(m))
                        seller = m; // not "Nvidia" in "Nvidia chips", the maker of the goods
                if (seller == null || tied.contains(seller.entity().id()))
                    continue; // a firm the article ties to a military directly keeps those ties
                Span trigger = new Span(hop.start(), hop.end(1));
                if (cues.negated(s, trigger))
                    continue; // "Nvidia said it had not sold any products to Xinyuan Tongda"
                Entity source = attribution.claimant(s, trigger, Set.of(seller.entity().id(), buyer.entity().id()), null);
                Set<String> objects = new HashSet<>();
                for (FoundClaim tie : ties)
                    if (objects.add(tie.object().id()))
                        out.add(new FoundClaim(ClaimType.ALLEGATION, seller.entity(), tie.object(),
                                source != null ? source : tie.claimant(), cues.detail(s, trigger),
                                Math.min(0.6, tie.confidence()), "allegation.supply-chain", evidenceSpan.apply(s, trigger), false));
                tied.add(seller.entity().id());
            }
        }
        return out;
    }

    private static final Pattern REPORT_CUE_BEFORE = Pattern.compile("\\b(according to|reported by|report by|report in|reporting by|"
            + "analysis by|investigation by|cited by)\\s+((a|an|the)\\s+)?([\\w-]+\\s+){0,2}$");
    private static final Pattern REPORT_CUE_AFTER = Pattern.compile("^('s)?\\s+(report|reported|reports|reporting|analysis|"
            + "investigation|found|revealed)\\b");

    /**
     * The one news outlet the article cites for what it reports ("according to a news report by Bloomberg", "the
     * Bloomberg report added"), or null when it cites none or several.
     */
    private Entity reportingOutlet() {
        Map<String, Entity> outlets = new HashMap<>();
        String folded = text.folded();
        for (Mention m : cues.mentionsIn(new Span(0, folded.length()))) {
            if (m.type() != EntityType.MEDIA)
                continue;
            boolean cited = REPORT_CUE_BEFORE.matcher(folded).region(Math.max(0, m.span().start() - 50), m.span().start()).find()
                    || REPORT_CUE_AFTER.matcher(folded).region(m.span().end(), Math.min(folded.length(), m.span().end() + 20)).find();
            if (cited)
                outlets.put(m.entity().id(), m.entity());
        }
        return outlets.size() == 1 ? outlets.values().iterator().next() : null;
    }

    /**
     * "BIS added X to the Entity List ... X shipped the parts to the Russian army through Y": an allegation whose
     * sentence names no source is the accusation of the article's accuser of that firm: the body that listed or
     * investigates it, else the one source of the article's other allegations against it, else the article's one
     * source of allegations. The rule id says the claimant was inferred.
     */
    List<FoundClaim> withArticleClaimants(List<FoundClaim> links) {
        Map<String, Entity> actor = new HashMap<>();
        Map<String, Set<String>> accusers = new HashMap<>();
        Map<String, Entity> byId = new HashMap<>();
        Set<String> sourced = new HashSet<>();
        for (FoundClaim c : links) {
            if ((c.type() == ClaimType.DESIGNATION || c.type() == ClaimType.INVESTIGATION) && c.subject().type().isAuthority())
                actor.putIfAbsent(c.object().id(), c.subject());
            if (c.type() == ClaimType.ALLEGATION && c.claimant() != null) {
                sourced.add(c.subject().id() + "|" + c.object().id());
                accusers.computeIfAbsent(c.subject().id(), k -> new LinkedHashSet<>()).add(c.claimant().id());
                accusers.computeIfAbsent("", k -> new LinkedHashSet<>()).add(c.claimant().id());
                byId.put(c.claimant().id(), c.claimant());
            }
        }
        Entity outlet = reportingOutlet();
        List<FoundClaim> out = new ArrayList<>(links.size());
        for (FoundClaim c : links) {
            // a pair another sentence gives a source keeps that one
            // and one credited to unnamed sources ("officials familiar with the matter say") has none to infer
            if (c.type() == ClaimType.ALLEGATION && c.claimant() == null && !sourced.contains(c.subject().id() + "|" + c.object().id())
                    && !attribution.anonymouslySourced(c.evidence())) {
                Entity inferred = actor.get(c.subject().id());
                Set<String> same = accusers.getOrDefault(c.subject().id(), accusers.getOrDefault("", Set.of()));
                if (inferred == null && same.size() == 1)
                    inferred = byId.get(same.iterator().next());
                if (inferred == null)
                    inferred = outlet; // "..., according to a news report by Bloomberg"
                if (inferred != null && !inferred.id().equals(c.object().id()))
                    c = new FoundClaim(c.type(), c.subject(), c.object(), inferred, c.detail(), c.confidence(),
                            c.rule() + ".claimant-from-article", c.evidence(), c.hedged());
            }
            out.add(c);
        }
        return out;
    }

    /**
     * "Japan imposed trade restrictions on Yilufa Electronics, ... according to Japan's foreign ministry": a listing
     * credited to a state, or its government as a whole, is the act of that state's one body the article names
     * (the ministry that announced it); kept as it is when the article names none of its bodies or several. Bodies
     * that {@code listsNothing} accepts (security services, prosecutors) are not counted.
     */
    List<FoundClaim> withStatesOwnListers(List<FoundClaim> links, Predicate<Entity> listsNothing) {
        List<Mention> all = cues.mentionsIn(new Span(0, text.text().length())).stream()
                .filter(m -> !listsNothing.test(m.entity())).toList();
        List<FoundClaim> out = new ArrayList<>(links.size());
        for (FoundClaim c : links) {
            Entity body = c.type() == ClaimType.DESIGNATION ? StateServices.onlyOwnBody(c.subject(), all) : null;
            out.add(body == null ? c : new FoundClaim(c.type(), body, c.object(), c.claimant(), c.detail(), c.confidence(),
                    c.rule() + ".state-body-from-article", c.evidence(), c.hedged()));
        }
        return out;
    }
}
