package org.techmil.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.path.Path;

/** Runs the SHACL shapes of {@code ontology/shapes.ttl} over the union of a store's graphs. */
public final class Validation {
    private final Shapes shapes;

    public Validation(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    /** One finding of the shapes. */
    public record Finding(String severity, String focus, String path, String message) {
        public String line() {
            return severity + " " + focus + (path == null ? "" : " " + path) + ": " + message;
        }
    }

    public List<Finding> validate(Store store) {
        return store.read(ds -> {
            Graph union = ds.asDatasetGraph().getUnionGraph();
            ValidationReport report = ShaclValidator.get().validate(shapes, union);
            List<Finding> findings = new ArrayList<>();
            for (ReportEntry e : report.getEntries())
                findings.add(new Finding(severity(e.severity()), show(e.focusNode()), show(e.resultPath()),
                        e.message() == null ? "(no message)" : e.message().replaceAll("\\s*\\R\\s*", " ")));
            findings.sort((a, b) -> a.line().compareTo(b.line()));
            return findings;
        });
    }

    private static String severity(Severity s) {
        return s == null ? "Violation" : s.level().getLocalName();
    }

    private static String show(Node n) {
        return n == null ? null : n.isURI() ? "<" + n.getURI() + ">" : n.toString();
    }

    private static String show(Path p) {
        return p == null ? null : p.toString();
    }
}
