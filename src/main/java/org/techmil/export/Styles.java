package org.techmil.export;

import org.techmil.extract.ClaimType;
import org.techmil.extract.EntityType;

/**
 * One look for every format that carries styling: a colour and a shape per entity type, a colour per claim type.
 * Shapes are named per format, since each has its own list.
 */
public final class Styles {
    /**
     * How an entity type is drawn.
     *
     * @param colour    fill colour, #rrggbb
     * @param gexf      GEXF viz:shape (disc, square, triangle, diamond)
     * @param dot       Graphviz node shape
     * @param yed       yEd y:Shape type
     * @param cytoscape Cytoscape.js node shape
     */
    public record NodeStyle(String colour, String gexf, String dot, String yed, String cytoscape) {
    }

    private static final NodeStyle UNKNOWN = new NodeStyle("#bdbdbd", "disc", "ellipse", "ellipse", "ellipse");
    /** Claim nodes (with claims as nodes) take their claim type's colour and this shape. */
    public static final NodeStyle CLAIM = new NodeStyle("#ffffff", "square", "note", "roundrectangle", "round-rectangle");

    private Styles() {
    }

    public static NodeStyle of(EntityType type) {
        if (type == null)
            return UNKNOWN;
        return switch (type) {
            case TECH_FIRM -> new NodeStyle("#4e79a7", "disc", "ellipse", "ellipse", "ellipse");
            case MILITARY -> new NodeStyle("#b0413e", "triangle", "triangle", "triangle", "triangle");
            case GOVERNMENT -> new NodeStyle("#59a14f", "square", "box", "rectangle", "rectangle");
            case COUNTRY -> new NodeStyle("#b07aa1", "diamond", "diamond", "diamond", "diamond");
            case PERSON -> new NodeStyle("#f28e2b", "disc", "circle", "ellipse", "ellipse");
            case MEDIA -> new NodeStyle("#9c755f", "square", "hexagon", "hexagon", "hexagon");
            case ORGANISATION, INTERGOVERNMENTAL -> new NodeStyle("#76b7b2", "square", "octagon", "octagon", "octagon");
            default -> UNKNOWN;
        };
    }

    /** The colour of edges (and claim nodes) of a claim type, #rrggbb. */
    public static String colour(ClaimType type) {
        return switch (type) {
            case ALLEGATION -> "#e15759";
            case DENIAL -> "#7f7f7f";
            case DESIGNATION -> "#8e44ad";
            case CONTRACT -> "#1f77b4";
            case PARTNERSHIP -> "#2ca02c";
            case INVESTIGATION -> "#ff9f1c";
            default -> "#555555";
        };
    }

    /** The red, green and blue parts of a #rrggbb colour. */
    static int[] rgb(String colour) {
        int v = Integer.parseInt(colour.substring(1), 16);
        return new int[] {(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff};
    }
}
