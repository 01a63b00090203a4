package org.techmil.annotate;

import java.util.ArrayList;
import java.util.List;

/** Splits text into words (letters and digits) and single punctuation marks; white space is dropped. */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isInvisible(cp)) {
                i += width;
            } else if (Character.isLetterOrDigit(cp)) {
                int j = i + width;
                while (j < n) {
                    int c = text.codePointAt(j);
                    if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                        j += Character.charCount(c);
                    } else {
                        break;
                    }
                }
                tokens.add(new Token(new Span(i, j), text.substring(i, j), tokens.size()));
                i = j;
            } else {
                tokens.add(new Token(new Span(i, i + width), fold(text.substring(i, i + width)), tokens.size()));
                i += width;
            }
        }
        return tokens;
    }

    /** Folds typographic variants of apostrophes, quotes and dashes so that lexicon entries need one spelling. */
    public static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            b.append(switch (c) {
                case '\u2019', '\u2018', '\u02BC', '\u2032', '`' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
                default -> c;
            });
        }
        return b.toString();
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.CONTROL;
    }
}
