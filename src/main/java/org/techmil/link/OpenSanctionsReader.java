package org.techmil.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads OpenSanctions exports: FollowTheMoney entities as JSON lines ({@code entities.ftm.json}: one entity per line
 * with {@code id}, {@code schema}, {@code properties}, {@code datasets}; sanctions are {@code Sanction} entities whose
 * {@code entity} property points at the listed party) and {@code targets.simple.csv} (one target per row; several
 * values in one field are separated by ";").
 */
final class OpenSanctionsReader {
    static final String PUBLISHER = "OpenSanctions";
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenSanctionsReader() {
    }

    static ListFile readFtm(Path file) throws IOException {
        String name = file.getFileName().toString();
        Map<String, JsonNode> parties = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        Map<String, List<JsonNode>> sanctionsOf = new HashMap<>();
        String dataset = null;
        int other = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank())
                    continue;
                JsonNode n;
                try {
                    n = JSON.readTree(line);
                } catch (com.fasterxml.jackson.core.JacksonException e) {
                    throw new ListFormatException(name, "line " + lineNo, "not valid JSON: " + Csv.jsonProblem(e), e);
                }
                String id = text(n, "id");
                String schema = text(n, "schema");
                if (!n.isObject() || id == null || schema == null || !n.path("properties").isObject())
                    throw new ListFormatException(name, "line " + lineNo,
                            "not a FollowTheMoney entity (needs \"id\", \"schema\" and \"properties\")");
                if (dataset == null && n.path("datasets").isArray() && !n.path("datasets").isEmpty())
                    dataset = n.path("datasets").get(0).asText();
                if (schema.equals("Sanction")) {
                    for (String target : values(n, "entity"))
                        sanctionsOf.computeIfAbsent(target, k -> new ArrayList<>()).add(n);
                } else if (kind(schema) != ListEntry.Kind.OTHER) {
                    if (n.path("target").isBoolean() && !n.path("target").asBoolean()) {
                        other++;
                        continue;
                    }
                    if (values(n, "name").isEmpty() && text(n, "caption") == null)
                        throw new ListFormatException(name, "line " + lineNo, "entity " + id + " has no name");
                    parties.put(id, n);
                    lineOf.put(id, lineNo);
                } else {
                    other++;
                }
            }
        }
        List<ListEntry> entries = new ArrayList<>();
        for (var e : parties.entrySet()) {
            JsonNode p = e.getValue();
            int line = lineOf.get(e.getKey());
            List<String> names = new ArrayList<>(values(p, "name"));
            if (names.isEmpty())
                names.add(text(p, "caption"));
            List<String> aliases = new ArrayList<>(names.subList(1, names.size()));
            aliases.addAll(values(p, "alias"));
            aliases.addAll(values(p, "previousName"));
            String country = firstIso2(p, "country", "jurisdiction", "mainCountry");
            String partyDataset = p.path("datasets").isArray() && !p.path("datasets").isEmpty()
                    ? p.path("datasets").get(0).asText() : dataset;
            List<JsonNode> sanctions = sanctionsOf.getOrDefault(e.getKey(), List.of());
            if (sanctions.isEmpty()) {
                entries.add(new ListEntry(line, e.getKey(), names.get(0), aliases, kind(text(p, "schema")), partyDataset,
                        null, values(p, "program"), null, country, first(values(p, "sourceUrl"))));
            }
            for (JsonNode s : sanctions) {
                String where = "line " + line;
                List<String> programmes = new ArrayList<>(values(s, "programId"));
                programmes.addAll(values(s, "program"));
                String body = CslReader.firstNonNull(first(values(s, "authority")), partyDataset);
                String start = CslReader.firstNonNull(first(values(s, "listingDate")), first(values(s, "startDate")));
                entries.add(new ListEntry(line, e.getKey(), names.get(0), aliases, kind(text(p, "schema")),
                        body + (partyDataset == null ? "" : " | " + partyDataset),
                        CslReader.firstNonNull(first(values(s, "program")), first(values(s, "programId"))), programmes,
                        CslReader.date(name, where, start), country, first(values(s, "sourceUrl"))));
            }
        }
        return new ListFile(dataset, dataset == null ? "OpenSanctions" : "OpenSanctions " + dataset, PUBLISHER, null,
                entries, other);
    }

    static ListFile readSimpleCsv(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<ListEntry> entries = new ArrayList<>();
        String datasetTitle = null;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.builder().setReader(in).setFormat(format).get()) {
            Map<String, Integer> header = Csv.header(csv);
            Csv.require(name, header, "id", "schema", "name");
            int row = 0;
            try {
                for (CSVRecord r : csv) {
                    row++;
                    String where = "row " + row;
                    if (r.size() != header.size())
                        throw new ListFormatException(name, where, "has " + r.size() + " fields, the header has " + header.size());
                    String id = Csv.get(r, header, "id");
                    String n = Csv.get(r, header, "name");
                    String schema = Csv.get(r, header, "schema");
                    if (n == null)
                        throw new ListFormatException(name, where, "the name field is empty");
                    if (schema == null)
                        throw new ListFormatException(name, where, "the schema field is empty");
                    String dataset = first(Csv.split(Csv.get(r, header, "dataset"), ";"));
                    if (datasetTitle == null)
                        datasetTitle = dataset;
                    List<String> programmes = new ArrayList<>(Csv.split(Csv.get(r, header, "program_ids"), ";"));
                    List<String> sanctions = Csv.split(Csv.get(r, header, "sanctions"), ";");
                    String countries = Csv.get(r, header, "countries");
                    entries.add(new ListEntry(row, id, n, Csv.split(Csv.get(r, header, "aliases"), ";"), kind(schema),
                            String.join(" | ", programmes) + " | " + String.join(" | ", sanctions) + " | " + dataset,
                            first(sanctions), programmes, null,
                            countries == null ? null : Csv.iso2(countries.split(";")[0]), null));
                }
            } catch (java.io.UncheckedIOException | IllegalStateException e) {
                throw new ListFormatException(name, "row " + (row + 1), "not valid CSV: " + Csv.oneLine(e), e);
            }
        } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
            if (e instanceof ListFormatException lfe)
                throw lfe;
            throw new ListFormatException(name, "row 1", "not valid CSV: " + Csv.oneLine(e), e);
        }
        return new ListFile(null, datasetTitle == null ? "OpenSanctions targets" : datasetTitle, PUBLISHER, null, entries, 0);
    }

    static ListEntry.Kind kind(String schema) {
        if (schema == null)
            return ListEntry.Kind.OTHER;
        return switch (schema) {
            case "Company", "Organization", "LegalEntity", "PublicBody" -> ListEntry.Kind.ORGANISATION;
            case "Person" -> ListEntry.Kind.PERSON;
            case "Vessel" -> ListEntry.Kind.VESSEL;
            case "Airplane" -> ListEntry.Kind.AIRCRAFT;
            default -> ListEntry.Kind.OTHER;
        };
    }

    private static String firstIso2(JsonNode n, String... props) {
        for (String p : props)
            for (String v : values(n, p)) {
                String code = Csv.iso2(v);
                if (code != null)
                    return code;
            }
        return null;
    }

    private static List<String> values(JsonNode n, String property) {
        List<String> out = new ArrayList<>();
        JsonNode v = n.path("properties").get(property);
        if (v == null)
            return out;
        if (v.isArray())
            v.forEach(x -> {
                if (x.isValueNode() && !x.asText().isBlank())
                    out.add(x.asText().strip());
            });
        else if (v.isValueNode() && !v.asText().isBlank())
            out.add(v.asText().strip());
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isValueNode() || v.asText().isBlank() ? null : v.asText().strip();
    }

    private static String first(List<String> l) {
        return l.isEmpty() ? null : l.get(0);
    }
}
