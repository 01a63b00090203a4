package org.techmil.serve;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the browser page and its scripts from the jar: the page under {@code techmil/web/}, Cytoscape.js from its
 * WebJar. Nothing is fetched from the internet, so the page works offline. A filter rather than a servlet, since
 * Fuseki keeps the servlet at {@code /} for itself: it answers GET and HEAD for its few paths and passes on the rest.
 */
final class WebAssets extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** Cytoscape.js, as packaged from npm by WebJars; the version is the dependency's in pom.xml. */
    static final String CYTOSCAPE = "META-INF/resources/webjars/cytoscape/" + cytoscapeVersion() + "/dist/cytoscape.min.js";

    private static final Map<String, String> FILES = Map.of(
            "/", "techmil/web/index.html",
            "/index.html", "techmil/web/index.html",
            "/app.js", "techmil/web/app.js",
            "/app.css", "techmil/web/app.css",
            "/vendor/cytoscape.min.js", CYTOSCAPE);

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String resource = FILES.get(path.isEmpty() ? "/" : path);
        boolean read = req.getMethod().equals("GET") || req.getMethod().equals("HEAD");
        if (resource == null || !read) {
            chain.doFilter(req, resp);
            return;
        }
        InputStream in = WebAssets.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "missing from the jar: " + resource);
            return;
        }
        try (in) {
            resp.setContentType(contentType(resource));
            resp.setHeader("Cache-Control", "no-cache");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(resp.getOutputStream());
        }
    }

    private static String contentType(String resource) {
        if (resource.endsWith(".html"))
            return "text/html; charset=utf-8";
        if (resource.endsWith(".js"))
            return "text/javascript; charset=utf-8";
        if (resource.endsWith(".css"))
            return "text/css; charset=utf-8";
        return "application/octet-stream";
    }

    /** The Cytoscape.js version the WebJar on the class path carries, read from its Maven metadata. */
    static String cytoscapeVersion() {
        try (InputStream in = WebAssets.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/cytoscape/pom.properties")) {
            if (in != null) {
                var p = new java.util.Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null)
                    return v;
            }
        } catch (IOException e) {
            // fall through
        }
        return "unknown";
    }
}
