package org.techmil.ingest;

/**
 * What a container said about an article besides its content (a JSON line's title, date, author, url). Cleaning
 * keeps what it finds where a hint is null; a hint that is set wins. Every field may be null.
 *
 * @param headline      the article's title
 * @param datePublished an ISO date ({@code 2025-03-14}) or timestamp whose first ten characters are one
 * @param author        the byline
 * @param url           the canonical URL
 */
public record Hints(String headline, String datePublished, String author, String url) {
    /** No hints: everything comes from cleaning. */
    public static final Hints NONE = new Hints(null, null, null, null);

    public Hints {
        headline = blankToNull(headline);
        datePublished = blankToNull(datePublished);
        author = blankToNull(author);
        url = blankToNull(url);
    }

    public boolean isEmpty() {
        return headline == null && datePublished == null && author == null && url == null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
