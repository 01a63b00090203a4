package org.techmil.clean;

import org.techmil.ingest.InputException;
import org.techmil.ingest.RawArticle;

/**
 * The clean stage's entry point: decodes a raw input, finds the article's main text and reads its headline,
 * publication date, author and URL. Thread-safe once built.
 */
public final class Cleaner {
    private static final int MIN_BODY_CHARS = 40;
    /**
     * The longest main text cleaning hands on: a million characters, some 150,000 words, ten times a long read.
     * Longer text (a book, a dump of many pages, a runaway line) is refused, which bounds the time and memory
     * extraction takes for one article.
     */
    public static final int MAX_BODY_CHARS = 1_000_000;

    private final ScrapeExtractor scrape;
    private final HtmlExtractor html;

    /** Loads the clutter knowledge once. */
    public Cleaner() {
        Clutter clutter = Clutter.load();
        this.scrape = new ScrapeExtractor(clutter);
        this.html = new HtmlExtractor(clutter);
    }

    /**
     * Cleans one input.
     *
     * @throws InputException when the input is empty, binary, or holds no article text
     */
    public CleanedArticle clean(RawArticle raw) throws InputException {
        byte[] bytes = raw.content();
        if (isBlank(bytes))
            throw new InputException(raw.sourceName(), "empty input");
        boolean isHtml = raw.format() == org.techmil.ingest.InputFormat.HTML;
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, isHtml);
        if (decoded.binary())
            throw new InputException(raw.sourceName(), "binary content, not a text or HTML article");
        if (decoded.text().isBlank())
            throw new InputException(raw.sourceName(), "empty input");
        Extracted found = switch (raw.format()) {
            case HTML -> html.extract(decoded.text(), raw.sourceName());
            case TEXT -> scrape.extract(decoded.text());
        };
        String body = found.body();
        if (body.strip().length() < MIN_BODY_CHARS || Text.wordCount(body) < 8)
            throw new InputException(raw.sourceName(), "no article text found");
        if (body.length() > MAX_BODY_CHARS)
            throw new InputException(raw.sourceName(), String.format(java.util.Locale.ROOT,
                    "article text is %,d characters, more than the %,d an article may have", body.length(), MAX_BODY_CHARS));
        return new CleanedArticle(raw.sourceName(), Text.wellFormed(found.headline()), found.date(),
                Text.wellFormed(found.author()), Text.wellFormed(found.url()), Text.wellFormed(body));
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes)
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x0B)
                return false;
        return true;
    }
}
