package org.techmil.pipeline;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.techmil.clean.CleanedArticle;
import org.techmil.clean.Cleaner;
import org.techmil.extract.Extraction;
import org.techmil.extract.Extractor;
import org.techmil.extract.KnowledgeBase;
import org.techmil.ingest.InputException;
import org.techmil.ingest.RawArticle;
import org.techmil.rdf.ArticleGraph;

/** One article through every stage: raw input, cleaned text, extraction, named graph. Thread-safe once built. */
public final class Pipeline {
    private final Cleaner cleaner;
    private final Extractor extractor;
    private final ArticleGraph graphs;

    public Pipeline(KnowledgeBase knowledge) {
        this.cleaner = new Cleaner();
        this.extractor = new Extractor(knowledge);
        this.graphs = new ArticleGraph(knowledge.gazetteer());
    }

    /** Loads the bundled knowledge, or that of {@code extractorFolder} when it is not null. */
    public static Pipeline create(Path extractorFolder) {
        return new Pipeline(KnowledgeBase.load(extractorFolder));
    }

    /** The result of one article. */
    public record Result(CleanedArticle article, Extraction extraction, Node graphName, Graph graph) {
    }

    public CleanedArticle clean(RawArticle raw) throws InputException {
        return cleaner.clean(raw);
    }

    public Extraction extract(CleanedArticle article) throws InputException {
        try {
            return extractor.extract(article);
        } catch (RuntimeException e) {
            throw new InputException(article.source(), "extraction failed: " + e, e);
        }
    }

    public Result process(RawArticle raw) throws InputException {
        CleanedArticle article = clean(raw);
        Extraction x = extract(article);
        return new Result(article, x, ArticleGraph.graphName(article), graphs.build(x));
    }
}
