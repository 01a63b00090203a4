package org.techmil.pipeline;

import java.util.Locale;

/** How far a build or a load has read its input, by bytes: the share read and the time left, for progress lines. */
record InputProgress(long read, long total, double seconds) {
    /** The share of the input read, in percent (0 when the size is unknown). */
    double percent() {
        return total > 0 ? 100.0 * Math.min(read, total) / total : 0.0;
    }

    /** ", about N s to go" from the rate so far, or "" while nothing or everything has been read. */
    String etaSuffix() {
        return total > 0 && read > 0 && read < total
                ? String.format(Locale.ROOT, ", about %.0f s to go", seconds * (total - read) / read) : "";
    }
}
