package org.techmil.link;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which body lists a record and under what list, from the words the list files use: the CSL's
 * {@code source} ("Entity List (EL) - Bureau of Industry and Security"), OpenSanctions programme ids
 * ({@code US-DOD-1260H}), authorities and dataset names ({@code us_dod_chinese_milcorps}). The first rule whose
 * pattern is found wins; its body is a gazetteer id. Text no rule knows is resolved by name by the importer.
 */
final class ListingBodies {
    /** A body and the name of its list or measure, which becomes the designation's {@code tm:detail}. */
    record Listing(String bodyId, String bodyName, String detail) {
    }

    private record Rule(Pattern pattern, String bodyId, String detail) {
    }

    private static final List<Rule> RULES = List.of(
            rule("1260h|us_dod_chinese_milcorps|dod chinese military", "us-department-of-defense",
                    "1260H list of Chinese military companies"),
            rule("ns-cmic|\\bcmic\\b|chinese military-industrial complex", "ofac",
                    "Non-SDN Chinese Military-Industrial Complex Companies List (NS-CMIC)"),
            rule("military end.user|\\bmeu\\b", "bureau-of-industry-and-security", "Military End-User List (MEU)"),
            rule("unverified list|\\buvl\\b", "bureau-of-industry-and-security", "Unverified List (UVL)"),
            rule("denied persons|us_bis_denied", "bureau-of-industry-and-security", "Denied Persons List (DPL)"),
            rule("entity list|us-bis-el|us_bis_entity", "bureau-of-industry-and-security", "Entity List (EL)"),
            rule("specially designated nationals|\\bsdn\\b|us_ofac_sdn", "ofac",
                    "Specially Designated Nationals and Blocked Persons List (SDN)"),
            rule("covered list|us_fcc_covered", "fcc", "FCC Covered List"),
            rule("unreliable entit", "mofcom", "Unreliable Entity List"),
            rule("eu_fsf|council regulation \\(eu\\)|eu financial sanctions", "council-of-the-european-union",
                    "EU financial sanctions"),
            rule("gb_hmt|ofsi|uk financial sanctions", "hm-treasury", "UK financial sanctions"),
            rule("state department|department of state|itar|aeca debarred|nonproliferation sanctions",
                    "us-department-of-state", null),
            rule("treasury department", "ofac", null));

    private ListingBodies() {
    }

    private static Rule rule(String regex, String body, String detail) {
        return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), body, detail);
    }

    /** The listing for an entry; {@code bodyId} is null when no rule knows the text. */
    static Listing of(ListEntry e) {
        String text = String.join(" | ", e.programmes()) + " | " + (e.listHint() == null ? "" : e.listHint()) + " | "
                + (e.bodyHint() == null ? "" : e.bodyHint());
        String fallbackDetail = e.listHint() != null ? e.listHint()
                : e.programmes().isEmpty() ? null : e.programmes().get(0);
        for (Rule r : RULES)
            if (r.pattern().matcher(text).find())
                return new Listing(r.bodyId(), null, r.detail() != null ? r.detail() : fallbackDetail);
        return new Listing(null, bodyName(e.bodyHint()), fallbackDetail);
    }

    /** "Some List - Some Agency" to "Some Agency"; an OpenSanctions "authority | dataset" to the authority. */
    private static String bodyName(String hint) {
        if (hint == null || hint.isBlank())
            return null;
        String h = hint.split(" \\| ")[0].strip();
        int dash = h.lastIndexOf(" - ");
        String name = dash > 0 ? h.substring(dash + 3).strip() : h;
        return name.isEmpty() || name.toLowerCase(Locale.ROOT).matches("[a-z0-9_]+") && name.contains("_") ? null : name;
    }
}
