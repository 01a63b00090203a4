package org.techmil.story;

import java.util.Objects;

import org.apache.jena.graph.Node;

/**
 * A news outlet: a gazetteer MediaOrganisation, a web host that matches none, or a publisher the article graph names.
 *
 * @param iri   the outlet's node
 * @param label its name, or null when only the node is known (a publisher stated by the article graph)
 */
public record Outlet(Node iri, String label) {
    public Outlet {
        Objects.requireNonNull(iri, "iri");
    }
}
