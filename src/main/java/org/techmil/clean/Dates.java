package org.techmil.clean;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the many ways pages write a date into a {@link LocalDate}. */
public final class Dates {

    /** A date found inside a longer text, with where it was found. */
    public record Found(LocalDate date, int start, int end) {
    }

    private static final String MONTH = "(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>(?:19|20)\\d\\d)";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final List<Pattern> SHAPES = List.of(
            // 2025-11-15, 2025-11-15T08:30:00Z, 2025/11/15, 2025.11.15
            Pattern.compile("(?<![\\d])" + YEAR + "(?<sep>[-/.])(?<m>[01]?\\d)\\k<sep>(?<day>[0-3]?\\d)(?!\\d)", FLAGS),
            // Nov 15, 2025 / November 15th 2025 / Sunday, January 18, 2026
            Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "(?:\\s*,\\s*|\\s+)" + YEAR + "(?!\\d)", FLAGS),
            // 15 November 2025 / Sat, 15 Nov 2025 08:30:00 GMT / 15th of November, 2025
            Pattern.compile("(?<![\\d])" + DAY + "(?:\\s+of)?[\\s-]+" + MONTH + "(?:\\s*,\\s*|[\\s-]+)" + YEAR + "(?!\\d)", FLAGS),
            // 15.11.2025 / 15/11/2025 / 11/15/2025 (day-month unless that cannot be)
            Pattern.compile("(?<![\\d.])(?<a>[0-3]?\\d)(?<sep>[./-])(?<b>[01]?\\d|[0-3]\\d)\\k<sep>" + YEAR + "(?![\\d])", FLAGS),
            // 20251115 (only as a whole value)
            Pattern.compile("^" + YEAR + "(?<m>[01]\\d)(?<day>[0-3]\\d)(?:\\d{4,6})?$", FLAGS),
            // November 2025 is not a day; not matched on purpose
            // Unix epoch seconds or milliseconds (only as a whole value)
            Pattern.compile("^(?<epoch>1\\d{9}|1\\d{12})$", FLAGS));

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private Dates() {
    }

    /** The date a string states, if the string contains one. */
    public static Optional<LocalDate> parse(String text) {
        return find(text).map(Found::date);
    }

    /** The first (leftmost) date in a text. */
    public static Optional<Found> find(String text) {
        if (text == null || text.isBlank())
            return Optional.empty();
        String s = text.strip();
        int offset = text.indexOf(s);
        Found best = null;
        for (Pattern p : SHAPES) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                LocalDate d = toDate(m);
                if (d != null) {
                    if (best == null || m.start() + offset < best.start())
                        best = new Found(d, m.start() + offset, m.end() + offset);
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** True when the text is nothing but a date (and perhaps a weekday and a time). */
    public static boolean isBareDate(String text) {
        Optional<Found> f = find(text);
        if (f.isEmpty())
            return false;
        String rest = (text.substring(0, f.get().start()) + " " + text.substring(f.get().end())).toLowerCase(Locale.ROOT);
        rest = rest.replaceAll("\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b", " ")
                .replaceAll("\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?", " ")
                .replaceAll("\\b(?:today|updated|at|on|[a-z]{2,4}t|utc|gmt|ist|cet|z)\\b", " ")
                .replaceAll("[\\s,.|/()+\\-–—:]+", "");
        return rest.isEmpty();
    }

    private static LocalDate toDate(Matcher m) {
        try {
            if (has(m, "epoch")) {
                long v = Long.parseLong(m.group("epoch"));
                Instant i = v > 9_999_999_999L ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
                return i.atZone(ZoneOffset.UTC).toLocalDate();
            }
            int year = Integer.parseInt(m.group("year"));
            int month;
            int day;
            if (has(m, "a")) {
                int a = Integer.parseInt(m.group("a"));
                int b = Integer.parseInt(m.group("b"));
                if (b > 12 && a <= 12) {
                    month = a;
                    day = b;
                } else {
                    day = a;
                    month = b;
                }
            } else {
                month = has(m, "mon") ? MONTHS.get(m.group("mon").substring(0, 3).toLowerCase(Locale.ROOT))
                        : Integer.parseInt(m.group("m"));
                day = Integer.parseInt(m.group("day"));
            }
            return LocalDate.of(year, month, day);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static boolean has(Matcher m, String group) {
        try {
            return m.group(group) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** All dates in a text, left to right (used for tests and diagnostics). */
    static List<Found> findAll(String text) {
        List<Found> out = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            Optional<Found> f = find(text.substring(from));
            if (f.isEmpty())
                break;
            out.add(new Found(f.get().date(), f.get().start() + from, f.get().end() + from));
            from += f.get().end();
        }
        return out;
    }
}
