package org.techmil.extract;

import java.util.Arrays;

/** The six claim classes of the contract, with the predicate of the statement each claim is about. */
public enum ClaimType {
    ALLEGATION("Allegation", "aids"),
    DENIAL("Denial", null),
    DESIGNATION("Designation", "designates"),
    CONTRACT("Contract", "contractsWith"),
    PARTNERSHIP("Partnership", "partnersWith"),
    INVESTIGATION("Investigation", "investigates");

    private final String localName;
    private final String statementPredicate;

    ClaimType(String localName, String statementPredicate) {
        this.localName = localName;
        this.statementPredicate = statementPredicate;
    }

    public String localName() {
        return localName;
    }

    /** Local name of the tm: predicate of the reified statement, or null for denials. */
    public String statementPredicate() {
        return statementPredicate;
    }

    public static ClaimType fromLocalName(String name) {
        return Arrays.stream(values()).filter(t -> t.localName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown claim type '" + name + "'"));
    }
}
