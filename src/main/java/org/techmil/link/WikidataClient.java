package org.techmil.link;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

/**
 * A SPARQL client for Wikidata's query service (or any endpoint shaped like it) that retries what is worth
 * retrying: network failures and the service's "slow down" answers (429 Too Many Requests, 502, 503, 504), after
 * waiting as long as a {@code Retry-After} header asks, else {@code backoff * 2^attempt}. Other HTTP errors (a bad
 * query, 403 for a missing User-Agent) fail at once.
 */
public final class WikidataClient {
    /** The public Wikidata Query Service. */
    public static final String DEFAULT_ENDPOINT = "https://query.wikidata.org/sparql";
    /** Longest wait honoured from a Retry-After header. */
    private static final long MAX_WAIT_MILLIS = TimeUnit.MINUTES.toMillis(2);
    private static final String USER_AGENT = "techmil-link/0.1 (https://w3id.org/techmil; knowledge graph of claims)";

    private final String endpoint;
    private final int retries;
    private final long backoffMillis;
    private final long timeoutSeconds;
    private int retried;
    private int queries;

    /** The endpoint gave up: the last failure, after all retries. */
    public static final class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public WikidataClient(String endpoint, int retries, long backoffMillis, long timeoutSeconds) {
        if (retries < 0 || backoffMillis < 0 || timeoutSeconds <= 0)
            throw new IllegalArgumentException("retries and backoff must be >= 0 and the timeout > 0");
        this.endpoint = endpoint;
        this.retries = retries;
        this.backoffMillis = backoffMillis;
        this.timeoutSeconds = timeoutSeconds;
    }

    public String endpoint() {
        return endpoint;
    }

    /** How many times a request was retried so far. */
    public int retried() {
        return retried;
    }

    /** How many queries were answered so far. */
    public int queries() {
        return queries;
    }

    /** Runs a SELECT query and returns all its rows, retrying as the class comment says. */
    public List<QuerySolution> select(String sparql) {
        for (int attempt = 0; ; attempt++) {
            try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(sparql)
                    .httpHeader("User-Agent", USER_AGENT)
                    .acceptHeader("application/sparql-results+json")
                    .timeout(timeoutSeconds, TimeUnit.SECONDS).build()) {
                ResultSet rs = qe.execSelect();
                List<QuerySolution> rows = new ArrayList<>();
                rs.forEachRemaining(rows::add);
                queries++;
                return rows;
            } catch (QueryExceptionHTTP e) {
                int status = e.getStatusCode();
                boolean retryable = status <= 0 || status == 429 || status == 502 || status == 503 || status == 504;
                String what = status > 0 ? "HTTP " + status : "network error (" + reason(e) + ")";
                if (!retryable)
                    throw new Unavailable(endpoint + " answered " + what + ": " + reason(e), e);
                if (attempt >= retries)
                    throw new Unavailable(endpoint + ": " + what + " after " + retries + " retr" + (retries == 1 ? "y" : "ies"), e);
                sleep(waitMillis(e.getResponseHeaders(), attempt));
                retried++;
            } catch (org.apache.jena.query.QueryParseException e) {
                throw e;
            } catch (RuntimeException e) {
                // connection refused, reset, timeouts: Jena wraps them in several exception types
                if (attempt >= retries)
                    throw new Unavailable(endpoint + ": network error (" + reason(e) + ") after " + retries + " retr"
                            + (retries == 1 ? "y" : "ies"), e);
                sleep(waitMillis(null, attempt));
                retried++;
            }
        }
    }

    /** Retry-After in seconds or as an HTTP date wins; otherwise exponential backoff. */
    long waitMillis(HttpHeaders headers, int attempt) {
        if (headers != null) {
            var value = headers.firstValue("Retry-After");
            if (value.isPresent()) {
                String v = value.get().strip();
                try {
                    return Math.min(MAX_WAIT_MILLIS, Math.max(0, Long.parseLong(v) * 1000));
                } catch (NumberFormatException notSeconds) {
                    try {
                        long until = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
                        return Math.min(MAX_WAIT_MILLIS, Math.max(0, until - System.currentTimeMillis()));
                    } catch (DateTimeParseException notDate) {
                        // fall through to backoff
                    }
                }
            }
        }
        return Math.min(MAX_WAIT_MILLIS, backoffMillis << Math.min(attempt, 16));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(Duration.ofMillis(millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while waiting to retry", e);
        }
    }

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.ConnectException)
                return "cannot connect";
            if (t instanceof java.net.http.HttpTimeoutException || t instanceof java.net.SocketTimeoutException)
                return "timed out";
            if (t instanceof java.net.UnknownHostException)
                return "unknown host " + t.getMessage();
        }
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && t.getCause().getMessage() != null)
            t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
