package org.techmil.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.techmil.annotate.AnnotatedText;
import org.techmil.annotate.Sentence;
import org.techmil.annotate.Span;

/**
 * Listings that name their firms after the act: "BIS added 14 entities to its Entity List", then "Among them is X"
 * or "BIS said the company had supplied ...". Each such firm is designated by the body that made the listing.
 */
final class UnnamedListings {
    private final AnnotatedText text;
    private final SentenceCues cues;
    private final Frames frames;
    /** The body that keeps the list a sentence names at a span ("Entity List": Commerce), or null. */
    private final Function<Span, Mention> listKeeper;

    UnnamedListings(AnnotatedText text, SentenceCues cues, Frames frames, Function<Span, Mention> listKeeper) {
        this.text = text;
        this.cues = cues;
        this.frames = frames;
        this.listKeeper = listKeeper;
    }

    private static final String COUNT = "(more than |nearly |about |some |another |a further )?(\\d+|two|three|four|five|six|seven|"
            + "eight|nine|ten|eleven|twelve|dozens of|several)\\s+(([\\w.'-]+)\\s+){0,3}?(entities|companies|firms|parties|organi[sz]ations|suppliers|businesses|individuals and "
            + "entities|people and companies|targets|additions)\\b";
    private static final Pattern COUNTED_ADDITIONS = Pattern.compile("\\b(add(s|ed|ing)?|plac(es|ed|ing)|designat(es|ed|ing)|"
            + "sanction(s|ed|ing)?|blacklist(s|ed|ing)?|list(s|ed|ing)?|nam(es|ed|ing)|target(s|ed|ing)?|"
            + "(impos(es|ed|ing)|slapp(ed|ing)|announc(es|ed|ing)|plac(es|ed|ing)) ([\\w-]+ )?(sanctions|restrictions|controls|curbs) (on|against)|list of|"
            + "(reveal|releas|publish|unveil|disclos)(es|ed|ing) (the names of|a list of|its list of|the list of))\\s+" + COUNT
            + "|(?<![\\w-])" + COUNT + "\\s+(were|have been|had been|are being|was|has been)\\s+(also\\s+)?(added|placed|designated|"
            + "sanctioned|blacklisted|listed|named|targeted)\\b");
    private static final Pattern AMONG_THEM = Pattern.compile("^\\s*(according to [^,;]{1,40},\\s*)?(among (them|those|these|the [\\w -]{1,30}) (is|are|was|were)"
            + "|one of (them|those|these|the ([\\w-]+ )?(firms|companies|entities|targets)) (is|was)\\b"
            + "|(they|these|those|the (\\w+ )?(additions|entities|companies|firms|list)|other (entities|companies|firms)) (include|included|includes)\\b"
            + "|the (affected|listed|targeted|sanctioned|designated|named|added|blacklisted|new) (entities|companies|firms|parties) (are|were)\\b"
            + "|those (targeted|sanctioned|designated|listed|named)( for sanctions)? (include|included|includes|are|were)\\b)");

