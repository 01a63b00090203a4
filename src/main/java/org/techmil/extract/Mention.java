package org.techmil.extract;

import org.techmil.annotate.Span;

/**
 * A stretch of body text that names an entity.
 *
 * @param span   where, in the body
 * @param entity which entity
 * @param kind   how it was recognised
 * @param role   a role the text gives a person here ("spokesperson"), or null
 * @param roleOf for a role, the entity the person acts for when the text says so, or null
 */
public record Mention(Span span, Entity entity, Kind kind, String role, Entity roleOf) {
    /**
     * How a mention was found. NESTED marks a name inside a longer one ("China" in "China's embassy"): it counts as
     * a mention of the article but takes no part in claims.
     */
    public enum Kind { NAME, PERSON_CUE, COREFERENCE, NESTED }

    public Mention(Span span, Entity entity, Kind kind) {
        this(span, entity, kind, null, null);
    }

    public EntityType type() {
        return entity.type();
    }

    public Mention withRole(String newRole, Entity newRoleOf) {
        return new Mention(span, entity, kind, newRole, newRoleOf);
    }
}
