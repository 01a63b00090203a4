package org.techmil.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Normalised organisation names for matching a listed name against the names the graph knows.
 * <p>
 * A name is folded to lower-case ASCII words: accents are stripped, "&amp;" becomes "and", punctuation becomes a
 * space, a few spelling variants are unified (defence/defense, centre/center, technologies/technology, Peking/Beijing
 * ...) and legal-form words at the end or anywhere as a run are dropped (Co., Ltd., "Co., Ltd.", Company Limited,
 * Inc., Corporation, Group, Holdings, LLC, JSC ...). "Hangzhou Hikvision Digital Technology Co., Ltd." and
 * "HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO LTD" both become {@code hangzhou hikvision digital technology}.
 * Names in non-Latin scripts keep their characters (lower-cased, spaces collapsed).
 */
public final class Names {
    /** Words that only say what legal form a firm has; they never tell two firms apart. */
    private static final Set<String> LEGAL = Set.of("co", "company", "companies", "ltd", "limited", "inc", "incorporated",
            "corp", "corporation", "group", "holding", "holdings", "llc", "plc", "lp", "llp", "sa", "ag", "gmbh", "bv",
            "nv", "jsc", "pjsc", "ojsc", "cjsc", "oao", "zao", "ooo", "pte", "pty", "kk", "spa", "srl", "ab", "oy",
            "the", "share", "shares", "stock", "joint", "jointstock", "sdn", "bhd");
    /** Spelling and transliteration variants, folded to one form. */
    private static final Map<String, String> VARIANTS = Map.ofEntries(
            Map.entry("technologies", "technology"), Map.entry("tech", "technology"),
            Map.entry("technological", "technology"), Map.entry("intl", "international"),
            Map.entry("defence", "defense"), Map.entry("centre", "center"), Map.entry("organisation", "organization"),
            Map.entry("electronic", "electronics"), Map.entry("systems", "system"), Map.entry("industries", "industry"),
            Map.entry("industrial", "industry"), Map.entry("institutes", "institute"), Map.entry("labs", "laboratory"),
            Map.entry("lab", "laboratory"), Map.entry("laboratories", "laboratory"),
            Map.entry("peking", "beijing"), Map.entry("canton", "guangzhou"), Map.entry("tientsin", "tianjin"),
            Map.entry("nanking", "nanjing"), Map.entry("chungking", "chongqing"), Map.entry("sinkiang", "xinjiang"),
            Map.entry("hangchow", "hangzhou"), Map.entry("amoy", "xiamen"), Map.entry("szechuan", "sichuan"),
            Map.entry("univ", "university"), Map.entry("dept", "department"),
            Map.entry("mfg", "manufacturing"), Map.entry("elec", "electronics"), Map.entry("sci", "science"));
    /** Place names that Chinese firms often carry in front of their trade name ("Hangzhou Hikvision ..."). */
    private static final Set<String> LEADING_PLACES = Set.of("beijing", "shanghai", "shenzhen", "hangzhou", "guangzhou",
            "zhejiang", "jiangsu", "wuhan", "chengdu", "tianjin", "sichuan", "hefei", "xian", "nanjing", "guangdong",
            "hong kong", "chongqing", "xiamen", "suzhou", "anhui", "hubei", "shandong", "dalian", "changsha", "xinjiang",
            "sz");

    private Names() {
    }

    /** The normalised words of {@code name}, legal forms dropped; empty when nothing but legal forms is left. */
    public static List<String> words(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.replace('’', '\'').replace("&", " and ").replace("+", " plus ").toLowerCase(Locale.ROOT);
        s = s.replaceAll("'s\\b", "s").replaceAll("\\.(?=\\p{L}\\.)", "").replace("'", "");
        List<String> out = new ArrayList<>();
        for (String w : s.split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty())
                continue;
            w = VARIANTS.getOrDefault(w, w);
            out.add(w);
        }
        List<String> kept = new ArrayList<>();
        for (String w : out)
            if (!LEGAL.contains(w))
                kept.add(w);
        return kept.isEmpty() ? out : kept;
    }

    /** The normalised name as one string: {@code words(name)} joined by spaces. */
    public static String key(String name) {
        return String.join(" ", words(name));
    }

    /** The normalised words in alphabetical order, so that word order does not matter. */
    public static String sortedKey(String name) {
        String[] w = words(name).toArray(String[]::new);
        Arrays.sort(w);
        return String.join(" ", w);
    }

    /** The key without a leading place name ("hangzhou hikvision" to "hikvision"), or null when there is none. */
    public static String withoutLeadingPlace(String name) {
        List<String> w = words(name);
        if (w.size() < 2)
            return null;
        if (w.size() > 2 && LEADING_PLACES.contains(w.get(0) + " " + w.get(1)))
            return String.join(" ", w.subList(2, w.size()));
        if (LEADING_PLACES.contains(w.get(0)))
            return String.join(" ", w.subList(1, w.size()));
        return null;
    }

    /** All the keys under which a name is indexed: its key, its sorted key and its key without a leading place. */
    public static Set<String> keys(String name) {
        Set<String> keys = new LinkedHashSet<>();
        String k = key(name);
        if (k.isEmpty())
            return keys;
        keys.add(k);
        keys.add(sortedKey(name));
        String noPlace = withoutLeadingPlace(name);
        if (noPlace != null)
            keys.add(noPlace);
        return keys;
    }

    /**
     * How well two names agree, from 0 to 1: 1 when their keys are equal, 0.95 when only word order differs,
     * 0.9 when they are equal once a leading place name is dropped from one of them, else 0.85 times the Dice
     * coefficient of their character bigrams (so a fuzzy match never scores above 0.85).
     */
    public static double similarity(String a, String b) {
        String ka = key(a);
        String kb = key(b);
        if (ka.isEmpty() || kb.isEmpty())
            return 0;
        if (ka.equals(kb))
            return 1.0;
        if (sortedKey(a).equals(sortedKey(b)))
            return 0.95;
        String pa = withoutLeadingPlace(a);
        String pb = withoutLeadingPlace(b);
        if ((pa != null && pa.equals(kb)) || (pb != null && pb.equals(ka)) || (pa != null && pa.equals(pb)))
            return 0.9;
        return 0.85 * dice(ka, kb);
    }

    static double dice(String a, String b) {
        List<String> ba = bigrams(a);
        List<String> bb = bigrams(b);
        if (ba.isEmpty() || bb.isEmpty())
            return 0;
        List<String> rest = new ArrayList<>(bb);
        int common = 0;
        for (String g : ba)
            if (rest.remove(g))
                common++;
        return 2.0 * common / (ba.size() + bb.size());
    }

    private static List<String> bigrams(String s) {
        String t = s.replace(" ", "");
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 2 <= t.length(); i++)
            out.add(t.substring(i, i + 2));
        return out;
    }

    /** The distinct words of a name, for finding candidates that share at least one word. */
    static Set<String> distinctWords(String name) {
        return new HashSet<>(words(name));
    }
}