    /**
     * "BIS added 14 entities to its Entity List ... Among them is X ... BIS said the company had supplied the PLA
     * Rocket Force": when a body lists firms it does not name in that sentence, the firms "among them" and each firm it
     * then accuses are ones it listed. Returns the designations, with the naming or accusing passage as evidence.
     */
    List<FoundClaim> designations(List<FoundClaim> links) {
        List<FoundClaim> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        links.stream().filter(d -> d.type() == ClaimType.DESIGNATION).forEach(d -> done.add(d.object().id()));
        Mention lister = null;
        for (Sentence s : text.sentences()) {
            Matcher counted = COUNTED_ADDITIONS.matcher(text.folded()).region(s.span().start(), s.span().end());
            if (!counted.find() || cues.mentionsIn(s.span()).stream().anyMatch(m -> m.type() == EntityType.TECH_FIRM))
                continue;
            Mention here = null;
            for (Mention m : cues.mentionsIn(s.span()))
                if (m.span().end() <= counted.start() && (m.type().isAuthority() || keepsLists(m))
                        && (here == null || !ClauseShapes.workingAlongside(text, m)))
                    here = m;
            // "The United States has added seven entities to its blacklist, the US Department of Commerce said"
            Mention own = here == null ? null : StateServices.ownBodyOf(here, cues.mentionsIn(s.span()));
            if (own != null)
                here = own;
            if (here == null)
                here = listKeeper.apply(new Span(counted.start(), counted.end()));
            if (here == null) // "President Volodymyr Zelensky signed an order imposing sanctions on five companies": his state
                here = stateOfLeader(s, counted.start());
            if (here == null) // "The US has added four Chinese companies to an export blacklist, the Commerce Department said"
                here = cues.mentionsIn(s.span()).stream().filter(m -> m.span().start() >= counted.end()
                        && m.type() == EntityType.GOVERNMENT).findFirst().orElse(null);
            if (here == null)
                here = bodyNamedAfter(text, cues, s); // "The United States imposed sanctions on six companies. The Treasury said ..."
            if (here != null)
                lister = here;
            if (lister == null)
                continue;
            String list = frames.listName(text.folded().substring(s.span().start(), s.span().end()));
            for (int k = s.index() + 1; k <= s.index() + NAMING_SENTENCES && k < text.sentences().size(); k++) {
                Sentence next = text.sentences().get(k);
                if (!AMONG_THEM.matcher(text.folded()).region(next.span().start(), next.span().end()).lookingAt())
                    continue;
                for (Sentence named : withItemsAfterColon(next))
                    for (Mention m : cues.mentionsIn(named.span()))
                        if (m.type() == EntityType.TECH_FIRM && done.add(m.entity().id()))
                            out.add(new FoundClaim(ClaimType.DESIGNATION, lister.entity(), m.entity(), null, list, 0.6,
                                    "designation.among-them", named.span(), false));
            }
            out.addAll(namedInFollowingSentences(s, lister, list, done));
            for (FoundClaim c : links)
                if (c.type() == ClaimType.ALLEGATION && c.claimant() != null && c.evidence().start() > s.span().end()
                        && c.claimant().family().equals(lister.entity().family()) && c.subject().type() == EntityType.TECH_FIRM
                        && done.add(c.subject().id()))
                    out.add(new FoundClaim(ClaimType.DESIGNATION, lister.entity(), c.subject(), null, list, 0.6,
                            "designation.unnamed-addition", c.evidence(), c.hedged()));
        }
        out.addAll(documentListings(links, done));
        out.addAll(listedNamedAsSuch(done));
        out.addAll(namedAfterListing(links, done));
        return out;
    }

    /** Words after firms that call them listed: "X, Y and Z are among the 46 entities sanctioned", "X was hit with sanctions". */
    private static final Pattern LISTED_AFTER_FIRMS = Pattern.compile("\\b(are|were|is|was) among (the )?([\\w-]+ ){0,6}?"
            + "(sanctioned|listed|designated|targeted|cited|blacklisted|added)\\b|\\b(are|is) (the )?(new|latest|fresh) additions to\\b"
            + "|\\b(was|were|has been|have been|had been) (also )?(hit|slapped) with ([\\w-]+ ){0,2}sanctions\\b"
            + "|\\b(was|were|has been|have been|had been) (also )?(sanctioned|blacklisted|designated) (for|over|because)\\b");
    /** Words before firms that call them listed: "Included in the list of companies is X", "Other firms include X". */
    private static final Pattern LISTED_BEFORE_FIRMS = Pattern.compile("\\b(included|named) (in|on) the ([\\w-]+ ){0,3}(list|blacklist)\\b"
            + "(?! of (the )?(defendants|suspects|accused|people|individuals|persons))[^.;]{0,40}?\\b(is|are|was|were)\\b|^\\s*(other|further|more) (sanctioned |listed |designated )?(entities|companies|firms|targets) "
            + "(include|included|are|were)\\b");

