package org.techmil.link;

/** A list file that cannot be read; the message names the file and the row, on one line. */
public final class ListFormatException extends IllegalArgumentException {
    public ListFormatException(String file, String where, String problem) {
        super(file + (where == null ? "" : " " + where) + ": " + problem);
    }

    public ListFormatException(String file, String where, String problem, Throwable cause) {
        super(file + (where == null ? "" : " " + where) + ": " + problem, cause);
    }
}
