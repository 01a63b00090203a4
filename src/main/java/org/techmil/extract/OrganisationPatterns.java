package org.techmil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.techmil.annotate.AnnotatedText;
import org.techmil.annotate.Sentence;
import org.techmil.annotate.Span;
import org.techmil.annotate.Token;
import org.techmil.annotate.Tokenizer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Recognises organisations the gazetteer does not know, by the shape of their names: a run of capitalised words
 * ending in a firm suffix ("Qingdao Haiyun Sensing Co."), holding a military name part ("Netherlands Ministry of
 * Defence"), or headed like a government body ("Ministry of Industry"); or any capitalised name followed by an
 * apposition that calls it a firm ("Vantor Dynamics, a Texas drone start-up"). The word lists are data in
 * {@code extractor/lexicon.json}.
 */
final class OrganisationPatterns {
    private static final int MAX_RUN = 12;
    private static final int APPOSITION_WINDOW = 6;
    private final Set<String> connectors;
    private final Set<String> firmSuffixes;
    private final List<String> compoundFirmEndings;
    /** Legal forms written before the name ("OOO Tekhnopark-Alabuga", "PJSC Kupol"). */
    private final Set<String> legalFormsBeforeName;
    /** Legal forms written as letters with full stops, lower case without the stops ("bv" for "B.V.", "spa" for "S.p.A."). */
    private final Set<String> dottedLegalForms;
    private final List<List<String>> militaryParts;
    private final Set<String> governmentHeads;
    /** Words on both sides of "and" inside a name: "Science and Technology", "Import and Export". */
    private final Set<String> pairedWords;
    /** Heads of bodies whose seat may follow their name: "Embassy in Jakarta", "Prosecutors in Rome". */
    private final Set<String> seatedHeads;
    /** The last words of military name parts ("Command", "Organisation"), which may end a name joined by "and". */
    private final Set<String> militaryEndings;
    private final Set<String> otherHeads;
    private final Set<String> mediaHeads;
    private final Set<String> mediaHeadsBeforeName;
    private final Set<String> otherHeadsBeforeName;
    /** Descriptions right before a name that make it no firm ("the digital rights group Mishmar Digital"). */
    private final java.util.regex.Pattern nonFirmBefore;
    private final Set<String> militaryInstitutionWords;
    private final List<List<String>> governmentStarts;
    private final Set<String> appositionHeads;
    private final Set<String> headsBeforeName;
    /** Lower-case heads after a firm's name that "the" opens ("the Aviakonversiya company"). */
    private final Set<String> headsAfterName;
    /** Words after a name that make it an outlet ("X, citing internal messages, reported that ..."). */
    private final java.util.regex.Pattern mediaVerbAfter;
    /** Words right before a name that make it an outlet ("as first reported by X", "told the X"). */
    private final java.util.regex.Pattern mediaCueBefore;

    OrganisationPatterns(JsonNode node) {
        connectors = Set.copyOf(KnowledgeBase.strings(node.get("connectors")));
        firmSuffixes = Set.copyOf(KnowledgeBase.strings(node.get("firmSuffixes")));
        compoundFirmEndings = KnowledgeBase.strings(node.get("compoundFirmEndings"));
        legalFormsBeforeName = Set.copyOf(KnowledgeBase.strings(node.get("legalFormsBeforeName")));
        dottedLegalForms = Set.copyOf(KnowledgeBase.strings(node.get("dottedLegalForms")));
        militaryParts = tokenLists(KnowledgeBase.strings(node.get("militaryParts")));
        governmentHeads = Set.copyOf(KnowledgeBase.strings(node.get("governmentHeads")));
        pairedWords = Set.copyOf(KnowledgeBase.strings(node.get("pairedWords")));
        seatedHeads = Set.copyOf(KnowledgeBase.strings(node.get("seatedHeads")));
        militaryEndings = militaryParts.stream().map(p -> p.get(p.size() - 1)).collect(Collectors.toUnmodifiableSet());
        otherHeads = Set.copyOf(KnowledgeBase.strings(node.get("otherHeads")));
        mediaHeads = Set.copyOf(KnowledgeBase.strings(node.get("mediaHeads")));
        militaryInstitutionWords = Set.copyOf(KnowledgeBase.strings(node.get("militaryInstitutionWords")));
        List<String> descriptors = KnowledgeBase.strings(node.get("nonFirmDescriptors"));
        nonFirmBefore = java.util.regex.Pattern.compile("(?i)(?<![\\w-])(" + descriptors.stream()
                .map(java.util.regex.Pattern::quote).collect(Collectors.joining("|")) + ")\\s+$");
        governmentStarts = tokenLists(KnowledgeBase.strings(node.get("governmentStarts")));
        headsBeforeName = KnowledgeBase.strings(node.get("headsBeforeName")).stream()
                .map(String::toLowerCase).collect(Collectors.toUnmodifiableSet());
        headsAfterName = Set.copyOf(KnowledgeBase.strings(node.get("headsAfterName")));
        mediaHeadsBeforeName = Set.copyOf(KnowledgeBase.strings(node.get("mediaHeadsBeforeName")));
        otherHeadsBeforeName = Set.copyOf(KnowledgeBase.strings(node.get("otherHeadsBeforeName")));
        appositionHeads = KnowledgeBase.strings(node.get("appositionHeads")).stream()
                .map(String::toLowerCase).collect(Collectors.toUnmodifiableSet());
        // the verb may follow an aside that names the outlet's own source: ", citing internal messages,"
        mediaVerbAfter = java.util.regex.Pattern.compile("(?i)^(?:\\s*,\\s*(?:citing|quoting)\\b[^,.;]{1,80},)?\\s+(?:"
                + alternation(KnowledgeBase.strings(node.get("mediaVerbsAfter")))
                + ")\\b(?:\\s+[\\w,]+){0,6}?\\s+that\\b");
        mediaCueBefore = java.util.regex.Pattern.compile("(?i)(?<![\\w-])(?:"
                + alternation(KnowledgeBase.strings(node.get("mediaCuesBefore"))) + ")\\s+$");
    }

    private static String alternation(List<String> phrases) {
        return phrases.isEmpty() ? "(?!)" : phrases.stream().map(p -> java.util.regex.Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
    }

    static OrganisationPatterns empty() {
        return new OrganisationPatterns(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }

    private static List<List<String>> tokenLists(List<String> phrases) {
        return phrases.stream().map(p -> Tokenizer.tokenize(p).stream().map(Token::text).toList()).toList();
    }

    /** Whether a lower-case word names a kind of firm right before a firm's name ("drone maker XTend"). */
    boolean isHeadBeforeName(Token t) {
        return t.isWord() && t.text().equals(t.lower()) && (headsBeforeName.contains(t.lower())
                || mediaHeadsBeforeName.contains(t.lower()) || otherHeadsBeforeName.contains(t.lower()));
    }

    /** Whether a lower-case word names a kind of firm right after its name ("the Aviakonversiya company"). */
    boolean isHeadAfterName(Token t) {
        return t.isWord() && t.text().equals(t.lower()) && headsAfterName.contains(t.text());
    }

    /** "start-up" ending at token {@code i}: a hyphenated head that names a kind of firm. */
    boolean isHyphenatedHeadBeforeName(List<Token> tokens, int i) {
        if (i < 2)
            return false;
        String compound = hyphenated(tokens, i - 2);
        return compound != null && tokens.get(i - 2).text().equals(tokens.get(i - 2).lower()) && headsBeforeName.contains(compound);
    }

    /** "companies", "firms", "suppliers": the plural of a head that names a kind of firm, before a list of names. */
    boolean isPluralHeadBeforeNames(Token t) {
        String w = t.lower();
        if (!t.isWord() || !t.text().equals(w) || w.length() < 4)
            return false;
        return w.endsWith("ies") ? headsBeforeName.contains(w.substring(0, w.length() - 3) + "y")
                : w.endsWith("sses") ? headsBeforeName.contains(w.substring(0, w.length() - 2)) // "businesses"
                : w.endsWith("s") && headsBeforeName.contains(w.substring(0, w.length() - 1));
    }

    /** The kind of organisation a head noun right before a name makes it: "the business weekly X" is an outlet. */
    EntityType typeAfterHead(Token t) {
        return mediaHeadsBeforeName.contains(t.lower()) ? EntityType.MEDIA
                : otherHeadsBeforeName.contains(t.lower()) ? EntityType.ORGANISATION : EntityType.TECH_FIRM;
    }

    /** The fewest letters a compound needs before its firm ending ("Micro" in "Microcomponents"). */
    private static final int COMPOUND_STEM = 3;

    /** A firm suffix ("Systems"), or a capitalised compound that ends in a firm word ("Microcomponents", "Geotech"). */
    boolean isFirmWord(String word) {
        if (firmSuffixes.contains(word))
            return true;
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)))
            return false;
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        for (String ending : compoundFirmEndings)
            if (lower.length() >= ending.length() + COMPOUND_STEM && lower.endsWith(ending) && lower.chars().allMatch(Character::isLetter))
                return true;
        return false;
    }

    /** Whether any word of a name is a firm suffix, a government head or starts a military name part. */
    boolean looksLikeOrganisation(List<Token> name) {
        for (Token t : name) {
            if (isFirmWord(t.text()) || governmentHeads.contains(t.text()) || otherHeads.contains(t.text()))
                return true;
            for (List<String> part : militaryParts)
                if (part.get(0).equals(t.text()))
                    return true;
        }
        return false;
    }

    /** A name found by its shape. */
    record Found(Span span, String label, EntityType type, int startToken, int endToken) {
    }

    /** Names in sentences that are not title-case headings, over tokens no other mention covers. */
    List<Found> find(AnnotatedText text, boolean[] covered, boolean[] country, Lexicon lexicon) {
        List<Found> out = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (Sentence s : text.sentences()) {
            if (isHeading(tokens, s))
                continue;
            int i = s.firstToken();
            int goodsEnd = -1;
            while (i < s.endToken()) {
                if (covered[i] || !startsName(tokens.get(i), lexicon)) {
                    i++;
                    continue;
                }
                int afterRole = afterRoleOf(tokens, i, s.endToken(), lexicon);
                if (afterRole > i && afterRole < s.endToken() && !covered[afterRole] && startsName(tokens.get(afterRole), lexicon)) {
                    // "John Miller, Vice President of Orvane Technologies": a firm's name starts after "of"; any other
                    // name ("Deputy Director of Public Prosecution Eva-Marie Persson") is read as before
                    int firmEnd = runEnd(text.text(), tokens, covered, country, afterRole, s.endToken(), lexicon);
                    Found firm = classify(text, afterRole, firmEnd, s.endToken(), false, false);
                    if (firm != null && firm.type() == EntityType.TECH_FIRM && !ownedProduct(tokens, firm, lexicon)) {
                        out.add(firm);
                        i = firm.endToken();
                        continue;
                    }
                }
                int end = runEnd(text.text(), tokens, covered, country, i, s.endToken(), lexicon);
                // "Singapore Customs": a country right before one government head
                boolean afterCountry = i > 0 && country[i - 1] && tokens.get(i).span().start() - tokens.get(i - 1).span().end() == 1;
                Found f = classify(text, i, end, s.endToken(), lexicon.isDemonym(tokens.get(i).text()), afterCountry);
                if (f != null && f.type() == EntityType.TECH_FIRM && ownedProduct(tokens, f, lexicon))
                    f = null;
                // "for supply of Medium Power Radar and Digital Radar Warning Receiver": what is supplied, not who
                if (f != null && f.type() == EntityType.TECH_FIRM && !endsLegalForm(tokens, f.endToken())
                        && (suppliedGoods(tokens, f.startToken()) || goodsEnd > 0 && coordinatedAfter(tokens, goodsEnd, f.startToken()))) {
                    goodsEnd = f.endToken();
                    f = null;
                }
                if (f != null && lexicon.isLawWord(tokens.get(f.endToken() - 1).text()))
                    f = null; // "the National Security Act": a law, whatever body its words name
                if (f != null) {
                    out.add(f);
                    i = f.endToken();
                } else {
                    i = end;
                }
            }
        }
        return out;
    }

    static final Set<String> SUPPLY_NOUNS = Set.of("supply", "supplies", "delivery", "deliveries", "procurement",
            "purchase", "purchases", "acquisition", "production", "manufacture", "manufacturing");

    /** Whether a name follows "supply of" or "delivery of the": goods, not a firm. */
    private static boolean suppliedGoods(List<Token> tokens, int start) {
        int k = start - 1;
        if (k >= 0 && tokens.get(k).lower().equals("the"))
            k--;
        return k >= 1 && tokens.get(k).text().equals("of") && SUPPLY_NOUNS.contains(tokens.get(k - 1).lower());
    }

    /** Whether only "and", "or" or a comma stand between the end of one name and the start of the next. */
    private static boolean coordinatedAfter(List<Token> tokens, int end, int start) {
        for (int k = end; k < start; k++)
            if (!List.of("and", "or", ",").contains(tokens.get(k).lower()))
                return false;
        return start > end;
    }

    private static final Set<String> ROLE_PREFIXES = Set.of("Vice", "Chief", "Deputy", "Senior", "Managing", "Executive",
            "Assistant", "Acting", "Former");

    /**
     * After a capitalised person's role and its "of" or "at" ("Vice President of", "Chief Executive at"), the index of the
     * next token; else {@code i}.
     */
    private static int afterRoleOf(List<Token> tokens, int i, int limit, Lexicon lexicon) {
        for (int k = i; k < limit - 2 && k - i < 3; k++) {
            Token t = tokens.get(k);
            boolean role = t.isCapitalised() && lexicon.isPersonRole(t.text());
            if (role && (tokens.get(k + 1).text().equals("of") || tokens.get(k + 1).text().equals("at")))
                return k + 2;
            if (!role && !ROLE_PREFIXES.contains(t.text()))
                return i;
        }
        return i;
    }

    private boolean startsName(Token t, Lexicon lexicon) {
        return t.isWord() && (t.isCapitalised() || ORDINAL.matcher(t.text()).matches() || NUMBER_LETTERS.matcher(t.text()).matches())
                && !lexicon.isPersonTitle(t.text())
                && (!lexicon.isFunctionWord(t.text()) || lexicon.isDemonym(t.text()));
    }

    /** "3HC Semiconductors": a firm's name may open with digits run into capitals (or capitals into digits). */
    static final java.util.regex.Pattern NUMBER_LETTERS = java.util.regex.Pattern.compile("\\d{1,3}\\p{Lu}{1,5}|\\p{Lu}{1,5}\\d{1,3}");

    /** "4th Infantry Division", "101st Airborne": a unit's number opens its name. */
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d{1,3}(st|nd|rd|th)");

    /** Heads of bodies named by their subject after "on": "Committee on National Defense and Security". */
    private static final java.util.regex.Pattern DEFENCE_MINISTRY = java.util.regex.Pattern.compile(
            ".*\\b(Ministry|Department) of (National )?Defen[cs]e");
    private static final Set<String> COMMITTEES = Set.of("Committee", "Subcommittee", "Commission", "Council", "Panel", "Experts");

    private static final int PORTFOLIO_LIST_TOKENS = 8;

    /**
     * After the comma at {@code comma}, the end of a list of capitalised portfolios joined by "and" that goes on a
     * committee's name: one that ends in a committee head, or, after "Committee on", the list itself; 0 when there
     * is none.
     */
    private static int portfolioListEnd(List<Token> tokens, boolean[] covered, int comma, int limit, boolean committeeOn) {
        int k = comma + 1;
        boolean and = false;
        int lastWord = -1;
        while (k < limit && k - comma <= PORTFOLIO_LIST_TOKENS && !covered[k]) {
            Token w = tokens.get(k);
            if (w.text().equals("and") && lastWord == k - 1)
                and = true;
            else if (w.isWord() && w.isCapitalised())
                lastWord = k;
            else
                break;
            if (COMMITTEES.contains(w.text()) && !committeeOn)
                return and ? k + 1 : 0;
            k++;
        }
        return committeeOn && and && lastWord == k - 1 ? k : 0;
    }

    private int runEnd(String raw, List<Token> tokens, boolean[] covered, boolean[] country, int start, int limit, Lexicon lexicon) {
        int j = start + 1;
        boolean committeeOn = false;
        while (j < limit && j - start < MAX_RUN) {
            Token t = tokens.get(j);
            if (covered[j]) {
                // a country after "of" may sit inside a name: "Republic of China Army", "Ministry of Defence of Iraq"
                if (country[j] && connectors.contains(tokens.get(j - 1).text())) {
                    while (j < limit && country[j])
                        j++;
                    continue;
                }
                // "DDC Develop Industry Hong Kong Limited": a country right before the legal form is part of the name
                int past = j;
                while (past < limit && country[past])
                    past++;
                // "Liaoning China Trade Industry": a country between the province that opens a firm's name and its
                // next capitalised word is part of it
                if (country[j] && j - 1 == start && past > j && lexicon.countryOfCity(tokens.get(start).text()) != null
                        && past < limit && !covered[past] && tokens.get(past).isWord() && tokens.get(past).isCapitalised()
                        && tokens.get(past).span().start() - tokens.get(past - 1).span().end() == 1) {
                    j = past;
                    continue;
                }
                // and "Ascend Aviation India Private Limited": before "Private Limited" too
                if (country[j] && past < limit && (TRAILING_LEGAL_FORMS.contains(tokens.get(past).text())
                        || PRIVATE.contains(tokens.get(past).text()) && past + 1 < limit
                        && TRAILING_LEGAL_FORMS.contains(tokens.get(past + 1).text()))) {
                    j = past;
                    continue;
                }
                break;
            }
            if (tokens.get(j).span().start() - tokens.get(j - 1).span().end() > 1)
                break;
            // "Defense Ministry Director-General Eyal Zamir": a person's role or title after a body's head ends its name
            // (a title only when abbreviated: "Ministry Maj. Gen. X", not "Gendarmerie General Command")
            if (t.isCapitalised() && governmentHeads.contains(tokens.get(j - 1).text()) && (lexicon.isPersonRole(t.text())
                    || lexicon.isPersonTitle(t.text()) && j + 1 < limit && tokens.get(j + 1).text().equals(".")))
                break;
            // "Gulf Propulsion Company Ltd for the Air Force": a legal form ends the name; only its dot or a second
            // legal form ("Co., Ltd.") may follow; "Aviation Industry Corp. of China" goes on
            if (endsLegalForm(tokens, j) && !t.text().equals(".") && !t.text().equals(",") && !TRAILING_LEGAL_FORMS.contains(t.text())
                    && !isLegalForm(t.text()) && !t.text().equals("of"))
                break;
            // "TAIPEI - The Armaments Bureau": a dash set off by spaces ends a name; a hyphen joins one
            if (t.text().equals("-") && (t.span().start() > tokens.get(j - 1).span().end()
                    || (j + 1 < limit && tokens.get(j + 1).span().start() > t.span().end())))
                break;
            if (dottedLegalFormEnd(tokens, j, limit) > 0) {
                j = dottedLegalFormEnd(tokens, j, limit); // "Lumenvolt B.V."
            } else if (t.isWord() && (t.isCapitalised() || Character.isDigit(t.text().charAt(0)))) {
                j++;
            } else if (j + 1 < limit && !covered[j + 1] && isApostropheInName(tokens, j)) {
                j += 2; // the apostrophe inside a place name: "Xi'an Tianrui Aerospace Electronics"
            } else if (isApostrophe(t) && j + 2 < limit && tokens.get(j + 1).text().equals("s") && !covered[j + 2]
                    && (governmentHeads.contains(tokens.get(j + 2).text()) || otherHeads.contains(tokens.get(j + 2).text())
                        || tokens.get(j - 1).text().equals("People") && tokens.get(j + 2).isCapitalised())) {
                // "Hamburg Public Prosecutor's Office", "Ministry of the People's Armed Forces": the possessive inside a
                // body's name
                j += 2;
            } else if (connectors.contains(t.text()) && connectedName(tokens, covered, j, limit) > 0) {
                j = connectedName(tokens, covered, j, limit);
            } else if (t.text().equals("of") && countryAfterOf(tokens, country, j, limit) > 0
                    && (namesAStateBody(texts(tokens, start, j)) || otherHeads.contains(tokens.get(j - 1).text()))) {
                // and "Drone Federation of India", "Chamber of Commerce of Turkey": a body whose head is not the state's
                // "Customs Administration of the Czech Republic", "Ministry of Commerce of China": the state named
                // after the body; the country's own tokens follow as part of the name
                j = countryAfterOf(tokens, country, j, limit);
            } else if (t.text().equals("in") && seatedHeads.contains(tokens.get(j - 1).text())
                    && seatEnd(tokens, j, limit, k -> !covered[k] || country[k], k -> country[k], lexicon) > j) {
                j = seatEnd(tokens, j, limit, k -> !covered[k] || country[k], k -> country[k], lexicon); // "Embassy in New Delhi"
            } else if (t.text().equals("on") && COMMITTEES.contains(tokens.get(j - 1).text()) && j + 1 < limit
                    && country[j + 1] && !covered[j]) {
                j += 2; // "Panel of Experts on Sudan"
                while (j < limit && country[j] && tokens.get(j).span().start() - tokens.get(j - 1).span().end() == 1)
                    j++;
            } else if (t.text().equals("on") && COMMITTEES.contains(tokens.get(j - 1).text()) && j + 1 < limit
                    && !covered[j + 1] && tokens.get(j + 1).isWord() && tokens.get(j + 1).isCapitalised()) {
                j += 2; // "Senate Committee on Armed Services"
                committeeOn = true;
            } else if (t.text().equals("and") && (committeeOn || startsWithAny(texts(tokens, start, j), governmentStarts))
                    && !(j + 1 < limit && innerCapital(tokens.get(j + 1).text()))
                    && connectedName(tokens, covered, j, limit, true) > 0) {
                // "Ministry of Science and Technology", but not "between the Ministry of Defense and PrivatAir"
                j = connectedName(tokens, covered, j, limit, true);
            } else if (t.text().equals("and") && j + 1 < limit && !covered[j + 1] && (pairedWords.contains(tokens.get(j - 1).text())
                    || legalFormAhead(tokens, covered, j + 1, limit)) && pairedWords.contains(tokens.get(j + 1).text())) {
                // and "Delta Aerospace and Maintenance Services Limited": a generic word after "and" in a registered name
                j += 2; // "Hefei Lianyu Science and Technology Co.", "Beijing Import and Export Corp."
            } else if (t.text().equals("and") && (!looksLikeOrganisation(tokens.subList(start, j))
                    || pairedWords.contains(tokens.get(j - 1).text())) && bodyEndAfterAnd(tokens, covered, j, limit) > 0) {
                j = bodyEndAfterAnd(tokens, covered, j, limit); // "Training and Doctrine Command"
            } else if (t.text().equals("-") && isHyphen(raw.charAt(t.span().start())) && j + 1 < limit && !covered[j + 1]
                    && tokens.get(j + 1).isWord() && tokens.get(j - 1).isCapitalised() && tokens.get(j + 1).span().start() == t.span().end()
                    && !lexicon.isHyphenModifier(tokens.get(j + 1).text())) {
                j += 2; // "Shenzhen Sunway Micro-electronics Co. Ltd.": a hyphen inside a capitalised word joins the name
            } else if (t.text().equals(".") && ABBREVIATED_SUFFIXES.contains(tokens.get(j - 1).text())) {
                j++;
            } else if (t.text().equals(",") && j + 1 < limit && firmSuffixes.contains(tokens.get(j + 1).text())
                    && isLegalForm(tokens.get(j + 1).text())) {
                j++;
            } else if (t.text().equals(",") && portfolioListEnd(tokens, covered, j, limit, committeeOn) > 0) {
                // "Senate Foreign Affairs, Defence and Trade References Committee", "Committee on Foreign Affairs,
                // Defence and Trade": a committee's portfolios listed with a comma
                j = portfolioListEnd(tokens, covered, j, limit, committeeOn);
            } else if (t.text().equals("(") && placeInParentheses(tokens, covered, country, j, limit) > 0) {
                j = placeInParentheses(tokens, covered, country, j, limit); // "LINKZOL (Beijing) Technology Co."
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * "SITONHOLY (Tianjin) Co.", "Kuang Yu (Hong Kong) Trading Ltd": a place in parentheses inside a firm's name, as
     * export lists write them; the index of the capitalised word after the parentheses, 0 when the words inside are
     * not a place (an acronym: "(SMIC)") or the name does not go on after them.
     */
    private static int placeInParentheses(List<Token> tokens, boolean[] covered, boolean[] country, int open, int limit) {
        int k = open + 1;
        while (k < limit && k - open <= 2 && tokens.get(k).isWord() && tokens.get(k).isCapitalised()
                && !tokens.get(k).isAllCaps()
                && (!covered[k] || country[k]))
            k++;
        if (k == open + 1 || k + 1 >= limit || !tokens.get(k).text().equals(")") || covered[k + 1])
            return 0;
        Token next = tokens.get(k + 1);
        return next.isWord() && next.isCapitalised() && next.span().start() == tokens.get(k).span().end() + 1 ? k + 1 : 0;
    }

    /** After "of" at {@code of}, the index of a country's first token, past "the" ("of the Czech Republic"); 0 if none. */
    private static int countryAfterOf(List<Token> tokens, boolean[] country, int of, int limit) {
        int k = of + 1;
        if (k < limit && tokens.get(k).text().equals("the"))
            k++;
        return k < limit && country[k] ? k : 0;
    }

    /** Whether the words of a name so far name a state's body: a government start, a government head, a military part. */
    private boolean namesAStateBody(List<String> words) {
        return startsWithAny(words, governmentStarts) || words.stream().anyMatch(governmentHeads::contains)
                || containsAny(words, militaryParts);
    }

    /**
     * "Training and Doctrine Command", "Naval Innovation and Indigenisation Organisation": after "and" at {@code and},
     * capitalised words that end in a government head or the last word of a military part, as the index after
     * them; 0 when they end otherwise, so two names joined by "and" stay two.
     */
    private int bodyEndAfterAnd(List<Token> tokens, boolean[] covered, int and, int limit) {
        int k = and + 1;
        while (k < limit && k - and <= MAX_RUN && !covered[k] && tokens.get(k).isWord() && tokens.get(k).isCapitalised()
                && tokens.get(k).span().start() - tokens.get(k - 1).span().end() == 1)
            k++;
        if (k == and + 1)
            return 0;
        String last = tokens.get(k - 1).text();
        return governmentHeads.contains(last) || militaryEndings.contains(last) ? k : 0;
    }

    private static final int MAX_SEAT_WORDS = 3;

    /**
     * "in Jakarta", "in New Delhi", "in the Netherlands" after a body's head at {@code in}: the index after the place
     * that seats the body, or {@code in} when none follows. A place word is capitalised, one space after the word
     * before it, and free ({@code placeAt}); after "the" it must be a country ({@code countryAt}).
     */
    static int seatEnd(List<Token> tokens, int in, int limit, java.util.function.IntPredicate placeAt,
            java.util.function.IntPredicate countryAt, Lexicon lexicon) {
        if (in + 1 >= limit || !tokens.get(in).text().equals("in"))
            return in;
        int first = in + 1;
        boolean article = tokens.get(first).text().equals("the");
        if (article)
            first++;
        int k = first;
        while (k < limit && k - first < MAX_SEAT_WORDS && tokens.get(k).isWord() && tokens.get(k).isCapitalised()
                && placeAt.test(k) && !lexicon.isNotName(tokens.get(k).text()) && !lexicon.isFunctionWord(tokens.get(k).text())
                && tokens.get(k).span().start() - tokens.get(k - 1).span().end() == 1)
            k++;
        return k == first || (article && !countryAt.test(first)) ? in : k;
    }

    /** A hyphen, not a dash folded to one: "Hong Kong Limited—are accused" joins nothing. */
    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static List<String> texts(List<Token> tokens, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int k = from; k < to; k++)
            out.add(tokens.get(k).text());
        return out;
    }

    private int connectedName(List<Token> tokens, boolean[] covered, int j, int limit) {
        return connectedName(tokens, covered, j, limit, false);
    }

    /** Whether the token before {@code j} ends a legal form: "Ltd", "Limited", the dot of "Inc.". */
    private static boolean endsLegalForm(List<Token> tokens, int j) {
        Token before = tokens.get(j - 1);
        if (before.text().equals(".") && j >= 2 && before.span().start() == tokens.get(j - 2).span().end())
            before = tokens.get(j - 2);
        return TRAILING_LEGAL_FORMS.contains(before.text()) && !before.text().equals("AG") && !before.text().equals("SA");
    }

    /** "PrivatAir", "DeepSeek": a coined name with a capital inside it. */
    private static boolean innerCapital(String word) {
        for (int k = 1; k < word.length(); k++)
            if (Character.isUpperCase(word.charAt(k)) && Character.isLowerCase(word.charAt(k - 1)))
                return true;
        return false;
    }

    private static final int MAX_WORDS_TO_LEGAL_FORM = 4;

    /** Whether capitalised words from {@code from} run into a legal form within a few words ("Maintenance Services Limited"). */
    private static boolean legalFormAhead(List<Token> tokens, boolean[] covered, int from, int limit) {
        for (int k = from; k < limit && k - from <= MAX_WORDS_TO_LEGAL_FORM && !covered[k]; k++) {
            if (!tokens.get(k).isWord() || !tokens.get(k).isCapitalised())
                return false;
            if (TRAILING_LEGAL_FORMS.contains(tokens.get(k).text()))
                return k > from;
        }
        return false;
    }

    /** After one or two connectors ("of", "of the"), the index of the capitalised word that continues the name, or 0. */
    private int connectedName(List<Token> tokens, boolean[] covered, int j, int limit, boolean andAllowed) {
        int k = j;
        while (k < limit && k - j < 2 && !covered[k]
                && (connectors.contains(tokens.get(k).text()) || (andAllowed && tokens.get(k).text().equals("and"))))
            k++;
        // "Tamar Vision Systems for AI-powered cameras": a word that opens a hyphenated modifier continues no name
        boolean modifier = k + 1 < tokens.size() && tokens.get(k + 1).text().equals("-")
                && tokens.get(k + 1).span().start() == tokens.get(k).span().end();
        return k > j && k < limit && !covered[k] && tokens.get(k).isWord() && tokens.get(k).isCapitalised() && !modifier
                && !MONEY.matcher(tokens.get(k).text()).matches() ? k + 1 : 0;
    }

    /** "for Dh639,000", "for Rs500 crore": a currency's letters run into its amount continue no name. */
    private static final java.util.regex.Pattern MONEY = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{0,2}\\d[\\d.,]*");

    static boolean isApostrophe(Token t) {
        return t.text().equals("'") || t.text().equals("\u2019");
    }

    /** The apostrophe of "Xi'an", "Ha'Ayin": glued to a name word before and a word other than the possessive "s" after. */
    static boolean isApostropheInName(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        if (j == 0 || j + 1 >= tokens.size() || !isApostrophe(t))
            return false;
        Token next = tokens.get(j + 1);
        return next.isWord() && !next.text().equals("s") && !next.text().equals("S")
                && t.span().start() == tokens.get(j - 1).span().end() && next.span().start() == t.span().end();
    }

    /** The end (exclusive) of a dotted legal form that starts at token {@code j}, or 0 when none does. */
    private int dottedLegalFormEnd(List<Token> tokens, int j, int limit) {
        StringBuilder letters = new StringBuilder();
        int k = j;
        while (k + 1 < limit && tokens.get(k).isWord() && tokens.get(k).text().length() <= 2
                && tokens.get(k + 1).text().equals(".") && tokens.get(k + 1).span().start() == tokens.get(k).span().end()
                && (k == j || tokens.get(k).span().start() == tokens.get(k - 1).span().end())) {
            letters.append(tokens.get(k).text().toLowerCase(java.util.Locale.ROOT));
            k += 2;
        }
        return k - j >= 4 && dottedLegalForms.contains(letters.toString()) ? k : 0;
    }

    /** Suffixes written with a full stop ("Co.", "Ltd."): the stop belongs to the name, not to the sentence. */
    private static final Set<String> ABBREVIATED_SUFFIXES = Set.of("Co", "Ltd", "Inc", "Corp", "Pte", "Pvt", "Bhd", "Mfg", "Intl");

    /** "Private Limited", "Public Limited": words that open a legal form. */
    private static final Set<String> PRIVATE = Set.of("Private", "Public");
    private static final Set<String> TRAILING_LEGAL_FORMS = Set.of("Co", "Ltd", "Inc", "Corp", "LLC", "Limited", "plc",
            "PLC", "GmbH", "AG", "SA", "NV", "BV", "Pte", "Pvt", "Bhd", "AD", "AB", "ASA", "SpA", "Oy", "Oyj", "KK",
            "LLP", "Ltda", "SRL", "Srl", "SAS", "Kft", "Zrt", "FZE", "FZCO", "DOO");
    /** Corporate words a known firm's name may end in without a legal form: "Yitu Technologies", "Megvii Technology". */
    private static final Set<String> NAME_TAILS = Set.of("Technologies", "Technology", "Group", "Holdings", "Wireless", "Electronics",
            "Systems", "Solutions", "Networks", "Communications", "Semiconductor", "Semiconductors", "Microelectronics", "Robotics",
            "Industries", "International", "Company", "Corporation", "Information", "Software", "Telecom", "Telecommunications",
            "Instruments", "Optics", "Optoelectronics");
    /** Words that end a firm's name only before a legal form: "Chang Guang Satellite Technology Company Limited". */
    private static final Set<String> BEFORE_LEGAL_FORMS = Set.of("Company", "Holding", "Holdings", "Group", "Corporation");

    /**
     * "BYD Co. Ltd.", "Baidu Inc.", "Alibaba Group Holding Ltd.": where a known firm's name ends when the legal form
     * after it ("Co.", "Ltd.", "Inc.", ", Ltd.", "Company Limited") is counted in, as a token index after {@code end};
     * {@code end} itself when no legal form follows.
     */
    static int legalFormTail(List<Token> tokens, int end) {
        int j = end;
        while (j < tokens.size() && tokens.get(j).span().start() - tokens.get(j - 1).span().end() <= 1) {
            Token t = tokens.get(j);
            boolean adjacent = t.span().start() == tokens.get(j - 1).span().end();
            if (t.text().equals(".") && adjacent && ABBREVIATED_SUFFIXES.contains(tokens.get(j - 1).text()))
                j++;
            else if (t.text().equals(",") && adjacent && j + 1 < tokens.size() && isLegalForm(tokens.get(j + 1).text()))
                j++;
            else if (!adjacent && t.isWord() && (TRAILING_LEGAL_FORMS.contains(t.text()) || BEFORE_LEGAL_FORMS.contains(t.text())
                    && j + 1 < tokens.size() && TRAILING_LEGAL_FORMS.contains(tokens.get(j + 1).text())))
                j++;
            else if (!adjacent && j == end && t.isWord() && NAME_TAILS.contains(t.text())
                    && (j + 1 >= tokens.size() || !(tokens.get(j + 1).isWord() && tokens.get(j + 1).isCapitalised())))
                j++; // "Yitu Technologies, and ...": a known firm's name with its corporate word
            else
                break;
        }
        return j;
    }

    private static boolean isLegalForm(String w) {
        return w.equals("Ltd") || w.equals("Inc") || w.equals("LLC") || w.equals("Co") || w.equals("Corp") || w.equals("Limited")
                || w.equals("LTD") || w.equals("LIMITED");
    }

    private Found classify(AnnotatedText text, int start, int end, int sentenceEnd, boolean demonymStart, boolean afterCountry) {
        List<Token> tokens = text.tokens();
        int lastWord = end - 1;
        while (lastWord > start && !tokens.get(lastWord).isWord())
            lastWord--;
        List<String> words = new ArrayList<>();
        for (int k = start; k < end; k++)
            words.add(tokens.get(k).text());
        int wordCount = (int) words.stream().filter(w -> Character.isLetterOrDigit(w.charAt(0))).count();
        EntityType type = null;
        if (containsAny(words, militaryParts))
            type = EntityType.MILITARY;
        else if (wordCount >= 2 && startsWithAny(words, governmentStarts))
            type = EntityType.GOVERNMENT;
        else if (wordCount >= 3 && (startsWithAny(words.subList(1, words.size()), governmentStarts)
                || (words.size() > 3 && startsWithAny(words.subList(2, words.size()), governmentStarts))))
            type = EntityType.GOVERNMENT; // "National Bureau of Investigation", "Swedish Customs Office of ..."
        else if (wordCount >= 3 && headBeforeOf(words, governmentHeads))
            type = EntityType.GOVERNMENT; // "Federal Court of Accounts", "Supreme Court of Justice"
        else if (wordCount >= 3 && isLegalForm(tokens.get(lastWord).text()))
            type = EntityType.TECH_FIRM; // "Changsha Tianyi Space Science and Technology Research Institute Co. LTD"
        else if (wordCount >= 2 && words.stream().anyMatch(otherHeads::contains))
            // "Indian Institute of Science" and "Eindhoven University of Technology", but a military's own
            // schools are military: "Academy of Military Science", "Naval Postgraduate School"
            type = words.stream().anyMatch(militaryInstitutionWords::contains) ? EntityType.MILITARY : EntityType.ORGANISATION;
        else if (wordCount >= 2 && mediaHeads.contains(tokens.get(lastWord).text()))
            type = EntityType.MEDIA; // "The Meridian Ledger", "Thames Wire"
        else if (wordCount >= 2 && isFirmWord(tokens.get(lastWord).text()))
            type = EntityType.TECH_FIRM;
        else if (endsInDottedLegalForm(tokens, start, end))
            type = EntityType.TECH_FIRM;
        else if (wordCount >= 2 && tokens.get(lastWord).text().equals("Company")
                && words.subList(0, words.size() - 1).stream().anyMatch(this::isFirmWord))
            // "International Diving Trade Company", "Pishgam Electronic Safeh Company"; not an army's "Third Rifle Company"
            type = EntityType.TECH_FIRM;
        else if (wordCount >= 2 && legalFormsBeforeName.contains(words.get(0)))
            type = EntityType.TECH_FIRM; // "OOO Tekhnopark-Alabuga", "PJSC Kupol"
        else if ((wordCount >= 2 || afterCountry) && governmentHeads.contains(tokens.get(lastWord).text()))
            type = EntityType.GOVERNMENT;
        else if (hasFirmApposition(text, end, sentenceEnd) || wordCount == 1 && hasSeatApposition(tokens, end, sentenceEnd))
            type = EntityType.TECH_FIRM;
        else if (wordCount >= 2 && reportsLikeAnOutlet(text, start, lastWord))
            type = EntityType.MEDIA; // "The Beltway Signal, citing internal messages, reported that ..."
        int of = words.indexOf("of");
        if ((type == EntityType.ORGANISATION || type == EntityType.GOVERNMENT) && of > 0 && of + 1 < words.size()
                && words.subList(0, of).stream().noneMatch(this::namesABody)) {
            // "said Marta Kowalczyk of the Warsaw Institute": the body is after "of", the words before it are someone
            int from = start + of + 1;
            if (from < end && tokens.get(from).lower().equals("the"))
                from++;
            return from < end ? classify(text, from, end, sentenceEnd, false, false) : null;
        }
        if (type == EntityType.GOVERNMENT && DEFENCE_MINISTRY.matcher(String.join(" ", words)).matches())
            type = EntityType.MILITARY; // "Department of National Defense": a defence ministry counts as military
        int in = words.indexOf("in");
        if (in > 0 && seatedHeads.contains(words.get(in - 1))) {
            // "Chinese Embassy in Jakarta": the kind of body the words before its seat name
            Found head = classify(text, start, start + in, sentenceEnd, demonymStart, afterCountry);
            type = head == null ? null : head.type();
        }
        int on = words.indexOf("on");
        if (on > 0 && COMMITTEES.contains(words.get(on - 1))) {
            // "Senate Committee on National Defense and Security", "Committee on Science and Research": the kind of
            // body its head names, whatever the subject after "on" (a body that oversees a force is not that force)
            Found head = on > 1 ? classify(text, start, start + on, sentenceEnd, demonymStart, false) : null;
            type = on > 1 ? (head == null ? null : head.type())
                    : governmentHeads.contains(words.get(0)) ? EntityType.GOVERNMENT
                    : otherHeads.contains(words.get(0)) ? EntityType.ORGANISATION : null;
        }
        if (type == null) {
            // "Aerotek Components Pvt Ltd of Pune": the firm's name ends at its legal form, before the place
            // and "Orbital Loom Software of Colorado Springs": at any firm word right before "of"
            for (int k = lastWord - 1; k > start; k--)
                if (isFirmWord(tokens.get(k).text())
                        && (isLegalForm(tokens.get(k).text()) || tokens.get(k + 1).text().equals("of")))
                    return classify(text, start, k + 1, sentenceEnd, demonymStart, afterCountry);
            return null;
        }
        if (type != EntityType.MILITARY && ORDINAL.matcher(words.get(0)).matches())
            return null;
        if (type == EntityType.TECH_FIRM && nonFirmBefore.matcher(text.text()).region(
                Math.max(0, tokens.get(start).span().start() - 40), tokens.get(start).span().start()).find())
            type = EntityType.ORGANISATION;
        if (type == EntityType.TECH_FIRM && demonymStart) {
            // "Chinese Robotics Co." is a firm, but "Chinese" describes it; its name starts after
            if (end - start < 3)
                return null;
            start++;
        }
        Span span = new Span(tokens.get(start).span().start(), tokens.get(lastWord).span().end()
                + (lastWord + 1 < end && tokens.get(lastWord + 1).text().equals(".") ? 1 : 0));
        return new Found(span, span.coveredText(text.text()).replaceAll("\\s+", " "), type, start, end);
    }

    private boolean endsInDottedLegalForm(List<Token> tokens, int start, int end) {
        for (int k = end - 4; k > start; k--)
            if (dottedLegalFormEnd(tokens, k, end) == end)
                return true;
        return false;
    }

    private static final java.util.regex.Pattern ACCORDING_OPENER = java.util.regex.Pattern.compile(
            "(?is)\\s*according to [^,]*");
    private static final Set<String> APPOSITION_STOPS = Set.of("at", "in", "for", "with", "from", "of", "on", "who", "whose");

    /**
     * "Veripos, based in Dyce,", "Orvane, headquartered in Ningbo,": a seat set off by a comma after a one-word name
     * is a firm's (people are not "headquartered", and are named in two words).
     */
    private static boolean hasSeatApposition(List<Token> tokens, int end, int sentenceEnd) {
        return end + 3 < sentenceEnd && tokens.get(end).text().equals(",") && SEATED.contains(tokens.get(end + 1).lower())
                && tokens.get(end + 2).lower().equals("in") && tokens.get(end + 3).isCapitalised();
    }

    /** "X, a Texas drone start-up", "X, the Shenzhen-based maker of ...". */
    private boolean hasFirmApposition(AnnotatedText text, int end, int sentenceEnd) {
        List<Token> tokens = text.tokens();
        if (end + 2 >= sentenceEnd || !tokens.get(end).text().equals(","))
            return false;
        String det = tokens.get(end + 1).lower();
        // "RoboSense, one of the world's largest makers of lidar sensors": a plural head after "one of the"
        boolean oneOf = det.equals("one") && end + 4 < sentenceEnd && tokens.get(end + 2).lower().equals("of")
                && tokens.get(end + 3).lower().equals("the");
        if (!det.equals("a") && !det.equals("an") && !det.equals("the") && !oneOf)
            return false;
        // "According to the notice in the Federal Register, the optics maker supplied ...": the comma closes the
        // phrase that names the source, and what follows is the sentence's subject
        Sentence s = text.sentenceAt(tokens.get(end).span().start());
        if (ACCORDING_OPENER.matcher(text.text()).region(s.span().start(), tokens.get(end).span().start()).matches())
            return false;
        int window = APPOSITION_WINDOW;
        int first = oneOf ? end + 4 : end + 2;
        for (int k = first; k < Math.min(sentenceEnd, first + window); k++) {
            Token t = tokens.get(k);
            if (oneOf && t.isWord() && appositionHeads.contains(singular(t.lower())))
                return true;
            // "X, a Columbus, Ohio, company": a city and its state or country inside the description
            if (t.text().equals(",") && k + 2 < sentenceEnd && tokens.get(k + 1).isWord() && tokens.get(k + 1).isCapitalised()
                    && tokens.get(k + 2).text().equals(",") && k > end + 2 && tokens.get(k - 1).isCapitalised()) {
                k += 2;
                window += 3;
                continue;
            }
            if (t.text().equals(",") || t.text().equals(".") || APPOSITION_STOPS.contains(t.lower()))
                return false; // "X, a trade lawyer at a Washington firm": the head came before the preposition
            if (k > first && SECOND_DETERMINERS.contains(t.lower()))
                return false; // "the Red Sea, a charge the company did not address": a clause, not a description
            if (t.lower().equals("year") && k + 2 < sentenceEnd && tokens.get(k + 2).lower().equals("old"))
                return false; // "Dorian Kessel, a 41-year-old trader": a person's age, no firm has one
            // "Selin Kaya, the company's co-founder": a role at the firm, not a firm
            if (appositionHeads.contains(t.lower()))
                return !(k + 1 < sentenceEnd && tokens.get(k + 1).text().equals("'"));
            String compound = hyphenated(tokens, k);
            if (compound != null && appositionHeads.contains(compound)) // "a Tainan start-up"
                return true;
        }
        return false;
    }

    private static final Set<String> SEATED = Set.of("based", "headquartered", "registered", "incorporated");
    private static final Set<String> SECOND_DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those");

    private static String singular(String w) {
        return w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their", "his", "her", "our");

    /** "its Ernie AI models": a name between a possessive pronoun and a noun of goods is a product, no firm. */
    private static boolean ownedProduct(List<Token> tokens, Found f, Lexicon lexicon) {
        return f.startToken() > 0 && POSSESSIVE_PRONOUNS.contains(tokens.get(f.startToken() - 1).text())
                && f.endToken() < tokens.size() && lexicon.isProductNoun(tokens.get(f.endToken()).text())
                && tokens.get(f.endToken()).text().equals(tokens.get(f.endToken()).lower());
    }

    /** Whether a word is a head of an organisation's or government body's name, or opens a government name. */
    private boolean namesABody(String word) {
        return otherHeads.contains(word) || governmentHeads.contains(word) || firmSuffixes.contains(word)
                || mediaHeads.contains(word) || governmentStarts.stream().anyMatch(st -> st.get(0).equals(word))
                || militaryParts.stream().anyMatch(p -> p.get(0).equals(word));
    }

    /** Whether the words around a name say that it reports: "X reported that", "as first reported by X". */
    private boolean reportsLikeAnOutlet(AnnotatedText text, int start, int lastWord) {
        List<Token> tokens = text.tokens();
        int from = tokens.get(start).span().start();
        int to = tokens.get(lastWord).span().end();
        Sentence s = text.sentenceAt(from);
        if (mediaVerbAfter.matcher(text.text()).region(to, s.span().end()).lookingAt())
            return true;
        java.util.regex.Matcher cue = mediaCueBefore.matcher(text.text()).region(Math.max(s.span().start(), from - 40), from);
        return cue.find() && !SIGN_OFF.matcher(text.text()).region(Math.max(0, cue.start() - 25), cue.end()).find();
    }

    /** "(Reporting by Hannah Okafor in Washington; Additional reporting by ...)": a wire story's credits name its reporters. */
    private static final java.util.regex.Pattern SIGN_OFF = java.util.regex.Pattern.compile(
            "(^|[(;\n]\s*)(Additional reporting|Reporting|Writing|Editing) by\s+$");

    /** "start-up" from the tokens "start", "-", "up" glued together at {@code k}, lower case; or null. */
    private static String hyphenated(List<Token> tokens, int k) {
        if (k + 2 >= tokens.size() || !tokens.get(k + 1).text().equals("-")
                || tokens.get(k + 1).span().start() != tokens.get(k).span().end()
                || tokens.get(k + 2).span().start() != tokens.get(k + 1).span().end())
            return null;
        return tokens.get(k).lower() + "-" + tokens.get(k + 2).lower();
    }

    /** Whether a head word is followed by "of" or "for" inside the name ("Court of Accounts"). */
    private static boolean headBeforeOf(List<String> words, Set<String> heads) {
        for (int i = 0; i + 2 < words.size() + 1 && i + 1 < words.size(); i++)
            if (heads.contains(words.get(i)) && (words.get(i + 1).equals("of") || words.get(i + 1).equals("for")))
                return true;
        return false;
    }

    private static boolean containsAny(List<String> words, List<List<String>> parts) {
        for (List<String> part : parts)
            for (int i = 0; i + part.size() <= words.size(); i++)
                if (words.subList(i, i + part.size()).equals(part))
                    return true;
        return false;
    }

    private static boolean startsWithAny(List<String> words, List<List<String>> starts) {
        for (List<String> s : starts)
            if (words.size() > s.size() && words.subList(0, s.size()).equals(s))
                return true;
        return false;
    }

    /** A title-case line ("Israel Orders More Drones From Elbit"): names there cannot be told from other words. */
    private static boolean isHeading(List<Token> tokens, Sentence s) {
        int words = 0;
        int capitalised = 0;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = tokens.get(k);
            if (t.isWord() && Character.isLetter(t.text().charAt(0))) {
                words++;
                if (t.isCapitalised())
                    capitalised++;
            }
        }
        // a long sentence that ends in a full stop is prose full of names, not a heading
        // and so is a sentence with a full stop and a few lower-case words ("Those designated include A Ltd and B Co.")
        // (a full stop inside closing quotes too: 'sanctioned include "A Inc., B LLC and C Corp."')
        int last = s.endToken() - 1;
        while (last > s.firstToken() && CLOSING_MARKS.contains(tokens.get(last).text()))
            last--;
        boolean prose = tokens.get(last).text().equals(".")
                && (words > MAX_HEADING_WORDS || words - capitalised >= MIN_PROSE_LOWER_WORDS);
        // a line far longer than any headline is prose too, stop or not (a copy cut off mid-list: "... include A Co.,
        // Ltd.; B Co.; C Research Institute; an")
        return words >= 3 && words <= MAX_UNSTOPPED_HEADING_WORDS && capitalised >= 0.7 * words && !prose
                && !endsInLegalForm(tokens, s);
    }

    private static final int MAX_UNSTOPPED_HEADING_WORDS = 30;

    /** "2. Teledyne Brown Engineering, Inc.": a line that ends in a legal form is a firm's name, not a heading. */
    private static boolean endsInLegalForm(List<Token> tokens, Sentence s) {
        return s.endToken() - s.firstToken() >= 2 && endsLegalForm(tokens, s.endToken());
    }

    private static final Set<String> CLOSING_MARKS = Set.of("\"", "\u201d", "\u2019", "'", ")");
    private static final int MAX_HEADING_WORDS = 16;
    private static final int MIN_PROSE_LOWER_WORDS = 2;

    /**
     * Shorter names a text may use later for a firm it introduced in full: the name without its suffix words
     * ("Vantor" for "Vantor Dynamics") and every shorter prefix of two words or more ("Xiamen Limbach" for
     * "Xiamen Limbach Aircraft Engine"), longest first.
     */
    List<String> shortForms(String label) {
        List<Token> t = Tokenizer.tokenize(label);
        List<String> forms = new ArrayList<>();
        for (int end = t.size() - 1; end >= 2; end--)
            if (t.get(end - 1).isWord() && !connectors.contains(t.get(end - 1).text()))
                forms.add(label.substring(t.get(0).span().start(), t.get(end - 1).span().end()));
        int end = t.size();
        while (end > 0 && (firmSuffixes.contains(t.get(end - 1).text()) || !t.get(end - 1).isWord()
                || connectors.contains(t.get(end - 1).text())))
            end--;
        if (end > 0 && end < t.size()) {
            String stripped = label.substring(t.get(0).span().start(), t.get(end - 1).span().end());
            if (!forms.contains(stripped))
                forms.add(stripped);
        }
        // "OOO Kaskad-Tekh", "PT Len Industri": a leading legal form dropped
        if (t.size() >= 2 && firmSuffixes.contains(t.get(0).text()) && t.get(1).isWord()) {
            String rest = label.substring(t.get(1).span().start());
            if (!forms.contains(rest))
                forms.add(rest);
        }
        // "Qingdao Haiyun Sensing Co." is later "Haiyun Sensing": a leading place name dropped
        List<String> leading = new ArrayList<>();
        for (String form : List.copyOf(forms)) {
            List<Token> ft = Tokenizer.tokenize(form);
            if (ft.size() >= 3 && ft.stream().allMatch(Token::isWord) && Character.isUpperCase(ft.get(1).text().charAt(0))) {
                String rest = form.substring(ft.get(1).span().start());
                if (!forms.contains(rest))
                    forms.add(rest);
                leading.add(ft.get(1).text()); // "Skylink" for "Luzon Skylink Towers Inc.", tried last
            }
        }
        // "Skyreach" for "Skyreach Aerial Systems": the first word alone, tried last
        if (t.size() >= 2 && t.get(0).isWord() && t.get(1).isWord() && !connectors.contains(t.get(1).text())
                && !forms.contains(t.get(0).text()))
            forms.add(t.get(0).text());
        for (String word : leading)
            if (!forms.contains(word) && !isFirmWord(word)) // not "Engineering" for "Marvin Engineering Company"
                forms.add(word);
        return forms;
    }
}
