package org.techmil.extract;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Word lists from {@code extractor/lexicon.json}: abbreviations for sentence splitting, person titles and roles,
 * the head nouns of phrases that refer back to an entity ("the company"), and words that never start a name.
 */
public final class Lexicon {
    private final Set<String> abbreviations;
    private final Set<String> personTitles;
    private final Set<String> personRoles;
    private final Set<String> spokespersonRoles;
    private final Set<String> firmRoles;
    private final Set<String> officerRoles;
    private final Set<String> officialRoles;
    private final Set<String> givenNames;
    private final Set<String> eastAsianSurnames;
    private final List<List<String>> unqualifiedBodies;
    private final Map<String, String> writtenOutBodies;
    private final Map<EntityType, Set<String>> referringHeads = new EnumMap<>(EntityType.class);
    private final Map<EntityType, List<String>> forwardHeads = new EnumMap<>(EntityType.class);
    private final Set<String> capitalisedModifiersAllowed = new HashSet<>();
    private final Set<String> wordsAfterHead;
    private final Set<String> notNames;
    private final Set<String> nameParticles;
    private final Set<String> titleBodyWords;
    private final Set<List<String>> nationalMilitaryPhrases;
    private final Set<String> functionWords;
    private final Set<String> pronounVerbs;
    private final Set<String> demonyms;
    private final Map<String, String> demonymCountries;
    private final Set<String> weaponNouns;
    private final Map<String, String> capitals;
    private final java.util.regex.Pattern capitalActs;
    private final java.util.regex.Pattern documentSpeaks;
    private final java.util.regex.Pattern itSpeaks;
    private final java.util.regex.Pattern weaponFoundCue;
    private final Set<String> civilianModifiers;
    private final Set<String> placeNouns;
    private final Set<String> militaryModifiedNouns;
    private final Map<String, String> sharedServiceNames;
    private final Set<String> lawWords;
    private final Set<String> backerModifiers;
    private final Set<String> hyphenModifiers;
    private final Map<String, String> cityCountries;
    private final Set<String> productNouns;
    private final Set<String> bareDefenceNotBefore;
    private final Set<String> bareDefenceNotAfter;
    private final Map<List<String>, EntityType> statePhrases;
    private final OrganisationPatterns organisationPatterns;

