package org.techmil.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.techmil.store.Store;

/** The one entry point of this package: writes a store in an {@link ExportFormat}. */
public final class Exporter {
    /** What an export wrote, for the summary line. */
    public record Summary(String what) {
    }

    private Exporter() {
    }

    /** Reads the graph view that {@code filter} selects. */
    public static GraphView view(Store store, ViewFilter filter) {
        return new ViewQuery(store).view(filter);
    }

    /**
     * Writes a file format to {@code out}. RDF formats take no filter: they write the store as it is.
     *
     * @throws IllegalArgumentException for the Neo4j folder (see {@link #writeFolder}) or a filter on an RDF format
     */
    public static Summary write(Store store, ExportFormat format, ViewFilter filter, OutputStream out) throws IOException {
        if (format.isFolder())
            throw new IllegalArgumentException(format.id() + " writes a folder of files; give it with -o DIR");
        if (format.isRdf()) {
            if (!filter.isEmpty())
                throw new IllegalArgumentException("--type, --since, --until, --entity and --claims-as-nodes shape the graph view;"
                        + " RDF formats write the store as it is (filter with: techmil query -f turtle CONSTRUCT ...)");
            RdfExport.Result r = RdfExport.write(store, format, out);
            return new Summary(r.written() + " statements" + (r.leftOut() > 0
                    ? " (" + r.leftOut() + " rdf:reifies statements left out: JSON-LD 1.1 has no triple terms)" : ""));
        }
        GraphView view = view(store, filter);
        ViewWriter writer = switch (format) {
            case GEXF -> new GexfWriter();
            case GRAPHML -> new GraphmlWriter();
            case DOT -> new DotWriter();
            case CYJS -> new CytoscapeJsonWriter();
            default -> throw new IllegalStateException("no writer for " + format);
        };
        writer.write(view, out);
        out.flush();
        return summary(view);
    }

    /** Writes the Neo4j import folder {@code dir}. */
    public static Summary writeFolder(Store store, ExportFormat format, ViewFilter filter, Path dir) throws IOException {
        if (format != ExportFormat.NEO4J)
            throw new IllegalArgumentException(format.id() + " writes one file, not a folder");
        GraphView view = view(store, filter);
        new Neo4jWriter().write(view, dir);
        return summary(view);
    }

    private static Summary summary(GraphView view) {
        return new Summary(view.entities().size() + " entities, " + (view.claimsAsNodes() ? view.claims().size() + " claims, " : "")
                + view.edges().size() + " edges");
    }
}
