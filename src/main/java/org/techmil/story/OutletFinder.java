package org.techmil.story;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.techmil.annotate.Token;
import org.techmil.annotate.Tokenizer;
import org.techmil.extract.Entity;
import org.techmil.extract.EntityType;
import org.techmil.extract.Gazetteer;

/**
 * Finds news outlets in an article: the ones whose reporting it credits ("according to a Financial Times report",
 * "Reuters reported"), the one a wire dateline names ("TAIPEI (Reuters) -"), and the one a web address belongs to.
 * Names are the gazetteer's MediaOrganisation entities; the surrounding cues come from {@link SourceCues}.
 */
public final class OutletFinder {
    private static final int WINDOW = 80;
    private final Gazetteer gazetteer;
    private final SourceCues cues;
    private final Map<String, Entity> byCompactName = new HashMap<>();

    public OutletFinder(Gazetteer gazetteer, SourceCues cues) {
        this.gazetteer = gazetteer;
        this.cues = cues;
        for (Entity e : gazetteer.entities()) {
            if (e.type() != EntityType.MEDIA)
                continue;
            for (String name : e.names().toList()) {
                byCompactName.putIfAbsent(compact(name), e);
                String withoutThe = name.replaceFirst("(?i)^the\\s+", "");
                byCompactName.putIfAbsent(compact(withoutThe), e);
            }
        }
    }

    /** An outlet named in the text, with the span of its name. */
    public record Found(Entity outlet, int start, int end) {
    }

    /** Every outlet the body credits as the source of what it reports, in order of first credit, without repeats. */
    public List<Entity> credited(String body) {
        String folded = fold(body);
        List<Entity> out = new ArrayList<>();
        for (Found f : outlets(body)) {
            if (out.contains(f.outlet()))
                continue;
            String before = folded.substring(Math.max(0, f.start() - WINDOW), f.start());
            String after = folded.substring(f.end(), Math.min(folded.length(), f.end() + WINDOW));
            if (anyFinds(cues.creditBefore(), before) || anyLooksAt(cues.creditAfter(), after))
                out.add(f.outlet());
        }
        return out;
    }

    /** The outlet a wire dateline at the start of the body names ("TAIPEI (Reuters) -"), if any. */
    public Optional<Entity> dateline(String body) {
        String folded = fold(body);
        for (Found f : outlets(body)) {
            if (f.start() > cues.datelineWithin())
                break;
            String before = folded.substring(0, f.start());
            String after = folded.substring(f.end(), Math.min(folded.length(), f.end() + WINDOW));
            if (anyFinds(cues.datelineBefore(), before) && anyLooksAt(cues.datelineAfter(), after))
                return Optional.of(f.outlet());
        }
        return Optional.empty();
    }

    /** The gazetteer outlet whose name is one of the labels of a web address's host ("ft.com" is the FT), if any. */
    public Optional<Entity> byUrl(String url) {
        String host = host(url);
        if (host == null)
            return Optional.empty();
        for (String label : host.split("\\."))
            if (byCompactName.containsKey(compact(label)))
                return Optional.of(byCompactName.get(compact(label)));
        return Optional.empty();
    }

    /** The gazetteer outlet with this name or alias, ignoring case, punctuation and a leading "The", if any. */
    public Optional<Entity> byName(String name) {
        if (name == null)
            return Optional.empty();
        Entity e = byCompactName.get(compact(name));
        if (e == null)
            e = byCompactName.get(compact(name.replaceFirst("(?i)^the\\s+", "")));
        return Optional.ofNullable(e);
    }

    /** The host of a web address without a leading "www.", lower-cased; null when it has none. */
    public static String host(String url) {
        if (url == null)
            return null;
        try {
            String h = new URI(url.strip()).getHost();
            if (h == null || h.isBlank())
                return null;
            return h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Outlet names in the body, left to right. */
    List<Found> outlets(String body) {
        List<Token> tokens = Tokenizer.tokenize(body);
        List<Found> out = new ArrayList<>();
        for (Gazetteer.Match m : gazetteer.find(tokens))
            if (m.entity().type() == EntityType.MEDIA)
                out.add(new Found(m.entity(), m.span().start(), m.span().end()));
        return out;
    }

    private static boolean anyFinds(List<Pattern> patterns, String text) {
        for (Pattern p : patterns)
            if (p.matcher(text).find())
                return true;
        return false;
    }

    private static boolean anyLooksAt(List<Pattern> patterns, String text) {
        for (Pattern p : patterns)
            if (p.matcher(text).lookingAt())
                return true;
        return false;
    }

    /** Lower case with typographic quotes and dashes folded, keeping every character at its index. */
    static String fold(String s) {
        String f = Tokenizer.fold(s);
        StringBuilder b = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++)
            b.append(Character.toLowerCase(f.charAt(i)));
        return b.toString();
    }

    private static String compact(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
