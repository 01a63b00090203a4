package org.techmil.cli;

import java.nio.file.Path;

import org.techmil.index.IndexGraph;
import org.techmil.store.Store;
import org.techmil.story.Stories;

/** What build and load do after writing article graphs into a local store: rebuild the story and index graphs. */
final class DerivedGraphs {
    private DerivedGraphs() {
    }

    /**
     * How the rebuild went.
     *
     * @param line    for the end of the summary line: "; N stories ...; index ..." or why they were not rebuilt
     * @param failed  whether it failed (the articles stay committed)
     * @param seconds wall-clock time it took
     */
    record Result(String line, boolean failed, double seconds) {
    }

    /** Rebuilds the story graph (with the source cues of {@code extractor}, or the bundled ones) and the index graph. */
    static Result rebuild(Store store, Path extractor) {
        long t0 = System.nanoTime();
        try {
            String line = "; " + Stories.rebuild(store, extractor).line() + "; " + IndexGraph.rebuild(store).line();
            return new Result(line, false, (System.nanoTime() - t0) / 1e9);
        } catch (RuntimeException | OutOfMemoryError e) {
            // the articles are committed whatever happens here: say so on the summary line, then fail
            String why = e instanceof OutOfMemoryError ? "out of memory (" + e.getMessage() + "), raise -Xmx" : Errors.message(e);
            return new Result("; story and index graphs not rebuilt: " + why, true, (System.nanoTime() - t0) / 1e9);
        }
    }
}
