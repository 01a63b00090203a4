package org.techmil.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.techmil.annotate.Span;
import org.techmil.extract.Claim;
import org.techmil.extract.Mention;
import org.techmil.pipeline.Pipeline;

/** Why the graph says what it says: each claim with its rule, confidence, claimant, detail and quotes. */
final class Explanation {
    private Explanation() {
    }

    static void print(Pipeline.Result r, PrintWriter out) {
        String body = r.article().body();
        for (Claim c : r.extraction().claims()) {
            out.printf(Locale.ROOT, "%s: %s -> %s%n", c.type().localName(), c.subject().label(), c.object().label());
            out.printf(Locale.ROOT, "    rule %s, confidence %.2f%s%n", c.rule(), c.confidence(), c.hedged() ? ", hedged" : "");
            out.printf("    claimant: %s%n", c.claimant() == null ? "(not named)" : c.claimant().label());
            if (c.detail() != null)
                out.printf("    detail: %s%n", c.detail());
            for (String denied : c.denies())
                out.printf("    denies: %s%n", denied);
            for (Span e : c.evidence())
                out.printf("    [%d..%d] \"%s\"%n", body.codePointCount(0, e.start()),
                        body.codePointCount(0, e.end()), e.coveredText(body).replaceAll("\\s+", " "));
        }
    }

    static void printMentions(Pipeline.Result r, PrintWriter out) {
        String body = r.article().body();
        for (Mention m : r.extraction().mentions())
            out.printf("  mention %-40s %-36s %-20s %s%s%n", "\"" + m.span().coveredText(body).replaceAll("\\s+", " ") + "\"",
                    m.entity().id(), m.type().localName(), m.kind().name().toLowerCase(Locale.ROOT),
                    m.roleOf() == null ? "" : " (" + m.role() + " for " + m.roleOf().id() + ")");
    }
}
