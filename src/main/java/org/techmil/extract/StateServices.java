package org.techmil.extract;

import java.util.List;
import java.util.Set;

import org.techmil.annotate.Token;

/**
 * A state's armed services as the gazetteer names them ("US Army", "Taiwan Army", "Polish Army"), found from a state
 * and a service word, or from the one state a story names ("the Army" in a story about the Pentagon).
 */
final class StateServices {
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    StateServices(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    private static final int STATE_MIN_MENTIONS = 2;

    /**
     * "The United States imposed sanctions on six entities ..., the U.S. Treasury Department said": for a state, or its
     * government as a whole, the state's own particular body among {@code inSentence} that tells of the act; null when
     * {@code state} is neither or the sentence names no such body.
     */
    static Mention ownBodyOf(Mention state, List<Mention> inSentence) {
        String country = state.entity().country();
        if (country == null || state.type() != EntityType.COUNTRY && !isWholeGovernment(state.entity()))
            return null;
        return inSentence.stream().filter(m -> m.type() == EntityType.GOVERNMENT && !isWholeGovernment(m.entity())
                && country.equals(m.entity().country())).findFirst().orElse(null);
    }

    /**
     * The one particular body of {@code state} (a state, or its government as a whole) that {@code named} holds, or null
     * when it holds none of them or several.
     */
    static Entity onlyOwnBody(Entity state, List<Mention> named) {
        String country = state.country();
        if (country == null || state.type() != EntityType.COUNTRY && !isWholeGovernment(state))
            return null;
        List<Entity> own = named.stream().map(Mention::entity).filter(e -> e.type() == EntityType.GOVERNMENT
                && !isWholeGovernment(e) && country.equals(e.country())).distinct().toList();
        return own.size() == 1 ? own.get(0) : null;
    }

    /**
     * "US government", "Biden administration", "Chinese authorities": a state's government as a whole rather than one
     * of its bodies.
     */
    static boolean isWholeGovernment(Entity e) {
        return e.type() == EntityType.GOVERNMENT && (e.id().endsWith("-government") || STATE_AUTHORITIES.matcher(e.label()).matches());
    }

    /** "Chinese authorities": a demonym and "authorities", no body named. */
    private static final java.util.regex.Pattern STATE_AUTHORITIES = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}-]+ authorities");

    /**
     * The service called {@code word} ("Army", "Navy") of the one state that the article, before offset
     * {@code before}, names with its military and government bodies (at least twice in all, and no other state), as the gazetteer names it ("US Army", "Indian Navy"); or
     * null when the article names bodies of several states or the gazetteer has no such service.
     */
    Entity serviceOfArticleState(org.techmil.annotate.AnnotatedText text, List<Mention> named, int before, String word) {
        java.util.Map<String, Integer> byState = statesNamed(named, before);
        if (byState.isEmpty()) // "The Defense Ministry signed ... to strengthen the IDF": the bodies named after it
            byState = statesNamed(named, Integer.MAX_VALUE);
        if (byState.size() == 1 && byState.values().iterator().next() >= STATE_MIN_MENTIONS)
            return serviceOf(byState.keySet().iterator().next(), word);
        if (byState.size() > 1)
            return null;
        // too few bodies named: the state whose cities the article names, when it is the only body's state too
        String local = dominantStateOfCities(text);
        return local != null && (byState.isEmpty() || byState.containsKey(local)) ? serviceOf(local, word) : null;
    }

    private static final int DOMINANCE = 3;

    /**
     * The state (country code) an article is about: the one its mentions name far more often than any other, else the
     * only one they name, else the one whose cities it names when the mentions name no other; null when none is.
     */
    String articleState(org.techmil.annotate.AnnotatedText text, List<Mention> named) {
        String dominant = dominantState(named);
        if (dominant != null)
            return dominant;
        java.util.Map<String, Integer> byState = statesNamed(named, Integer.MAX_VALUE);
        if (byState.size() == 1)
            return byState.keySet().iterator().next();
        return byState.isEmpty() ? dominantStateOfCities(text) : null;
    }

    /**
     * The state whose military, government bodies and name the mentions name at least {@value #DOMINANCE} times and
     * {@value #DOMINANCE} times as often as any other state's; null when there is none.
     */
    private String dominantState(List<Mention> named) {
        return dominant(statesNamed(named, Integer.MAX_VALUE), DOMINANCE, DOMINANCE);
    }

    /**
     * The military body called {@code word} ("Ministry of Defence", "Department of Defence") of the state the mentions
     * name far more often than any other, in either spelling of "Defence"; null when there is no such state or body.
     */
    Entity bodyOfDominantState(List<Mention> named, String word) {
        String state = dominantState(named);
        return state == null ? null : serviceInEitherSpelling(state, word);
    }

    /** The state's military body called {@code word} ("Ministry of Defence"), in either spelling of "Defence"; or null. */
    Entity serviceInEitherSpelling(String state, String word) {
        Entity body = serviceOf(state, word);
        return body != null ? body : serviceOf(state, otherSpelling(word));
    }

    /** "Defence" for "Defense" and back: outlets spell another state's ministry their own way. */
    private static String otherSpelling(String word) {
        return word.contains("Defence") ? word.replace("Defence", "Defense") : word.replace("Defense", "Defence");
    }

    /** The key counted at least {@code atLeast} times and {@code factor} times as often as any other; null when none is. */
    private static String dominant(java.util.Map<String, Integer> counts, int atLeast, int factor) {
        String top = null;
        int topCount = 0;
        int second = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > topCount) {
                second = topCount;
                top = e.getKey();
                topCount = e.getValue();
            } else {
                second = Math.max(second, e.getValue());
            }
        }
        return topCount >= atLeast && topCount >= factor * second ? top : null;
    }

    /** How often each state's military, government bodies or name occur among the mentions ending before {@code before}. */
    private static java.util.Map<String, Integer> statesNamed(List<Mention> named, int before) {
        java.util.Map<String, Integer> byState = new java.util.HashMap<>();
        for (Mention m : named)
            if ((m.type() == EntityType.MILITARY || m.type() == EntityType.GOVERNMENT || m.type() == EntityType.COUNTRY)
                    && m.entity().country() != null && m.span().end() <= before)
                byState.merge(m.entity().country(), 1, Integer::sum);
        return byState;
    }

    /**
     * "the Pentagon awarded X a contract to develop software for the Army's program": the service called {@code word}
     * of the one state whose military or government bodies the same sentence names before {@code before}; else null.
     */
    Entity serviceOfSentenceState(org.techmil.annotate.AnnotatedText text, List<Mention> named, int before, String word) {
        org.techmil.annotate.Sentence s = text.sentenceAt(before);
        if (s == null)
            return null;
        Set<String> states = new java.util.HashSet<>();
        for (Mention m : named)
            if ((m.type() == EntityType.MILITARY || m.type() == EntityType.GOVERNMENT) && m.entity().country() != null
                    && m.span().start() >= s.span().start() && m.span().end() <= before)
                states.add(m.entity().country());
        return states.size() == 1 ? serviceOf(states.iterator().next(), word) : null;
    }

    private static final int CITY_DOMINANCE = 3;

    /**
     * "prosecutors in Taichung ... the Tainan firm": the state (country code) whose cities the article names at least
     * twice and {@value #CITY_DOMINANCE} times as often as any other state's; null when there is none.
     */
    private String dominantStateOfCities(org.techmil.annotate.AnnotatedText text) {
        java.util.Map<String, Integer> byState = new java.util.HashMap<>();
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean dateline = isDateline(text, tokens, i);
            String city = dateline ? t.text().charAt(0) + t.text().substring(1).toLowerCase(java.util.Locale.ROOT) : t.text();
            String countryId = t.isCapitalised() ? lexicon.countryOfCity(city) : null;
            String code = countryId == null ? null : gazetteer.byId(countryId).map(Entity::country).orElse(null);
            if (code != null) // "WASHINGTON (Wire) -": the dateline places the whole story
                byState.merge(code, dateline ? STATE_MIN_MENTIONS : 1, Integer::sum);
        }
        return dominant(byState, STATE_MIN_MENTIONS, CITY_DOMINANCE);
    }

    private static final Set<String> AFTER_DATELINE = Set.of("-", "\u2013", "\u2014", "(", ",", ":");

    /** Whether token {@code i} is a dateline city: a word in capitals opening a paragraph, before a dash or bracket. */
    private static boolean isDateline(org.techmil.annotate.AnnotatedText text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.text().length() < 3 || !t.isAllCaps() || i + 1 >= tokens.size()
                || !AFTER_DATELINE.contains(tokens.get(i + 1).text()))
            return false;
        int start = t.span().start();
        return start == 0 || text.text().charAt(start - 1) == '\n';
    }

    /** The gazetteer's service of a state (by country code) named "<state name or demonym> <word>", or null. */
    Entity serviceOf(String state, String word) {
        Set<String> stateNames = new java.util.HashSet<>();
        gazetteer.entities().stream().filter(e -> e.type() == EntityType.COUNTRY && state.equals(e.country()))
                .forEach(c -> {
                    c.names().forEach(stateNames::add);
                    lexicon.demonymsOf(c.id()).forEach(stateNames::add);
                });
        return gazetteer.entities().stream()
                .filter(e -> e.type() == EntityType.MILITARY && state.equals(e.country()))
                .filter(e -> e.names().anyMatch(n -> n.endsWith(" " + word)
                        && stateNames.contains(n.substring(0, n.length() - word.length() - 1).replaceFirst("^Royal ", ""))))
                .findFirst().orElse(null);
    }

    static String titleCase(List<Token> words) {
        StringBuilder out = new StringBuilder();
        for (Token t : words) {
            if (!out.isEmpty())
                out.append(' ');
            out.append(Character.toUpperCase(t.text().charAt(0))).append(t.text().substring(1));
        }
        return out.toString();
    }
}
