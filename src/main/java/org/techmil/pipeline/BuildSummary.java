package org.techmil.pipeline;

import java.util.Locale;

/**
 * What a build did, for the one-line summary on stderr.
 *
 * @param articles    articles cleaned, extracted and written
 * @param claims      claims in them
 * @param failed      inputs (or records of a WARC or JSON-lines file) that could not be built
 * @param unchanged   articles skipped because the store already holds them with the same content hash
 * @param quads       quads written by this build
 * @param seconds     wall-clock time of the build
 * @param interrupted whether a stop request (Ctrl-C) ended it early
 */
public record BuildSummary(int articles, int claims, int failed, int unchanged, long quads, double seconds,
                           boolean interrupted) {
    public String line() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%sloaded %d article%s, %d claim%s, %d input%s failed in %.1f s (",
                interrupted ? "interrupted: " : "", articles, articles == 1 ? "" : "s", claims, claims == 1 ? "" : "s",
                failed, failed == 1 ? "" : "s", seconds));
        if (unchanged > 0)
            b.append(String.format(Locale.ROOT, "%,d unchanged skipped, ", unchanged));
        b.append(String.format(Locale.ROOT, "%,d quads written, %.0f articles/s)", quads, rate()));
        return b.toString();
    }

    /** Articles built or skipped per second of wall-clock time. */
    public double rate() {
        return seconds <= 0 ? 0 : (articles + unchanged) / seconds;
    }
}
