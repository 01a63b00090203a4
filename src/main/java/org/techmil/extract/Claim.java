package org.techmil.extract;

import java.util.List;
import java.util.Objects;

import org.techmil.annotate.Span;

/**
 * A claim an article reports, with every passage that states it.
 *
 * @param key       "type subject object", unique within one article
 * @param claimant  who makes the claim, or null when the article does not say
 * @param detail    a short phrase of what is claimed, or null
 * @param evidence  the passages, in text order, at least one
 * @param denies    keys of the claims in the same article that this denial rejects (empty for other types)
 */
public record Claim(String key, ClaimType type, Entity subject, Entity object, Entity claimant, String detail,
                    double confidence, String rule, List<Span> evidence, boolean hedged, List<String> denies) {
    public Claim {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        evidence = List.copyOf(evidence);
        denies = List.copyOf(denies);
        if (evidence.isEmpty())
            throw new IllegalArgumentException("a claim needs at least one evidence passage: " + key);
    }

    public static String keyOf(ClaimType type, Entity subject, Entity object) {
        return type.localName() + " " + subject.id() + " " + object.id();
    }
}
