package org.techmil.link;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** The published formats {@code import-list} reads. */
public enum ListFormat {
    /** The US Consolidated Screening List as CSV (consolidated.csv from trade.gov). */
    CSL_CSV("csl-csv"),
    /** The US Consolidated Screening List as JSON (consolidated.json, or a CSL API search result). */
    CSL_JSON("csl-json"),
    /** OpenSanctions entities as FollowTheMoney JSON lines (entities.ftm.json). */
    FTM("ftm"),
    /** OpenSanctions targets.simple.csv. */
    OPENSANCTIONS_CSV("os-csv");

    private final String id;

    ListFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static ListFormat of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown list format '" + id + "'; use one of "
                        + String.join(", ", Arrays.stream(values()).map(ListFormat::id).toList())));
    }

    /** Reads {@code file}; a problem is reported as a {@link ListFormatException} naming the file and row. */
    public ListFile read(Path file) throws IOException {
        return switch (this) {
            case CSL_CSV -> CslReader.readCsv(file);
            case CSL_JSON -> CslReader.readJson(file);
            case FTM -> OpenSanctionsReader.readFtm(file);
            case OPENSANCTIONS_CSV -> OpenSanctionsReader.readSimpleCsv(file);
        };
    }

    @Override
    public String toString() {
        return id;
    }
}
