package org.techmil.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The header syntax of {@code neo4j-admin database import}: each field is {@code name}, {@code name:type},
 * {@code name:type[]} for arrays, or a special field {@code [name]:ID[(group)]}, {@code :LABEL}, {@code :START_ID},
 * {@code :END_ID}, {@code :TYPE}, {@code :IGNORE}; types as in the Neo4j operations manual.
 */
final class Neo4jHeaders {
    private static final Pattern FIELD = Pattern.compile(
            "(?:[A-Za-z_][A-Za-z0-9_]*)?:(?:ID|START_ID|END_ID)(?:\\([A-Za-z0-9_-]+\\))?"
                    + "|:(?:LABEL|TYPE|IGNORE)"
                    + "|[A-Za-z_][A-Za-z0-9_]*(?::(?:int|long|float|double|boolean|byte|short|char|string|point|date"
                    + "|localtime|time|localdatetime|datetime|duration)(?:\\[\\])?)?");

    private Neo4jHeaders() {
    }

    /** The header's fields, after checking each against the import tool's syntax and that names are unique. */
    static List<String> check(String header) {
        List<String> fields = fields(header);
        Set<String> names = new HashSet<>();
        for (String f : fields) {
            assertTrue(FIELD.matcher(f).matches(), "not neo4j-admin import header syntax: '" + f + "' in " + header);
            String name = f.startsWith(":") ? f : f.replaceFirst(":.*", "");
            assertTrue(names.add(name), "duplicate header field " + name);
        }
        return fields;
    }

    /** Splits one CSV line (RFC 4180 quotes, no line breaks inside fields). */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
