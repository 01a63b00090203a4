package org.techmil.story;

import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.techmil.extract.KnowledgeBase;
import org.techmil.store.Store;

/**
 * The entry point of the story stage: reads every article graph of a store, groups articles into stories and claims
 * into assertions, and replaces the story graph ({@link StoryTerms#GRAPH}) with the result in one write transaction.
 * Memory stays bounded by the number of articles and claims, not by the corpus text: each article's body is reduced
 * to a compact digest (MinHash signature and the outlets it names) as its graph is read, and the story graph is
 * streamed into the store triple by triple rather than built in memory first.
 * <p>
 * The story graph also repeats the rdfs:label of every entity and outlet it refers to (the same single label the
 * article graphs give it), so that queries over stories and assertions can read one label from this graph instead
 * of one copy per article that mentions the entity.
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
        StoreReader.Contents contents = Txn.calculateRead(store.datasetGraph(),
                () -> StoreReader.read(store.datasetGraph(), analysis::digest));
        StoryAnalysis.Result result = analysis.analyseDigests(contents.articles(), contents.claims());
        Map<Node, Node> labels = contents.labels();
        DatasetGraph dsg = store.datasetGraph();
        store.write(() -> {
            dsg.deleteAny(StoryTerms.GRAPH, Node.ANY, Node.ANY, Node.ANY);
            java.util.Set<Node> labelled = new java.util.HashSet<>();
            StoryGraph.write(result, t -> {
                dsg.add(new Quad(StoryTerms.GRAPH, t));
                if (t.getPredicate().equals(org.techmil.rdf.Vocab.LABEL))
                    labelled.add(t.getSubject());
            });
            StoryGraph.labels(result, labels, labelled, t -> dsg.add(new Quad(StoryTerms.GRAPH, t)));
        });
        return new Summary(result.articles().size(), result.stories().size(), result.assertions().size());
    }
}
