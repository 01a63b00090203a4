package org.techmil.link;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One listing read from a designation list: a named party, the list and programmes it is on, and what the file
 * says about who lists it.
 *
 * @param row        where in the file: the data row (CSV, header not counted), the entry (JSON) or the line (JSON lines)
 * @param recordId   the list's own id for the record, or null
 * @param name       the listed name, as written
 * @param aliases    other names the list gives
 * @param kind       what kind of party the row is
 * @param bodyHint   text that says who lists it: the CSL source, an OpenSanctions authority or dataset
 * @param listHint   text that names the list or measure, or null
 * @param programmes programme codes or names (sanctions regimes, executive orders ...)
 * @param start      the listing date when the file gives one, or null
 * @param country    ISO 3166-1 alpha-2 code of the party's country when given, or null
 * @param sourceUrl  the page or notice the list cites for this record, or null
 */
public record ListEntry(int row, String recordId, String name, List<String> aliases, Kind kind, String bodyHint,
                        String listHint, List<String> programmes, LocalDate start, String country, String sourceUrl) {
    /** What kind of party a listed record is; only organisations become designations. */
    public enum Kind { ORGANISATION, PERSON, VESSEL, AIRCRAFT, OTHER }

    public ListEntry {
        Objects.requireNonNull(name, "name");
        if (name.isBlank())
            throw new IllegalArgumentException("listed name is empty");
        String main = name.strip();
        aliases = aliases == null ? List.of() : aliases.stream().filter(a -> a != null && !a.isBlank()).map(String::strip)
                .filter(a -> !a.equals(main)).distinct().toList();
        programmes = programmes == null ? List.of() : programmes.stream().filter(p -> p != null && !p.isBlank())
                .map(String::strip).distinct().toList();
        name = main;
    }

    /** The listed name first, then its aliases. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
    }
}
