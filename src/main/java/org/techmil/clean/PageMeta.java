package org.techmil.clean;

import java.time.LocalDate;

/** Metadata an HTML page states about itself; every field may be null. */
record PageMeta(String headline, LocalDate date, String author, String url, String articleBody) {
}
