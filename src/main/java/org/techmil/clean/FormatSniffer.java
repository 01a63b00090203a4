package org.techmil.clean;

import org.techmil.ingest.InputFormat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Guesses whether an input is an HTML page or a plain-text scrape from its name and first bytes. */
public final class FormatSniffer {
    private FormatSniffer() {
    }

    /** HTML when the name says so or the content starts like markup; otherwise TEXT. */
    public static InputFormat sniff(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        int q = name.indexOf('?');
        if (q >= 0)
            name = name.substring(0, q);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || name.endsWith(".shtml"))
            return InputFormat.HTML;
        if (content == null || content.length == 0)
            return InputFormat.TEXT;
        String head = start(content).stripLeading().toLowerCase(Locale.ROOT);
        while (head.startsWith("<!--")) {
            int end = head.indexOf("-->");
            if (end < 0)
                break;
            head = head.substring(end + 3).stripLeading();
        }
        if (head.startsWith("<!doctype") || head.startsWith("<html") || head.startsWith("<head") || head.startsWith("<body"))
            return InputFormat.HTML;
        if (head.startsWith("<?xml") && head.contains("<html"))
            return InputFormat.HTML;
        return InputFormat.TEXT;
    }

    private static String start(byte[] c) {
        int n = Math.min(c.length, 2048);
        if (n >= 2 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xFE)
            return new String(c, 2, n - 2, StandardCharsets.UTF_16LE);
        if (n >= 2 && (c[0] & 0xFF) == 0xFE && (c[1] & 0xFF) == 0xFF)
            return new String(c, 2, n - 2, StandardCharsets.UTF_16BE);
        if (n >= 3 && (c[0] & 0xFF) == 0xEF && (c[1] & 0xFF) == 0xBB && (c[2] & 0xFF) == 0xBF)
            return new String(c, 3, n - 3, StandardCharsets.ISO_8859_1);
        return new String(c, 0, n, StandardCharsets.ISO_8859_1);
    }
}