    Lexicon(JsonNode root) {
        abbreviations = lowerSet(root.get("abbreviations"));
        personTitles = lowerSet(root.get("personTitles"));
        personRoles = lowerSet(root.get("personRoles"));
        spokespersonRoles = lowerSet(root.get("spokespersonRoles"));
        firmRoles = lowerSet(root.get("firmRoles"));
        officerRoles = lowerSet(root.get("officerRoles"));
        officialRoles = lowerSet(root.get("officialRoles"));
        givenNames = Set.copyOf(KnowledgeBase.strings(root.get("givenNames")));
        eastAsianSurnames = Set.copyOf(KnowledgeBase.strings(root.get("eastAsianSurnames")));
        unqualifiedBodies = KnowledgeBase.strings(root.get("unqualifiedBodies")).stream()
                .map(p -> List.of(p.split(" "))).sorted((a, b) -> b.size() - a.size()).toList();
        Map<String, String> written = new java.util.HashMap<>();
        root.path("writtenOutBodies").fields().forEachRemaining(e -> written.put(e.getKey(), e.getValue().asText()));
        writtenOutBodies = Map.copyOf(written);
        wordsAfterHead = lowerSet(root.get("wordsAfterReferringHead"));
        notNames = lowerSet(root.get("notNames"));
        nameParticles = Set.copyOf(KnowledgeBase.strings(root.get("nameParticles")));
        titleBodyWords = lowerSet(root.get("titleBodyWords"));
        nationalMilitaryPhrases = KnowledgeBase.strings(root.get("nationalMilitaryPhrases")).stream()
                .map(p -> org.techmil.annotate.Tokenizer.tokenize(p).stream().map(org.techmil.annotate.Token::text).toList())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        functionWords = lowerSet(root.get("functionWords"));
        pronounVerbs = lowerSet(root.get("pronounVerbs"));
        demonyms = lowerSet(root.get("demonyms"));
        Map<String, String> countries = new java.util.HashMap<>();
        root.path("demonymCountries").fields().forEachRemaining(e -> countries.put(e.getKey(), e.getValue().asText()));
        demonymCountries = Map.copyOf(countries);
        weaponNouns = Set.copyOf(KnowledgeBase.strings(root.get("weaponNouns")));
        Map<String, String> capitalStates = new java.util.HashMap<>();
        root.path("capitals").fields().forEachRemaining(e -> capitalStates.put(e.getKey(), e.getValue().asText()));
        root.path("actingShortNames").fields().forEachRemaining(e -> capitalStates.put(e.getKey(), e.getValue().asText()));
        capitals = Map.copyOf(capitalStates);
        capitalActs = java.util.regex.Pattern.compile(root.path("capitalActs").asText("(?!)"));
        documentSpeaks = java.util.regex.Pattern.compile(root.path("documentSpeaks").asText("(?!)"));
        itSpeaks = java.util.regex.Pattern.compile(root.path("itSpeaks").asText("(?!)"));
        weaponFoundCue = java.util.regex.Pattern.compile(root.path("weaponFoundCue").asText("(?!)"));
        civilianModifiers = lowerSet(root.get("civilianModifiers"));
        placeNouns = lowerSet(root.get("placeNouns"));
        militaryModifiedNouns = lowerSet(root.get("militaryModifiedNouns"));
        Map<String, String> services = new java.util.HashMap<>();
        root.path("sharedServiceNames").fields().forEachRemaining(e -> services.put(e.getKey(), e.getValue().asText()));
        sharedServiceNames = Map.copyOf(services);
        lawWords = Set.copyOf(KnowledgeBase.strings(root.get("lawWords")));
        backerModifiers = lowerSet(root.path("hyphenModifiers").get("backer"));
        Set<String> modifiers = new HashSet<>(backerModifiers);
        modifiers.addAll(lowerSet(root.path("hyphenModifiers").get("origin")));
        hyphenModifiers = Set.copyOf(modifiers);
        Map<String, String> places = new java.util.HashMap<>();
        root.path("cities").fields().forEachRemaining(e -> {
            for (String city : KnowledgeBase.strings(e.getValue()))
                places.put(city, e.getKey());
        });
        cityCountries = Map.copyOf(places);
        productNouns = lowerSet(root.get("productNouns"));
        bareDefenceNotBefore = lowerSet(root.get("bareDefenceNotBefore"));
        bareDefenceNotAfter = lowerSet(root.get("bareDefenceNotAfter"));
        java.util.Map<List<String>, EntityType> phrases = new java.util.LinkedHashMap<>();
        root.path("bodiesAfterState").fields().forEachRemaining(e -> {
            EntityType type = EntityType.fromLocalName(e.getKey());
            for (String p : KnowledgeBase.strings(e.getValue()))
                phrases.put(org.techmil.annotate.Tokenizer.tokenize(p).stream().map(org.techmil.annotate.Token::text).toList(), type);
        });
        statePhrases = java.util.Collections.unmodifiableMap(phrases);
        organisationPatterns = root.has("organisationPatterns")
                ? new OrganisationPatterns(root.get("organisationPatterns")) : OrganisationPatterns.empty();
        JsonNode forward = root.get("forwardHeads");
        if (forward != null)
            forward.fields().forEachRemaining(e -> forwardHeads.put(EntityType.fromLocalName(e.getKey()),
                    List.copyOf(lowerSet(e.getValue()))));
        JsonNode heads = root.get("referringHeads");
        if (heads != null) {
            heads.fields().forEachRemaining(e -> {
                EntityType type = EntityType.fromLocalName(e.getKey());
                referringHeads.put(type, lowerSet(e.getValue().get("heads")));
                if (e.getValue().path("capitalisedModifiers").asBoolean(false))
                    capitalisedModifiersAllowed.add(type.name());
            });
        }
    }

