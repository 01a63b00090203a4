package org.techmil.clean;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The main text of one article and what is known about it; every offset techmil records refers to {@link #body()}.
 *
 * @param source        the input's file name or URL
 * @param headline      the article's headline, or null when unknown
 * @param datePublished the publication date (never the date a page was viewed), or null
 * @param author        the byline, or null
 * @param url           the canonical URL, or null
 * @param body          the cleaned main text: paragraphs separated by blank lines, no page clutter
 */
public record CleanedArticle(String source, String headline, LocalDate datePublished, String author, String url,
                             String body) {
    public CleanedArticle {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
    }
}
