package org.techmil.story;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The cue phrases of {@code extractor/sources.json}: what surrounds an outlet's name when an article credits that
 * outlet's reporting, and what a wire dateline looks like.
 *
 * @param creditBefore   patterns that must end where the outlet's name begins ("according to a")
 * @param creditAfter    patterns that must start where the name ends ("reported")
 * @param datelineBefore patterns that must match the whole text before a dateline name ("TAIPEI (")
 * @param datelineAfter  patterns that must start where a dateline name ends (") -")
 * @param datelineWithin how far into the body a dateline name may start, in characters
 */
public record SourceCues(List<Pattern> creditBefore, List<Pattern> creditAfter, List<Pattern> datelineBefore,
                         List<Pattern> datelineAfter, int datelineWithin) {
    static final String FILE = "sources.json";
    private static final String BUNDLED = "techmil/extractor/" + FILE;

    public SourceCues {
        creditBefore = List.copyOf(creditBefore);
        creditAfter = List.copyOf(creditAfter);
        datelineBefore = List.copyOf(datelineBefore);
        datelineAfter = List.copyOf(datelineAfter);
        if (datelineWithin < 0)
            throw new IllegalArgumentException("datelineWithin must not be negative: " + datelineWithin);
    }

    /** The cues of {@code folder}/sources.json, or the bundled ones when the folder is null or has no such file. */
    public static SourceCues load(Path folder) {
        try {
            if (folder != null && Files.isRegularFile(folder.resolve(FILE))) {
                try (InputStream in = Files.newInputStream(folder.resolve(FILE))) {
                    return parse(new ObjectMapper().readTree(in));
                }
            }
            try (InputStream in = SourceCues.class.getClassLoader().getResourceAsStream(BUNDLED)) {
                if (in == null)
                    throw new IOException("bundled resource " + BUNDLED + " is missing from the jar");
                return parse(new ObjectMapper().readTree(in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read extractor/" + FILE + ": " + e.getMessage(), e);
        }
    }

    static SourceCues parse(JsonNode root) {
        JsonNode credit = root.path("credit");
        JsonNode dateline = root.path("dateline");
        return new SourceCues(
                patterns(credit.path("before"), "(?:", ")\\s*$"),
                patterns(credit.path("after"), "\\s*(?:", ")"),
                patterns(dateline.path("before"), "^\\s*(?:", ")\\s*$"),
                patterns(dateline.path("after"), "\\s*(?:", ")"),
                dateline.path("datelineWithin").asInt(60));
    }

    private static List<Pattern> patterns(JsonNode array, String open, String close) {
        List<Pattern> out = new ArrayList<>();
        for (JsonNode n : array) {
            try {
                out.add(Pattern.compile(open + n.asText() + close));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("extractor/" + FILE + ": bad pattern " + n.asText() + ": "
                        + e.getDescription(), e);
            }
        }
        return out;
    }
}
