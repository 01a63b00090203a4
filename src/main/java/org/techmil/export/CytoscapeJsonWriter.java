package org.techmil.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.techmil.extract.ClaimType;
import org.techmil.extract.EntityType;

/**
 * Cytoscape.js JSON ({@code .cyjs}, also read by Cytoscape desktop): {@code elements.nodes} and
 * {@code elements.edges}, each {@code {"data": {...}}} with {@code id} (and {@code source}, {@code target} on
 * edges), plus a {@code style} array in the Cytoscape.js stylesheet format.
 */
final class CytoscapeJsonWriter implements ViewWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(GraphView view, OutputStream out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", "1.0");
        root.put("generated_by", "techmil");
        root.put("target_cytoscapejs_version", "~3");
        root.putObject("data").put("name", "techmil").put("claimsAsNodes", view.claimsAsNodes());
        ObjectNode elements = root.putObject("elements");
        ArrayNode nodes = elements.putArray("nodes");
        for (EntityNode e : view.entities()) {
            ObjectNode d = nodes.addObject().putObject("data");
            d.put("id", e.iri());
            d.put("label", e.label());
            d.put("kind", "entity");
            d.put("type", e.typeName());
            putIf(d, "country", e.country());
            putIf(d, "wikidata", e.wikidata());
            d.put("claims", e.claims());
        }
        for (ClaimNode c : view.claims()) {
            ObjectNode d = nodes.addObject().putObject("data");
            d.put("id", c.iri());
            d.put("label", view.label(c));
            d.put("kind", "claim");
            d.put("type", c.type().localName());
            putIf(d, "date", c.date());
            putIf(d, "source", c.source());
            if (c.confidence() != null)
                d.put("confidence", c.confidence());
            putIf(d, "quote", c.quote());
            putIf(d, "detail", c.detail());
        }
        ArrayNode edges = elements.putArray("edges");
        for (Edge e : view.edges()) {
            ObjectNode d = edges.addObject().putObject("data");
            d.put("id", e.id());
            d.put("source", e.source());
            d.put("target", e.target());
            d.put("label", e.label());
            d.put("claimType", e.claimType().localName());
            d.put("relation", e.relation());
            d.put("count", e.count());
            putIf(d, "firstDate", e.firstDate());
            putIf(d, "lastDate", e.lastDate());
            strings(d.putArray("claimants"), e.claimants());
            strings(d.putArray("sources"), e.sources());
            if (e.confidence() != null)
                d.put("confidence", e.confidence());
        }
        style(root.putArray("style"));
        JSON.writeValue(new NonClosing(out), root);
    }

    /** The stylesheet: shape and colour per entity type, colour per claim type. */
    private static void style(ArrayNode style) {
        ObjectNode all = style.addObject();
        all.put("selector", "node");
        all.putObject("style").put("label", "data(label)").put("font-size", 10).put("color", "#222");
        for (EntityType t : EntityType.graphClasses()) {
            Styles.NodeStyle st = Styles.of(t);
            ObjectNode s = style.addObject();
            s.put("selector", "node[kind = 'entity'][type = '" + t.localName() + "']");
            s.putObject("style").put("background-color", st.colour()).put("shape", st.cytoscape());
        }
        ObjectNode edge = style.addObject();
        edge.put("selector", "edge");
        edge.putObject("style").put("label", "data(label)").put("curve-style", "bezier")
                .put("target-arrow-shape", "triangle").put("font-size", 8).put("width", "mapData(count, 1, 10, 2, 8)");
        for (ClaimType t : ClaimType.values()) {
            ObjectNode s = style.addObject();
            s.put("selector", "edge[claimType = '" + t.localName() + "']");
            s.putObject("style").put("line-color", Styles.colour(t)).put("target-arrow-color", Styles.colour(t));
            ObjectNode n = style.addObject();
            n.put("selector", "node[kind = 'claim'][type = '" + t.localName() + "']");
            n.putObject("style").put("background-color", Styles.colour(t)).put("shape", Styles.CLAIM.cytoscape());
        }
    }

    private static void putIf(ObjectNode d, String key, String value) {
        if (value != null)
            d.put(key, value);
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    /** Keeps Jackson from closing the caller's stream (stdout). */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
