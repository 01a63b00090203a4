package org.techmil.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted speech: text between typographic double quotes, or between straight double quotes paired in order,
 * within one paragraph (line). The spans include the quote marks.
 */
public final class QuoteFinder {
    private QuoteFinder() {
    }

    public static List<Span> find(String text) {
        List<Span> quotes = new ArrayList<>();
        int open = -1;
        int straight = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1;
                straight = -1;
            } else if (c == '\u201C' || c == '\u201E') {
                open = i;
            } else if (c == '\u201D' && open >= 0) {
                quotes.add(new Span(open, i + 1));
                open = -1;
            } else if (c == '"') {
                if (straight < 0) {
                    straight = i;
                } else {
                    quotes.add(new Span(straight, i + 1));
                    straight = -1;
                }
            }
        }
        quotes.sort(null);
        return quotes;
    }
}
