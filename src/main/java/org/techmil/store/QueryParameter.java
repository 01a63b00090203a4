package org.techmil.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * A parameter that a saved query declares in its comment header, one line each:
 * <pre># param firm (text)  the firm's name, ignoring case; unset: every firm</pre>
 * The query uses {@code ?firm} without ever binding it, and says what an unset parameter means in SPARQL itself
 * ({@code COALESCE(?firm, "Alibaba")}, or {@code !BOUND(?firm) || ...}), so the file runs unchanged anywhere;
 * {@code techmil query --param firm=Huawei} binds the variable through Jena's query substitution.
 *
 * @param name        the variable's name, without '?'
 * @param type        how a value given on the command line is read
 * @param description the rest of the header line
 */
public record QueryParameter(String name, Type type, String description) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** How a parameter's value is written on the command line and what RDF term it becomes. */
    public enum Type {
        /** any text, as a plain string literal */
        TEXT,
        /** YYYY-MM-DD, as an xsd:date literal */
        DATE,
        /** a whole number, as an xsd:integer literal */
        INTEGER;

        static Type of(String word) {
            for (Type t : values())
                if (t.name().equalsIgnoreCase(word))
                    return t;
            throw new IllegalArgumentException("unknown parameter type '" + word + "' (text, date or integer)");
        }
    }

    public QueryParameter {
        if (name == null || !NAME.matcher(name).matches())
            throw new IllegalArgumentException("a parameter name is a SPARQL variable name without '?': " + name);
        if (type == null)
            throw new IllegalArgumentException("parameter " + name + " needs a type");
        description = description == null ? "" : description.strip();
    }

    /** The RDF term {@code text} stands for; a value this parameter cannot take is an error naming both. */
    public Node value(String text) {
        return switch (type) {
            case TEXT -> NodeFactory.createLiteralString(text);
            case DATE -> {
                try {
                    yield NodeFactory.createLiteralDT(LocalDate.parse(text).toString(), XSDDatatype.XSDdate);
                } catch (DateTimeParseException e) {
                    throw bad(text, "not a date (YYYY-MM-DD)");
                }
            }
            case INTEGER -> {
                try {
                    yield NodeFactory.createLiteralDT(Long.toString(Long.parseLong(text.strip())), XSDDatatype.XSDinteger);
                } catch (NumberFormatException e) {
                    throw bad(text, "not a whole number");
                }
            }
        };
    }

    private IllegalArgumentException bad(String text, String why) {
        return new IllegalArgumentException("--param " + name + "=" + text + ": " + why);
    }

    /** {@code name (type)}, as the header writes it. */
    public String signature() {
        return name + " (" + type.name().toLowerCase(Locale.ROOT) + ")";
    }
}
