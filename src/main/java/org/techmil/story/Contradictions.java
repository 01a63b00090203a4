package org.techmil.story;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.tdb2.TDB2;
import org.techmil.store.Bundled;
import org.techmil.store.Store;

/**
 * The contradictions report: the curated query {@code contradictions.rq} grouped by assertion, one heading line per
 * contested assertion and one indented line per denial or conflicting report.
 */
public final class Contradictions {
    static final String QUERY = "techmil/queries/contradictions.rq";

    private Contradictions() {
    }

    /** One contested assertion and what contests it. */
    public record Row(String kind, String type, String subject, String object, int articles, int outlets, int sources,
                      String by, String date, String ended, String outlet, String quote, String source) {
        String heading() {
            return type + ": " + subject + " -> " + object + " (" + articles + " article" + (articles == 1 ? "" : "s")
                    + ", " + outlets + " outlet" + (outlets == 1 ? "" : "s") + ", " + sources
                    + " independent source" + (sources == 1 ? "" : "s") + ")";
        }

        String detail() {
            String what = kind.equals("denied") ? "denied by " + by : "ended " + ended + " per " + by;
            return "  " + what + ", " + (date.isEmpty() ? "undated" : date) + (outlet.isEmpty() ? "" : ", " + outlet)
                    + ", " + source + ": \"" + quote.replaceAll("\\s+", " ").strip() + "\"";
        }
    }

    public static List<Row> rows(Store store) {
        String text = Bundled.text(QUERY);
        if (text == null)
            throw new IllegalStateException("bundled query " + QUERY + " is missing from the jar");
        return store.read(ds -> {
            List<Row> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(text).set(TDB2.symUnionDefaultGraph, true).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution r = rs.next();
                    out.add(new Row(s(r, "kind"), s(r, "type"), s(r, "subject"), s(r, "object"), i(r, "articles"),
                            i(r, "outlets"), i(r, "sources"), s(r, "by"), s(r, "date"), s(r, "ended"), s(r, "outlet"), s(r, "quote"),
                            s(r, "source")));
                }
            }
            return out;
        });
    }

    /** The report as lines: a heading per kind and assertion, then its counter-reports. */
    public static List<String> report(Store store) {
        List<String> lines = new ArrayList<>();
        String lastHeading = null;
        for (Row r : rows(store)) {
            String heading = (r.kind().equals("denied") ? "DENIED " : "CONFLICT ") + r.heading();
            if (!heading.equals(lastHeading)) {
                lines.add(heading);
                lastHeading = heading;
            }
            lines.add(r.detail());
        }
        return lines;
    }

    private static String s(QuerySolution r, String v) {
        return r.contains(v) ? (r.get(v).isLiteral() ? r.getLiteral(v).getLexicalForm() : r.get(v).toString()) : "";
    }

    private static int i(QuerySolution r, String v) {
        return r.contains(v) ? r.getLiteral(v).getInt() : 0;
    }
}
