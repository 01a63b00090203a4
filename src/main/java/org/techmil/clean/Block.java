package org.techmil.clean;

/**
 * One paragraph-level piece of an HTML page's text.
 *
 * @param text      the text, whitespace collapsed
 * @param tag       the innermost block element it came from (p, h2, li, ...)
 * @param linkChars how many of its characters were inside links
 */
record Block(String text, String tag, int linkChars) {
    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }

    boolean isHeading() {
        return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
    }
}
