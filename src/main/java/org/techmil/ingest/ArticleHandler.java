package org.techmil.ingest;

/** Receives the articles of inputs as {@link ArticleReader} reads them, one at a time, in input order. */
public interface ArticleHandler {
    /** One article; return false to stop reading. */
    boolean article(Incoming article);

    /** An input, or one record in it, that could not be read; reading goes on with the next one. */
    void failed(InputException e);

    /** {@code bytes} more of the input files were read from disk (compressed bytes for .gz), for progress. */
    default void progress(long bytes) {
    }
}
