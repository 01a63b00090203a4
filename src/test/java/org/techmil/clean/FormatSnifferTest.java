package org.techmil.clean;

import org.junit.jupiter.api.Test;
import org.techmil.ingest.InputFormat;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatSnifferTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void htmlByFileNameExtension() {
        assertEquals(InputFormat.HTML, FormatSniffer.sniff("page.HTM", b("plain words")));
        assertEquals(InputFormat.HTML, FormatSniffer.sniff("page.xhtml", b("")));
    }

    @Test
    void htmlByLeadingMarkup() {
        assertEquals(InputFormat.HTML, FormatSniffer.sniff("page", b("\n  <!DOCTYPE html><html></html>")));
        assertEquals(InputFormat.HTML, FormatSniffer.sniff("page.txt", b("<html lang=\"en\">")));
        assertEquals(InputFormat.HTML, FormatSniffer.sniff("x", b("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">")));
        assertEquals(InputFormat.HTML, FormatSniffer.sniff("x", b("\uFEFF<!-- saved --><head><title>t</title></head>")));
    }

    @Test
    void textOtherwise() {
        assertEquals(InputFormat.TEXT, FormatSniffer.sniff("scrape.txt", b("Home\nNews\nA <b>tag</b> in text")));
        assertEquals(InputFormat.TEXT, FormatSniffer.sniff("feed.xml", b("<?xml version=\"1.0\"?><rss></rss>")));
    }
}
