package org.techmil.serve;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.http.auth.AuthHeader;

/**
 * Lets a request through only with {@code Authorization: Bearer <token>} naming the server's token; anything else
 * (no header, another scheme, a wrong token) is answered {@code 401} with a {@code WWW-Authenticate: Bearer}
 * challenge (RFC 6750), before Fuseki sees the request. The header is parsed by Jena's {@link AuthHeader}.
 * <p>
 * Not Fuseki's own {@code AuthBearerFilter}: that one answers a wrong token with 403 and lets a request with another
 * scheme ({@code Basic}, or an unknown one) pass on unchecked, leaving the refusal to an authorization policy
 * further in; here the filter alone is the lock.
 */
final class BearerTokenFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final String REALM = "techmil";

    private final transient BearerToken token;

    BearerTokenFilter(BearerToken token) {
        this.token = token;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String header = req.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            refuse(resp, "Bearer realm=\"" + REALM + "\"", "writes need Authorization: Bearer <token>");
            return;
        }
        String presented = null;
        try {
            AuthHeader auth = AuthHeader.parseAuth(header);
            if (auth != null && auth.isBearerAuth())
                presented = auth.getBearerToken();
        } catch (RuntimeException e) {
            presented = null;
        }
        if (!token.matches(presented)) {
            refuse(resp, "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"", "wrong or malformed bearer token");
            return;
        }
        chain.doFilter(req, resp);
    }

    private static void refuse(HttpServletResponse resp, String challenge, String message) throws IOException {
        resp.setHeader("WWW-Authenticate", challenge);
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentType("text/plain; charset=utf-8");
        resp.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        resp.getWriter().println("401 Unauthorized: " + message);
    }
}
