package org.techmil.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.techmil.annotate.Span;
import org.techmil.annotate.Token;
import org.techmil.annotate.Tokenizer;

/**
 * The entities techmil knows by name, and a longest-match finder for their names and aliases in text.
 * <p>
 * Matching is case-aware per alias token: an all-capital or digit-bearing token ("PLA", "US", "8200") must match
 * exactly; the first token, when capitalised ("Alibaba"), must match a capitalised word in any case ("ALIBABA" in a
 * headline); other tokens match in any case ("Russian armed forces" for "Russian Armed Forces"). Typographic apostrophes and dashes are
 * folded, so one spelling of an alias covers both.
 */
public final class Gazetteer {
    private final Map<String, Entity> byId = new LinkedHashMap<>();
    private final Node root = new Node();

    public Gazetteer(Collection<Entity> entities) {
        for (Entity e : entities) {
            if (byId.putIfAbsent(e.id(), e) != null)
                throw new IllegalArgumentException("duplicate gazetteer id: " + e.id());
        }
        for (Entity e : byId.values()) {
            for (String name : e.names().toList())
                for (String spelling : spellings(name))
                    add(spelling, e);
        }
    }

    private static final java.util.regex.Pattern STATE_INITIALS = java.util.regex.Pattern.compile("^(US|UK|U\\.S\\.|U\\.K\\.) ");

    /**
     * A name and its other spellings: of the state's initials in front ("UK Ministry of Defence", "U.K. Ministry of
     * Defence") and, for names of five words or more, of "Defence" ("Ministry of Defense and Armed Forces Logistics").
     */
    private static List<String> spellings(String name) {
        List<String> out = new java.util.ArrayList<>();
        for (String n : initialsSpellings(name)) {
            out.add(n);
            // only long names: "Department of National Defense" is Manila's, "Department of National Defence" Ottawa's
            if (n.split(" ").length < OTHER_SPELLING_MIN_WORDS)
                continue;
            if (n.contains("Defence"))
                out.add(n.replace("Defence", "Defense"));
            else if (n.contains("Defense"))
                out.add(n.replace("Defense", "Defence"));
        }
        return out;
    }

    private static final int OTHER_SPELLING_MIN_WORDS = 5;

    private static List<String> initialsSpellings(String name) {
        java.util.regex.Matcher m = STATE_INITIALS.matcher(name);
        if (!m.find())
            return List.of(name);
        String other = switch (m.group(1)) {
            case "US" -> "U.S.";
            case "UK" -> "U.K.";
            case "U.S." -> "US";
            default -> "UK";
        };
        return List.of(name, other + " " + name.substring(m.end()));
    }

