package org.techmil.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Small HTTP helpers for the serve tests: the JDK client for ordinary requests, a raw socket for odd request lines. */
final class Wire {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private Wire() {
    }

    /** A response read off a raw socket: status and everything after the status line. */
    record Raw(int status, String text) {
    }

    /** Sends {@code target} verbatim as the request target, so no client tidies it up first. */
    static Raw raw(int port, String method, String target) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.ISO_8859_1);
            String[] statusLine = text.split("\r\n", 2)[0].split(" ");
            return new Raw(statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1, text);
        }
    }

    static HttpResponse<String> query(URI endpoint, String query, String accept) throws Exception {
        URI uri = URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(uri).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> update(URI endpoint, String update, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        if (authorization != null)
            b.header("Authorization", authorization);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
