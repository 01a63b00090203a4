package org.techmil.export;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Graphviz DOT: a digraph with filled nodes shaped and coloured per entity type, edges coloured per claim type. */
final class DotWriter implements ViewWriter {
    @Override
    public void write(GraphView view, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println("// techmil: entities and the claims news articles report about them");
        w.println("digraph techmil {");
        w.println("  graph [rankdir=LR, overlap=false, splines=true, charset=\"UTF-8\"];");
        w.println("  node [style=filled, fontsize=10, fontcolor=\"#ffffff\"];");
        w.println("  edge [fontsize=8];");
        for (EntityNode e : view.entities()) {
            Styles.NodeStyle st = Styles.of(e.type());
            StringBuilder tip = new StringBuilder(e.typeName());
            if (e.country() != null)
                tip.append(", ").append(e.country());
            if (e.wikidata() != null)
                tip.append(", ").append(e.wikidata());
            tip.append(", ").append(e.claims()).append(e.claims() == 1 ? " claim" : " claims");
            w.printf("  %s [label=%s, shape=%s, fillcolor=%s, tooltip=%s];%n", id(e.iri()), quote(e.label()),
                    st.dot(), quote(st.colour()), quote(tip.toString()));
        }
        for (ClaimNode c : view.claims()) {
            StringBuilder tip = new StringBuilder();
            if (c.date() != null)
                tip.append(c.date()).append(' ');
            if (c.source() != null)
                tip.append(c.source());
            if (c.quote() != null)
                tip.append(": ").append(c.quote());
            w.printf("  %s [label=%s, shape=%s, fillcolor=%s, fontcolor=\"#000000\", tooltip=%s];%n", id(c.iri()),
                    quote(view.label(c)), Styles.CLAIM.dot(), quote(Styles.colour(c.type())), quote(tip.toString().strip()));
        }
        for (Edge e : view.edges()) {
            StringBuilder tip = new StringBuilder();
            if (e.firstDate() != null)
                tip.append(e.firstDate().equals(e.lastDate()) ? e.firstDate() : e.firstDate() + " to " + e.lastDate());
            if (!e.claimants().isEmpty())
                tip.append("; claimed by ").append(String.join(", ", e.claimants()));
            if (!e.sources().isEmpty())
                tip.append("; ").append(String.join(", ", e.sources()));
            w.printf("  %s -> %s [label=%s, color=%s, fontcolor=%s, penwidth=%s, tooltip=%s];%n", id(e.source()),
                    id(e.target()), quote(e.label()), quote(Styles.colour(e.claimType())),
                    quote(Styles.colour(e.claimType())), 1 + Math.min(e.count(), 5) * 0.5, quote(tip.toString()));
        }
        w.println("}");
        w.flush();
    }

    private static String id(String iri) {
        return quote(iri);
    }

    /** A DOT double-quoted string: quotes and backslashes escaped, line breaks as centred line breaks. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> { }
                default -> b.append(c < 0x20 ? ' ' : c);
            }
        }
        return b.append('"').toString();
    }
}
