package org.techmil.clean;

/** One non-blank line of a text scrape with its classification and score. */
record ScrapeLine(int index, String text, LineKind kind, double score) {
    ScrapeLine withKind(LineKind k, double s) {
        return new ScrapeLine(index, text, k, s);
    }
}
