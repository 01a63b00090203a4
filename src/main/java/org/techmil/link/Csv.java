package org.techmil.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Small helpers shared by the CSV list readers. */
final class Csv {
    private Csv() {
    }

    /** Column name (lower-case, byte-order mark removed) to index. */
    static Map<String, Integer> header(CSVParser csv) {
        Map<String, Integer> out = new HashMap<>();
        List<String> names = csv.getHeaderNames();
        for (int i = 0; i < names.size(); i++)
            out.putIfAbsent(names.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), i);
        return out;
    }

    static void require(String file, Map<String, Integer> header, String... columns) {
        for (String c : columns)
            if (!header.containsKey(c))
                throw new ListFormatException(file, "row 0 (header)", "no column '" + c + "'; is this the right --format?");
    }

    static String get(CSVRecord r, Map<String, Integer> header, String column) {
        Integer i = header.get(column);
        if (i == null || i >= r.size())
            return null;
        String v = r.get(i);
        return v == null || v.isBlank() ? null : v.strip();
    }

    static List<String> split(String value, String separator) {
        List<String> out = new ArrayList<>();
        if (value == null)
            return out;
        for (String part : value.split(java.util.regex.Pattern.quote(separator)))
            if (!part.isBlank())
                out.add(part.strip());
        return out;
    }

    /** A two-letter country code, upper-cased, or null when {@code s} is not one. */
    static String iso2(String s) {
        if (s == null)
            return null;
        String t = s.strip();
        return t.matches("[A-Za-z]{2}") ? t.toUpperCase(Locale.ROOT) : null;
    }

    /** Jackson's message without the location it appends (the caller names the line). */
    static String jsonProblem(com.fasterxml.jackson.core.JacksonException e) {
        String m = e.getOriginalMessage();
        int cut = m.indexOf(" (start marker");
        if (cut > 0)
            m = m.substring(0, cut);
        return m.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    static String oneLine(Throwable e) {
        Throwable t = e.getCause() != null && e.getMessage() == null ? e.getCause() : e;
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
