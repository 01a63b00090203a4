package org.techmil.extract;

import java.util.List;

import org.techmil.clean.CleanedArticle;

/** What one article yields: the entities it names and the claims it reports. */
public record Extraction(CleanedArticle article, List<Mention> mentions, List<Claim> claims) {
    public Extraction {
        mentions = List.copyOf(mentions);
        claims = List.copyOf(claims);
    }

    /** Distinct entities mentioned, in order of first mention. */
    public List<Entity> entities() {
        java.util.LinkedHashMap<String, Entity> seen = new java.util.LinkedHashMap<>();
        for (Mention m : mentions)
            seen.putIfAbsent(m.entity().id(), m.entity());
        for (Claim c : claims) {
            seen.putIfAbsent(c.subject().id(), c.subject());
            seen.putIfAbsent(c.object().id(), c.object());
            if (c.claimant() != null)
                seen.putIfAbsent(c.claimant().id(), c.claimant());
        }
        return List.copyOf(seen.values());
    }
}
