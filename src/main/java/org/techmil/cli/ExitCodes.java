package org.techmil.cli;

/** Exit codes shared by every command. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int PARTIAL = 1;
    public static final int ERROR = 2;
    public static final int INTERRUPTED = 130;

    static final String LIST_OK = "0:success";
    static final String LIST_PARTIAL = "1:done, but some inputs failed or validation found violations";
    static final String LIST_ERROR = "2:error: bad arguments, bad query, missing or unusable store";
    static final String LIST_INTERRUPTED = "130:interrupted (Ctrl-C) after the article in hand";

    private ExitCodes() {
    }
}
