package org.techmil.link;

import java.time.LocalDate;
import java.util.List;

/**
 * What a list file holds: the records it lists and what it says about itself.
 *
 * @param datasetId   a short id for the list dataset when the file says (an OpenSanctions dataset name), or null
 * @param title       a human title for the dataset
 * @param publisher   who publishes the file (not necessarily who lists: the CSL is published by the ITA)
 * @param versionDate the date the file was issued or last updated, when it says, or null
 * @param entries     the records, in file order
 * @param other       records of kinds that are not parties at all (addresses, ownership links ...), ignored
 */
public record ListFile(String datasetId, String title, String publisher, LocalDate versionDate, List<ListEntry> entries,
                       int other) {
    public ListFile {
        entries = List.copyOf(entries);
    }
}
