package org.techmil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.techmil.annotate.AnnotatedText;
import org.techmil.annotate.Sentence;
import org.techmil.annotate.Span;
import org.techmil.annotate.Token;
import org.techmil.annotate.Tokenizer;

/**
 * Coreference within one article: referring phrases ("the company", "the Shenzhen-based drone maker", "the optics
 * maker", "the army") and subject pronouns ("It denied the report") resolved to a party named before them, as
 * COREFERENCE mentions.
 */
final class ReferringPhrases {
    private static final int MAX_MODIFIERS = 4;
    private final Lexicon lexicon;
    private final PlaceCues places;
    private final StateServices services;
    private final Gazetteer gazetteer;

    ReferringPhrases(Lexicon lexicon, PlaceCues places, StateServices services, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.places = places;
        this.services = services;
    }

    /**
     * "... is investigating a logistics company suspected of shipping engines; it has not named the firm": an
     * unnamed one of the same kind ("a ... company", "an ... firm") introduced after the antecedent, in the
     * referring phrase's own sentence, is what the phrase refers to, so it is left unresolved.
     */
    private boolean unnamedOneBetween(AnnotatedText text, Mention antecedent, int the, String head) {
        List<Token> tokens = text.tokens();
        int from = Math.max(text.tokenAtOrAfter(antecedent.span().end()), text.sentenceOfToken(the).firstToken());
        List<EntityType> kinds = lexicon.referringHeadTypes(head);
        for (int k = from; k + 1 < the; k++) {
            String w = tokens.get(k).lower();
            if (!w.equals("a") && !w.equals("an"))
                continue;
            for (int h = k + 1; h < Math.min(the, k + 5); h++)
                if (!lexicon.referringHeadTypes(tokens.get(h).text()).isEmpty()
                        && lexicon.referringHeadTypes(tokens.get(h).text()).get(0) == kinds.get(0))
                    return true;
        }
        return false;
    }

    private static final int LEDE_SENTENCES = 3;
    private static final java.util.regex.Pattern OTHER_ONE = java.util.regex.Pattern.compile("\\b(second|third|fourth|fifth|another|other|separate|different|rival)\\b");
    private static final java.util.regex.Pattern SEVERAL = java.util.regex.Pattern.compile(
            "\\b(two|three|four|five|several|\\d+) ([\\w-]+ ){0,2}(companies|firms|manufacturers|makers|suppliers|groups)\\b");
    private static final int FORWARD_MODIFIERS = 4;

    /**
     * "A Chinese commercial satellite company sold images to Russian military intelligence, according to a report by
     * a Washington think tank. The Potomac Institute for Space Security said ... Chang Guang Satellite Technology":
     * an indefinite description in an article's opening sentences, in a sentence that names nothing of its type,
     * stands for the first entity of that type named in the next sentence.
     */
    void findForwardDescriptions(AnnotatedText text, Mention[] byToken, List<Mention> mentions) {
        List<Token> tokens = text.tokens();
        List<Mention> found = new ArrayList<>();
        int ledeEnd = Math.min(LEDE_SENTENCES, text.sentences().size() - 1);
        for (int si = 0; si < ledeEnd; si++) {
            Sentence s = text.sentences().get(si);
            Sentence next = text.sentences().get(si + 1);
            for (int i = text.tokenAtOrAfter(s.span().start()); i < tokens.size() && tokens.get(i).span().end() <= s.span().end(); i++) {
                String article = tokens.get(i).lower();
                if (!(article.equals("a") || article.equals("an")) || byToken[i] != null)
                    continue;
                for (var e : lexicon.forwardHeads().entrySet()) {
                    int end = headEnd(text, tokens, byToken, i + 1, s, e.getValue());
                    if (end < 0)
                        continue;
                    EntityType type = e.getKey();
                    // "a third company", "another firm", or one of "two Taiwanese manufacturers": not the next one named
                    if (namesType(mentions, s.span(), type) || OTHER_ONE.matcher(text.folded()).region(tokens.get(i).span().start(),
                            tokens.get(end - 1).span().end()).find()
                            || SEVERAL.matcher(text.folded()).region(s.span().start(), s.span().end()).find())
                        break;
                    Mention antecedent = firstNamed(mentions, next.span(), type);
                    if (antecedent != null) {
                        Mention m = new Mention(new Span(tokens.get(i).span().start(), tokens.get(end - 1).span().end()),
                                antecedent.entity(), Mention.Kind.COREFERENCE);
                        found.add(m);
                        for (int k = i; k < end; k++)
                            byToken[k] = m;
                    }
                    break;
                }
            }
        }
        mentions.addAll(found);
    }

