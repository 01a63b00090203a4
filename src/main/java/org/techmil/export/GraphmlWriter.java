package org.techmil.export;

import java.io.OutputStream;

/**
 * GraphML for yEd and Cytoscape: plain typed data keys that any GraphML reader maps to attributes, plus yEd's
 * ShapeNode and PolyLineEdge graphics (fill colour, shape, line colour) that yEd draws and other readers skip.
 */
final class GraphmlWriter implements ViewWriter {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    static final String Y = "http://www.yworks.com/xml/graphml";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    @Override
    public void write(GraphView view, OutputStream out) {
        try (Xml x = new Xml(out)) {
            x.open("graphml").namespace("", NS).namespace("y", Y).namespace("xsi", XSI);
            x.empty("key", "id", "n_label", "for", "node", "attr.name", "label", "attr.type", "string");
            key(x, "n_kind", "node", "kind", "string");
            key(x, "n_type", "node", "type", "string");
            key(x, "n_country", "node", "country", "string");
            key(x, "n_wikidata", "node", "wikidata", "string");
            key(x, "n_claims", "node", "claims", "int");
            key(x, "n_iri", "node", "iri", "string");
            key(x, "n_colour", "node", "colour", "string");
            if (view.claimsAsNodes()) {
                key(x, "n_date", "node", "date", "string");
                key(x, "n_source", "node", "source", "string");
                key(x, "n_confidence", "node", "confidence", "double");
                key(x, "n_quote", "node", "quote", "string");
                key(x, "n_detail", "node", "detail", "string");
            }
            key(x, "e_label", "edge", "label", "string");
            key(x, "e_claimType", "edge", "claimType", "string");
            key(x, "e_relation", "edge", "relation", "string");
            key(x, "e_count", "edge", "count", "int");
            key(x, "e_firstDate", "edge", "firstDate", "string");
            key(x, "e_lastDate", "edge", "lastDate", "string");
            key(x, "e_claimants", "edge", "claimants", "string");
            key(x, "e_sources", "edge", "sources", "string");
            key(x, "e_confidence", "edge", "confidence", "double");
            key(x, "e_colour", "edge", "colour", "string");
            x.empty("key", "id", "n_graphics", "for", "node", "yfiles.type", "nodegraphics");
            x.empty("key", "id", "e_graphics", "for", "edge", "yfiles.type", "edgegraphics");

            x.open("graph", "id", "techmil", "edgedefault", "directed");
            for (EntityNode e : view.entities()) {
                Styles.NodeStyle st = Styles.of(e.type());
                x.open("node", "id", e.iri());
                data(x, "n_label", e.label());
                data(x, "n_kind", "entity");
                data(x, "n_type", e.typeName());
                data(x, "n_country", e.country());
                data(x, "n_wikidata", e.wikidata());
                data(x, "n_claims", Integer.toString(e.claims()));
                data(x, "n_iri", e.iri());
                data(x, "n_colour", st.colour());
                shapeNode(x, e.label(), st.colour(), st.yed());
                x.close("node");
            }
            for (ClaimNode c : view.claims()) {
                String colour = Styles.colour(c.type());
                x.open("node", "id", c.iri());
                data(x, "n_label", view.label(c));
                data(x, "n_kind", "claim");
                data(x, "n_type", c.type().localName());
                data(x, "n_claims", "1");
                data(x, "n_iri", c.iri());
                data(x, "n_colour", colour);
                data(x, "n_date", c.date());
                data(x, "n_source", c.source());
                data(x, "n_confidence", c.confidence() == null ? null : c.confidence().toPlainString());
                data(x, "n_quote", c.quote());
                data(x, "n_detail", c.detail());
                shapeNode(x, view.label(c), colour, Styles.CLAIM.yed());
                x.close("node");
            }
            for (Edge e : view.edges()) {
                String colour = Styles.colour(e.claimType());
                x.open("edge", "id", e.id(), "source", e.source(), "target", e.target());
                data(x, "e_label", e.label());
                data(x, "e_claimType", e.claimType().localName());
                data(x, "e_relation", e.relation());
                data(x, "e_count", Integer.toString(e.count()));
                data(x, "e_firstDate", e.firstDate());
                data(x, "e_lastDate", e.lastDate());
                data(x, "e_claimants", String.join("; ", e.claimants()));
                data(x, "e_sources", String.join("; ", e.sources()));
                data(x, "e_confidence", e.confidence() == null ? null : e.confidence().toPlainString());
                data(x, "e_colour", colour);
                x.open("data", "key", "e_graphics").open("y:PolyLineEdge")
                        .empty("y:LineStyle", "color", colour, "type", "line", "width", Double.toString(1.0 + Math.min(e.count(), 6) * 0.5))
                        .empty("y:Arrows", "source", "none", "target", "standard")
                        .text("y:EdgeLabel", e.label())
                        .close("y:PolyLineEdge").close("data");
                x.close("edge");
            }
            x.close("graph");
            x.close("graphml");
        }
    }

    private static void key(Xml x, String id, String forWhat, String name, String type) {
        x.empty("key", "id", id, "for", forWhat, "attr.name", name, "attr.type", type);
    }

    private static void data(Xml x, String key, String value) {
        if (value != null && !value.isEmpty())
            x.text("data", value, "key", key);
    }

    private static void shapeNode(Xml x, String label, String colour, String shape) {
        double width = Math.max(40, 7.0 * label.length() + 10);
        x.open("data", "key", "n_graphics").open("y:ShapeNode")
                .empty("y:Geometry", "width", Double.toString(width), "height", "30.0")
                .empty("y:Fill", "color", colour, "transparent", "false")
                .empty("y:BorderStyle", "color", "#333333", "type", "line", "width", "1.0")
                .text("y:NodeLabel", label)
                .empty("y:Shape", "type", shape)
                .close("y:ShapeNode").close("data");
    }
}
