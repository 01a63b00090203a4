package org.techmil.story;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.techmil.extract.KnowledgeBase;
import org.techmil.store.Store;

/**
 * The entry point of the story stage: reads every article graph of a store, groups articles into stories and claims
 * into assertions, and replaces the story graph ({@link StoryTerms#GRAPH}) with the result in one write transaction.
 */
public final class Stories {
    private Stories() {
    }

    /** What a rebuild wrote. */
    public record Summary(int articles, int stories, int assertions) {
        public String line() {
            return "grouped " + articles + (articles == 1 ? " article" : " articles") + " into " + stories
                    + (stories == 1 ? " story" : " stories") + " and " + assertions
                    + (assertions == 1 ? " assertion" : " assertions");
        }
    }

    /**
     * Rebuilds the story graph of {@code store} from its article graphs, with the outlet names of the gazetteer and
     * the cues of {@code sources.json} in {@code extractorFolder} (the bundled ones when it is null).
     */
    public static Summary rebuild(Store store, Path extractorFolder) {
        KnowledgeBase kb = KnowledgeBase.load(extractorFolder);
        StoryAnalysis analysis = new StoryAnalysis(new OutletFinder(kb.gazetteer(), SourceCues.load(extractorFolder)));
        StoreReader.Contents contents = StoreReader.read(store);
        StoryAnalysis.Result result = analysis.analyse(contents.articles(), contents.claims());
        Graph g = StoryGraph.build(result);
        store.replaceGraph(StoryTerms.GRAPH, g);
        return new Summary(result.articles().size(), result.stories().size(), result.assertions().size());
    }
}
