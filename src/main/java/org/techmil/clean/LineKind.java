package org.techmil.clean;

/** The role a line of a text scrape seems to play. */
enum LineKind {
    /** A sentence-like line: article material. */
    PROSE,
    /** A bullet point. */
    BULLET,
    /** A short line that reads like a headline or a section heading. */
    TITLE,
    /** A long line cut off without final punctuation, typical of teaser snippets. */
    SNIPPET,
    /** A one-line teaser summary inside a run of headline-plus-summary pairs. */
    TEASER,
    /** A short fragment: menu item, label, counter. */
    FRAGMENT,
    /** A byline. */
    BYLINE,
    /** A line that gives a date and little else, or a "Published ..." line. */
    DATED,
    /** Prompt, newsletter, cookie, advert or template debris. */
    BOILERPLATE,
    /** A heading that introduces a list of other stories: the article never crosses it. */
    BOUNDARY
}
