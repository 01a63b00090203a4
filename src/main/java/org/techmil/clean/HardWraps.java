package org.techmil.clean;

import java.util.Arrays;

/**
 * Undoes hard line wrapping: wire copy, e-mailed and plain-text articles break every line near one width (60 to 80
 * characters), so no line reads as a paragraph of its own. When many lines of a text end near one such width, a line
 * that reaches that width is joined to the next and a shorter line ends its paragraph; when blank lines part the
 * paragraphs, every line goes on in the non-blank line after it, however short (ragged wraps).
 */
final class HardWraps {
    /** Wrapped lines are at most this long; scraped paragraphs are far longer. */
    private static final int MAX_WIDTH = 100;
    private static final int MIN_WIDTH = 40;
    /** A wrapped line ends within this many characters of the width. */
    private static final int SLACK = 20;
    private static final int MIN_WRAPPED_LINES = 8;
    private static final double MIN_WRAPPED_SHARE = 0.45;
    private static final int MIN_BLANK_LINES = 3;
    private static final double MIN_BLANK_SHARE = 0.15;

    private HardWraps() {
    }

    /** {@code text} with its wrapped paragraphs joined into one line each, or {@code text} itself if it is not wrapped. */
    static String unwrap(String text) {
        String[] lines = text.split("\n", -1);
        int[] lengths = Arrays.stream(lines).map(Text::trim).mapToInt(String::length).filter(n -> n >= MIN_WIDTH - SLACK)
                .sorted().toArray();
        if (lengths.length < MIN_WRAPPED_LINES)
            return text;
        int width = lengths[(int) (lengths.length * 0.9)];
        if (width > MAX_WIDTH || width < MIN_WIDTH || lengths[lengths.length - 1] > MAX_WIDTH + SLACK)
            return text;
        long near = Arrays.stream(lengths).filter(n -> n >= width - SLACK && n <= width + SLACK / 2).count();
        if (near < MIN_WRAPPED_LINES || near < MIN_WRAPPED_SHARE * lengths.length)
            return text;
        // ragged wraps (lines broken well short of the width) with blank lines between paragraphs: every line that a
        // non-blank line follows goes on in it
        long blank = Arrays.stream(lines).filter(l -> Text.trim(l).isEmpty()).count();
        boolean blankSeparated = blank >= MIN_BLANK_LINES && blank >= MIN_BLANK_SHARE * (lines.length - blank);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            String t = Text.trim(lines[i]);
            boolean joins = out.length() > 0 && out.charAt(out.length() - 1) != '\n';
            // "Shenzhen-" at a line's end and "based" on the next were one word
            boolean splitWord = joins && out.length() > 1 && out.charAt(out.length() - 1) == '-'
                    && Character.isLetter(out.charAt(out.length() - 2));
            out.append(joins && !splitWord ? " " : "").append(t);
            boolean wrapped = (blankSeparated || t.length() >= width - SLACK) && i + 1 < lines.length
                    && !Text.trim(lines[i + 1]).isEmpty();
            if (!wrapped && i + 1 < lines.length)
                out.append('\n');
        }
        return out.toString();
    }
}