    public Optional<Entity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Entity> entities() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }

    private void add(String alias, Entity e) {
        List<Token> tokens = Tokenizer.tokenize(alias);
        if (tokens.isEmpty())
            return;
        Node node = root;
        for (Token t : tokens)
            node = node.children.computeIfAbsent(t.lower(), k -> new Node());
        // keep the first entity that claims an alias; later duplicates are ignored rather than made ambiguous
        node.targets.add(new Target(e, tokens.stream().map(Token::text).toList()));
    }

    /** All longest, non-overlapping name matches in a token list, left to right. */
    public List<Match> find(List<Token> tokens) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match best = longestAt(tokens, i);
            if (best == null) {
                i++;
            } else {
                matches.add(best);
                i = best.endToken();
            }
        }
        return matches;
    }

    private Match longestAt(List<Token> tokens, int start) {
        if (secondHalfOfCompoundName(tokens, start))
            return null; // "Alabuga" in "Tekhnopark-Alabuga", but "China" in "US-China talks"
        Node node = root;
        Match best = null;
        for (int j = start; j < tokens.size(); j++) {
            Token tok = tokens.get(j);
            if (j > start && gapBetween(tokens.get(j - 1), tok) > 1)
                break;
            node = node.children.get(tok.lower());
            if (node == null)
                break;
            if (gluedToWordAfterApostrophe(tokens, j + 1) || gluedToNameAfterHyphen(tokens, j + 1)
                    || lowerCaseCompound(tokens, j))
                continue; // "Xi" in "Xi'an", "Kupol" in "Kupol-Prom": a name does not end inside a longer name
            for (Target target : node.targets) {
                if (casesAgree(target.aliasTokens(), tokens, start)) {
                    best = new Match(new Span(tokens.get(start).span().start(), tok.span().end()), target.entity(),
                            start, j + 1);
                    break;
                }
            }
        }
        // a name must not continue into a longer word run such as "U.S" inside "U.S.-made" (fine) but not "Pla" + "net"
        return best;
    }

    /** Whether tokens from {@code k} are an apostrophe and a word other than the possessive "s", glued together. */
    private static boolean gluedToWordAfterApostrophe(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || gapBetween(tokens.get(k - 1), tokens.get(k)) != 0
                || gapBetween(tokens.get(k), tokens.get(k + 1)) != 0)
            return false;
        String mark = tokens.get(k).text();
        String next = tokens.get(k + 1).text();
        return (mark.equals("'") || mark.equals("\u2019")) && tokens.get(k + 1).isWord() && !next.equals("s")
                && !next.equals("S") && Character.isLowerCase(next.codePointAt(0));
    }

    /**
     * Whether the lower-case word at {@code j} is the first half of a compound ("military" in "Chinese
     * military-industrial complex", "military-civil fusion"): then the name does not end there.
     */
    private static boolean lowerCaseCompound(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        return t.isWord() && t.text().equals(t.lower()) && j + 2 < tokens.size() && tokens.get(j + 1).text().equals("-")
                && gapBetween(t, tokens.get(j + 1)) == 0 && gapBetween(tokens.get(j + 1), tokens.get(j + 2)) == 0
                && tokens.get(j + 2).isWord();
    }

    /**
     * Whether the word at {@code start} follows a capitalised word and a hyphen glued to it, where that word opens
     * no known name: then it is the second half of an unknown compound name ("Tekhnopark-Alabuga").
     */
    private boolean secondHalfOfCompoundName(List<Token> tokens, int start) {
        if (start < 2 || !tokens.get(start - 1).text().equals("-") || gapBetween(tokens.get(start - 2), tokens.get(start - 1)) != 0
                || gapBetween(tokens.get(start - 1), tokens.get(start)) != 0)
            return false;
        Token before = tokens.get(start - 2);
        return before.isWord() && Character.isUpperCase(before.text().codePointAt(0)) && !root.children.containsKey(before.lower());
    }

    /** Whether tokens from {@code k} are a hyphen and a capitalised word glued together ("-Prom" in "Kupol-Prom"). */
    private static boolean gluedToNameAfterHyphen(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || gapBetween(tokens.get(k - 1), tokens.get(k)) != 0
                || gapBetween(tokens.get(k), tokens.get(k + 1)) != 0 || !tokens.get(k).text().equals("-"))
            return false;
        String next = tokens.get(k + 1).text();
        return tokens.get(k + 1).isWord() && Character.isUpperCase(next.codePointAt(0));
    }

    private static int gapBetween(Token a, Token b) {
        return b.span().start() - a.span().end();
    }

    private static boolean casesAgree(List<String> alias, List<Token> tokens, int start) {
        for (int k = 0; k < alias.size(); k++) {
            String want = alias.get(k);
            String got = tokens.get(start + k).text();
            if (!Character.isLetterOrDigit(want.codePointAt(0)))
                continue;
            boolean hasUpperAfterFirst = want.codePoints().skip(1).anyMatch(Character::isUpperCase);
            boolean hasDigit = want.codePoints().anyMatch(Character::isDigit);
            if (hasUpperAfterFirst || (hasDigit && want.length() <= 4) || want.length() == 1) {
                if (!want.equals(got) && !(isCamelCase(want) && got.equals(titleCase(want))))
                    return false;
            } else if (k == 0 && Character.isUpperCase(want.codePointAt(0))) {
                // the first word of a name keeps its capital; later words may be lower case ("Russian armed forces")
                if (!Character.isUpperCase(got.codePointAt(0)))
                    return false;
            }
        }
        return true;
    }

    /** "ChangXin", "DeepSeek": a capitalised word of five letters or more with capitals and small letters after its first. */
    private static boolean isCamelCase(String word) {
        return word.length() >= 5 && Character.isUpperCase(word.codePointAt(0))
                && word.codePoints().skip(1).anyMatch(Character::isUpperCase)
                && word.codePoints().skip(1).anyMatch(Character::isLowerCase);
    }

    /** "Changxin" for "ChangXin": news copy often writes a camel-case name with one capital. */
    private static String titleCase(String word) {
        return word.substring(0, 1) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** A name found in text. */
    public record Match(Span span, Entity entity, int startToken, int endToken) {
    }

    private record Target(Entity entity, List<String> aliasTokens) {
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>();
        final List<Target> targets = new ArrayList<>(1);
    }
}
