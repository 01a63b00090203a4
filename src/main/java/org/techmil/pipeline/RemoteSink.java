package org.techmil.pipeline;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.techmil.store.StoreException;

/**
 * Puts article graphs into a remote SPARQL 1.1 store (Fuseki, GraphDB, RDF4J Server, Virtuoso, Neptune) with
 * RDF4J's repository client. A batch is one SPARQL Update request, {@code DROP SILENT GRAPH} then
 * {@code INSERT DATA} for each article, which SPARQL 1.1 stores apply atomically. The update text is written
 * with Jena's N-Triples term syntax so RDF 1.2 triple terms travel as {@code <<( s p o )>>}.
 */
public final class RemoteSink implements GraphSink {
    private final String updateEndpoint;
    private final SPARQLRepository repository;
    private final StringBuilder batch = new StringBuilder();
    private RepositoryConnection connection;

    /**
     * @param updateEndpoint the SPARQL Update endpoint (a Fuseki dataset URL takes updates too)
     * @param queryEndpoint  the SPARQL query endpoint, used to read the content hashes already there
     */
    public RemoteSink(String updateEndpoint, String queryEndpoint) {
        this.updateEndpoint = updateEndpoint;
        this.repository = new SPARQLRepository(queryEndpoint, updateEndpoint);
        this.repository.init();
    }

    private RepositoryConnection connection() {
        if (connection == null)
            connection = repository.getConnection();
        return connection;
    }

    @Override
    public Map<String, String> contentHashes() {
        String q = "SELECT ?g ?h WHERE { GRAPH ?g { ?g <" + Pipeline.CONTENT_HASH.getURI() + "> ?h } }";
        Map<String, String> hashes = new HashMap<>();
        try (RepositoryConnection c = repository.getConnection();
             TupleQueryResult rows = c.prepareTupleQuery(q).evaluate()) {
            for (BindingSet row : rows)
                hashes.put(row.getValue("g").stringValue(), row.getValue("h").stringValue());
        } catch (RuntimeException e) {
            throw new StoreException("cannot read from SPARQL endpoint " + updateEndpoint + ": " + oneLine(e), e);
        }
        return hashes;
    }

    @Override
    public void put(Node name, Graph graph) {
        batch.append("DROP SILENT GRAPH ").append(NodeFmtLib.strNT(name)).append(" ;\n");
        add(name, graph);
    }

    @Override
    public void add(Node name, Graph graph) {
        String g = NodeFmtLib.strNT(name);
        batch.append("INSERT DATA { GRAPH ").append(g).append(" {\n");
        graph.find().forEachRemaining(t -> batch.append(NodeFmtLib.strNT(t.getSubject())).append(' ')
                .append(NodeFmtLib.strNT(t.getPredicate())).append(' ')
                .append(NodeFmtLib.strNT(t.getObject())).append(" .\n"));
        batch.append("} } ;\n");
    }

    @Override
    public void commit() {
        if (batch.isEmpty())
            return;
        String update = batch.toString();
        batch.setLength(0);
        try {
            connection().prepareUpdate(update).execute();
        } catch (RuntimeException e) {
            throw new StoreException("update of SPARQL endpoint " + updateEndpoint + " failed, the batch was not kept: "
                    + oneLine(e), e);
        }
    }

    @Override
    public void abort() {
        batch.setLength(0);
    }

    @Override
    public String where() {
        return updateEndpoint;
    }

    @Override
    public void close() {
        if (connection != null)
            connection.close();
        repository.shutDown();
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
