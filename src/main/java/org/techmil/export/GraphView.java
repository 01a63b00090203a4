package org.techmil.export;

import java.util.List;

/**
 * What the graph formats write: entity nodes, claim nodes (only with claims as nodes) and edges, each list sorted so
 * that the same store gives the same file.
 */
public record GraphView(List<EntityNode> entities, List<ClaimNode> claims, List<Edge> edges) {
    public GraphView {
        entities = List.copyOf(entities);
        claims = List.copyOf(claims);
        edges = List.copyOf(edges);
    }

    public int nodeCount() {
        return entities.size() + claims.size();
    }

    /** The label of the entity with this IRI, or the IRI's last part when the view does not hold it. */
    public String label(String iri) {
        for (EntityNode e : entities)
            if (e.iri().equals(iri))
                return e.label();
        return ViewQuery.localName(iri);
    }

    /** A claim node's caption: "Allegation: Microsoft → Unit 8200". */
    public String label(ClaimNode c) {
        return c.type().localName() + ": " + label(c.subject()) + " → " + label(c.object());
    }

    /** True when each claim is a node of its own rather than folded into an edge. */
    public boolean claimsAsNodes() {
        return !claims.isEmpty();
    }
}