    /**
     * The end (exclusive) of a description from {@code from}: up to a few lower-case or demonym modifiers, then a head
     * of {@code heads} that ends the phrase; -1 when there is none.
     */
    private int headEnd(AnnotatedText text, List<Token> tokens, Mention[] byToken, int from, Sentence s, List<String> heads) {
        for (int h = from; h < tokens.size() && h <= from + FORWARD_MODIFIERS && tokens.get(h).span().end() <= s.span().end(); h++) {
            if (byToken[h] != null && byToken[h].type() != EntityType.COUNTRY)
                return -1;
            for (String head : heads) {
                List<String> words = List.of(head.split(" "));
                int end = h + words.size();
                if (end > tokens.size() || tokens.get(end - 1).span().end() > s.span().end())
                    continue;
                boolean match = true;
                for (int k = 0; k < words.size() && match; k++)
                    match = tokens.get(h + k).lower().equals(words.get(k)) && !tokens.get(h + k).isCapitalised();
                // "a company called X", "a firm, X,": the name comes right after and is found by its own cue
                if (match && (end >= tokens.size() || !tokens.get(end).isCapitalised()))
                    return end;
            }
            if (!tokens.get(h).isWord() && !tokens.get(h).text().equals("-"))
                return -1;
        }
        return -1;
    }

    private static boolean namesType(List<Mention> mentions, Span span, EntityType type) {
        return mentions.stream().anyMatch(m -> m.kind() == Mention.Kind.NAME && m.type() == type && span.contains(m.span()));
    }

    private static Mention firstNamed(List<Mention> mentions, Span span, EntityType type) {
        Mention first = null;
        for (Mention m : mentions)
            if (m.kind() == Mention.Kind.NAME && m.type() == type && span.contains(m.span())
                    && (first == null || m.span().start() < first.span().start()))
                first = m;
        return first;
    }

