package org.techmil.serve;

import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.RequestLogWriter;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.techmil.store.Store;

/**
 * The store behind an embedded Apache Jena Fuseki.
 * <ul>
 * <li>{@code /sparql}: a SPARQL 1.1 query endpoint over the union of all article graphs, with a timeout and a cap on
 * result size ({@link LimitedQuery}); SERVICE clauses are refused, so a client cannot make the server fetch URLs.</li>
 * <li>{@code /update} (SPARQL Update) and {@code /data} (Graph Store Protocol, read-write) exist only when the settings
 * carry a token, and answer only requests bearing it ({@link BearerTokenFilter}). Fuseki runs each in a TDB2 write
 * transaction: all of an update is committed or none of it. SPARQL {@code LOAD} is refused ({@link NoLoadUpdates}), so
 * no update reads the server's files or fetches URLs.</li>
 * <li>{@code /}: the browser page and its scripts, from the jar ({@link WebAssets}); no other file is served.</li>
 * <li>One line per request, by Jetty's {@link CustomRequestLog}: time, client, method, path (never the query
 * string), status, duration.</li>
 * <li>Request bodies over {@value #MAX_REQUEST_BYTES} bytes are refused by Jetty's {@link SizeLimitHandler}.</li>
 * </ul>
 */
public final class SparqlServer implements AutoCloseable {
    /** The path of the SPARQL query endpoint. */
    public static final String ENDPOINT = "/sparql";
    /** The path of the SPARQL Update endpoint (with a token only). */
    public static final String UPDATE = "/update";
    /** The path of the Graph Store Protocol endpoint (with a token only). */
    public static final String DATA = "/data";
    /** Largest request body accepted: ample for a query or an update, small enough that no client can exhaust memory. */
    public static final long MAX_REQUEST_BYTES = 1 << 20;
    /**
     * The request line (Jetty {@link CustomRequestLog} format): ISO time in UTC, client address, method, path without
     * the query string ({@code %U}), status, milliseconds taken.
     */
    static final String LOG_FORMAT = "%{yyyy-MM-dd'T'HH:mm:ss.SSSXXX|UTC}t %{client}a %m %U %s %{ms}Tms";

    private final FusekiServer fuseki;
    private final ServerSettings settings;

    private SparqlServer(FusekiServer fuseki, ServerSettings settings) {
        this.fuseki = fuseki;
        this.settings = settings;
    }

    /** Read-only, request lines to standard error: the page tests' server. */
    public static SparqlServer start(Store store, String host, int port, long timeoutMillis) {
        return start(store, ServerSettings.defaults().withHost(host).withPort(port).withTimeoutMillis(timeoutMillis));
    }

    /** Starts serving {@code store} as {@code settings} say. */
    public static SparqlServer start(Store store, ServerSettings settings) {
        DatasetGraph dsg = store.datasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(settings.timeoutMillis()));
        dsg.getContext().set(ARQ.httpServiceAllowed, false);
        dsg.getContext().set(NoLoadUpdates.SYMBOL, true);
        NoLoadUpdates.register();
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .loopback(isLoopback(settings.host()))
                .enablePing(true)
                .registerOperation(Operation.Query, new LimitedQuery(settings.maxRows()))
                .add(ENDPOINT, DataService.newBuilder(dsg).addEndpoint(Operation.Query).build())
                .addFilter("/*", new WebAssets());
        settings.updateToken().ifPresent(token -> {
            BearerTokenFilter lock = new BearerTokenFilter(token);
            for (String path : new String[] {UPDATE, DATA})
                builder.addFilter(path, lock).addFilter(path + "/*", lock);
            builder.add(UPDATE, DataService.newBuilder(dsg).addEndpoint(Operation.Update).build())
                    .add(DATA, DataService.newBuilder(dsg).addEndpoint(Operation.GSP_RW).build());
        });
        FusekiServer fuseki = builder.build();
        Server jetty = fuseki.getJettyServer();
        for (Connector c : jetty.getConnectors())
            if (c instanceof ServerConnector sc)
                sc.setHost(settings.host());
        SizeLimitHandler limit = new SizeLimitHandler(MAX_REQUEST_BYTES, -1);
        limit.setHandler(jetty.getHandler());
        jetty.setHandler(limit);
        jetty.setRequestLog(new CustomRequestLog(logWriter(settings), LOG_FORMAT));
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof BindException))
                cause = cause.getCause();
            if (cause != null)
                throw new IllegalStateException("cannot listen on " + settings.host() + ":" + settings.port() + ": "
                        + cause.getMessage() + " (is another server using it? choose another --port)");
            throw e;
        }
        return new SparqlServer(fuseki, settings);
    }

    private static RequestLog.Writer logWriter(ServerSettings settings) {
        if (settings.requestLog().isPresent()) {
            RequestLogWriter file = new RequestLogWriter(settings.requestLog().get().toAbsolutePath().toString());
            file.setAppend(true);
            file.setRetainDays(0);
            return file;
        }
        PrintStream err = System.err;
        return err::println;
    }

    /** Whether {@code host} is a loopback address (127.0.0.0/8, ::1, or a name for one), reachable from this machine only. */
    public static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The settings served with. */
    public ServerSettings settings() {
        return settings;
    }

    /** The port actually listened on (useful with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The page's address, e.g. http://127.0.0.1:3030/. */
    public URI pageUri() {
        String host = settings.host();
        String h = host.contains(":") ? "[" + host + "]" : host.equals("0.0.0.0") ? "127.0.0.1" : host;
        return URI.create("http://" + h + ":" + port() + "/");
    }

    /** The SPARQL query endpoint's address. */
    public URI endpointUri() {
        return pageUri().resolve(ENDPOINT);
    }

    /** The SPARQL Update endpoint's address (answered only when updates are allowed). */
    public URI updateUri() {
        return pageUri().resolve(UPDATE);
    }

    /** The Graph Store Protocol endpoint's address (answered only when updates are allowed). */
    public URI dataUri() {
        return pageUri().resolve(DATA);
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
