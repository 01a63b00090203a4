package org.techmil.index;

import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Node;

/**
 * What the index graph says about one entity.
 *
 * @param entity      the entity's IRI
 * @param types       its entity classes, as the other graphs type it
 * @param label       its one rdfs:label (the one most graphs give it), or null when no graph labels it
 * @param altLabels   every skos:altLabel any graph gives it
 * @param sameAs      every owl:sameAs any graph gives it
 * @param mentions    distinct articles that mention it
 * @param accused     counts over the allegations against it, or null when there are none
 */
public record EntityEntry(Node entity, List<Node> types, Node label, List<Node> altLabels, List<Node> sameAs,
                          int mentions, Accused accused) {
    public EntityEntry {
        Objects.requireNonNull(entity, "entity");
        if (!entity.isURI())
            throw new IllegalArgumentException("an indexed entity must be an IRI: " + entity);
        if (types.isEmpty())
            throw new IllegalArgumentException("an indexed entity needs an entity class: " + entity);
        if (mentions < 0)
            throw new IllegalArgumentException("mention count must be non-negative: " + mentions);
        types = List.copyOf(types);
        altLabels = List.copyOf(altLabels);
        sameAs = List.copyOf(sameAs);
    }

    /**
     * Counts over the allegations whose tm:subject is the entity, and whom they say it aids.
     *
     * @param allegations distinct allegations    articles  their distinct sources
     * @param claimants   their distinct claimants denied    how many a denial rejects
     * @param defences    denials whose tm:object is the entity
     * @param aids        the distinct tm:object of those allegations (the organs it allegedly aids)
     */
    public record Accused(int allegations, int articles, int claimants, int denied, int defences, List<Node> aids) {
        public Accused {
            if (allegations < 1 || articles < 0 || claimants < 0 || denied < 0 || defences < 0)
                throw new IllegalArgumentException("allegation counts must be non-negative, with at least one allegation: "
                        + allegations + ", " + articles + ", " + claimants + ", " + denied + ", " + defences);
            aids = List.copyOf(aids);
        }
    }
}
