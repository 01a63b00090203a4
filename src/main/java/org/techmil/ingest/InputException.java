package org.techmil.ingest;

/** An input that cannot be turned into an article; the message names the input and says why, on one line. */
public class InputException extends Exception {
    private final String input;

    public InputException(String input, String reason) {
        super(input + ": " + reason);
        this.input = input;
    }

    public InputException(String input, String reason, Throwable cause) {
        super(input + ": " + reason, cause);
        this.input = input;
    }

    /** The file name or URL of the input that failed. */
    public String input() {
        return input;
    }
}
