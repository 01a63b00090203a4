package org.techmil.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.techmil.extract.ClaimType;

/**
 * An edge of the graph view. Between two entities it stands for all claims of one type with the same subject and
 * object ({@code role} is null). With claims as nodes it links a claim to its subject, object or claimant, and
 * {@code role} says which.
 *
 * @param id         unique within the view
 * @param source     id of the node it starts at
 * @param target     id of the node it ends at
 * @param claimType  the claim class it stands for (or of the claim it links)
 * @param role       null for an aggregated edge; "subject", "object" or "claimant" with claims as nodes
 * @param count      number of claims it stands for
 * @param firstDate  earliest article date (YYYY-MM-DD), or null
 * @param lastDate   latest article date, or null
 * @param claimants  labels of the claimants, sorted
 * @param sources    source names of the articles, sorted
 * @param confidence the highest tm:confidence among its claims, or null
 */
public record Edge(String id, String source, String target, ClaimType claimType, String role, int count,
        String firstDate, String lastDate, List<String> claimants, List<String> sources, BigDecimal confidence) {
    public Edge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(claimType, "claimType");
        if (count < 1)
            throw new IllegalArgumentException("an edge stands for at least one claim: " + count);
        claimants = List.copyOf(claimants);
        sources = List.copyOf(sources);
    }

    /** What a visualiser should write on the edge: the claim type (with the count above 1), or the role. */
    public String label() {
        if (role != null)
            return role;
        return count > 1 ? claimType.localName() + " ×" + count : claimType.localName();
    }

    /** The relation name: the claim type for an aggregated edge, else the role. */
    public String relation() {
        return role != null ? role : claimType.localName();
    }
}
