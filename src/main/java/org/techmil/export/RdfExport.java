package org.techmil.export;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.techmil.rdf.Vocab;
import org.techmil.store.Store;

/**
 * The store as RDF through Jena RIOT, the store's own library: no conversion between models, RDF 1.2 triple terms
 * kept (Turtle, TriG, N-Quads), and streaming writers for Turtle, TriG and N-Quads so a large store is never held in
 * memory. Turtle has no named graphs, so it gets the union of all graphs; TriG, N-Quads and JSON-LD keep one graph
 * per article. JSON-LD 1.1 has no triple terms: the {@code rdf:reifies} statements are left out of it (and counted).
 */
public final class RdfExport {
    /** Prefixes every RDF export declares. */
    static final Map<String, String> PREFIXES = Map.of("tm", Vocab.TM, "schema", Vocab.SCHEMA, "prov", Vocab.PROV,
            "skos", Vocab.SKOS, "owl", Vocab.OWL, "wd", Vocab.WD, "oa", Vocab.OA, "rdf", Vocab.RDF,
            "rdfs", Vocab.RDFS, "xsd", Vocab.XSD);

    /** What was written: statements written and statements left out because the format cannot carry them. */
    public record Result(long written, long leftOut) {
    }

    private RdfExport() {
    }

    public static Result write(Store store, ExportFormat format, OutputStream out) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> switch (format) {
            case TURTLE -> stream(out, RDFFormat.TURTLE_BLOCKS, dsg, true);
            case TRIG -> stream(out, RDFFormat.TRIG_BLOCKS, dsg, false);
            case NQUADS -> stream(out, RDFFormat.NQUADS, dsg, false);
            case JSONLD -> jsonld(out, dsg);
            default -> throw new IllegalArgumentException(format.id() + " is not an RDF format");
        });
    }

    private static Result stream(OutputStream out, RDFFormat format, DatasetGraph dsg, boolean union) {
        StreamRDF sink = StreamRDFWriter.getWriterStream(out, format);
        sink.start();
        PREFIXES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(p -> sink.prefix(p.getKey(), p.getValue()));
        long n = 0;
        if (union) {
            Iterator<Triple> it = dsg.getUnionGraph().find();
            while (it.hasNext()) {
                sink.triple(it.next());
                n++;
            }
        } else {
            Iterator<Quad> it = dsg.find();
            while (it.hasNext()) {
                sink.quad(it.next());
                n++;
            }
        }
        sink.finish();
        return new Result(n, 0);
    }

    private static Result jsonld(OutputStream out, DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        PREFIXES.forEach((k, v) -> copy.prefixes().add(k, v));
        long n = 0;
        long skipped = 0;
        Iterator<Quad> it = dsg.find();
        while (it.hasNext()) {
            Quad q = it.next();
            if (hasTripleTerm(q)) {
                skipped++;
                continue;
            }
            copy.add(q);
            n++;
        }
        RDFWriter.source(copy).format(RDFFormat.JSONLD11).output(out);
        return new Result(n, skipped);
    }

    private static boolean hasTripleTerm(Quad q) {
        return isTripleTerm(q.getSubject()) || isTripleTerm(q.getObject());
    }

    private static boolean isTripleTerm(Node n) {
        return n.isTripleTerm();
    }
}
