package org.techmil.cli;

import java.net.URI;

import org.techmil.pipeline.GraphSink;
import org.techmil.pipeline.RemoteSink;

/** Remote SPARQL stores named on the command line. */
final class RemoteStores {
    private RemoteStores() {
    }

    /** A sink for {@code --endpoint URL}; the query endpoint defaults to the same URL (as a Fuseki dataset URL serves both). */
    static GraphSink sink(String endpoint, String queryEndpoint) {
        check(endpoint, "--endpoint");
        if (queryEndpoint != null)
            check(queryEndpoint, "--query-endpoint");
        return new RemoteSink(endpoint, queryEndpoint == null ? endpoint : queryEndpoint);
    }

    private static void check(String url, String option) {
        URI u;
        try {
            u = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " " + url + " is not a URL");
        }
        if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https")) || u.getHost() == null)
            throw new IllegalArgumentException(option + " must be an http(s) URL, not " + url);
    }
}
