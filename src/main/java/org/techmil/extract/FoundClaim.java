package org.techmil.extract;

import java.util.Objects;

import org.techmil.annotate.Span;

/**
 * One claim as one sentence states it, before claims with the same parties are merged.
 *
 * @param evidence the sentence (or quotation) that states it
 * @param hedged   whether the text hedges it ("allegedly", "reportedly")
 */
public record FoundClaim(ClaimType type, Entity subject, Entity object, Entity claimant, String detail,
                         double confidence, String rule, Span evidence, boolean hedged) {
    public FoundClaim {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(evidence, "evidence");
        if (confidence < 0 || confidence > 1)
            throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
    }
}
