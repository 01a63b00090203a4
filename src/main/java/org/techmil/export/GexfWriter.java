package org.techmil.export;

import java.io.OutputStream;
import java.time.LocalDate;

/**
 * GEXF 1.2 for Gephi: typed node and edge attributes, edge weight = number of claims, and viz:color, viz:shape and
 * viz:size from {@link Styles}.
 */
final class GexfWriter implements ViewWriter {
    static final String NS = "http://www.gexf.net/1.2draft";
    static final String VIZ = "http://www.gexf.net/1.2draft/viz";

    @Override
    public void write(GraphView view, OutputStream out) {
        try (Xml x = new Xml(out)) {
            x.open("gexf", "version", "1.2").namespace("", NS).namespace("viz", VIZ);
            x.open("meta", "lastmodifieddate", LocalDate.now().toString())
                    .text("creator", "techmil")
                    .text("description", view.claimsAsNodes()
                            ? "entities and the claims news articles report about them, one node per claim"
                            : "entities linked by the claims news articles report, aggregated per claim type, subject and object")
                    .close("meta");
            x.open("graph", "mode", "static", "defaultedgetype", "directed");
            x.open("attributes", "class", "node", "mode", "static");
            attribute(x, "kind", "string");
            attribute(x, "type", "string");
            attribute(x, "country", "string");
            attribute(x, "wikidata", "string");
            attribute(x, "claims", "integer");
            attribute(x, "iri", "string");
            if (view.claimsAsNodes()) {
                attribute(x, "date", "string");
                attribute(x, "source", "string");
                attribute(x, "confidence", "double");
                attribute(x, "quote", "string");
                attribute(x, "detail", "string");
            }
            x.close("attributes");
            x.open("attributes", "class", "edge", "mode", "static");
            attribute(x, "claimType", "string");
            attribute(x, "relation", "string");
            attribute(x, "count", "integer");
            attribute(x, "firstDate", "string");
            attribute(x, "lastDate", "string");
            attribute(x, "claimants", "string");
            attribute(x, "sources", "string");
            attribute(x, "confidence", "double");
            x.close("attributes");

            x.open("nodes");
            for (EntityNode e : view.entities()) {
                x.open("node", "id", e.iri(), "label", e.label());
                x.open("attvalues");
                value(x, "kind", "entity");
                value(x, "type", e.typeName());
                value(x, "country", e.country());
                value(x, "wikidata", e.wikidata());
                value(x, "claims", Integer.toString(e.claims()));
                value(x, "iri", e.iri());
                x.close("attvalues");
                Styles.NodeStyle st = Styles.of(e.type());
                viz(x, st.colour(), 10 + 4 * Math.min(e.claims(), 10), st.gexf());
                x.close("node");
            }
            for (ClaimNode c : view.claims()) {
                x.open("node", "id", c.iri(), "label", view.label(c));
                x.open("attvalues");
                value(x, "kind", "claim");
                value(x, "type", c.type().localName());
                value(x, "claims", "1");
                value(x, "iri", c.iri());
                value(x, "date", c.date());
                value(x, "source", c.source());
                value(x, "confidence", c.confidence() == null ? null : c.confidence().toPlainString());
                value(x, "quote", c.quote());
                value(x, "detail", c.detail());
                x.close("attvalues");
                viz(x, Styles.colour(c.type()), 6, Styles.CLAIM.gexf());
                x.close("node");
            }
            x.close("nodes");

            x.open("edges");
            for (Edge e : view.edges()) {
                x.open("edge", "id", e.id(), "source", e.source(), "target", e.target(), "label", e.label(),
                        "weight", Integer.toString(e.count()));
                x.open("attvalues");
                value(x, "claimType", e.claimType().localName());
                value(x, "relation", e.relation());
                value(x, "count", Integer.toString(e.count()));
                value(x, "firstDate", e.firstDate());
                value(x, "lastDate", e.lastDate());
                value(x, "claimants", String.join("; ", e.claimants()));
                value(x, "sources", String.join("; ", e.sources()));
                value(x, "confidence", e.confidence() == null ? null : e.confidence().toPlainString());
                x.close("attvalues");
                int[] rgb = Styles.rgb(Styles.colour(e.claimType()));
                x.empty("viz:color", "r", Integer.toString(rgb[0]), "g", Integer.toString(rgb[1]), "b", Integer.toString(rgb[2]));
                x.empty("viz:thickness", "value", Integer.toString(Math.min(e.count(), 8)));
                x.close("edge");
            }
            x.close("edges");
            x.close("graph");
            x.close("gexf");
        }
    }

    private static void attribute(Xml x, String name, String type) {
        x.empty("attribute", "id", name, "title", name, "type", type);
    }

    private static void value(Xml x, String name, String v) {
        if (v != null && !v.isEmpty())
            x.empty("attvalue", "for", name, "value", v);
    }

    private static void viz(Xml x, String colour, int size, String shape) {
        int[] rgb = Styles.rgb(colour);
        x.empty("viz:color", "r", Integer.toString(rgb[0]), "g", Integer.toString(rgb[1]), "b", Integer.toString(rgb[2]));
        x.empty("viz:size", "value", Integer.toString(size));
        x.empty("viz:shape", "value", shape);
    }
}