    /** "the company", "the Chinese tech giant": resolved to the latest named mention of the head's type. */
    void findReferringPhrases(AnnotatedText text, Mention[] byToken, List<Mention> mentions) {
        List<Token> tokens = text.tokens();
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).lower().equals("the") || byToken[i] != null)
                continue;
            for (int h = i + 1; h < tokens.size() && h <= i + 1 + MAX_MODIFIERS; h++) {
                Token head = tokens.get(h);
                if (!EntityRecognizer.sameSentence(text, i, h))
                    break;
                if (byToken[h] != null && byToken[h].type() == EntityType.COUNTRY
                        && byToken[h].span().equals(head.span()))
                    continue; // "the Turkish distributor": the demonym is a modifier
                if (byToken[h] != null)
                    break;
                if (!head.isWord() && !head.text().equals("-"))
                    break;
                List<EntityType> types = lexicon.referringHeadTypes(head.text());
                if (types.isEmpty())
                    continue;
                EntityType type = types.get(0);
                if (!modifiersFit(tokens, i + 1, h, type) || !headEndsPhrase(tokens, h, type))
                    break;
                Mention antecedent = latestNamed(text, mentions, found, types, tokens.get(i).span().start(), head.lower());
                if (type == EntityType.MILITARY && SERVICE_HEADS.contains(head.lower()) && antecedent != null
                        && !namesWord(antecedent.entity(), head.lower())) {
                    // "the army" in a Taiwanese story that named only the Armaments Bureau: the state's army
                    Entity service = services.serviceOfArticleState(text, mentions, tokens.get(i).span().start(), StateServices.titleCase(List.of(head)));
                    antecedent = service == null ? null : new Mention(antecedent.span(), service, Mention.Kind.NAME);
                }
                if (head.lower().equals("military") && antecedent != null && antecedent.entity().parent() != null) {
                    // "the military" after "the Israeli air force": the armed forces the branch belongs to
                    Entity whole = gazetteer.byId(antecedent.entity().parent())
                            .filter(p -> p.type() == EntityType.MILITARY && p.parent() == null).orElse(null);
                    if (whole != null)
                        antecedent = new Mention(antecedent.span(), whole, Mention.Kind.NAME);
                }
                List<String> placeWords = capitalisedModifiers(tokens, i + 1, h);
                Mention placed = latestNamedWith(text, mentions, types, tokens.get(i).span().start(), placeWords);
                Mention described = latestNamedByWord(mentions, types, tokens.get(i).span().start(), tokens.subList(i + 1, h));
                if (placed != null)
                    antecedent = placed;
                else if (described != null)
                    antecedent = described;
                final Mention candidate = antecedent;
                if (placed == null && candidate != null
                        && placeWords.stream().anyMatch(w -> places.placedElsewhere(text, mentions, candidate, w)))
                    antecedent = null; // "the Kharkiv company" is not the Danish maker named before
                if (antecedent != null && !unnamedOneBetween(text, antecedent, i, head.lower()))  {
                    Span span = new Span(tokens.get(i).span().start(), head.span().end());
                    Mention m = new Mention(span, antecedent.entity(), Mention.Kind.COREFERENCE);
                    found.add(m);
                    for (int k = i; k <= h; k++)
                        byToken[k] = m;
                }
                break;
            }
        }
        mentions.addAll(found);
    }

    /**
     * "China's leading supplier of lidar has denied ...", "Russia's largest drone maker": a state's possessive before a
     * firm's head stands for a firm, the one named last before it or, when none is, the first named after it in its own
     * sentence or the next; the state becomes a name nested in the phrase, no party of a claim.
     */
    void findPossessiveDescriptions(AnnotatedText text, Mention[] byToken, List<Mention> mentions) {
        List<Token> tokens = text.tokens();
        List<Mention> found = new ArrayList<>();
        List<Mention> nested = new ArrayList<>();
        for (Mention state : mentions) {
            if (state.type() != EntityType.COUNTRY || state.kind() != Mention.Kind.NAME)
                continue;
            int apostrophe = text.tokenAtOrAfter(state.span().end());
            if (apostrophe + 2 >= tokens.size() || !OrganisationPatterns.isApostrophe(tokens.get(apostrophe))
                    || !tokens.get(apostrophe + 1).lower().equals("s")
                    || tokens.get(apostrophe).span().start() != state.span().end())
                continue;
            int at = text.tokenAtOrAfter(state.span().start());
            // "sold to Iran's largest carrier", "China is Pakistan's largest supplier": the object of a preposition or a
            // predicate is another party than the one the story follows; only a phrase opening a clause refers back
            if (at > 0 && EntityRecognizer.sameSentence(text, at - 1, at) && tokens.get(at - 1).isWord()
                    && !CLAUSE_OPENERS.contains(tokens.get(at - 1).lower()))
                continue;
            int from = apostrophe + 2;
            for (int h = from; h < tokens.size() && h <= from + MAX_MODIFIERS; h++) {
                Token head = tokens.get(h);
                if (byToken[h] != null || !EntityRecognizer.sameSentence(text, apostrophe, h) || !head.isWord())
                    break;
                List<EntityType> types = lexicon.referringHeadTypes(head.text());
                if (types.isEmpty() || types.get(0) != EntityType.TECH_FIRM)
                    continue;
                if (!modifiersFit(tokens, from, h, EntityType.TECH_FIRM) || !headEndsPhrase(tokens, h, EntityType.TECH_FIRM)
                        || !capitalisedModifiers(tokens, from, h).isEmpty())
                    break;
                Mention antecedent = latestThat(mentions, List.of(EntityType.TECH_FIRM), state.span().start(),
                        m -> m.kind() == Mention.Kind.NAME && !ownedThing(text, m) && !makerOfGoods(text, m));
                if (antecedent == null)
                    antecedent = firstFirmAfter(text, mentions, head.span().end());
                if (antecedent != null) {
                    Mention m = new Mention(new Span(state.span().start(), head.span().end()), antecedent.entity(),
                            Mention.Kind.COREFERENCE);
                    found.add(m);
                    nested.add(state);
                    for (int k = text.tokenAtOrAfter(state.span().start()); k <= h; k++)
                        byToken[k] = m;
                }
                break;
            }
        }
        for (Mention state : nested)
            mentions.set(mentions.indexOf(state), new Mention(state.span(), state.entity(), Mention.Kind.NESTED));
        mentions.addAll(found);
    }

    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "that", "while", "after", "when", "because",
            "although", "though", "since", "so");

    /** The first firm named after {@code offset} in its sentence or the next one, or null. */
    private static Mention firstFirmAfter(AnnotatedText text, List<Mention> mentions, int offset) {
        Sentence here = text.sentenceAt(offset);
        int end = here.index() + 1 < text.sentences().size()
                ? text.sentences().get(here.index() + 1).span().end() : here.span().end();
        return firstNamed(mentions, new Span(offset, end), EntityType.TECH_FIRM);
    }

    /**
     * "it" as the subject of a clause ("It denied the report", "it has supplied ...") refers to the firm named in the
     * same or the previous sentence, when exactly one firm is named there and no government or military body opens
     * that stretch as its likely subject.
     */
    void findSubjectPronouns(AnnotatedText text, Mention[] byToken, List<Mention> mentions) {
        List<Token> tokens = text.tokens();
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.lower().equals("it") || byToken[i] != null || !lexicon.isPronounVerb(tokens.get(i + 1).text()))
                continue;
            if (text.quoteAround(t.span()) != null)
                continue;
            Sentence here = text.sentenceOfToken(i);
            Mention antecedent = null;
            Mention firstInWindow = null;
            java.util.Set<String> firms = new java.util.HashSet<>();
            // "It does not yet have a contract. Instead, it has ...": an "it" resolved just before counts too
            List<Mention> seen = new ArrayList<>(mentions);
            seen.addAll(found);
            seen.sort(java.util.Comparator.comparing(Mention::span));
            for (Mention m : seen) {
                if (m.span().start() >= t.span().start())
                    break;
                if (here.index() - text.sentenceAt(m.span().start()).index() > 1)
                    continue;
                if (firstInWindow == null && !found.contains(m))
                    firstInWindow = m;
                if (m.type() == EntityType.TECH_FIRM) {
                    antecedent = m;
                    firms.add(m.entity().id());
                }
            }
            // one firm in view, no other organisation just before "it" in its own sentence, and the window does not
            // open with a government or military subject
            if (nearestOrganisationInSentence(mentions, here, t.span().start(), text) != null)
                antecedent = null;
            if (firms.size() != 1 || (firstInWindow != null
                    && (firstInWindow.type().isAuthority() || firstInWindow.type() == EntityType.MILITARY)))
                antecedent = null;
            if (antecedent != null && unnamedOneBetween(text, antecedent, i, "company"))
                antecedent = null; // "investigating a logistics company ...; it has not
            if (antecedent != null && documentSpeaksBefore(text, here, t))
                antecedent = null; // "The indictment alleges that ... It also says ..."
            if (antecedent != null && i > 0 && RELATIVE_PRONOUNS.contains(tokens.get(i - 1).lower())
                    && lexicon.itSpeaks().matcher(text.folded()).region(t.span().end(), here.span().end()).lookingAt())
                antecedent = null; // "Zhuhai Tongyuan, which it says built ...": "it" is who says, not the firm
            if (antecedent != null) {
                Mention m = new Mention(t.span(), antecedent.entity(), Mention.Kind.COREFERENCE);
                found.add(m);
                byToken[i] = m;
            }
        }
        mentions.addAll(found);
    }

    private static final java.util.Set<String> RELATIVE_PRONOUNS = java.util.Set.of("which", "that", "who", "whom");

    /** Whether "it" speaks right after a document spoke in this or the previous sentence: then "it" is that document. */
    private boolean documentSpeaksBefore(AnnotatedText text, Sentence here, Token it) {
        String folded = text.folded();
        if (!lexicon.itSpeaks().matcher(folded).region(it.span().end(), here.span().end()).lookingAt())
            return false;
        int from = here.index() > 0 ? text.sentences().get(here.index() - 1).span().start() : here.span().start();
        return lexicon.documentSpeaks().matcher(folded).region(from, it.span().start()).find();
    }

    /** The last non-firm organisation named in {@code sentence} before {@code offset}, or null. */
    private static Mention nearestOrganisationInSentence(List<Mention> mentions, Sentence sentence, int offset,
                                                         AnnotatedText text) {
        Mention last = null;
        for (Mention m : mentions) {
            if (m.span().start() >= offset)
                break;
            if (m.span().start() >= sentence.span().start())
                last = m;
        }
        return last != null && last.type() != EntityType.TECH_FIRM && last.type() != EntityType.COUNTRY
                && last.type() != EntityType.PERSON ? last : null;
    }

    private boolean modifiersFit(List<Token> tokens, int from, int head, EntityType type) {
        for (int k = from; k < head; k++) {
            Token t = tokens.get(k);
            // "the Polish ministry": a demonym may modify any head
            if (t.isCapitalised() && !lexicon.allowsCapitalisedModifiers(type) && !lexicon.isDemonym(t.text()))
                return false;
            if (lexicon.isNotName(t.text()) && !t.text().equals("-") && !lexicon.isDemonym(t.text()))
                return false;
        }
        return true;
    }

    private boolean headEndsPhrase(List<Token> tokens, int head, EntityType type) {
        if (head + 1 >= tokens.size())
            return true;
        Token next = tokens.get(head + 1);
        if (!next.isWord())
            return !next.text().equals("-");
        if (type == EntityType.TECH_FIRM) // "the Yelabuga logistics company Kama Transit" introduces a name
            return !lexicon.isPersonRole(next.text()) && !next.isCapitalised();
        return lexicon.mayFollowHead(next.text());
    }

    private static List<String> capitalisedModifiers(List<Token> tokens, int from, int head) {
        List<String> words = new ArrayList<>();
        for (int k = from; k < head; k++)
            if (tokens.get(k).isCapitalised())
                words.add(tokens.get(k).text());
        return words;
    }

    private static final int MIN_STEM = 4;
    private static final int STEM_LENGTH = 6;

    /**
     * "the optics maker" after "Suzhou Tianji Precision Optics and Hunan Xiangyun Composite Materials": the latest
     * named party of the types whose name holds a lower-case modifier of the phrase (compared by their first letters),
     * or null.
     */
    private static Mention latestNamedByWord(List<Mention> mentions, List<EntityType> types, int before, List<Token> modifiers) {
        List<String> stems = modifiers.stream().filter(t -> t.isWord() && !t.isCapitalised() && t.text().length() >= MIN_STEM)
                .map(t -> stem(t.lower())).toList();
        if (stems.isEmpty())
            return null;
        return latestThat(mentions, types, before, m -> Tokenizer.tokenize(m.entity().label()).stream().filter(Token::isWord)
                .anyMatch(w -> w.text().length() >= MIN_STEM && stems.contains(stem(w.lower()))));
    }

    private static String stem(String word) {
        return word.length() > STEM_LENGTH ? word.substring(0, STEM_LENGTH) : word.replaceAll("s$", "");
    }

    /**
     * "Korfez Elektronik (Istanbul) ... The Istanbul exporter", "the Hefei-based Kunlun ... the Hefei company": the
     * latest named mention of a type with every capitalised modifier of the referring phrase just before or after it
     * in its sentence; null when none has.
     */
    private Mention latestNamedWith(AnnotatedText text, List<Mention> mentions, List<EntityType> types,
                                    int before, List<String> modifiers) {
        return modifiers.isEmpty() ? null : latestThat(mentions, types, before, m -> !ownedThing(text, m)
                && modifiers.stream().allMatch(w -> places.describes(text, mentions, m, w)));
    }

    private static final java.util.regex.Pattern OWNED_BEFORE = java.util.regex.Pattern.compile(
            "\\b(its|their|owns|owned|operates|operated|runs)\\s+(own\\s+)?$");

    /**
     * "a post on its WeChat account", "Tencent, which owns WeChat", "took to Twitter": a product or platform the subject
     * owns or speaks on, no antecedent.
     */
    private static boolean ownedThing(AnnotatedText text, Mention m) {
        String folded = text.folded();
        return OWNED_BEFORE.matcher(folded).region(Math.max(0, m.span().start() - OWNED_REACH), m.span().start()).find()
                || PLATFORM_BEFORE.matcher(folded).region(Math.max(0, m.span().start() - PLATFORM_REACH), m.span().start()).find();
    }

    /** "took to Twitter to decry the story", "said in a post on LinkedIn": a platform someone speaks on. */
    private static final java.util.regex.Pattern PLATFORM_BEFORE = java.util.regex.Pattern.compile(
            "\\b(took to|takes to|posted on|posted to|wrote on|writing on|said on|tweeted on|post on|posts on|posting on|statement on)\\s+$");
    private static final int PLATFORM_REACH = 24;
    private static final int OWNED_REACH = 16;

    /** "Texas Instruments chips", "Nvidia's processors": a firm named as the maker of goods, which "the company" does not mean. */
    private boolean makerOfGoods(AnnotatedText text, Mention m) {
        List<Token> tokens = text.tokens();
        int next = text.tokenAtOrAfter(m.span().end());
        if (next + 1 < tokens.size() && OrganisationPatterns.isApostrophe(tokens.get(next)) && tokens.get(next + 1).lower().equals("s"))
            next += 2;
        return next < tokens.size() && tokens.get(next).isWord() && tokens.get(next).text().equals(tokens.get(next).lower())
                && lexicon.isProductNoun(tokens.get(next).text());
    }

    private static final Set<String> SERVICE_HEADS = Set.of("army", "navy", "marines");

    /** Whether one of an entity's names holds {@code word} as a word, ignoring case. */
    private static boolean namesWord(Entity e, String word) {
        java.util.regex.Pattern w = java.util.regex.Pattern.compile("(?i)\\b" + java.util.regex.Pattern.quote(word) + "\\b");
        return e.names().anyMatch(n -> w.matcher(n).find());
    }

    /** The latest named mention of a type, preferring one whose name holds the head ("the ministry" -> a Ministry). */
    private Mention latestNamed(AnnotatedText text, List<Mention> mentions, List<Mention> referredTo,
                                List<EntityType> types, int before, String head) {
        Mention withHead = latestThat(mentions, types, before, m -> !ownedThing(text, m) && namesWord(m.entity(), head));
        Mention named = withHead != null ? withHead
                : latestThat(mentions, types, before, m -> !ownedThing(text, m) && !makerOfGoods(text, m));
        // "the Chengdu company supplied engines ... The company said": the party last referred to, when that is
        // later than the last one named
        Mention referred = null;
        for (Mention m : referredTo)
            if (m.span().start() < before && types.contains(m.type())
                    && (referred == null || m.span().start() > referred.span().start()))
                referred = m;
        if (named != null && referred != null && referred.span().start() > named.span().start()
                && !referred.entity().id().equals(named.entity().id()) && withHead == null)
            return new Mention(named.span(), referred.entity(), Mention.Kind.NAME);
        if (named != null && withHead == null && named.type() == EntityType.TECH_FIRM)
            return salientFirm(text, mentions, named, before);
        return named;
    }

    private static final int RECENT_SENTENCES = 1;
    /** "to a Yerevan trading company, X", "through X": a firm named as the other party of what the subject did. */
    private static final java.util.regex.Pattern SECONDARY_PARTY_BEFORE = java.util.regex.Pattern.compile(
            "\\b(to|from|through|via|with)\\s+(an?\\s+|the\\s+)?([^,.;]{0,40},\\s*)?$");

    /**
     * "... to a Yerevan trading company, Arax Optics Trade, which passed them on ... [two sentences] The company's
     * lawyer said": a firm named once, a while back, as the other party of a preposition, gives way to the firm the
     * article has named most so far.
     */
    private static Mention salientFirm(AnnotatedText text, List<Mention> mentions, Mention latest, int before) {
        int here = text.sentenceAt(before).index();
        if (here - text.sentenceAt(latest.span().start()).index() <= RECENT_SENTENCES) {
            // "Hytera is fighting a case ... with conspiring to steal trade secrets from Motorola Solutions. The company
            // has pleaded not guilty": the firm the sentence opens with, not the other party of its preposition
            Mention opener = firmOpening(text, mentions, text.sentenceAt(latest.span().start()));
            return opener != null && opener != latest && !opener.entity().id().equals(latest.entity().id())
                    && SECONDARY_PARTY_BEFORE.matcher(text.folded()).region(Math.max(0, latest.span().start() - 60), latest.span().start()).find()
                    ? opener : latest;
        }
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        java.util.Map<String, Mention> last = new java.util.HashMap<>();
        for (Mention m : mentions)
            if (m.span().start() < before && m.type() == EntityType.TECH_FIRM) {
                counts.merge(m.entity().id(), 1, Integer::sum);
                last.put(m.entity().id(), m);
            }
        if (!SECONDARY_PARTY_BEFORE.matcher(text.folded()).region(Math.max(0, latest.span().start() - 60), latest.span().start()).find())
            return latest;
        int latestCount = counts.getOrDefault(latest.entity().id(), 0);
        String top = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(null);
        return latestCount == 1 && top != null && counts.get(top) >= 2 ? last.get(top) : latest;
    }

    /** The firm named first in {@code sentence}, when it is the sentence's first word; or null. */
    private static Mention firmOpening(AnnotatedText text, List<Mention> mentions, org.techmil.annotate.Sentence sentence) {
        for (Mention m : mentions)
            if (sentence.span().contains(m.span()))
                return m.type() == EntityType.TECH_FIRM && m.kind() == Mention.Kind.NAME
                        && text.text().substring(sentence.span().start(), m.span().start()).isBlank() ? m : null;
        return null;
    }

    /** The latest mention named (not referred to) before {@code before}, of one of the types, that fits; or null. */
    private static Mention latestThat(List<Mention> mentions, List<EntityType> types, int before,
                                      java.util.function.Predicate<Mention> fits) {
        Mention latest = null;
        for (Mention m : mentions) {
            if (m.span().start() >= before)
                break;
            if (types.contains(m.type()) && m.kind() != Mention.Kind.COREFERENCE && fits.test(m))
                latest = m;
        }
        return latest;
    }
}
