package org.techmil.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;

/**
 * The parameters a query declares in its comment header ({@link QueryParameter}), and the values given for them,
 * checked and turned into the {@link Binding} that Jena substitutes for the query's variables.
 */
public final class QueryParameters {
    private static final Pattern DECLARATION = Pattern.compile("^#+\\s*param\\s+(\\S+)\\s+\\((\\w+)\\)\\s*(.*)$");
    private static final Pattern BENCH = Pattern.compile("^#+\\s*bench-params:\\s*(.*)$");

    private final String source;
    private final Map<String, QueryParameter> declared;

    private QueryParameters(String source, Map<String, QueryParameter> declared) {
        this.source = source;
        this.declared = declared;
    }

    /** The parameters declared in the comment lines of {@code queryText}; {@code source} names it in errors. */
    public static QueryParameters declaredIn(String queryText, String source) {
        Map<String, QueryParameter> out = new LinkedHashMap<>();
        for (String line : queryText.split("\\R")) {
            Matcher m = DECLARATION.matcher(line.strip());
            if (!m.matches())
                continue;
            QueryParameter p;
            try {
                p = new QueryParameter(m.group(1), QueryParameter.Type.of(m.group(2)), m.group(3));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": bad parameter declaration '" + line.strip() + "': " + e.getMessage());
            }
            if (out.put(p.name(), p) != null)
                throw new IllegalArgumentException(source + ": parameter " + p.name() + " is declared twice");
        }
        return new QueryParameters(source, out);
    }

    public List<QueryParameter> list() {
        return List.copyOf(declared.values());
    }

    /**
     * The values {@code given} (name to text) as a binding of the declared variables; a name the query does not
     * declare, or a value its type refuses, is an error in one line that names it.
     */
    public Binding bind(Map<String, String> given) {
        BindingBuilder b = BindingBuilder.create();
        for (var e : given.entrySet()) {
            QueryParameter p = declared.get(e.getKey());
            if (p == null)
                throw new IllegalArgumentException(source + " has no parameter '" + e.getKey() + "'"
                        + (declared.isEmpty() ? "; it takes none" : "; it takes: " + String.join(", ", declared.keySet())));
            Node value = p.value(e.getValue());
            b.add(Var.alloc(p.name()), value);
        }
        return b.build();
    }

    /** Splits {@code NAME=VALUE} (the form --param takes) into its two parts; the value may be empty. */
    public static Map.Entry<String, String> split(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0)
            throw new IllegalArgumentException("--param needs NAME=VALUE: " + assignment);
        return Map.entry(assignment.substring(0, eq).strip(), assignment.substring(eq + 1));
    }

    /**
     * The values a query's {@code # bench-params: NAME=VALUE ...} header lines give (space-separated; a value with
     * spaces is written with '+' for each space), for the latency benchmark. Each line is one run; none: one run
     * without parameters.
     */
    public static List<Map<String, String>> benchRuns(String queryText) {
        List<Map<String, String>> runs = new ArrayList<>();
        for (String line : queryText.split("\\R")) {
            Matcher m = BENCH.matcher(line.strip());
            if (!m.matches())
                continue;
            Map<String, String> run = new LinkedHashMap<>();
            for (String word : m.group(1).strip().split("\\s+"))
                if (!word.isEmpty()) {
                    var kv = split(word);
                    run.put(kv.getKey(), kv.getValue().replace('+', ' '));
                }
            runs.add(run);
        }
        if (runs.isEmpty())
            runs.add(Map.of());
        return runs;
    }
}
