package org.techmil.clean;

import java.time.LocalDate;
import java.util.List;

/** What an extractor found in one input, before it becomes a {@link CleanedArticle}. */
record Extracted(String headline, LocalDate date, String author, String url, List<String> paragraphs) {
    Extracted {
        paragraphs = List.copyOf(paragraphs);
    }

    String body() {
        return String.join("\n\n", paragraphs);
    }
}
