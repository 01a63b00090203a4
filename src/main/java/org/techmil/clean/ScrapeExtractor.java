package org.techmil.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the article in a page's visible text: every line is classified and scored, teaser headings split the page,
 * and the contiguous run of lines with the highest total score is the article.
 */
final class ScrapeExtractor {
    private static final int LOOK_AROUND = 15;
    private static final Pattern DATELINE_PLACE = Pattern.compile("^[\\p{L}][\\p{L}\\p{M} .'’()/-]{0,45}?,?\\s*$");
    private static final Pattern DATELINE_AFTER = Pattern.compile("^\\s*(?:\\([^)]{1,30}\\))?\\s*(?:[,:\\-–—(|/]|\\s\\()");
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){1,3}$");

    private final Clutter clutter;

    /** Fewer words than this in the run of prose chosen (too few for an article), and the whole text is read instead. */
    private static final int MIN_ARTICLE_WORDS = 8;

    ScrapeExtractor(Clutter clutter) {
        this.clutter = clutter;
    }

    /** The article found in the text; the paragraph list is empty when there is none. */
    Extracted extract(String text) {
        List<ScrapeLine> lines = classify(HardWraps.unwrap(text));
        int[] span = bestSpan(lines);
        if (span == null)
            return new Extracted(null, null, null, null, wholeText(lines));
        int start = span[0];
        int end = span[1];
        int headlineAt = findHeadline(lines, start);
        String headline = headlineAt >= 0 ? lines.get(headlineAt).text() : null;
        List<String> paragraphs = new ArrayList<>();
        for (int i = start; i <= end; i++) {
            ScrapeLine l = lines.get(i);
            if (keepsInBody(l) && !Text.fingerprint(l.text()).equals(Text.fingerprint(headline)))
                paragraphs.add(l.text());
        }
        // a run of prose too short to be an article (a ragged text read as short lines) gives way to the whole text
        if (Text.wordCount(String.join(" ", paragraphs)) < MIN_ARTICLE_WORDS) {
            List<String> whole = wholeText(lines);
            if (Text.wordCount(String.join(" ", whole)) >= MIN_ARTICLE_WORDS)
                return new Extracted(headline, null, null, null, whole);
        }
        String author = findAuthor(lines, start, end, headlineAt);
        LocalDate date = findDate(lines, start, end, headlineAt, paragraphs);
        return new Extracted(headline, date, author, null, paragraphs);
    }

    /**
     * With no run of prose to choose (every line is short or cut off, as in a table of figures or unwrapped notes), the
     * text itself, less its known clutter, is the article: an input with words in it is read, not refused.
     */
    private List<String> wholeText(List<ScrapeLine> lines) {
        List<String> out = new ArrayList<>();
        for (ScrapeLine l : lines)
            if (l.kind() != LineKind.BOUNDARY && l.kind() != LineKind.BOILERPLATE && l.kind() != LineKind.BYLINE
                    && l.text().codePoints().anyMatch(Character::isLetter))
                out.add(l.text());
        return out;
    }

    private boolean keepsInBody(ScrapeLine l) {
        return switch (l.kind()) {
            case PROSE, BULLET, TITLE, SNIPPET, TEASER -> true;
            case FRAGMENT -> l.text().codePoints().anyMatch(Character::isLetter);
            default -> false;
        };
    }

    // ---- classification ----

    List<ScrapeLine> classify(String text) {
        String[] raw = text.split("\n", -1);
        Map<Integer, Integer> unfinishedLengths = new HashMap<>();
        for (String r : raw) {
            String t = Text.trim(r);
            if (t.length() >= 60 && !Text.endsSentence(t))
                unfinishedLengths.merge(t.length(), 1, Integer::sum);
        }
        List<ScrapeLine> out = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String t = Text.trim(raw[i]);
            if (!t.isEmpty())
                out.add(classifyLine(i, t, unfinishedLengths.getOrDefault(t.length(), 0) >= 3));
        }
        markTeaserRuns(out);
        markInlineLinkHeadings(out);
        markIntroducedLists(out);
        markCutLastParagraph(out);
        return out;
    }

    private static final int CUT_PARAGRAPH_WORDS = 15;

    /**
     * A copy that stops mid-sentence ("... Co., Ltd.; CSIC Pride (Nanjing) Cryogenic ...; an"): a long last line right
     * after the article's prose is the article's last paragraph, cut off, not a teaser's summary.
     */
    private static void markCutLastParagraph(List<ScrapeLine> lines) {
        if (lines.size() < 2)
            return;
        ScrapeLine last = lines.get(lines.size() - 1);
        boolean unscored = last.kind() == LineKind.SNIPPET || last.kind() == LineKind.FRAGMENT || last.kind() == LineKind.TITLE;
        if (unscored && Text.wordCount(last.text()) >= CUT_PARAGRAPH_WORDS
                && lines.get(lines.size() - 2).kind() == LineKind.PROSE)
            lines.set(lines.size() - 1, last.withKind(LineKind.PROSE, proseScore(last.text().length())));
    }

    /** A prose line's weight: one point per 50 characters, between 1 and 20. */
    private static double proseScore(int length) {
        return Math.min(20, Math.max(1.0, length / 50.0));
    }

    private static final Pattern SIGN_OFF = Pattern.compile("(?<=[.!?\"\u201d])\\s+[-\u2013\u2014]+\\s*\\(?[A-Z][A-Za-z/&. ]{1,24}\\)?$");
    private static final Pattern NUMBERED = Pattern.compile("^\\(?\\d{1,2}[.)]\\s+\\S.*");
    private static final int MAX_ITEM_WORDS = 12;
    private static final double ITEM_SCORE = 0.5;

    /**
     * "The full list includes:" then "1. American Photonics", "- Echodyne": short bulleted or numbered items right after
     * a sentence that ends in a colon belong to the article, however few their words.
     */
    private void markIntroducedLists(List<ScrapeLine> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            ScrapeLine intro = lines.get(i);
            if (intro.kind() != LineKind.PROSE && intro.kind() != LineKind.SNIPPET || !intro.text().endsWith(":"))
                continue;
            for (int k = i + 1; k < lines.size(); k++) {
                ScrapeLine item = lines.get(k);
                boolean marked = clutter.isBullet(item.text()) || NUMBERED.matcher(item.text()).matches();
                if (!marked || Text.wordCount(item.text()) > MAX_ITEM_WORDS || item.kind() == LineKind.BOUNDARY)
                    break;
                if (item.kind() != LineKind.BULLET || item.score() < ITEM_SCORE)
                    lines.set(k, item.withKind(LineKind.BULLET, ITEM_SCORE));
            }
        }
    }

    private static final int INLINE_LOOKAHEAD = 2;
    private static final int MAX_SLOT_LINES = 3;

    /**
     * "Read more" or "Advertisement" between two paragraphs of one story: a teaser heading after prose and followed
     * within two lines of prose by a long paragraph is a link or slot set into the article, not the start of a list of
     * other stories, so it does not split the page.
     */
    private static void markInlineLinkHeadings(List<ScrapeLine> lines) {
        for (int i = 1; i + 1 < lines.size(); i++) {
            ScrapeLine l = lines.get(i);
            if (l.kind() != LineKind.BOUNDARY || lines.get(i - 1).kind() != LineKind.PROSE)
                continue;
            // "Advertisement" twice over: a slot's label may be repeated
            int last = i;
            while (last + 1 < lines.size() && last - i < MAX_SLOT_LINES - 1 && lines.get(last + 1).kind() == LineKind.BOUNDARY
                    && lines.get(last + 1).text().equals(l.text()))
                last++;
            // "Advertisement", then a one-line prompt, then the story again: look two lines on
            for (int k = last + 1; k < lines.size() && k <= last + INLINE_LOOKAHEAD && lines.get(k).kind() == LineKind.PROSE; k++)
                if (Text.wordCount(lines.get(k).text()) >= Clutter.STORY_GOES_ON_WORDS) {
                    for (int m = i; m <= last; m++)
                        lines.set(m, lines.get(m).withKind(LineKind.BOILERPLATE, -3));
                    break;
                }
        }
    }

    private ScrapeLine classifyLine(int index, String t, boolean repeatedWidth) {
        int words = Text.wordCount(t);
        int len = t.length();
        // "... illegal talent recruitment. – AFP": a wire's sign-off after the last sentence of a paragraph
        boolean ends = Text.endsSentence(t) || Text.endsSentence(SIGN_OFF.matcher(t).replaceFirst(""));
        if (clutter.isTeaserHeading(t))
            return new ScrapeLine(index, t, LineKind.BOUNDARY, Double.NEGATIVE_INFINITY);
        if (clutter.bylineName(t).isPresent())
            return new ScrapeLine(index, t, LineKind.BYLINE, -2);
        if (clutter.dateCue(t, true).filter(d -> Dates.find(d).isPresent()).isPresent())
            return new ScrapeLine(index, t, LineKind.DATED, -2);
        if (clutter.isHeaderDebris(t))
            return new ScrapeLine(index, t, LineKind.BOILERPLATE, -3);
        if (clutter.isBoilerplate(t))
            return new ScrapeLine(index, t, LineKind.BOILERPLATE, -3);
        if (len <= 100 && words <= 14 && !(ends && t.endsWith(".") && words > 8) && Dates.find(t).isPresent())
            return new ScrapeLine(index, t, LineKind.DATED, -2);
        if (clutter.isBullet(t) && words >= 3)
            return new ScrapeLine(index, t, LineKind.BULLET, Math.max(0.3, Math.min(3, len / 80.0)));
        if ((words >= 5 && ends && !repeatedWidth) || (len >= 200 && words >= 25 && t.matches("(?s).*[.!?…][\"”’)]?\\s+\\p{Lu}.*")))
            return new ScrapeLine(index, t, LineKind.PROSE, proseScore(len));
        if (!ends && (repeatedWidth && len >= 60 || words > 20) && Text.capitalisedShare(t) < 0.6)
            return new ScrapeLine(index, t, LineKind.SNIPPET, -3);
        if (words >= 2 && words <= 20 && !t.endsWith("."))
            return new ScrapeLine(index, t, LineKind.TITLE, -1);
        return new ScrapeLine(index, t, LineKind.FRAGMENT, -1.2);
    }

    /** Three or more headline-and-short-summary pairs in a row are a teaser list, not article sections. */
    private void markTeaserRuns(List<ScrapeLine> lines) {
        int i = 0;
        while (i + 1 < lines.size()) {
            int j = i;
            while (j + 1 < lines.size() && isTeaserPair(lines.get(j), lines.get(j + 1)))
                j += 2;
            int pairs = (j - i) / 2;
            if (pairs >= 3) {
                for (int k = i + 1; k < j; k += 2)
                    lines.set(k, lines.get(k).withKind(LineKind.TEASER, -1.5));
                i = j;
            } else {
                i++;
            }
        }
    }

    /** "*TOKYO (MMW) 08:47 GMT — NEC denies ...*": a brief's head opens with a dateline, which no teaser has. */
    private static final Pattern BRIEF_DATELINE = Pattern.compile(
            "^\\W*\\p{Lu}[\\p{Lu} .'’-]{2,}\\s*(\\([^)]{1,20}\\)\\s*)?([0-9:.]+\\s*(GMT|UTC|ET|CET|BST)?\\s*)?[—–-]\\s");

    private static boolean isTeaserPair(ScrapeLine title, ScrapeLine summary) {
        return title.kind() == LineKind.TITLE && Text.wordCount(title.text()) >= 3
                && !BRIEF_DATELINE.matcher(title.text()).find()
                && (summary.kind() == LineKind.PROSE || summary.kind() == LineKind.SNIPPET)
                && summary.text().length() <= 260;
    }

    // ---- block choice ----

    /**
     * Indexes (into the classified list) of the first and last line of the best run, or null. Runs are the
     * positive stretches of a max-subarray scan; a run introduced by a headline and a byline or date line is
     * more likely the article than one that is not, and gets a bonus.
     */
    static int[] bestSpan(List<ScrapeLine> lines) {
        List<double[]> runs = new ArrayList<>(); // {start, end, sum}
        double cur = 0;
        int curStart = 0;
        double runBest = 0;
        int runEnd = -1;
        for (int i = 0; i <= lines.size(); i++) {
            boolean reset = i == lines.size() || lines.get(i).kind() == LineKind.BOUNDARY || cur <= 0;
            if (reset) {
                if (runEnd >= 0 && hasProse(lines, curStart, runEnd))
                    runs.add(new double[] {curStart, runEnd, runBest});
                cur = 0;
                runBest = 0;
                runEnd = -1;
                curStart = i;
                if (i == lines.size())
                    break;
                if (lines.get(i).kind() == LineKind.BOUNDARY) {
                    curStart = i + 1;
                    continue;
                }
            }
            cur += lines.get(i).score();
            if (cur > runBest) {
                runBest = cur;
                runEnd = i;
            }
        }
        int[] best = null;
        double bestScore = 0;
        for (double[] r : runs) {
            int from = (int) r[0];
            double score = r[2] + (introduced(lines, from) ? 0.5 * r[2] + 3 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = new int[] {from, (int) r[1]};
            }
        }
        return best;
    }

    /** True when a byline or date line sits just above the line at {@code start}, below a title-like line. */
    private static boolean introduced(List<ScrapeLine> lines, int start) {
        boolean meta = false;
        for (int i = start - 1, seen = 0; i >= 0 && seen < 5; i--, seen++) {
            LineKind k = lines.get(i).kind();
            if (k == LineKind.BYLINE || k == LineKind.DATED)
                meta = true;
            else if (k == LineKind.TITLE && meta)
                return true;
            else if (k == LineKind.PROSE || k == LineKind.BOUNDARY)
                return false;
        }
        return meta;
    }

    private static boolean hasProse(List<ScrapeLine> lines, int from, int to) {
        for (int i = from; i <= to; i++)
            if (lines.get(i).kind() == LineKind.PROSE)
                return true;
        return false;
    }

    // ---- metadata ----

    private int findHeadline(List<ScrapeLine> lines, int start) {
        int seen = 0;
        for (int i = start - 1; i >= 0 && seen < 12; i--, seen++) {
            ScrapeLine l = lines.get(i);
            switch (l.kind()) {
                case BOUNDARY:
                    return -1;
                case TITLE:
                    if (Text.wordCount(l.text()) >= 3)
                        return i;
                    break;
                case PROSE, TEASER:
                    if (l.text().length() < 160 && !l.text().endsWith("."))
                        return i;
                    return -1;
                default:
                    break;
            }
        }
        return -1;
    }

    private String findAuthor(List<ScrapeLine> lines, int start, int end, int headlineAt) {
        for (int i : nearBody(lines, start, end)) {
            Optional<String> name = clutter.bylineName(lines.get(i).text());
            if (name.isPresent())
                return name.get();
        }
        if (headlineAt >= 0)
            for (int i = headlineAt + 1; i < start; i++) {
                ScrapeLine l = lines.get(i);
                if (l.kind() != LineKind.DATED || clutter.dateCue(l.text(), true).isPresent())
                    continue;
                var f = Dates.find(l.text()).orElseThrow();
                String rest = Text.tidyAuthor(l.text().substring(0, f.start()));
                if (rest != null && NAME.matcher(rest).matches())
                    return rest;
            }
        return null;
    }

    private LocalDate findDate(List<ScrapeLine> lines, int start, int end, int headlineAt, List<String> paragraphs) {
        for (boolean updatedToo : new boolean[] {false, true})
            for (int i : nearBody(lines, start, end)) {
                Optional<LocalDate> d = clutter.dateCue(lines.get(i).text(), updatedToo).flatMap(Dates::parse);
                if (d.isPresent())
                    return d.get();
            }
        if (!paragraphs.isEmpty()) {
            LocalDate d = datelineDate(paragraphs.get(0));
            if (d != null)
                return d;
        }
        if (headlineAt >= 0)
            for (int i = headlineAt + 1; i < start; i++) {
                ScrapeLine l = lines.get(i);
                if (l.kind() == LineKind.DATED || l.kind() == LineKind.BYLINE) {
                    Optional<LocalDate> d = Dates.parse(l.text());
                    if (d.isPresent())
                        return d.get();
                }
            }
        return null;
    }

    /** A date written as a dateline at the very start of a paragraph ("Place, Nov 15, 2025: ..."). */
    static LocalDate datelineDate(String paragraph) {
        String head = paragraph.length() > 120 ? paragraph.substring(0, 120) : paragraph;
        Optional<Dates.Found> f = Dates.find(head);
        if (f.isEmpty() || f.get().start() > 60)
            return null;
        String before = head.substring(0, f.get().start());
        String after = head.substring(f.get().end());
        if (!before.isBlank() && !DATELINE_PLACE.matcher(before).matches())
            return null;
        if (!DATELINE_AFTER.matcher(after).find())
            return null;
        return f.get().date();
    }

    /** Line positions to search for bylines and dates: the body's first lines, then upwards, then just below. */
    private static List<Integer> nearBody(List<ScrapeLine> lines, int start, int end) {
        List<Integer> out = new ArrayList<>();
        for (int i = start; i <= Math.min(end, start + 3); i++)
            out.add(i);
        for (int i = start - 1; i >= Math.max(0, start - LOOK_AROUND); i--) {
            if (lines.get(i).kind() == LineKind.BOUNDARY)
                break;
            out.add(i);
        }
        for (int i = end + 1; i < Math.min(lines.size(), end + 6); i++) {
            if (lines.get(i).kind() == LineKind.BOUNDARY)
                break;
            out.add(i);
        }
        return out;
    }
}