    private static Set<String> lowerSet(JsonNode array) {
        Set<String> out = new HashSet<>();
        for (String s : KnowledgeBase.strings(array))
            out.add(s.toLowerCase(Locale.ROOT));
        return Set.copyOf(out);
    }

    public Set<String> abbreviations() {
        return abbreviations;
    }

    public boolean isPersonTitle(String word) {
        return personTitles.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isPersonRole(String word) {
        return personRoles.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The head of a state body's written-out name ("Ministry of Foreign Affairs" for "foreign ministry"), or null. */
    public String writtenOutHead(String phrase) {
        return writtenOutBodies.get(phrase);
    }

    /** Whether a capitalised word is a common first name ("Hossein", "Kavya"), as written. */
    public boolean isGivenName(String word) {
        return givenNames.contains(word);
    }

    /**
     * The words of the longest phrase of {@code unqualifiedBodies} ("federal prosecutors", "police") at token
     * {@code from}, in lower case but for its first letter, none of them part of a mention, or null.
     */
    List<String> unqualifiedBodyAt(List<org.techmil.annotate.Token> tokens, int from, Mention[] covered) {
        for (List<String> phrase : unqualifiedBodies)
            if (wordsAt(tokens, from, phrase, covered, true))
                return phrase;
        return null;
    }

    /**
     * Whether the words of {@code phrase} stand at token {@code from}, none of them part of a mention; with
     * {@code anyFirstCase} the first word may be capitalised ("Police raided").
     */
    private static boolean wordsAt(List<org.techmil.annotate.Token> tokens, int from, List<String> phrase, Mention[] covered,
                                   boolean anyFirstCase) {
        if (from + phrase.size() > tokens.size())
            return false;
        for (int k = 0; k < phrase.size(); k++) {
            org.techmil.annotate.Token t = tokens.get(from + k);
            if (covered[from + k] != null || !(k == 0 && anyFirstCase ? t.lower() : t.text()).equals(phrase.get(k)))
                return false;
        }
        return true;
    }

    /**
     * "Nigerian Military, in partnership with ...": the phrase written with capitals, when no capitalised word follows
     * it ("Chinese Military Companies" names no body).
     */
    private static boolean titleCasedAt(List<org.techmil.annotate.Token> tokens, int from, List<String> phrase, Mention[] covered) {
        int end = from + phrase.size();
        if (end > tokens.size() || end < tokens.size() && tokens.get(end).isWord() && tokens.get(end).isCapitalised())
            return false;
        for (int k = 0; k < phrase.size(); k++) {
            org.techmil.annotate.Token t = tokens.get(from + k);
            String word = phrase.get(k);
            if (covered[from + k] != null || word.isEmpty()
                    || !t.text().equals(Character.toUpperCase(word.charAt(0)) + word.substring(1)))
                return false;
        }
        return true;
    }

    /** Whether a capitalised word is a family name that opens a Chinese, Korean or Vietnamese name ("Wang", "Kim"). */
    public boolean isEastAsianSurname(String word) {
        return eastAsianSurnames.contains(word);
    }

    /** Whether only a firm has this role ("chief executive", "founder"). */
    public boolean isFirmRole(String word) {
        return word != null && firmRoles.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a firm's officer may hold this role: a firm's own role or one such as "director" that others have too. */
    public boolean isOfficerRole(String word) {
        return isFirmRole(word) || word != null && officerRoles.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the role is one of a person acting for a state or a court ("attorney", "judge", "minister"). */
    public boolean isOfficialRole(String word) {
        return word != null && officialRoles.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isSpokespersonRole(String word) {
        return word != null && spokespersonRoles.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Head nouns of indefinite descriptions in an article's opening sentences that name an entity the next sentence
     * names ("A Chinese satellite company sold ..., according to a Washington think tank."), per entity type.
     */
    public Map<EntityType, List<String>> forwardHeads() {
        return forwardHeads;
    }

    /** The entity types a referring head noun may point back to ("department": a ministry of defence or of trade). */
    public List<EntityType> referringHeadTypes(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        List<EntityType> types = new java.util.ArrayList<>();
        for (Map.Entry<EntityType, Set<String>> e : referringHeads.entrySet())
            if (e.getValue().contains(w))
                types.add(e.getKey());
        return types;
    }

    public boolean allowsCapitalisedModifiers(EntityType type) {
        return capitalisedModifiersAllowed.contains(type.name());
    }

    /** Words that may follow a referring head when it is used as a noun ("the military said"), not as a modifier. */
    public boolean mayFollowHead(String word) {
        return wordsAfterHead.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Words after which "it" is the subject of a clause ("it denied", "it has supplied"). */
    public boolean isPronounVerb(String word) {
        return pronounVerbs.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Nationality adjectives ("Turkish"): they may open a military or government name, never a firm's. */
    /** A phrase after a state's name that names one of its bodies ("defence ministry", "embassy"), and where it ends. */
    record StateBody(int end, EntityType type) {
    }

    /**
     * The longest lower-case phrase of {@code bodiesAfterState} that starts at token {@code from} on uncovered
     * tokens ("Saudi Arabia's defence ministry", "the Russian embassy"), or null.
     */
    StateBody stateBodyAt(List<org.techmil.annotate.Token> tokens, int from, Mention[] covered) {
        StateBody best = null;
        for (var e : statePhrases.entrySet()) {
            List<String> phrase = e.getKey();
            int end = from + phrase.size();
            if (end > tokens.size() || (best != null && end <= best.end()))
                continue;
            boolean match = wordsAt(tokens, from, phrase, covered, false) || titleCasedAt(tokens, from, phrase, covered);
            // "Chinese military-industrial complex": the phrase is half of a compound, no body
            if (match && end + 1 < tokens.size() && tokens.get(end).text().equals("-")
                    && tokens.get(end).span().start() == tokens.get(end - 1).span().end()
                    && tokens.get(end + 1).span().start() == tokens.get(end).span().end())
                match = false;
            if (match)
                best = new StateBody(end, e.getValue());
        }
        return best;
    }

    /**
     * The singular of a plural phrase of {@code bodiesAfterState} ("armies" -> "army", "air forces" -> "air force",
     * "armed forces" stays), or null when the words are no such plural.
     */
    String singularBodyPhrase(List<org.techmil.annotate.Token> words) {
        if (words.isEmpty())
            return null;
        List<String> out = new java.util.ArrayList<>();
        for (org.techmil.annotate.Token t : words)
            out.add(t.text());
        String last = out.get(out.size() - 1);
        if (!last.equals(last.toLowerCase(Locale.ROOT)))
            return null;
        List<String> candidates = new java.util.ArrayList<>();
        if (last.endsWith("ies"))
            candidates.add(last.substring(0, last.length() - 3) + "y");
        if (last.endsWith("s"))
            candidates.add(last.substring(0, last.length() - 1));
        candidates.add(last); // "armed forces", "forces"
        for (String c : candidates) {
            List<String> phrase = new java.util.ArrayList<>(out.subList(0, out.size() - 1));
            phrase.add(c);
            if (statePhrases.containsKey(phrase) && (!c.equals(last) || last.endsWith("forces")))
                return String.join(" ", phrase);
        }
        return null;
    }

    /** The gazetteer id of the country a demonym names ("Chinese" -> china), or null. */
    public String countryOfDemonym(String word) {
        return demonymCountries.get(word);
    }

    /** Whether a word right before a capitalised "Defence" makes it part of another name ("national Defence"). */
    boolean isBareDefenceNotBefore(String word) {
        return bareDefenceNotBefore.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word right after a capitalised "Defence" makes it a field, page or title ("Defence minister"). */
    boolean isBareDefenceNotAfter(String word) {
        return bareDefenceNotAfter.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a lower-case word after a firm's name names goods ("Nvidia chips"). */
    public boolean isProductNoun(String word) {
        return productNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The gazetteer id of the country a city or province lies in ("Shenzhen" -> china), or null. */
    public String countryOfCity(String word) {
        return cityCountries.get(word);
    }

    /**
     * The gazetteer id of the state whose capital this is ("Washington" -> united-states), or of the department a
     * one-word short name stands for ("Commerce", lexicon {@code actingShortNames}); null for other words.
     */
    public String stateOfCapital(String name) {
        return capitals.get(name);
    }

    /** What must follow a capital for it to act for its state ("has accused", "denies"). */
    /** A document that speaks ("the indictment alleges"), on lower-case text; see documentSpeaks in lexicon.json. */
    public java.util.regex.Pattern documentSpeaks() {
        return documentSpeaks;
    }

    /** A verb of saying right after a subject pronoun ("it also says"), on lower-case text. */
    public java.util.regex.Pattern itSpeaks() {
        return itSpeaks;
    }

    public java.util.regex.Pattern capitalActs() {
        return capitalActs;
    }

    /** Whether a lower-case word names a weapon ("drones", "missiles"). */
    public boolean isWeaponNoun(String word) {
        return weaponNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word before a weapon noun makes it a civilian thing ("consumer drones", "delivery drones"). */
    public boolean isCivilianModifier(String word) {
        return civilianModifiers.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word ends the name of a law ("Act" in "the National Security Act"), as written. */
    public boolean isLawWord(String word) {
        return lawWords.contains(word);
    }

    /**
     * For a name many states' defence ministries or services go by, as written ("MoD", "Air Force"), the word of that
     * body's gazetteer name ("Ministry of Defence", "Air Force"); null for any other name.
     */
    public String sharedServiceWord(String name) {
        return sharedServiceNames.get(name);
    }

    /** Whether a word after a military's name makes the name a modifier of firms ("Chinese military companies"). */
    public boolean isMilitaryModifiedNoun(String word) {
        return militaryModifiedNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isPlaceNoun(String word) {
        return placeNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word after a hyphen makes the word before it a modifier ("Istanbul-based", "Alibaba-backed"). */
    public boolean isHyphenModifier(String word) {
        return hyphenModifiers.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word after a hyphen makes the word before it a backer or owner ("Alibaba-backed", "state-owned"). */
    public boolean isBackerModifier(String word) {
        return backerModifiers.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The words before a state's weapons that make them stand for its military ("found in Russian drones"). */
    public java.util.regex.Pattern weaponFoundCue() {
        return weaponFoundCue;
    }

    /** The demonyms of a country, by its gazetteer id ("china" -> "Chinese"). */
    public List<String> demonymsOf(String countryId) {
        return demonymCountries.entrySet().stream().filter(e -> e.getValue().equals(countryId)).map(Map.Entry::getKey).toList();
    }

    public boolean isDemonym(String word) {
        return demonyms.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Capitalised words that never start an organisation's name ("The", "Last", "Chinese"). */
    public boolean isFunctionWord(String word) {
        return functionWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the words after a country or demonym name its armed forces as a whole ("forces", "military"). */
    boolean isNationalMilitaryPhrase(List<org.techmil.annotate.Token> words) {
        return nationalMilitaryPhrases.contains(words.stream().map(org.techmil.annotate.Token::lower).toList());
    }

    /** Lower-case words inside a person's name ("de" in "Pieter de Wit", "von der" in "Ursula von der Leyen"). */
    public boolean isNameParticle(String word) {
        return nameParticles.contains(word);
    }

    /** A word that ends the body named in an official's title ("Affairs" in "Minister of Foreign Affairs"). */
    public boolean isTitleBodyWord(String word) {
        return titleBodyWords.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isNotName(String word) {
        return notNames.contains(word.toLowerCase(Locale.ROOT));
    }

    OrganisationPatterns organisationPatterns() {
        return organisationPatterns;
    }

    List<String> describe() {
        return List.of(abbreviations.size() + " abbreviations", personRoles.size() + " person roles");
    }
}
