package org.techmil.pipeline;

import java.util.Locale;

/** What a build did, for the one-line summary on stderr. */
public record BuildSummary(int articles, int claims, int failed, long quads, double seconds, boolean interrupted) {
    public String line() {
        return String.format(Locale.ROOT, "%sloaded %d article%s, %d claim%s, %d input%s failed in %.1f s (store holds %,d quads)",
                interrupted ? "interrupted: " : "", articles, articles == 1 ? "" : "s", claims, claims == 1 ? "" : "s",
                failed, failed == 1 ? "" : "s", seconds, quads);
    }
}
