package org.techmil.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns command-line inputs into article files and reads them. Folders are walked recursively in name order for
 * HTML and text files, their {@code .gz} forms, WARC files and JSON lines (see {@link ArticleReader}); hidden
 * files and folders are skipped. Missing inputs are reported before any work starts.
 */
public final class Inputs {
    /** Files larger than this are refused rather than read into memory. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private Inputs() {
    }

    /** Every article file under the given paths, in a stable order; throws naming the first path that does not exist. */
    public static List<Path> expand(List<Path> paths) throws InputException {
        return expand(paths, Inputs::looksLikeArticle, "");
    }

    /**
     * The files named, and under the folders named those that {@code wanted} accepts, in name order; files and folders
     * whose names start with "." or with one of {@code skippedPrefixes} ("_" skips Spark's "_SUCCESS") are left out.
     * Throws naming the first path that does not exist.
     */
    public static List<Path> expand(List<Path> paths, java.util.function.Predicate<Path> wanted, String skippedPrefixes)
            throws InputException {
        for (Path p : paths)
            if (!Files.exists(p))
                throw new InputException(p.toString(), "no such file or folder");
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !hidden(p.relativize(f), skippedPrefixes))
                            .filter(wanted)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new InputException(p.toString(), "cannot list folder: " + e.getMessage(), e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** The files' sizes added up, for progress; a file that cannot be measured counts 0 (it is reported when read). */
    public static long totalBytes(List<Path> files) {
        long n = 0;
        for (Path f : files) {
            try {
                n += Files.size(f);
            } catch (IOException e) {
                // reported when the file is read
            }
        }
        return n;
    }

    /** File name endings read when a folder is walked; a file named on the command line is read whatever its name. */
    public static final List<String> ARTICLE_SUFFIXES = List.of(".html", ".htm", ".xhtml", ".shtml", ".txt", ".text",
            ".html.gz", ".htm.gz", ".txt.gz", ".warc", ".warc.gz", ".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz");

    static boolean looksLikeArticle(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (ArticleReader.Container.of(file) == ArticleReader.Container.JSON_LINES)
            return ArticleReader.holdsArticles(file);
        return ARTICLE_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    private static boolean hidden(Path relative, String skippedPrefixes) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || (!name.isEmpty() && skippedPrefixes.indexOf(name.charAt(0)) >= 0))
                return true;
        }
        return false;
    }

    /** Reads one file as a raw article named by its file name. */
    public static RawArticle read(Path file) throws InputException {
        String name = file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES)
                throw new InputException(name, "file is " + size / (1024 * 1024) + " MB, larger than the "
                        + MAX_BYTES / (1024 * 1024) + " MB an article may have");
            byte[] bytes = Files.readAllBytes(file);
            return new RawArticle(name, bytes, sniff(name, bytes));
        } catch (IOException e) {
            throw new InputException(name, "cannot read: " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
    }

    /** HTML when the name or the first bytes say so, otherwise a text scrape. */
    public static InputFormat sniff(String name, byte[] bytes) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml"))
            return InputFormat.HTML;
        if (lower.endsWith(".txt") || lower.endsWith(".text"))
            return InputFormat.TEXT;
        int n = Math.min(bytes.length, 1024);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf"))
            head = head.substring(3).stripLeading();
        boolean html = head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<body") || (head.startsWith("<?xml") && head.contains("<html"))
                || (head.startsWith("<!--") && head.contains("<html"));
        return html ? InputFormat.HTML : InputFormat.TEXT;
    }
}
