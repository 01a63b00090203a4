package org.techmil.clean;

import java.util.regex.Pattern;

/** Small string helpers shared by the extractors. */
final class Text {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.\\-][\\p{L}\\p{N}]+)*");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f\\u000B]+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Text() {
    }

    /**
     * {@code s} with every unpaired surrogate (from a character reference such as {@code &#xD800;}) replaced by
     * U+FFFD: such a string has no UTF-8 form, so it would change on its way into the store and quotes would no
     * longer match the body.
     */
    static String wellFormed(String s) {
        if (s == null)
            return null;
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                    : !Character.isLowSurrogate(c) || i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            if (paired && Character.isHighSurrogate(c)) {
                if (b != null)
                    b.append(c).append(s.charAt(i + 1));
                i++;
                continue;
            }
            if (!paired && b == null)
                b = new StringBuilder(s.length()).append(s, 0, i);
            if (b != null)
                b.append(paired ? c : '\uFFFD');
        }
        return b == null ? s : b.toString();
    }

    /** Words in a text; in scripts written without spaces (Chinese, Japanese) two characters count as a word. */
    static int wordCount(String s) {
        var m = WORD.matcher(s);
        int n = 0;
        int ideographic = 0;
        while (m.find()) {
            String w = m.group();
            int cjk = (int) w.codePoints().filter(Text::isUnspacedScript).count();
            if (cjk == 0)
                n++;
            else
                ideographic += cjk + (w.length() - cjk > 0 ? 2 : 0);
        }
        return n + ideographic / 2;
    }

    private static boolean isUnspacedScript(int cp) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.THAI;
    }

    /** Trims ordinary and non-breaking spaces and zero-width marks from both ends, nothing else. */
    static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a)))
            a++;
        while (b > a && isSpace(s.charAt(b - 1)))
            b--;
        return s.substring(a, b);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C' || c == '\u200D'
                || c == '\uFEFF';
    }

    /** Collapses ASCII whitespace runs to one space and trims; leaves every other character alone. */
    static String collapse(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** True when the line ends like a finished sentence (allowing closing quotes and brackets). */
    static boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && "\"'”’»)]*".indexOf(s.charAt(i)) >= 0)
            i--;
        return i >= 0 && ".!?…:;。！？".indexOf(s.charAt(i)) >= 0;
    }

    static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++)
            if (s.charAt(i) == c)
                n++;
        return n;
    }

    /** Comparable form for "is this the same headline": lower case letters and digits only. */
    static String fingerprint(String s) {
        return s == null ? "" : NOT_LETTER_OR_DIGIT.matcher(s.toLowerCase()).replaceAll("");
    }

    /** Cleans a candidate author name; null when nothing name-like is left. */
    static String tidyAuthor(String raw) {
        if (raw == null)
            return null;
        String s = collapse(raw);
        s = s.replaceFirst("(?i)^(?:by|post(?:ed)? by|written by)\\s*:?\\s+", "");
        // cut at separators that usually introduce a date, role or outlet
        s = s.split("\\s+[|•·–—-]\\s+|\\s*[|•·]\\s*|\\s+(?:on|at|updated|published)\\s+(?=\\p{N}|\\p{Lu}[a-z]{2,8}\\b)", 2)[0];
        var date = Dates.find(s);
        if (date.isPresent() && date.get().start() > 0)
            s = s.substring(0, date.get().start());
        s = s.replaceAll("[\\s,;:]+$", "").strip();
        if (s.isEmpty() || s.length() > 80 || s.startsWith("http") || !Character.isLetter(s.charAt(0)))
            return null;
        if (wordCount(s) > 10)
            return null;
        return s;
    }

    private static final java.util.Set<String> NAME_JOINERS = java.util.Set.of("and", "&", "de", "van", "von", "der", "den",
            "da", "di", "du", "la", "le", "al", "bin", "ibn", "del", "dos", "das", "y", "e", "st.");

    /** True when a string reads like one or more personal or organisation names (capitalised words). */
    static boolean looksLikeName(String s) {
        if (s == null || s.isBlank() || endsSentence(s) && !s.endsWith("."))
            return false;
        String[] words = s.split("[\\s,]+");
        if (words.length > 8)
            return false;
        int capital = 0;
        int counted = 0;
        for (String w : words) {
            if (w.isEmpty() || NAME_JOINERS.contains(w.toLowerCase()))
                continue;
            counted++;
            if (Character.isUpperCase(w.codePointAt(0)))
                capital++;
        }
        return counted > 0 && capital == counted;
    }

    /** Share of words (ignoring short joiners) that start with a capital letter: high for Title Case headlines. */
    static double capitalisedShare(String s) {
        var m = WORD.matcher(s);
        int all = 0;
        int caps = 0;
        while (m.find()) {
            String w = m.group();
            if (w.length() <= 3 && Character.isLowerCase(w.codePointAt(0)))
                continue;
            all++;
            if (!Character.isLowerCase(w.codePointAt(0)))
                caps++;
        }
        return all == 0 ? 0 : (double) caps / all;
    }
}
