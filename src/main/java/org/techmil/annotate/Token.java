package org.techmil.annotate;

/**
 * A word or a single punctuation mark of the body.
 *
 * @param span  where it sits in the body
 * @param text  its characters, with typographic apostrophes and dashes folded to ASCII
 * @param index its position in the body's token list
 */
public record Token(Span span, String text, int index) {
    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether every letter is upper case ("WSK", "SMIC"), as in initials. */
    public boolean isAllCaps() {
        return text.equals(text.toUpperCase(java.util.Locale.ROOT));
    }

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