    /**
     * "Three Hong Kong-registered firms, A, B and C, are among the 46 entities sanctioned on Wednesday", "Included in the
     * list of companies is X", "Other firms include X": firms a sentence calls listed, after the article has told of a
     * listing, are listed by the body of the last listing told before (or the body named around the sentence).
     */
    private List<FoundClaim> namedAfterListing(List<FoundClaim> links, Set<String> done) {
        List<FoundClaim> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Matcher after = LISTED_AFTER_FIRMS.matcher(text.folded()).region(s.span().start(), s.span().end());
            Matcher before = LISTED_BEFORE_FIRMS.matcher(text.folded()).region(s.span().start(), s.span().end());
            Span named = after.find() ? new Span(s.span().start(), after.start())
                    : before.find() ? new Span(before.end(), s.span().end()) : null;
            if (named == null)
                continue;
            FoundClaim last = null;
            for (FoundClaim c : links)
                if (c.type() == ClaimType.DESIGNATION && c.evidence().start() < s.span().start() && c.subject().type().isAuthority())
                    last = c;
            Entity lister = last != null ? last.subject() : null;
            if (lister == null) {
                Mention around = listerAround(s);
                lister = around == null ? null : around.entity();
            }
            if (lister == null)
                continue;
            String list = frames.listName(text.folded().substring(s.span().start(), s.span().end()));
            for (Mention f : cues.mentionsIn(named))
                if (f.type() == EntityType.TECH_FIRM && f.kind() != Mention.Kind.COREFERENCE && !cues.namedInModifier(f)
                        && !COUNTERPARTY_BEFORE.matcher(text.folded()).region(Math.max(named.start(), f.span().start() - 50),
                                f.span().start()).find() && done.add(f.entity().id()))
                    out.add(new FoundClaim(ClaimType.DESIGNATION, lister, f.entity(), null, list, 0.6,
                            "designation.named-as-listed", s.span(), false));
        }
        return out;
    }

    private static final Pattern LISTED_ARE = Pattern.compile("^\\s*(the |all |those |another |one |a further )?"
            + "((newly|recently|latest|already) )?((blacklisted|sanctioned|listed|designated|added|targeted) )?([\\w-]+ )?"
            + "(entit(y|ies)|compan(y|ies)|firms?|parties|suppliers?)\\b[^.;:]{0,60}?\\b(is|was|are|were|include|included|includes)\\b");
    private static final Pattern LISTING_WORD = Pattern.compile("\\b(blacklist\\w*|sanction\\w*|list(ed)?|designated|added|targeted)\\b");
    private static final int LISTER_LOOKBACK_SENTENCES = 3;

    /**
     * "The newly blacklisted companies with offices in China were A, B and C", "The entities already on the trade
     * blacklist are X and Y": a sentence that opens by calling firms listed names them, listed by the body the sentence,
     * the sentences just before it or the two after it name.
     */
    private List<FoundClaim> listedNamedAsSuch(Set<String> done) {
        List<FoundClaim> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Matcher m = LISTED_ARE.matcher(text.folded()).region(s.span().start(), s.span().end());
            if (!m.lookingAt() || !LISTING_WORD.matcher(text.folded()).region(m.start(), m.end()).find())
                continue;
            List<Mention> firms = cues.mentionsIn(new Span(m.end(), s.span().end())).stream()
                    .filter(f -> f.type() == EntityType.TECH_FIRM && !cues.namedInModifier(f)).toList();
            Mention lister = firms.isEmpty() ? null : listerAround(s);
            if (lister == null)
                continue;
            String list = frames.listName(text.folded().substring(s.span().start(), s.span().end()));
            for (Mention f : firms)
                if (done.add(f.entity().id()))
                    out.add(new FoundClaim(ClaimType.DESIGNATION, lister.entity(), f.entity(), null, list, 0.6,
                            "designation.named-as-listed", s.span(), false));
        }
        return out;
    }

    /** The government body a sentence names, else the last one the few sentences before name, else the next two's. */
    private Mention listerAround(Sentence s) {
        for (int k = s.index(); k >= 0 && s.index() - k <= LISTER_LOOKBACK_SENTENCES; k--) {
            Mention last = null;
            for (Mention m : cues.mentionsIn(text.sentences().get(k).span()))
                if (m.type().isAuthority() || keepsLists(m))
                    last = m;
            if (last != null)
                return last;
        }
        return bodyNamedAfter(text, cues, s);
    }

    private static final int FOLLOWING_SENTENCES = 4;
    /** How far after a counted listing a sentence that names its firms as such ("Among them is", "The list includes:") may come. */
    private static final int NAMING_SENTENCES = 10;

    private static final Pattern ITEM_NUMBER = Pattern.compile("\\s*\\(?\\d{1,2}[.)]\\s*");

    /** A sentence, and when it ends in a colon ("The full list includes:") the item lines after it that name a firm. */
    private List<Sentence> withItemsAfterColon(Sentence s) {
        List<Sentence> out = new ArrayList<>(List.of(s));
        if (!s.span().coveredText(text.text()).strip().endsWith(":"))
            return out;
        for (int k = s.index() + 1; k < text.sentences().size(); k++) {
            Sentence line = text.sentences().get(k);
            if (ITEM_NUMBER.matcher(line.span().coveredText(text.text())).matches())
                continue; // "1." split off from its item
            if (cues.mentionsIn(line.span()).stream().noneMatch(m -> m.type() == EntityType.TECH_FIRM))
                break;
            out.add(line);
        }
        return out;
    }
    private static final Pattern PASSIVE_LISTING = Pattern.compile("\\b(sanctions|restrictions|penalties|export controls) "
            + "(were|have been|had been|was|has been) (imposed|placed|slapped) on\\b");
    private static final Pattern COUNTED = Pattern.compile("(?<![\\w-])" + COUNT);
    /** A firm named after a preposition is the other party of what the listed did ("procured parts for X"). */
    static final Pattern COUNTERPARTY_BEFORE = Pattern.compile("\\b(for|to|from|with|of|by|via|through)\\s+"
            + "([\\w'\u2019-]+\\s+){0,4}$");
    private static final Pattern JOINED = Pattern.compile("\\s*([\\w-]+\\s*){0,2}(\\([^)]{0,20}\\)\\s*)?(,\\s*)?((and|or)\\s+)?((its|their)\\s+)?([\\w-]+\\s+){0,2}");

    /** "Pentagon spokesman X said they have the list of 20 companies": a defence ministry keeps lists, an armed force none. */
    private static boolean keepsLists(Mention m) {
        return m.type() == EntityType.MILITARY && ClaimFinder.LIST_KEEPING_MILITARY.matcher(m.entity().label()).find();
    }

    private static final Pattern HEAD_OF_STATE = Pattern.compile("(?i)^(President|Prime Minister) of ");

    /**
     * The state whose president or prime minister (as the gazetteer knows the person's roles) a sentence names before
     * {@code before}, as the article names that state; null when there is none.
     */
    private Mention stateOfLeader(Sentence s, int before) {
        for (Mention m : cues.mentionsIn(s.span())) {
            if (m.span().end() > before || m.type() != EntityType.PERSON || m.entity().country() == null
                    || m.entity().roles().stream().noneMatch(r -> HEAD_OF_STATE.matcher(r).find()))
                continue;
            for (Mention c : cues.mentionsIn(new Span(0, text.text().length())))
                if (c.type() == EntityType.COUNTRY && m.entity().country().equals(c.entity().country()))
                    return new Mention(m.span(), c.entity(), Mention.Kind.COREFERENCE);
        }
        return null;
    }

    /** The first government body the two sentences after {@code s} name, or null. */
    static Mention bodyNamedAfter(AnnotatedText text, SentenceCues cues, Sentence s) {
        for (int k = s.index() + 1; k <= s.index() + 2 && k < text.sentences().size(); k++)
            for (Mention m : cues.mentionsIn(text.sentences().get(k).span()))
                if (m.type() == EntityType.GOVERNMENT)
                    return m;
        return null;
    }

    /**
     * "The US imposed sanctions on six companies ... According to the Treasury, A, B and C have provided components.
     * Three additional firms, D, E and F, are accused of shipping ...": after a counted listing that names no firm,
     * the firms of the next sentences that credit the lister or count further firms are the ones listed, but not
     * those named as the other party of what they did ("procured parts for X and its subsidiary Y").
     */
    private List<FoundClaim> namedInFollowingSentences(Sentence s, Mention lister, String list, Set<String> done) {
        List<FoundClaim> out = new ArrayList<>();
        for (int k = s.index() + 1; k <= s.index() + FOLLOWING_SENTENCES && k < text.sentences().size(); k++) {
            Sentence next = text.sentences().get(k);
            List<Mention> here = cues.mentionsIn(next.span());
            boolean credits = here.stream().anyMatch(m -> m.entity().family().equals(lister.entity().family()));
            // "Sanctions were imposed on A, B and C": a listing with no agent goes on with the counted one
            boolean agentless = PASSIVE_LISTING.matcher(text.folded()).region(next.span().start(), next.span().end()).find()
                    && here.stream().noneMatch(m -> m.type().isAuthority());
            if (!credits && !agentless && !COUNTED.matcher(text.folded()).region(next.span().start(), next.span().end()).find())
                continue;
            Mention skipped = null;
            for (Mention m : here) {
                if (m.type() != EntityType.TECH_FIRM || cues.namedInModifier(m))
                    continue;
                String before = text.folded().substring(Math.max(next.span().start(), m.span().start() - 50), m.span().start());
                boolean counterparty = COUNTERPARTY_BEFORE.matcher(before).find() || skipped != null
                        && skipped.span().end() <= m.span().start()
                        && JOINED.matcher(text.folded().substring(skipped.span().end(), m.span().start())).matches();
                if (counterparty) {
                    skipped = m;
                    continue;
                }
                if (done.add(m.entity().id()))
                    out.add(new FoundClaim(ClaimType.DESIGNATION, lister.entity(), m.entity(), null, list, 0.6,
                            "designation.unnamed-addition", next.span(), false));
            }
        }
        return out;
    }

    private static final Pattern DOCUMENT_LISTS = Pattern.compile("^\\s*(the|its|that|this) ([\\w-]+ ){0,2}(act|rule|notice|"
            + "order|decision|regulation|listing|designation|decree|package|round|list)\\s+((also|further|additionally) )?"
            + "(lists|names|includes|adds|designates|covers|targets)\\b");
    private static final Pattern RELATIVE_START = Pattern.compile(",\\s*(which|who|that)\\b");
    private static final int DOCUMENT_WINDOW_SENTENCES = 4;

    /**
     * "The Council added X to its list. ... The act also lists Y and a Dubai trading company, Z, which it says ...":
     * the firms a listing document goes on to name, up to a relative clause, are listed by the body of the latest
     * designation a few sentences before.
     */
    private List<FoundClaim> documentListings(List<FoundClaim> links, Set<String> done) {
        List<FoundClaim> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Matcher lists = DOCUMENT_LISTS.matcher(text.folded()).region(s.span().start(), s.span().end());
            if (!lists.lookingAt())
                continue;
            FoundClaim latest = null;
            for (FoundClaim c : links)
                if (c.type() == ClaimType.DESIGNATION && c.evidence().end() <= s.span().start()
                        && s.index() - text.sentenceAt(c.evidence().start()).index() <= DOCUMENT_WINDOW_SENTENCES)
                    latest = c;
            if (latest == null)
                continue;
            Matcher relative = RELATIVE_START.matcher(text.folded()).region(lists.end(), s.span().end());
            int until = relative.find() ? relative.start() : s.span().end();
            String list = frames.listName(text.folded().substring(s.span().start(), s.span().end()));
            for (Mention m : cues.mentionsIn(s.span()))
                if (m.type() == EntityType.TECH_FIRM && m.span().start() >= lists.end() && m.span().end() <= until
                        && !cues.namedInModifier(m) && done.add(m.entity().id()))
                    out.add(new FoundClaim(ClaimType.DESIGNATION, latest.subject(), m.entity(), null,
                            list != null ? list : latest.detail(), 0.6, "designation.document-lists", s.span(), false));
        }
        return out;
    }
}
