package org.techmil.export;

import java.math.BigDecimal;
import java.util.Objects;

import org.techmil.extract.ClaimType;

/**
 * A single claim, kept as a node of its own with {@code --claims-as-nodes}.
 *
 * @param iri        the claim node's IRI
 * @param type       its claim class
 * @param subject    IRI of its tm:subject
 * @param object     IRI of its tm:object
 * @param claimant   IRI of its tm:claimant, or null
 * @param date       schema:datePublished of its article (YYYY-MM-DD), or null
 * @param source     tm:sourceName of its article, or null
 * @param confidence tm:confidence, or null
 * @param quote      its evidence quotes, joined by a newline when there are several, or null
 * @param detail     tm:detail, or null
 */
public record ClaimNode(String iri, ClaimType type, String subject, String object, String claimant, String date,
        String source, BigDecimal confidence, String quote, String detail) {
    public ClaimNode {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(object, "object");
    }
}
