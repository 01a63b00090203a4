package org.techmil.story;

import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Node;

/**
 * One claim as the story analysis sees it.
 *
 * @param iri            the claim node
 * @param article        the article it was derived from
 * @param type           the claim class's local name ("Allegation", "Denial" ...)
 * @param subject        tm:subject
 * @param object         tm:object
 * @param claimants      tm:claimant values, sorted
 * @param mediaClaimants the claimants that are news outlets (their reporting is the claim's source), sorted
 * @param denies         the claims this denial rejects (tm:denies), sorted
 */
public record StoryClaim(Node iri, Node article, String type, Node subject, Node object, List<Node> claimants,
                         List<Node> mediaClaimants, List<Node> denies) {
    public StoryClaim {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(object, "object");
        claimants = List.copyOf(claimants);
        mediaClaimants = List.copyOf(mediaClaimants);
        denies = List.copyOf(denies);
    }

    /** "Allegation subject-iri object-iri": claims with the same key are about the same statement. */
    public String key() {
        return type + " " + subject.getURI() + " " + object.getURI();
    }

    public boolean isDenial() {
        return type.equals("Denial");
    }
}
