package org.techmil.export;

import java.util.Objects;

import org.techmil.extract.EntityType;

/**
 * An entity in the graph view.
 *
 * @param iri      the entity's IRI in the store, also its id in every export
 * @param label    its canonical name (rdfs:label)
 * @param type     its entity class, or null when the store gives none
 * @param country  label of its tm:country, or null
 * @param wikidata its Wikidata id (Q…), or null
 * @param claims   how many claims in the view have it as subject or object
 */
public record EntityNode(String iri, String label, EntityType type, String country, String wikidata, int claims) {
    public EntityNode {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(label, "label");
        if (claims < 0)
            throw new IllegalArgumentException("claims must be >= 0: " + claims);
    }

    /** The type's local name, or "Entity" when the store gives none. */
    public String typeName() {
        return type == null ? "Entity" : type.localName();
    }

    EntityNode withClaims(int n) {
        return new EntityNode(iri, label, type, country, wikidata, n);
    }
}
