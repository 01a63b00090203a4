package org.techmil.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.techmil.extract.Claim;
import org.techmil.extract.Extraction;

/**
 * One readable line per claim, stable enough for golden files:
 * {@code Allegation alibaba-group -> peoples-liberation-army claimant=white-house rule=allegation.aid evidence=2}.
 */
public final class ClaimLines {
    private ClaimLines() {
    }

    public static List<String> of(Extraction x) {
        List<String> lines = new ArrayList<>();
        for (Claim c : x.claims()) {
            StringBuilder b = new StringBuilder();
            b.append(c.type().localName()).append(' ').append(c.subject().id()).append(" -> ").append(c.object().id());
            b.append(" claimant=").append(c.claimant() == null ? "-" : c.claimant().id());
            b.append(" rule=").append(c.rule());
            b.append(" evidence=").append(c.evidence().size());
            if (!c.denies().isEmpty())
                b.append(" denies=").append(c.denies().size());
            lines.add(b.toString());
        }
        lines.sort(null);
        return lines;
    }
}
