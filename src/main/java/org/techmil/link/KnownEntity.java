package org.techmil.link;

import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Node;

/**
 * An entity the graph or the gazetteer already knows, as the linkers see it.
 *
 * @param iri      its IRI, {@code https://w3id.org/techmil/entity/<id>}
 * @param id       the slug at the end of the IRI
 * @param label    its one canonical name
 * @param type     local name of its tm: class (TechFirm, GovernmentBody ...)
 * @param names    label first, then other names
 * @param wikidata its Wikidata Q-id, or null
 * @param country  ISO 3166-1 alpha-2 code of its home state when the gazetteer says, or null
 * @param inStore  whether the store already describes it (type and label in some graph)
 */
public record KnownEntity(Node iri, String id, String label, String type, List<String> names, String wikidata,
                          String country, boolean inStore) {
    public KnownEntity {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        names = List.copyOf(names);
        if (names.isEmpty() || !names.get(0).equals(label))
            throw new IllegalArgumentException("names must start with the label: " + label);
    }

    public boolean isOrganisation() {
        return switch (type) {
            case "TechFirm", "Organisation", "GovernmentBody", "MilitaryOrganisation", "MediaOrganisation" -> true;
            default -> false;
        };
    }
}
