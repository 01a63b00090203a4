package org.techmil.extract;

import java.util.ArrayList;
import java.util.List;

import org.techmil.annotate.AnnotatedText;
import org.techmil.annotate.Sentence;
import org.techmil.annotate.Token;

/**
 * Gives each person mention a role and the organisation it holds the role for: the role word around the name
 * ("spokesperson Li Wei", "Li Wei, a spokesman"), the organisation written by the role ("Huawei spokesperson Jo Li",
 * "Pelmor Avia's chief executive, Li Wen"), the gazetteer's affiliation, or the organisation named last before it.
 */
final class PersonRoles {
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    PersonRoles(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /**
     * Gives persons the organisation they speak for: "Huawei spokesperson Jo Li", "Jo Li, a spokesperson for
     * Huawei", or, when the text names no organisation, the gazetteer's affiliation, else the nearest organisation
     * named earlier in the same or the previous sentence.
     */
    List<Mention> attachRoles(AnnotatedText text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        java.util.Map<String, Mention> firstRole = new java.util.HashMap<>();
        for (int idx = 0; idx < mentions.size(); idx++) {
            Mention m = mentions.get(idx);
            if (m.type() != EntityType.PERSON) {
                out.add(m);
                continue;
            }
            String role = m.role() != null ? m.role() : roleAround(text, m);
            if (role == null && !m.entity().roles().isEmpty())
                role = m.entity().roles().get(0);
            Entity roleOf = null;
            if (lexicon.isOfficerRole(role))
                roleOf = ownerBeforeRole(text, mentions, idx);
            if (lexicon.isSpokespersonRole(role)) {
                roleOf = explicitOrganisation(text, mentions, idx);
                if (roleOf == null && m.entity().affiliation() != null)
                    roleOf = gazetteer.byId(m.entity().affiliation()).orElse(null);
                if (roleOf == null)
                    roleOf = organisationBefore(text, mentions, idx, 1, false);
            }
            if (roleOf == null && role != null && ownedRole(text, m)) {
                // "its chief executive, X" after "... shipped sensors to the Russian army": a firm's role is a firm's
                if (lexicon.isFirmRole(role))
                    roleOf = firmBefore(text, mentions, idx, OWNER_CARRY_SENTENCES);
                if (roleOf == null)
                    roleOf = organisationBefore(text, mentions, idx, OWNER_CARRY_SENTENCES, true); // "its general manager, X"
            }
            if (roleOf == null && lexicon.isOfficerRole(role))
                roleOf = ownerInApposition(text, mentions, idx, role);
            if (role == null && roleOf == null && firstRole.containsKey(m.entity().id())) {
                // "its founder, Cemil Aksoy" then "Aksoy said ...": the person keeps the role they were introduced with
                Mention first = firstRole.get(m.entity().id());
                role = first.role();
                roleOf = first.roleOf();
            }
            if (roleOf != null)
                firstRole.putIfAbsent(m.entity().id(), m.withRole(role, roleOf));
            out.add(m.withRole(role, roleOf));
        }
        return out;
    }

    /** Whether a person is introduced as "its chairman, X" or "its chief executive X": a role the last organisation owns. */
    private boolean ownedRole(AnnotatedText text, Mention m) {
        List<Token> tokens = text.tokens();
        int k = text.tokenAtOrAfter(m.span().start()) - 1;
        if (k >= 0 && tokens.get(k).text().equals(","))
            k--;
        for (int words = 0; k >= 0 && words < 4 && tokens.get(k).isWord(); k--, words++) {
            String w = tokens.get(k).lower();
            if (w.equals("its") || w.equals("their"))
                return true;
        }
        return false;
    }

    /** A role word just before the name ("spokesperson Li Wei") or in an apposition after it ("Li Wei, a spokesman"). */
    private String roleAround(AnnotatedText text, Mention m) {
        List<Token> tokens = text.tokens();
        int first = text.tokenAtOrAfter(m.span().start());
        if (first > 0 && lexicon.isPersonRole(tokens.get(first - 1).text()))
            return tokens.get(first - 1).lower();
        // "Its chairman, Tsai Ming-hung,": the role before the comma
        if (first > 1 && tokens.get(first - 1).text().equals(",") && lexicon.isPersonRole(tokens.get(first - 2).text()))
            return tokens.get(first - 2).lower();
        int after = text.tokenAtOrAfter(m.span().end());
        if (after + 2 < tokens.size() && tokens.get(after).text().equals(",")) {
            for (int k = after + 1; k < Math.min(tokens.size(), after + 5); k++)
                if (lexicon.isPersonRole(tokens.get(k).text()))
                    return tokens.get(k).lower();
        }
        return null;
    }

    /** "'s chief executive, ": an owner's role between the owner and the person who holds it. */
    private static final java.util.regex.Pattern OWNER_ROLE_GAP = java.util.regex.Pattern.compile("['\u2019]s(\\s+[\\p{L}-]+){1,3},?\\s*");

    /** The organisation whose role is written right before a person: "Pelmor Avia's chief executive, Li Wen"; or null. */
    private static Entity ownerBeforeRole(AnnotatedText text, List<Mention> mentions, int idx) {
        if (idx == 0)
            return null;
        Mention prev = mentions.get(idx - 1);
        Mention person = mentions.get(idx);
        return isOrganisation(prev) && prev.span().end() <= person.span().start() && OWNER_ROLE_GAP.matcher(
                text.text().substring(prev.span().end(), person.span().start())).matches() ? prev.entity() : null;
    }

    /**
     * "Norbert Muhrer, Quectel president and chief sales officer", "Li Wen, the chief executive of Pelmor Avia": the
     * organisation named in the apposition that gives the person's role {@code role}; or null.
     */
    private static Entity ownerInApposition(AnnotatedText text, List<Mention> mentions, int idx, String role) {
        if (idx + 1 >= mentions.size())
            return null;
        Mention person = mentions.get(idx);
        Mention next = mentions.get(idx + 1);
        if (!isOrganisation(next) || next.span().start() < person.span().end())
            return null;
        String before = text.text().substring(person.span().end(), next.span().start());
        int to = Math.min(text.text().length(), next.span().end() + 40);
        String after = text.text().substring(next.span().end(), to).toLowerCase(java.util.Locale.ROOT);
        String r = java.util.regex.Pattern.quote(role);
        return APPOSITION_OPENS.matcher(before).matches() && java.util.regex.Pattern.compile("^(['’]s)?\\s+([\\w-]+\\s+){0,2}" + r + "\\b").matcher(after).find()
                || java.util.regex.Pattern.compile("(?s)^,\\s+(the |a |an )?([\\w-]+\\s+){0,2}" + r + "\\s+(of|at)\\s+(the\\s+)?$")
                    .matcher(before.toLowerCase(java.util.Locale.ROOT)).matches() ? next.entity() : null;
    }

    private static final java.util.regex.Pattern APPOSITION_OPENS = java.util.regex.Pattern.compile("(?s),\\s+(the\\s+)?");

    /** "Huawei spokesperson X" or "X, a spokesperson for Huawei": an organisation named right by the role. */
    private Entity explicitOrganisation(AnnotatedText text, List<Mention> mentions, int idx) {
        Mention person = mentions.get(idx);
        if (idx > 0) {
            Mention prev = mentions.get(idx - 1);
            if (isOrganisation(prev) && text.wordsBetween(prev.span().end(), person.span().start()) <= 2
                    && person.span().start() - prev.span().end() < 40)
                return prev.entity();
        }
        if (idx + 1 < mentions.size()) {
            Mention next = mentions.get(idx + 1);
            String between = text.text().substring(person.span().end(), Math.max(person.span().end(), next.span().start()));
            if (isOrganisation(next) && between.startsWith(",") && between.length() < 45
                    && between.matches("(?s),\\s+(a|an|the)?\\s*[\\w\\s-]*\\b(for|of|at)\\s+(the\\s+)?"))
                return next.entity();
        }
        return null;
    }

    private static final int OWNER_CARRY_SENTENCES = 4;

    /**
     * The organisation named last before the person at {@code idx}, at most {@code sentencesBack} sentences back;
     * with {@code outsideQuotes}, names inside quotations and outlets are passed over.
     */
    private static Entity organisationBefore(AnnotatedText text, List<Mention> mentions, int idx, int sentencesBack,
                                             boolean outsideQuotes) {
        // "In a reply to Thames Wire, its managing director, X": the outlet asking is not the owner
        return namedBefore(text, mentions, idx, sentencesBack, m -> isOrganisation(m)
                && (!outsideQuotes || (text.quoteAround(m.span()) == null && m.type() != EntityType.MEDIA)));
    }

    /** The firm named last before the person at {@code idx}, outside quotations, at most {@code sentencesBack} sentences back. */
    private static Entity firmBefore(AnnotatedText text, List<Mention> mentions, int idx, int sentencesBack) {
        return namedBefore(text, mentions, idx, sentencesBack,
                m -> m.type() == EntityType.TECH_FIRM && text.quoteAround(m.span()) == null);
    }

    /** The entity of the last mention before {@code idx} that {@code wanted} accepts, at most {@code sentencesBack} sentences back. */
    private static Entity namedBefore(AnnotatedText text, List<Mention> mentions, int idx, int sentencesBack,
                                      java.util.function.Predicate<Mention> wanted) {
        Sentence here = text.sentenceAt(mentions.get(idx).span().start());
        for (int k = idx - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            if (here.index() - text.sentenceAt(m.span().start()).index() > sentencesBack)
                break;
            if (wanted.test(m))
                return m.entity();
        }
        return null;
    }

    private static boolean isOrganisation(Mention m) {
        return m.type() != EntityType.PERSON && m.type() != EntityType.COUNTRY;
    }
}
