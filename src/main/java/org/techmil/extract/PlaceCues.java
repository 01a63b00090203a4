package org.techmil.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.techmil.annotate.AnnotatedText;
import org.techmil.annotate.Span;
import org.techmil.annotate.Token;
import org.techmil.annotate.Tokenizer;

/**
 * Whether a word before a referring phrase's head fits a firm the article named: "the Istanbul exporter" for the firm
 * named next to Istanbul, "the Indian company" for a firm of India or placed in one of its cities ({@code cities} and
 * {@code demonymCountries} in {@code extractor/lexicon.json}), "the Beijing company" for "Beijing Qiangu". A place
 * word belongs to the firm whose name is nearest to it.
 */
final class PlaceCues {
    private static final int PLACE_WINDOW_CHARS = 30;
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    PlaceCues(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /** Whether the capitalised modifier {@code word} describes the firm or body named at {@code m}. */
    boolean describes(AnnotatedText text, List<Mention> mentions, Mention m, String word) {
        return nameHolds(text, m, word) || placedNear(text, mentions, m, word)
                || inCountry(text, mentions, m, lexicon.countryOfDemonym(word));
    }

    /**
     * Whether the capitalised modifier {@code word} names a place (a city or a demonym) of one country while the firm
     * named at {@code m} is known to be of another: by the gazetteer, or by another country named right by its name
     * ("Nordvind Sensors, the Danish maker", then "the Kharkiv company").
     */
    boolean placedElsewhere(AnnotatedText text, List<Mention> mentions, Mention m, String word) {
        String countryId = lexicon.countryOfCity(word);
        if (countryId == null)
            countryId = lexicon.countryOfDemonym(word);
        if (countryId == null || describes(text, mentions, m, word))
            return false;
        Entity country = gazetteer.byId(countryId).orElse(null);
        String code = country == null ? null : country.country();
        if (m.entity().country() != null)
            return code != null && !code.equals(m.entity().country());
        Span window = placeWindow(text, mentions, m);
        for (Mention o : mentions)
            if (o.type() == EntityType.COUNTRY && o.span().start() >= window.start() && o.span().end() <= window.end()
                    && !o.entity().id().equals(countryId) && nearestFirm(mentions, m, o.span().start()))
                return true;
        for (Token t : Tokenizer.tokenize(text.text().substring(window.start(), window.end()))) {
            String other = lexicon.countryOfDemonym(t.text());
            if (other == null)
                other = lexicon.countryOfCity(t.text());
            if (other != null && !other.equals(countryId) && nearestFirm(mentions, m, window.start() + t.span().start()))
                return true;
        }
        return false;
    }

    /**
     * "the Indian company" for "Aerotek Components of Pune, India" or "Ningbo Haiguang": a firm of that country in the
     * gazetteer, named after one of its cities, or with the country or one of its cities next to its name.
     */
    private boolean inCountry(AnnotatedText text, List<Mention> mentions, Mention m, String countryId) {
        if (countryId == null)
            return false;
        Entity country = gazetteer.byId(countryId).orElse(null);
        if (country != null && country.country() != null && country.country().equals(m.entity().country()))
            return true;
        String first = m.entity().label().split("[\\s-]+")[0];
        if (countryId.equals(lexicon.countryOfCity(first)))
            return true;
        Span window = placeWindow(text, mentions, m);
        int from = window.start();
        int to = window.end();
        for (Mention o : mentions)
            if (o.span().start() >= from && o.span().end() <= to && o.entity().id().equals(countryId)
                    && nearestFirm(mentions, m, o.span().start()))
                return true;
        for (Token t : Tokenizer.tokenize(text.text().substring(from, to)))
            if (countryId.equals(lexicon.countryOfCity(t.text())) && nearestFirm(mentions, m, from + t.span().start()))
                return true;
        return false;
    }

    /**
     * The stretch of text just around a mention where words describe it: up to {@link #PLACE_WINDOW_CHARS} either
     * side, within its sentence, not past a semicolon or another firm's name.
     */
    private static Span placeWindow(AnnotatedText text, List<Mention> mentions, Mention m) {
        Span sentence = text.sentenceAt(m.span().start()).span();
        int from = Math.max(sentence.start(), m.span().start() - PLACE_WINDOW_CHARS);
        int to = Math.min(sentence.end(), m.span().end() + PLACE_WINDOW_CHARS);
        for (Mention o : mentions)
            if (o.type() == EntityType.TECH_FIRM && !o.entity().id().equals(m.entity().id())) {
                if (o.span().end() <= m.span().start())
                    from = Math.max(from, o.span().end());
                else if (o.span().start() >= m.span().end())
                    to = Math.min(to, o.span().start());
            }
        int semicolonBefore = text.text().lastIndexOf(';', m.span().start());
        if (semicolonBefore >= from)
            from = semicolonBefore + 1;
        int semicolonAfter = text.text().indexOf(';', m.span().end());
        if (semicolonAfter >= 0 && semicolonAfter < to)
            to = semicolonAfter;
        return new Span(from, Math.max(from, to));
    }

    /** Whether no other firm's name is nearer to offset {@code at} than mention {@code m}. */
    private static boolean nearestFirm(List<Mention> mentions, Mention m, int at) {
        int own = distance(m.span(), at);
        for (Mention o : mentions)
            if (o.type() == EntityType.TECH_FIRM && !o.entity().id().equals(m.entity().id()) && distance(o.span(), at) < own)
                return false;
        return true;
    }

    private static int distance(Span span, int at) {
        return at < span.start() ? span.start() - at : Math.max(0, at - span.end());
    }

    static Pattern wordPattern(String w) {
        return Pattern.compile("\\b" + Pattern.quote(w) + "\\b");
    }

    private static boolean nameHolds(AnnotatedText text, Mention m, String w) {
        return wordPattern(w).matcher(text.text().substring(m.span().start(), m.span().end())).find()
                || wordPattern(w).matcher(m.entity().label()).find();
    }

    /** Whether the word occurs just before or after the mention in its sentence, outside any other name. */
    private static boolean placedNear(AnnotatedText text, List<Mention> mentions, Mention m, String w) {
        Span window = placeWindow(text, mentions, m);
        int from = window.start();
        int to = window.end();
        var matcher = wordPattern(w).matcher(text.text()).region(from, to);
        while (matcher.find()) {
            int at = matcher.start();
            if (at >= m.span().start() && at < m.span().end())
                continue;
            if (mentions.stream().noneMatch(o -> o.span().start() <= at && at < o.span().end())
                    && nearestFirm(mentions, m, at))
                return true;
        }
        return false;
    }

}
