package org.techmil.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The page-clutter knowledge read from {@code techmil/extractor/clutter.json}: phrases and shapes, no logic. */
final class Clutter {
    static final String RESOURCE = "techmil/extractor/clutter.json";
    /**
     * Words a paragraph right after a teaser heading needs to show the heading sits inside the story ("Read more",
     * "Advertisement" between two of its paragraphs) rather than opening a list of other stories.
     */
    static final int STORY_GOES_ON_WORDS = 25;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s:.!»›>→|\\-–—]+$");
    private static final int LONG_LINE_HITS = 3;
    /** Per regex source: can it match only at the start of a line? */
    private static final Map<String, Boolean> ANCHORED = new ConcurrentHashMap<>();

    final Set<String> teaserHeadings;
    final List<String> teaserHeadingPrefixes;
    final List<Pattern> boundaries;
    final List<Pattern> boilerplate;
    final List<Pattern> header;
    final List<Pattern> bylines;
    final List<Pattern> published;
    final List<Pattern> updated;
    final List<String> bulletPrefixes;
    final Set<String> removeTags;
    final List<String> clutterWords;
    final Set<String> clutterTokens;
    final List<String> keepWords;
    final List<String> positiveWords;
    final List<String> negativeWords;
    final Set<String> articleTypes;
    final List<String> dateMeta;
    final List<String> authorMeta;

    private Clutter(JsonNode root) {
        teaserHeadings = new LinkedHashSet<>(strings(root, "teaserHeadings").stream().map(Clutter::headingKey).toList());
        teaserHeadingPrefixes = strings(root, "teaserHeadingPrefixes").stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        boundaries = patterns(root, "boundaryPatterns");
        boilerplate = patterns(root, "boilerplatePatterns");
        header = patterns(root, "headerPatterns");
        bylines = patterns(root, "bylinePatterns");
        published = patterns(root, "publishedPatterns");
        updated = patterns(root, "updatedPatterns");
        bulletPrefixes = strings(root, "bulletPrefixes");
        JsonNode html = root.path("html");
        removeTags = new LinkedHashSet<>(lower(strings(html, "removeTags")));
        clutterWords = lower(strings(html, "clutterWords"));
        clutterTokens = new LinkedHashSet<>(lower(strings(html, "clutterTokens")));
        keepWords = lower(strings(html, "keepWords"));
        positiveWords = lower(strings(html, "positiveWords"));
        negativeWords = lower(strings(html, "negativeWords"));
        articleTypes = new LinkedHashSet<>(lower(strings(html, "articleTypes")));
        dateMeta = lower(strings(html, "dateMeta"));
        authorMeta = lower(strings(html, "authorMeta"));
    }

    /** Reads the data file from the classpath. */
    static Clutter load() {
        try (InputStream in = Clutter.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            return new Clutter(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The form in which teaser headings are compared: lower case, single spaces, no trailing punctuation. */
    static String headingKey(String line) {
        String s = SPACE_RUN.matcher(line.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        return TRAILING_MARKS.matcher(s).replaceFirst("").strip();
    }

    boolean isTeaserHeading(String line) {
        String key = headingKey(line);
        if (key.isEmpty())
            return false;
        if (teaserHeadings.contains(key))
            return true;
        if (line.length() < 120 && anyFinds(boundaries, line.strip()))
            return true;
        if (Text.wordCount(key) <= 6)
            for (String prefix : teaserHeadingPrefixes)
                if (key.startsWith(prefix))
                    return true;
        return false;
    }

    boolean isBoilerplate(String line) {
        String s = line.strip();
        if (s.length() < 200)
            return anyFinds(boilerplate, s);
        int hits = 0;
        for (Pattern p : boilerplate) {
            Matcher m = p.matcher(s);
            if (isAnchored(p)) {
                if (m.lookingAt())
                    hits++;
            } else {
                while (hits < LONG_LINE_HITS && m.find())
                    hits++;
            }
            if (hits >= LONG_LINE_HITS)
                return true;
        }
        return false;
    }

    boolean isHeaderDebris(String line) {
        return anyFinds(header, line.strip());
    }

    boolean isBullet(String line) {
        String s = line.strip();
        for (String b : bulletPrefixes)
            if (s.startsWith(b) && s.length() > b.length() && Character.isWhitespace(s.charAt(b.length())))
                return true;
        return false;
    }

    /** The author named by a byline line, if the line is one. */
    Optional<String> bylineName(String line) {
        String s = line.strip();
        if (s.length() > 120)
            return Optional.empty();
        for (Pattern p : bylines) {
            Matcher m = p.matcher(s);
            if (m.matches()) {
                String name = Text.tidyAuthor(m.group("name"));
                if (name != null && Text.looksLikeName(name))
                    return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** The date text of a "Published ..." line (when {@code updatedToo}, also of an "Updated ..." line). */
    Optional<String> dateCue(String line, boolean updatedToo) {
        String s = line.strip();
        if (s.length() > 120)
            return Optional.empty();
        List<Pattern> ps = new ArrayList<>(published);
        if (updatedToo)
            ps.addAll(updated);
        for (Pattern p : ps) {
            Matcher m = p.matcher(s);
            if (m.matches())
                return Optional.of(m.group("date"));
        }
        return Optional.empty();
    }

    private static boolean anyFinds(List<Pattern> ps, String s) {
        for (Pattern p : ps) {
            Matcher m = p.matcher(s);
            if (isAnchored(p) ? m.lookingAt() : m.find())
                return true;
        }
        return false;
    }

    /**
     * True when every top-level alternative of the pattern starts with {@code ^}: it can only match at the start,
     * so trying it there alone ({@code lookingAt}) gives the same answer as {@code find} without scanning the line.
     */
    private static boolean isAnchored(Pattern p) {
        return ANCHORED.computeIfAbsent(p.pattern(), Clutter::allAlternativesAnchored);
    }

    static boolean allAlternativesAnchored(String regex) {
        int depth = 0;
        boolean inClass = false;
        boolean altStart = true;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (altStart) {
                if (c != '^')
                    return false;
                altStart = false;
            }
            if (c == '\\') {
                if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q')
                    return false; // quoted sections are rare here; do not try to read them
                i++;
            } else if (inClass) {
                if (c == ']')
                    inClass = false;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                altStart = true;
            }
        }
        return !altStart;
    }

    private static List<String> strings(JsonNode node, String key) {
        List<String> out = new ArrayList<>();
        node.path(key).forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> lower(List<String> in) {
        return in.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    private static List<Pattern> patterns(JsonNode node, String key) {
        return strings(node, key).stream().map(s -> Pattern.compile(s, FLAGS)).toList();
    }
}
