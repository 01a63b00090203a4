package org.techmil.extract;

import java.util.Arrays;

/**
 * The contract's entity classes. {@link #localName()} is the class name in the tm: namespace; {@link #dataName()} the
 * name the gazetteer and the frames use, which differs only for intergovernmental organisations: in the graph they
 * are organisations (the European Union is no organ of a state), but like a government body they keep sanctions
 * lists, open probes and make statements.
 */
public enum EntityType {
    TECH_FIRM("TechFirm"),
    MILITARY("MilitaryOrganisation"),
    GOVERNMENT("GovernmentBody"),
    COUNTRY("Country"),
    PERSON("Person"),
    MEDIA("MediaOrganisation"),
    ORGANISATION("Organisation"),
    INTERGOVERNMENTAL("Organisation", "IntergovernmentalOrganisation");

    private final String localName;
    private final String dataName;

    EntityType(String localName) {
        this(localName, localName);
    }

    EntityType(String localName, String dataName) {
        this.localName = localName;
        this.dataName = dataName;
    }

    public String localName() {
        return localName;
    }

    public String dataName() {
        return dataName;
    }

    /** Whether the entity acts with public authority: a government body or an intergovernmental organisation. */
    public boolean isAuthority() {
        return this == GOVERNMENT || this == INTERGOVERNMENTAL;
    }

    /** The types that are classes of the graph, each once. */
    public static java.util.List<EntityType> graphClasses() {
        return Arrays.stream(values()).filter(t -> t.dataName.equals(t.localName)).toList();
    }

    /** The type of a gazetteer or frame name, or of a tm: class name (an organisation, for "Organisation"). */
    public static EntityType fromLocalName(String name) {
        return Arrays.stream(values()).filter(t -> t.dataName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown entity type '" + name + "'"));
    }
}
