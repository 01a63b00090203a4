package org.techmil.serve;

import java.net.BindException;
import java.net.URI;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.techmil.store.Store;

/**
 * The store behind an embedded Apache Jena Fuseki: a read-only SPARQL 1.1 endpoint at {@code /sparql} (query only: no
 * update, no Graph Store writes), the union of all article graphs as its default graph, a timeout on every query, and
 * the browser page at {@code /}.
 */
public final class SparqlServer implements AutoCloseable {
    /** The path of the SPARQL endpoint. */
    public static final String ENDPOINT = "/sparql";

    private final FusekiServer fuseki;
    private final String host;

    private SparqlServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    /**
     * Starts serving {@code store}.
     *
     * @param host          the address to listen on (127.0.0.1 keeps it on this machine)
     * @param port          the port, 0 for any free one
     * @param timeoutMillis queries running longer are stopped and answered with an error
     */
    public static SparqlServer start(Store store, String host, int port, long timeoutMillis) {
        if (port < 0 || port > 65535)
            throw new IllegalArgumentException("--port must be 0 to 65535: " + port);
        if (timeoutMillis <= 0)
            throw new IllegalArgumentException("the query timeout must be positive: " + timeoutMillis + " ms");
        DatasetGraph dsg = store.datasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
        DataService service = DataService.newBuilder(dsg).addEndpoint(Operation.Query).build();
        FusekiServer fuseki = FusekiServer.create()
                .port(port)
                .loopback(isLoopback(host))
                .enablePing(true)
                .add(ENDPOINT, service)
                .addFilter("/*", new WebAssets())
                .build();
        for (Connector c : fuseki.getJettyServer().getConnectors())
            if (c instanceof ServerConnector sc)
                sc.setHost(host);
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof BindException))
                cause = cause.getCause();
            if (cause != null)
                throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + cause.getMessage()
                        + " (is another server using it? choose another --port)");
            throw e;
        }
        return new SparqlServer(fuseki, host);
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }

    /** The port actually listened on (useful with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The page's address, e.g. http://127.0.0.1:3030/. */
    public URI pageUri() {
        String h = host.contains(":") ? "[" + host + "]" : host.equals("0.0.0.0") ? "127.0.0.1" : host;
        return URI.create("http://" + h + ":" + port() + "/");
    }

    /** The SPARQL endpoint's address. */
    public URI endpointUri() {
        return pageUri().resolve(ENDPOINT);
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
