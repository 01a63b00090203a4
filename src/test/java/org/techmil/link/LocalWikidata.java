package org.techmil.link;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real Apache Jena Fuseki server on localhost serving the Wikidata-shaped fixture, and a small HTTP front that
 * can answer some requests with an error (429 with Retry-After, 503) before passing the rest on to Fuseki.
 */
final class LocalWikidata implements AutoCloseable {
    static {
        // keep the test output readable: Fuseki and Jetty log every request at INFO
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
    }

    private final FusekiServer fuseki;
    private final HttpClient http = HttpClient.newHttpClient();
    private HttpServer front;
    final AtomicInteger requests = new AtomicInteger();

    LocalWikidata() {
        Dataset ds = DatasetFactory.createTxnMem();
        RDFDataMgr.read(ds, StoreQueries.fixture("wikidata/wikidata-fixture.ttl").toString());
        fuseki = FusekiServer.create().loopback(true).port(0).add("/wikidata", ds).build().start();
    }

    /** The SPARQL endpoint of the Fuseki server itself. */
    String endpoint() {
        return "http://localhost:" + fuseki.getPort() + "/wikidata/sparql";
    }

    /**
     * Starts the front: request number n (counting from 1) for which {@code fail} is true gets {@code status}
     * (with {@code Retry-After: retryAfter} when that is not null); the others go to Fuseki. Returns its endpoint.
     */
    String front(IntPredicate fail, int status, String retryAfter) throws IOException {
        front = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        front.createContext("/", ex -> {
            int n = requests.incrementAndGet();
            try (ex) {
                if (fail.test(n)) {
                    if (retryAfter != null)
                        ex.getResponseHeaders().add("Retry-After", retryAfter);
                    byte[] body = ("slow down (request " + n + ")").getBytes();
                    ex.sendResponseHeaders(status, body.length);
                    ex.getResponseBody().write(body);
                } else {
                    forward(ex);
                }
            }
        });
        front.start();
        return "http://127.0.0.1:" + front.getAddress().getPort() + "/wikidata/sparql";
    }

    private void forward(HttpExchange ex) throws IOException {
        URI target = URI.create("http://localhost:" + fuseki.getPort() + ex.getRequestURI());
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readAllBytes();
        }
        HttpRequest.Builder req = HttpRequest.newBuilder(target);
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type != null)
            req.header("Content-Type", type);
        String accept = ex.getRequestHeaders().getFirst("Accept");
        if (accept != null)
            req.header("Accept", accept);
        req.method(ex.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<byte[]> r = http.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
            r.headers().firstValue("Content-Type").ifPresent(v -> ex.getResponseHeaders().add("Content-Type", v));
            ex.sendResponseHeaders(r.statusCode(), r.body().length == 0 ? -1 : r.body().length);
            ex.getResponseBody().write(r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Override
    public void close() {
        if (front != null)
            front.stop(0);
        fuseki.stop();
    }
}
