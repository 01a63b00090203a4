package org.techmil.extract;

import java.util.Arrays;

/** The contract's entity classes; {@link #localName()} is the class name in the tm: namespace. */
public enum EntityType {
    TECH_FIRM("TechFirm"),
    MILITARY("MilitaryOrganisation"),
    GOVERNMENT("GovernmentBody"),
    COUNTRY("Country"),
    PERSON("Person"),
    MEDIA("MediaOrganisation"),
    ORGANISATION("Organisation");

    private final String localName;

    EntityType(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }

    public static EntityType fromLocalName(String name) {
        return Arrays.stream(values()).filter(t -> t.localName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown entity type '" + name + "'"));
    }
}
