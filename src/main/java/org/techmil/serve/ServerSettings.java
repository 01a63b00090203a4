package org.techmil.serve;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How {@link SparqlServer} serves a store.
 *
 * @param host          the address to listen on; a loopback address (the default, 127.0.0.1) keeps it on this machine
 * @param port          the port, 0 for any free one
 * @param timeoutMillis a query running longer is stopped and answered {@code 503}
 * @param maxRows       a SELECT result with more rows, or a CONSTRUCT or DESCRIBE result with more triples, is refused
 * @param updateToken   when present, {@code /update} (SPARQL Update) and {@code /data} (Graph Store Protocol, read and
 *                      write) are served to clients that send this bearer token; when empty they do not exist
 * @param requestLog    the file request lines are appended to; empty for standard error
 */
public record ServerSettings(String host, int port, long timeoutMillis, int maxRows, Optional<BearerToken> updateToken,
        Optional<Path> requestLog) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final long DEFAULT_TIMEOUT_MILLIS = 30_000;
    public static final int DEFAULT_MAX_ROWS = 10_000;

    public ServerSettings {
        if (host == null || host.isBlank())
            throw new IllegalArgumentException("--host must name an address");
        if (port < 0 || port > 65535)
            throw new IllegalArgumentException("--port must be 0 to 65535: " + port);
        if (timeoutMillis <= 0)
            throw new IllegalArgumentException("the query timeout must be positive: " + timeoutMillis + " ms");
        if (maxRows < 1)
            throw new IllegalArgumentException("--max-rows must be at least 1: " + maxRows);
        if (updateToken == null || requestLog == null)
            throw new IllegalArgumentException("use Optional.empty(), not null");
    }

    /** Read-only, on 127.0.0.1:3030, 30 s timeout, 10,000 rows, request lines to standard error. */
    public static ServerSettings defaults() {
        return new ServerSettings(LOOPBACK, DEFAULT_PORT, DEFAULT_TIMEOUT_MILLIS, DEFAULT_MAX_ROWS, Optional.empty(),
                Optional.empty());
    }

    public ServerSettings withHost(String h) {
        return new ServerSettings(h, port, timeoutMillis, maxRows, updateToken, requestLog);
    }

    public ServerSettings withPort(int p) {
        return new ServerSettings(host, p, timeoutMillis, maxRows, updateToken, requestLog);
    }

    public ServerSettings withTimeoutMillis(long t) {
        return new ServerSettings(host, port, t, maxRows, updateToken, requestLog);
    }

    public ServerSettings withMaxRows(int m) {
        return new ServerSettings(host, port, timeoutMillis, m, updateToken, requestLog);
    }

    /** Allows writes, to clients that present {@code token}. */
    public ServerSettings withUpdates(BearerToken token) {
        return new ServerSettings(host, port, timeoutMillis, maxRows, Optional.of(token), requestLog);
    }

    public ServerSettings withRequestLog(Path file) {
        return new ServerSettings(host, port, timeoutMillis, maxRows, updateToken, Optional.of(file));
    }

    /** Whether writes are served at all. */
    public boolean allowsUpdates() {
        return updateToken.isPresent();
    }
}
