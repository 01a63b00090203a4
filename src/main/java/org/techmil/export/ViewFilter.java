package org.techmil.export;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.techmil.extract.ClaimType;

/**
 * Which part of the store the graph view shows.
 *
 * @param types         claim types to keep; empty keeps all
 * @param since         keep claims from articles published on or after this day, or null
 * @param until         keep claims from articles published on or before this day, or null
 * @param entity        name (label or other name, any case), Wikidata id or IRI of the entity to centre on, or null
 * @param hops          with {@code entity}: keep entities at most this many claims away from it
 * @param claimsAsNodes keep each claim as a node instead of aggregating claims into edges
 */
public record ViewFilter(Set<ClaimType> types, LocalDate since, LocalDate until, String entity, int hops,
        boolean claimsAsNodes) {
    public ViewFilter {
        types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        if (hops < 0)
            throw new IllegalArgumentException("--hops must be 0 or more: " + hops);
        if (since != null && until != null && since.isAfter(until))
            throw new IllegalArgumentException("--since " + since + " is after --until " + until);
    }

    /** The whole store, claims aggregated. */
    public static ViewFilter all() {
        return new ViewFilter(Set.of(), null, null, null, 1, false);
    }

    public boolean isEmpty() {
        return types.isEmpty() && since == null && until == null && entity == null && !claimsAsNodes;
    }
}
