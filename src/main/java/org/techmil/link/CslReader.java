package org.techmil.link;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the US Consolidated Screening List (CSL), which the International Trade Administration publishes as
 * {@code consolidated.csv} and {@code consolidated.json}. It merges the export screening lists of Commerce (Entity
 * List, Military End-User List, Unverified List, Denied Persons List), Treasury (SDN, NS-CMIC and other non-SDN
 * lists) and State. Each record's {@code source} names the list and, after " - ", the agency.
 */
final class CslReader {
    static final String PUBLISHER = "International Trade Administration, US Department of Commerce";
    static final String TITLE = "US Consolidated Screening List";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CslReader() {
    }

    static ListFile readCsv(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<ListEntry> entries = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.builder().setReader(in).setFormat(format).get()) {
            Map<String, Integer> header = Csv.header(csv);
            Csv.require(name, header, "source", "name");
            int row = 0;
            try {
                for (CSVRecord r : csv) {
                    row++;
                    entries.add(csvEntry(name, row, r, header));
                }
            } catch (java.io.UncheckedIOException | IllegalStateException e) {
                throw new ListFormatException(name, "row " + (row + 1), "not valid CSV: " + Csv.oneLine(e), e);
            }
        } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
            if (e instanceof ListFormatException lfe)
                throw lfe;
            throw new ListFormatException(name, "row 1", "not valid CSV: " + Csv.oneLine(e), e);
        }
        return new ListFile(null, TITLE, PUBLISHER, null, entries, 0);
    }

    private static ListEntry csvEntry(String file, int row, CSVRecord r, Map<String, Integer> header) {
        if (r.size() != header.size())
            throw new ListFormatException(file, "row " + row, "has " + r.size() + " fields, the header has " + header.size());
        String name = Csv.get(r, header, "name");
        String source = Csv.get(r, header, "source");
        if (name == null)
            throw new ListFormatException(file, "row " + row, "the name field is empty");
        if (source == null)
            throw new ListFormatException(file, "row " + row, "the source field is empty (which list is it on?)");
        return new ListEntry(row, Csv.get(r, header, "_id"), name, Csv.split(Csv.get(r, header, "alt_names"), ";"),
                kind(Csv.get(r, header, "type")), source, listName(source),
                Csv.split(Csv.get(r, header, "programs"), ";"),
                date(file, "row " + row, Csv.get(r, header, "start_date")),
                countryOfAddresses(Csv.get(r, header, "addresses")),
                firstNonNull(Csv.get(r, header, "source_information_url"), Csv.get(r, header, "source_list_url")));
    }

    static ListFile readJson(Path file) throws IOException {
        String name = file.getFileName().toString();
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            String where = e.getLocation() == null ? null : "line " + e.getLocation().getLineNr();
            throw new ListFormatException(name, where, "not valid JSON: " + Csv.jsonProblem(e), e);
        }
        JsonNode results = root != null && root.isArray() ? root : root == null ? null : root.get("results");
        if (results == null || !results.isArray())
            throw new ListFormatException(name, null, "not a Consolidated Screening List JSON file: no \"results\" array");
        List<ListEntry> entries = new ArrayList<>();
        int i = 0;
        for (JsonNode r : results) {
            i++;
            String where = "entry " + i;
            if (!r.isObject())
                throw new ListFormatException(name, where, "is not a JSON object");
            String n = text(r, "name");
            String source = text(r, "source");
            if (n == null)
                throw new ListFormatException(name, where, "has no name");
            if (source == null)
                throw new ListFormatException(name, where, "has no source (which list is it on?)");
            String country = null;
            for (JsonNode a : r.path("addresses"))
                if (country == null)
                    country = Csv.iso2(text(a, "country"));
            entries.add(new ListEntry(i, firstNonNull(text(r, "id"), text(r, "_id")), n, strings(r.get("alt_names")),
                    kind(text(r, "type")), source, listName(source), strings(r.get("programs")),
                    date(name, where, text(r, "start_date")), country,
                    firstNonNull(text(r, "source_information_url"), text(r, "source_list_url"))));
        }
        return new ListFile(null, TITLE, PUBLISHER, lastImported(root), entries, 0);
    }

    /** The newest import date of the lists a JSON file says it used ({@code sources_used}), or null. */
    private static LocalDate lastImported(JsonNode root) {
        LocalDate newest = null;
        if (root == null || !root.isObject())
            return null;
        for (JsonNode s : root.path("sources_used")) {
            for (String f : List.of("last_imported", "source_last_updated")) {
                String t = text(s, f);
                if (t != null && t.length() >= 10) {
                    try {
                        LocalDate d = LocalDate.parse(t.substring(0, 10));
                        if (newest == null || d.isAfter(newest))
                            newest = d;
                    } catch (DateTimeParseException ignored) {
                        // not a date: leave the version date unknown
                    }
                }
            }
        }
        return newest;
    }

    /** "Entity List (EL) - Bureau of Industry and Security" to "Entity List (EL)". */
    static String listName(String source) {
        int dash = source.lastIndexOf(" - ");
        return dash > 0 ? source.substring(0, dash).strip() : source.strip();
    }

    static ListEntry.Kind kind(String type) {
        if (type == null)
            return ListEntry.Kind.ORGANISATION;
        return switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "individual", "person" -> ListEntry.Kind.PERSON;
            case "vessel" -> ListEntry.Kind.VESSEL;
            case "aircraft" -> ListEntry.Kind.AIRCRAFT;
            default -> ListEntry.Kind.ORGANISATION;
        };
    }

    /** The CSL writes addresses as "street, city, state, postcode, CC"; the last part is the country code. */
    private static String countryOfAddresses(String addresses) {
        if (addresses == null)
            return null;
        String first = addresses.split(";")[0];
        String[] parts = first.split(",");
        return Csv.iso2(parts[parts.length - 1].strip());
    }

    static LocalDate date(String file, String where, String text) {
        if (text == null)
            return null;
        try {
            return LocalDate.parse(text.strip().length() > 10 ? text.strip().substring(0, 10) : text.strip());
        } catch (DateTimeParseException e) {
            throw new ListFormatException(file, where, "listing date '" + text + "' is not a date (YYYY-MM-DD)", e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull())
            return null;
        String s = v.isValueNode() ? v.asText() : null;
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> strings(JsonNode n) {
        if (n == null || n.isNull())
            return List.of();
        if (n.isTextual())
            return Csv.split(n.asText(), ";");
        List<String> out = new ArrayList<>();
        n.forEach(v -> {
            if (v.isValueNode() && !v.asText().isBlank())
                out.add(v.asText().strip());
        });
        return out;
    }

    static String firstNonNull(String... values) {
        return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
    }
}
