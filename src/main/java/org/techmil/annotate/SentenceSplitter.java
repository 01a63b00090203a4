package org.techmil.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a body into sentences: every line break ends one, and so does a full stop, question or exclamation mark
 * followed by space and a capital, unless the word before it is a known abbreviation ("U.S.", "Dr.", "Nov.").
 */
public final class SentenceSplitter {
    private final Set<String> abbreviations;

    /** @param abbreviations lower-case abbreviations without their final full stop, e.g. "dr", "u.s", "nov" */
    public SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
    }

    public List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = n;
            splitLine(text, lineStart, lineEnd, spans);
            lineStart = lineEnd + 1;
        }
        return spans;
    }

    private void splitLine(String text, int from, int to, List<Span> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?')
                continue;
            int j = i + 1;
            while (j < to && isCloser(text.charAt(j)))
                j++;
            if (j >= to || !Character.isWhitespace(text.charAt(j)))
                continue;
            int k = j;
            while (k < to && Character.isWhitespace(text.charAt(k)))
                k++;
            if (k >= to || !startsSentence(text.charAt(k)))
                continue;
            if (c == '.' && isAbbreviation(text, from, i) && !(endsName(text, from, i) && opensSentence(text, k, to)))
                continue;
            addTrimmed(text, start, j, out);
            start = k;
            i = k - 1;
        }
        addTrimmed(text, start, to, out);
    }

    private boolean isAbbreviation(String text, int lineStart, int dot) {
        int b = dot;
        while (b > lineStart && (Character.isLetterOrDigit(text.charAt(b - 1)) || text.charAt(b - 1) == '.'))
            b--;
        String word = text.substring(b, dot).toLowerCase(Locale.ROOT);
        if (word.isEmpty())
            return false;
        if (word.length() == 1 && Character.isLetter(word.charAt(0)))
            // an initial: "J. Smith"; but not the last letter of a hyphenated name ("NPP Strela-M. According to ...")
            return b == lineStart || text.charAt(b - 1) != '-';
        if (word.matches("([a-z]\\.)+[a-z]") && Character.isUpperCase(text.charAt(b)))
            return true; // initials: "R.K. Sandhu"
        return abbreviations.contains(word);
    }

    /** Abbreviations that end a name and may end a sentence: "Nio Inc.", "the U.S.", "Foxconn Ltd.". */
    private static final Set<String> NAME_ENDINGS = Set.of("inc", "corp", "co", "ltd", "plc", "pte", "pvt", "u.s", "u.k",
            "u.n", "e.u", "d.c", "etc");
    /** Words that open a sentence and rarely continue a name: "... Nio Inc. Other additions include ...". */
    private static final Set<String> OPENERS = Set.of("The", "It", "Its", "Other", "In", "On", "At", "But", "And", "This",
            "That", "These", "Those", "He", "She", "They", "We", "A", "An", "Their", "His", "Her", "According", "Some",
            "Many", "Both", "Also", "Earlier", "Later", "Last", "Separately", "Meanwhile", "However", "When", "While", "After",
            "Before", "Since", "As", "If", "Under", "Among", "Such");

    private boolean endsName(String text, int lineStart, int dot) {
        int b = dot;
        while (b > lineStart && (Character.isLetterOrDigit(text.charAt(b - 1)) || text.charAt(b - 1) == '.'))
            b--;
        return NAME_ENDINGS.contains(text.substring(b, dot).toLowerCase(Locale.ROOT));
    }

    private static boolean opensSentence(String text, int from, int to) {
        int e = from;
        while (e < to && Character.isLetter(text.charAt(e)))
            e++;
        return e < to && OPENERS.contains(text.substring(from, e));
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '\u2018'
                || c == '(' || c == '\u2022' || c == '-';
    }

    private static void addTrimmed(String text, int from, int to, List<Span> out) {
        while (from < to && Character.isWhitespace(text.charAt(from)))
            from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1)))
            to--;
        if (to > from)
            out.add(new Span(from, to));
    }
}
