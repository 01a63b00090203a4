package org.techmil.ingest;

import java.util.Objects;

/**
 * One input as read from disk or the network, before any cleaning.
 *
 * @param sourceName the file name without directory, or the URL it was read from
 * @param content    the raw bytes, charset not yet decided
 * @param format     whether the bytes look like an HTML page or a plain-text scrape
 */
public record RawArticle(String sourceName, byte[] content, InputFormat format) {
    public RawArticle {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(format, "format");
        if (sourceName.isBlank())
            throw new IllegalArgumentException("sourceName must not be blank");
    }
}
