package org.techmil.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

import org.techmil.annotate.AnnotatedText;
import org.techmil.annotate.Span;
import org.techmil.annotate.Token;
import org.techmil.annotate.Tokenizer;

/**
 * Finds persons the gazetteer may not know: after a title or role ("Dr. Jane Roe", "spokesperson Li Wei"), by a
 * common first name ("Hossein Rahimi"), as speakers of a transcript ("DANA OREN:"), as founders ("founded by Tamar
 * Levy"), by a first name and a surname's initial ("Marek S."), in apposition or next to a verb of saying ("Karen Roe,
 * a lawyer for the firm,", "said Karen Roe"); then marks a person named in full where the article uses the surname
 * alone ("Fedorov said").
 */
final class PersonNames {
    /** Words that may follow the speaker of an inverted "said Jane Roe": a preposition or conjunction, no verb. */
    private static final java.util.Set<String> AFTER_INVERTED_SPEAKER = java.util.Set.of("in", "on", "at", "of", "who",
            "whose", "and", "adding", "according", "during", "from", "after", "before", "when", "while", "to", "with", "for");

    private static final int MAX_NAME_WORDS = 4;
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    PersonNames(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    private static final java.util.Set<String> TITLE_OF = java.util.Set.of("of", "for");
    private static final java.util.Set<String> BODY_CONNECTORS = java.util.Set.of("of", "and", "for", "the", "&");
    private static final int MAX_TITLE_RUN = 12;

    /**
     * "Minister of Foreign Affairs Sergei Lavrov", "Chief of General Staff Valeriy Gerasimov", "Secretary of the Navy
     * John Phelan": an official's title that names a body, then the official's name. The name is the first run of two
     * or three free capitalised words right after a word that ends a body (data: {@code titleBodyWords}), so "Secretary
     * of State for Defence Ben Wallace" names Ben Wallace; the title's first word is the person's role.
     */
    void findTitledOfficials(AnnotatedText text, Mention[] byToken, List<Mention> out) {
        List<Token> tokens = text.tokens();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (byToken[i] != null || !t.isWord() || !t.isCapitalised() || !lexicon.isPersonRole(t.text())
                    || !TITLE_OF.contains(tokens.get(i + 1).text()))
                continue;
            // the name follows the first word that ends a body and is itself followed by two or three name words
            int from = -1;
            int to = -1;
            for (int k = i + 2; k < tokens.size() && k - i <= MAX_TITLE_RUN && EntityRecognizer.sameSentence(text, i, k)
                    && (tokens.get(k).isWord() && tokens.get(k).isCapitalised() || BODY_CONNECTORS.contains(tokens.get(k).text())); k++) {
                if (isPerson(byToken[k]))
                    break;
                if (!lexicon.isTitleBodyWord(tokens.get(k).text()) || !tokens.get(k).isCapitalised())
                    continue;
                int end = personNameEnd(text, k + 1, byToken);
                int words = nameWords(tokens, k + 1, end);
                if (words >= 2 && words <= 3 && (end >= tokens.size() || !tokens.get(end).isWord() || !tokens.get(end).isCapitalised())
                        && officialsName(tokens, byToken, k + 1, end)) {
                    from = k + 1;
                    to = end;
                    break;
                }
            }
            if (from < 0)
                continue;
            addPerson(text, byToken, out, from, to, t.lower());
            Mention official = byToken[from];
            for (int q = i; q < from; q++)
                if (byToken[q] == null)
                    byToken[q] = official; // the title's words name no organisation of their own
            i = to - 1;
        }
    }

    /** Whether tokens {@code [from, to)} may be an official's name: free words, none that names a body or joins words. */
    private boolean officialsName(List<Token> tokens, Mention[] byToken, int from, int to) {
        if (lexicon.organisationPatterns().looksLikeOrganisation(tokens.subList(from, to)))
            return false;
        for (int q = from; q < to; q++)
            if (byToken[q] != null || lexicon.isTitleBodyWord(tokens.get(q).text()) || lexicon.isFunctionWord(tokens.get(q).text()))
                return false;
        return true;
    }

    /** "Dr. Jane Roe", "spokesperson Li Wei", "analyst Sam Ortiz": a title or role, then capitalised words. */
    void findCuedPersons(AnnotatedText text, Mention[] byToken, List<Mention> out) {
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (byToken[i] != null || !t.isWord())
                continue;
            boolean title = lexicon.isPersonTitle(t.text()) && t.isCapitalised();
            boolean role = lexicon.isPersonRole(t.text());
            if (!title && !role)
                continue;
            int j = i + 1;
            if (j < tokens.size() && tokens.get(j).text().equals("."))
                j++;
            if (role && j < tokens.size() && lexicon.isPersonTitle(tokens.get(j).text()) && tokens.get(j).isCapitalised()) {
                j++;
                if (j < tokens.size() && tokens.get(j).text().equals("."))
                    j++;
            }
            int nameStart = j;
            if (nameStart < tokens.size() && lexicon.isTitleBodyWord(tokens.get(nameStart).text()))
                continue; // "General Staff": a title's body, no name
            j = personNameEnd(text, nameStart, byToken);
            int words = nameWords(tokens, nameStart, j);
            if (words < (title ? 1 : 2))
                continue;
            // "Crescent Gate General Trading": a title followed by the word of a firm's name is part of that name
            if (lexicon.organisationPatterns().looksLikeOrganisation(tokens.subList(nameStart, j)))
                continue;
            Span span = new Span(tokens.get(nameStart).span().start(), tokens.get(j - 1).span().end());
            String label = span.coveredText(text.text());
            Entity person = gazetteer.entities().stream()
                    .filter(e -> e.type() == EntityType.PERSON && e.label().equals(label)).findFirst()
                    .orElseGet(() -> Entity.discovered("person", label, EntityType.PERSON));
            Mention mention = new Mention(span, person, Mention.Kind.PERSON_CUE, role ? t.lower() : null, null);
            out.add(mention);
            for (int k = nameStart; k < j; k++)
                byToken[k] = mention;
            i = j - 1;
        }
    }

    /**
     * "the two Iranians, Hossein Rahimi and Majid Karbaschi,": a common first name followed by one or two more name
     * words names a person with no title or role around it, unless the words end like an organisation's name
     * ("Martin Aerospace").
     */
    void findNamedPersons(AnnotatedText text, Mention[] byToken, List<Mention> out) {
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (byToken[i] != null || !t.isWord() || !lexicon.isGivenName(t.text()))
                continue;
            int j = personNameEnd(text, i, byToken);
            // "Under Secretary for Terrorism and Financial Intelligence Brian Nelson said": the end of a title run
            // before a verb of saying still names the speaker
            boolean speaks = j < tokens.size() && SAYING_AFTER_NAME.contains(tokens.get(j).lower());
            if (i > 0 && tokens.get(i - 1).isWord() && tokens.get(i - 1).isCapitalised() && byToken[i - 1] == null
                    && EntityRecognizer.sameSentence(text, i - 1, i) && !speaks)
                continue; // inside a longer capitalised run
            int words = nameWords(tokens, i, j);
            if (words < 2 || words > 3 || lexicon.organisationPatterns().looksLikeOrganisation(tokens.subList(i, j)))
                continue;
            if (j < tokens.size() && tokens.get(j).isWord() && tokens.get(j).isCapitalised() && EntityRecognizer.sameSentence(text, i, j))
                continue; // the run goes on into words that are no name
            Span span = new Span(tokens.get(i).span().start(), tokens.get(j - 1).span().end());
            String label = span.coveredText(text.text());
            Entity person = gazetteer.entities().stream()
                    .filter(e -> e.type() == EntityType.PERSON && e.label().equals(label)).findFirst()
                    .orElseGet(() -> Entity.discovered("person", label, EntityType.PERSON));
            Mention mention = withTitleBefore(text, byToken, i, new Mention(span, person, Mention.Kind.NAME));
            out.add(mention);
            for (int k = i; k < j; k++)
                byToken[k] = mention;
            i = j - 1;
        }
    }

    private static final java.util.Set<String> TITLE_CONNECTORS = java.util.Set.of("in", "of", "for", "and", "the", "on");
    private static final int TITLE_WORDS = 10;

    /**
     * "FBI Assistant Director in Charge James Smith", "Treasury Under Secretary Brian Nelson": a person after a title
     * that opens with a state's body acts for that body, and one after an official's title ("Attorney General") for the
     * state; the mention gets the role, else it is returned as it is.
     */
    private Mention withTitleBefore(AnnotatedText text, Mention[] byToken, int start, Mention person) {
        List<Token> tokens = text.tokens();
        String role = null;
        for (int k = start - 1; k >= Math.max(0, start - TITLE_WORDS) && EntityRecognizer.sameSentence(text, k, start); k--) {
            Token t = tokens.get(k);
            if (byToken[k] != null) {
                EntityType type = byToken[k].type();
                return type == EntityType.GOVERNMENT || type == EntityType.MILITARY
                        ? person.withRole(role != null ? role : "official", byToken[k].entity())
                        : role != null ? person.withRole(role, null) : person;
            }
            if (!t.isWord() || !t.isCapitalised() && !TITLE_CONNECTORS.contains(t.text()))
                break;
            if (lexicon.isOfficialRole(t.lower()))
                role = t.lower();
        }
        return role != null ? person.withRole(role, null) : person;
    }

    /** One romanised syllable of a Chinese or Korean given name: "qiang", "xiao", "jae", "bok", "seok". */
    private static final String SYLLABLE = "(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])(?:iang|iong|uang|ueng|yeo|ang|eng|ing|ong|"
            + "ian|iao|uai|uan|eon|eok|eol|eun|oon|ook|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|eo|oo|ae|oe|ok|ik|ul|"
            + "ak|uk|ol|il|ap|ip|a|o|e|i|u)|ang|eng|ai|ei|ao|ou|an|en|er|a|o|e)";
    private static final java.util.regex.Pattern GIVEN_SYLLABLES = java.util.regex.Pattern.compile(SYLLABLE + "{1,3}");
    private static final java.util.regex.Pattern ONE_SYLLABLE = java.util.regex.Pattern.compile(SYLLABLE);

    /**
     * "Wang Liqiang", "Moon Jae-in", "Huang Shu-kuang", "Kim Yong Bok": a Chinese, Korean or Vietnamese family name
     * followed by a given name of romanised syllables (one word, a hyphenated pair, or two one-syllable words) names a
     * person, where the name is followed by no further capitalised word.
     */
    void findEastAsianNames(AnnotatedText text, Mention[] byToken, List<Mention> out) {
        List<Token> tokens = text.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token family = tokens.get(i);
            if (byToken[i] != null || !family.isWord() || !lexicon.isEastAsianSurname(family.text()))
                continue;
            int j = i + 1;
            if (!adjacentWord(tokens, j, byToken) || !EntityRecognizer.sameSentence(text, i, j))
                continue;
            String first = tokens.get(j).lower();
            int end;
            if (isHyphenatedPart(tokens, j + 1) && ONE_SYLLABLE.matcher(first).matches()
                    && ONE_SYLLABLE.matcher(tokens.get(j + 2).text()).matches())
                end = j + 3; // "Jae-in", "Shu-kuang"
            else if (GIVEN_SYLLABLES.matcher(first).matches() && !(j + 1 < tokens.size() && tokens.get(j + 1).text().equals("-"))) {
                end = j + 1; // "Liqiang"
                if (adjacentWord(tokens, end, byToken) && EntityRecognizer.sameSentence(text, i, end)
                        && ONE_SYLLABLE.matcher(first).matches() && ONE_SYLLABLE.matcher(tokens.get(end).lower()).matches())
                    end++; // "Kim Yong Bok"
            } else
                continue;
            if (end < tokens.size() && tokens.get(end).isWord() && tokens.get(end).isCapitalised()
                    && EntityRecognizer.sameSentence(text, i, end))
                continue; // "Li Auto Inc", "Han Kook Tire Co": more capitalised words follow
            if (lexicon.organisationPatterns().looksLikeOrganisation(tokens.subList(i, end)))
                continue;
            addPerson(text, byToken, out, i, end, null);
            i = end - 1;
        }
    }

    /** Whether token {@code j} is a capitalised word no mention covers, one space after the token before it. */
    private static boolean adjacentWord(List<Token> tokens, int j, Mention[] byToken) {
        return j < tokens.size() && byToken[j] == null && tokens.get(j).isWord() && tokens.get(j).isCapitalised()
                && tokens.get(j).text().length() >= 2 && tokens.get(j).span().start() - tokens.get(j - 1).span().end() == 1
                && tokens.get(j).text().substring(1).equals(tokens.get(j).text().substring(1).toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.regex.Pattern FOUNDED_BY = java.util.regex.Pattern.compile(
            "\\b(founded|co-founded|cofounded|set up|started|established|created)\\s+(in\\s+\\d{4}\\s+)?by\\s+$");

    private static final java.util.regex.Pattern SPEAKER_LABEL = java.util.regex.Pattern.compile(
            "(?m)^[ \\t]*(?:\\[[0-9:.]+\\][ \\t]*)?(\\p{Lu}[\\p{Lu}'-]+(?:[ \\t]+\\p{Lu}[\\p{Lu}'-]+){1,2}):");

    /**
     * "[04:12] DANA OREN: So let's get to ...": a name in capitals that opens a line and ends in a colon, at least twice
     * in the article, is a speaker of a transcript, a person.
     */
    void findTranscriptSpeakers(AnnotatedText text, Mention[] byToken, List<Mention> out) {
        java.util.Map<String, List<Span>> byName = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher m = SPEAKER_LABEL.matcher(text.text());
        while (m.find())
            byName.computeIfAbsent(m.group(1).replaceAll("\\s+", " "), k -> new ArrayList<>()).add(new Span(m.start(1), m.end(1)));
        for (var e : byName.entrySet()) {
            List<Token> words = Tokenizer.tokenize(e.getKey());
            if (e.getValue().size() < 2 || words.stream().anyMatch(w -> w.isWord() && (lexicon.isNotName(w.text())
                    || lexicon.isFunctionWord(titleCase(w.text())) || lexicon.isNotName(titleCase(w.text())))))
                continue;
            String label = java.util.Arrays.stream(e.getKey().split(" ")).map(PersonNames::titleCase)
                    .collect(java.util.stream.Collectors.joining(" "));
            Entity person = Entity.discovered("person", label, EntityType.PERSON);
            for (Span span : e.getValue()) {
                int first = text.tokenAtOrAfter(span.start());
                int last = text.tokenAtOrAfter(span.end());
                if (java.util.stream.IntStream.range(first, last).anyMatch(k -> byToken[k] != null))
                    continue;
                Mention mention = new Mention(span, person, Mention.Kind.NAME);
                out.add(mention);
                for (int k = first; k < last; k++)
                    byToken[k] = mention;
            }
        }
    }

    private static String titleCase(String word) {
        StringBuilder b = new StringBuilder();
        boolean start = true;
        for (char c : word.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == '-' || c == '\'';
        }
        return b.toString();
    }

    /** "founded in 2021 by Tamar Levy, Eitan Shapira and Ori Ben-Haim": the founders named in a list are persons. */
    void findFounders(AnnotatedText text, Mention[] byToken, List<Mention> out) {
        List<Token> tokens = text.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            if (!tokens.get(i - 1).lower().equals("by"))
                continue;
            int from = Math.max(0, tokens.get(i).span().start() - 40);
            if (!FOUNDED_BY.matcher(text.folded().substring(from, tokens.get(i).span().start())).find())
                continue;
            int j = i;
            while (j < tokens.size() && byToken[j] == null) {
                int end = personNameEnd(text, j, byToken);
                if (nameWords(tokens, j, end) < 2)
                    break;
                addPerson(text, byToken, out, j, end, "founder");
                j = end;
                if (j < tokens.size() && tokens.get(j).text().equals(","))
                    j++;
                if (j < tokens.size() && tokens.get(j).lower().equals("and"))
                    j++;
            }
        }
    }

    private static final java.util.Set<String> INITIAL_CUES = java.util.Set.of("as", "and", "or", "named", "called",
            "suspect", "suspects", "defendant", "defendants", "businessman", "businesswoman", "national", "citizen", "man",
            "woman", "owner", "client");

    /**
     * "identified only as Marek S. and Piotr K.", "Dmitri W.'s lawyer": a first name and the initial of a surname, as
     * German and Polish reports name suspects, after a cue word or a role, or before a possessive, is a person; later
     * uses of it too.
     */
    void findInitialledPersons(AnnotatedText text, Mention[] byToken, List<Mention> out) {
        List<Token> tokens = text.tokens();
        java.util.Map<String, Entity> found = new java.util.LinkedHashMap<>();
        for (int i = 1; i + 2 < tokens.size(); i++) {
            Token first = tokens.get(i);
            Token initial = tokens.get(i + 1);
            Token stop = tokens.get(i + 2);
            if (byToken[i] != null || byToken[i + 1] != null || !first.isWord() || !first.isCapitalised()
                    || first.text().length() < 3 || !first.text().substring(1).equals(first.text().substring(1).toLowerCase(java.util.Locale.ROOT))
                    || lexicon.isFunctionWord(first.text()) || lexicon.isNotName(first.text()) || lexicon.isDemonym(first.text())
                    || !initial.text().matches("[A-HJ-Z]") || !stop.text().equals(".")
                    || initial.span().start() != first.span().end() + 1 || stop.span().start() != initial.span().end())
                continue;
            Token before = tokens.get(i - 1);
            boolean possessive = i + 4 < tokens.size() && OrganisationPatterns.isApostrophe(tokens.get(i + 3))
                    && tokens.get(i + 4).text().equals("s");
            boolean cued = EntityRecognizer.sameSentence(text, i - 1, i) && before.isWord()
                    && (INITIAL_CUES.contains(before.lower()) || lexicon.isPersonRole(before.text()));
            if (!possessive && !cued)
                continue;
            Span span = new Span(first.span().start(), stop.span().end());
            found.putIfAbsent(span.coveredText(text.text()), Entity.discovered("person", span.coveredText(text.text()), EntityType.PERSON));
        }
        EntityRecognizer.markLaterUses(text, byToken, out, found, false, Mention.Kind.PERSON_CUE);
    }

    private static final java.util.Set<String> SAYING = java.util.Set.of("said", "says", "told", "added", "according");
    private static final java.util.Set<String> SAYING_AFTER_NAME = java.util.Set.of("said", "says", "told", "added",
            "wrote", "writes", "warned", "argued", "explained", "noted", "stated", "asked", "replied", "insisted",
            "acknowledged", "admitted", "conceded", "countered");
    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of(",", "\"", "\u201c", "\u201d", "(", ":", ";", "-", "\u2013", "\u2014");

    /**
     * Persons named without a title: "Karen Roe, a lawyer for the firm, said" (a role in apposition) or
     * "..., said Karen Roe." (right after a verb of saying). Two or three capitalised words, not otherwise known.
     */
    void findAppositionPersons(AnnotatedText text, Mention[] byToken, List<Mention> out) {
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (byToken[i] != null || !isNameStart(tokens, i, byToken) || lexicon.isFunctionWord(tokens.get(i).text())
                    || lexicon.isDemonym(tokens.get(i).text()))
                continue;
            int j = personNameEnd(text, i, byToken);
            if (nameWords(tokens, i, j) < 2)
                continue;
            // "..., said Jane Roe." / "said Jane Roe in a statement", but not "Treasury says Radiotekh-Ural is a
            // supplier" or "added Navi Mumbai-based Sahyadri": there the name opens a clause of its own
            boolean afterSaying = i > 0 && SAYING.contains(tokens.get(i - 1).lower())
                    && (j >= tokens.size() || !tokens.get(j).isWord() || AFTER_INVERTED_SPEAKER.contains(tokens.get(j).text()));
            // "..., Noam Barak said." / "Noam Barak told reporters": an unknown name right before a verb of saying,
            // at a clause start, is a person (organisations were found by their shapes and cues before this)
            boolean beforeSaying = j < tokens.size() && SAYING_AFTER_NAME.contains(tokens.get(j).lower())
                    && (i == 0 || !EntityRecognizer.sameSentence(text, i - 1, i) || CLAUSE_OPENERS.contains(tokens.get(i - 1).text())
                            || afterPossessive(tokens, i)) // "Labour's Owen Pritchard asked"
                    && tokens.subList(i, j).stream().allMatch(t -> !t.isWord() || !t.isAllCaps())
                    && !lexicon.organisationPatterns().looksLikeOrganisation(tokens.subList(i, j));
            // "Derinsu's general manager, Levent Kaya, said"
            boolean afterRole = i > 1 && tokens.get(i - 1).text().equals(",") && roleJustBefore(tokens, i - 1)
                    && j < tokens.size() && (tokens.get(j).text().equals(",") || tokens.get(j).text().equals(".")
                            || SAYING.contains(tokens.get(j).lower()));
            // "EDGE's senior vice-president for missiles, Saeed Al Nuaimi, told reporters": a name set off by commas
            // right before a verb of saying
            boolean commaSaying = i > 0 && tokens.get(i - 1).text().equals(",") && j + 1 < tokens.size()
                    && tokens.get(j).text().equals(",") && SAYING_AFTER_NAME.contains(tokens.get(j + 1).lower())
                    && !lexicon.organisationPatterns().looksLikeOrganisation(tokens.subList(i, j));
            // "Karen Roe, a lawyer for the firm," / "Haluk Kaya, head of the agency," / "Dan Roe, US attorney for"
            boolean roleApposition = j + 2 < tokens.size() && tokens.get(j).text().equals(",")
                    && (java.util.Set.of("a", "an", "the").contains(tokens.get(j + 1).lower())
                            ? roleWithin(tokens, j + 2, Math.min(tokens.size(), j + 8))
                            : roleWithin(tokens, j + 1, Math.min(tokens.size(), j + 5)));
            // "Kamran Jafari, 52, a naturalized citizen", "Arthur Petrov, a 33-year-old dual citizen": a name followed
            // by an age in apposition; "Daofu Zhang, 50; Xianfeng Zuo, 37; were arrested": ages set off by semicolons
            boolean ageApposition = j + 2 < tokens.size() && tokens.get(j).text().equals(",")
                    && (tokens.get(j + 1).text().matches("\\d{1,2}") && (tokens.get(j + 2).text().equals(",") || tokens.get(j + 2).text().equals(";"))
                        || AGE_AFTER.matcher(text.text()).region(tokens.get(j).span().start(), text.text().length()).lookingAt())
                    && !lexicon.organisationPatterns().looksLikeOrganisation(tokens.subList(i, j));
            // "38-year-old Iranian Hossein Hatefi Ardakani": a name after an age, and perhaps a nationality
            Matcher age = AGE_BEFORE.matcher(text.text()).region(Math.max(0, tokens.get(i).span().start() - AGE_WINDOW),
                    tokens.get(i).span().start());
            boolean ageBefore = age.find() && (age.group(1) == null || lexicon.isDemonym(age.group(1).strip()))
                    && !lexicon.organisationPatterns().looksLikeOrganisation(tokens.subList(i, j));
            if (!afterSaying && !roleApposition && !afterRole && !beforeSaying && !ageApposition && !commaSaying && !ageBefore)
                continue;
            addPerson(text, byToken, out, i, j, null);
            i = j - 1;
        }
    }

    private static final java.util.regex.Pattern AGE_AFTER = java.util.regex.Pattern.compile(",\\s+(a|an)\\s+\\d{1,3}-year-old\\b");
    private static final java.util.regex.Pattern AGE_BEFORE = java.util.regex.Pattern.compile("\\b\\d{1,3}-year-old\\s+(\\p{Lu}\\p{L}+\\s+)?$");
    private static final int AGE_WINDOW = 40;

    /**
     * "Alexander Posobilov, Shavkat Abdullaev, and Anastasia Diatlova": in a list that a known person opens and "and"
     * closes, each item of two or three name words names a person too, though no first name of it is known; an age
     * may follow each name ("Dale Roe, 34, and Brent Coe, 46").
     */
    void findListedPersons(AnnotatedText text, Mention[] byToken, List<Mention> out) {
        List<Token> tokens = text.tokens();
        for (int p = 0; p < tokens.size(); p++) {
            if (!isPerson(byToken[p]) || p + 1 < tokens.size() && byToken[p + 1] == byToken[p])
                continue; // p: the last token of a known person's name
            List<int[]> items = new ArrayList<>();
            boolean closed = false;
            int k = p + 1;
            while (!closed && k < tokens.size()) {
                if (k + 1 < tokens.size() && tokens.get(k).text().equals(",") && tokens.get(k + 1).text().matches("\\d{1,3}"))
                    k += 2; // "Dale Roe, 34, and Brent Coe": an age after a name
                int at = k;
                if (at < tokens.size() && tokens.get(at).text().equals(","))
                    at++;
                if (at < tokens.size() && tokens.get(at).text().equals("and")) {
                    at++;
                    closed = true;
                }
                if (at == k || at >= tokens.size() || !EntityRecognizer.sameSentence(text, p, at))
                    break;
                if (isPerson(byToken[at])) { // a known person inside the list: step over it
                    Mention known = byToken[at];
                    while (at < tokens.size() && byToken[at] == known)
                        at++;
                    k = at;
                    continue;
                }
                if (!isNameStart(tokens, at, byToken) || lexicon.isFunctionWord(tokens.get(at).text()) || lexicon.isDemonym(tokens.get(at).text()))
                    break;
                int end = personNameEnd(text, at, byToken);
                int words = nameWords(tokens, at, end);
                if (words < 2 || words > 3 || lexicon.organisationPatterns().looksLikeOrganisation(tokens.subList(at, end)))
                    break;
                items.add(new int[]{at, end});
                k = end;
            }
            if (!closed || items.isEmpty())
                continue;
            for (int[] item : items)
                addPerson(text, byToken, out, item[0], item[1], null);
            p = items.get(items.size() - 1)[1] - 1;
        }
    }

    private static final java.util.regex.Pattern COUNTED_PEOPLE = java.util.regex.Pattern.compile("\\b(two|three|four|five|six|"
            + "seven|eight|nine|ten|\\d{1,2})\\s+([\\w-]+\\s+){0,2}(nationals|men|women|people|persons|individuals|executives|"
            + "suspects|defendants|citizens|businessmen|residents|employees|engineers|officials)\\s*[,:]\\s*$");
    private static final java.util.regex.Pattern ALIAS_CUE = java.util.regex.Pattern.compile("^\\s*,?\\s*(aka|a\\.k\\.a\\.|also known as)\\s+");
    private static final int MAX_COUNTED_NAMES = 10;
    /** How far before a name, in characters, the count of people it follows may start. */
    private static final int COUNT_REACH = 80;

    /**
     * "two Chinese nationals, Hong Wei Xian and Li Li, have been indicted", "Baoxia Liu, aka Emily Liu; Yiu Wa Yung, aka
     * Stephen Yung": the names that follow a count of people, and a name that another person's name is given for
     * ("aka"), are persons.
     */
    void findCountedPersons(AnnotatedText text, Mention[] byToken, List<Mention> out) {
        List<Token> tokens = text.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            if (!isNameStart(tokens, i, byToken) || lexicon.isDemonym(tokens.get(i).text()))
                continue;
            int end = personNameEnd(text, i, byToken);
            if (nameWords(tokens, i, end) < 2 || nameWords(tokens, i, end) > 3
                    || lexicon.organisationPatterns().looksLikeOrganisation(tokens.subList(i, end)))
                continue;
            int from = Math.max(0, tokens.get(i).span().start() - COUNT_REACH);
            boolean counted = COUNTED_PEOPLE.matcher(text.folded()).region(from, tokens.get(i).span().start()).find();
            boolean aliased = end < tokens.size() && ALIAS_CUE.matcher(text.text()).region(tokens.get(end - 1).span().end(),
                    text.text().length()).lookingAt();
            if (!counted && !aliased)
                continue;
            if (aliased) {
                addPerson(text, byToken, out, i, end, null);
                continue;
            }
            // the list after the count: names joined by commas, semicolons and a last "and"
            List<int[]> items = new ArrayList<>();
            int k = i;
            while (k < tokens.size() && items.size() < MAX_COUNTED_NAMES) {
                int e = personNameEnd(text, k, byToken);
                int words = nameWords(tokens, k, e);
                if (!isNameStart(tokens, k, byToken) || words < 2 || words > 3 || !EntityRecognizer.sameSentence(text, i, k))
                    break;
                items.add(new int[]{k, e});
                k = e;
                if (k + 1 < tokens.size() && (tokens.get(k).text().equals(",") || tokens.get(k).text().equals(";"))
                        && tokens.get(k + 1).text().equals("and"))
                    k += 2;
                else if (k < tokens.size() && (tokens.get(k).text().equals(",") || tokens.get(k).text().equals(";")
                        || tokens.get(k).text().equals("and")))
                    k++;
                else
                    break;
            }
            for (int[] item : items)
                addPerson(text, byToken, out, item[0], item[1], null);
            if (!items.isEmpty())
                i = items.get(items.size() - 1)[1] - 1;
        }
    }

    /** A person newly found at tokens {@code from} to {@code to}, with the role the cue gave ({@code role}, or null). */
    private static void addPerson(AnnotatedText text, Mention[] byToken, List<Mention> out, int from, int to, String role) {
        List<Token> tokens = text.tokens();
        Span span = new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
        Mention m = new Mention(span, Entity.discovered("person", span.coveredText(text.text()), EntityType.PERSON),
                Mention.Kind.PERSON_CUE, role, null);
        out.add(m);
        for (int k = from; k < to; k++)
            byToken[k] = m;
    }

    private static boolean isPerson(Mention m) {
        return m != null && m.type() == EntityType.PERSON;
    }

    /** A role word among the three words before {@code end}, with no punctuation between ("Its chairman,"). */
    private static boolean afterPossessive(List<Token> tokens, int i) {
        return i > 1 && tokens.get(i - 1).text().equals("s") && (tokens.get(i - 2).text().equals("'")
                || tokens.get(i - 2).text().equals("\u2019"));
    }

    private boolean roleJustBefore(List<Token> tokens, int end) {
        for (int k = end - 1; k >= Math.max(0, end - 3); k--) {
            if (!tokens.get(k).isWord())
                return false;
            if (lexicon.isPersonRole(tokens.get(k).text()))
                return true;
        }
        return false;
    }

    /**
     * "Mykhailo Fedorov ... Fedorov said": a person named in full is named by the surname afterwards. Each surname
     * (the last word of a person's name, three letters or more) that only one person of the article bears marks
     * its other uses as that person.
     */
    private static final java.util.regex.Pattern KNIGHTED = java.util.regex.Pattern.compile("\\b(Sir|Dame)\\s+$");

    void markSurnames(AnnotatedText text, Mention[] byToken, List<Mention> mentions) {
        java.util.Map<String, Entity> bySurname = new java.util.LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON)
                continue;
            List<Token> name = Tokenizer.tokenize(m.entity().label());
            if (name.size() < 2)
                continue;
            String surname = name.get(name.size() - 1).text();
            if (surname.length() < 3 || !Character.isUpperCase(surname.codePointAt(0)) || lexicon.isNotName(surname))
                continue;
            // a surname two persons share ("Henk Vos" and his daughter "Marieke Vos") stands for the one named
            // first, whom the story is about, as "Vos" does in an obituary
            bySurname.putIfAbsent(surname, m.entity());
        }
        EntityRecognizer.markLaterUses(text, byToken, mentions, bySurname, true);
        // "Mr. Jafari" found by its title before "Kamran Jafari, 52," was found: the one person of that surname;
        // "Sir Roland" after "Sir Roland Metcalfe": a knight goes by his first name
        java.util.Map<String, Entity> byFirstName = new java.util.HashMap<>();
        java.util.Set<String> sharedFirst = new java.util.HashSet<>();
        for (Mention m : mentions)
            if (m.type() == EntityType.PERSON && m.entity().label().contains(" ")) {
                String first = m.entity().label().substring(0, m.entity().label().indexOf(' '));
                Entity before = byFirstName.putIfAbsent(first, m.entity());
                if (before != null && !before.id().equals(m.entity().id()))
                    sharedFirst.add(first);
            }
        sharedFirst.forEach(byFirstName::remove);
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            boolean cued = m.type() == EntityType.PERSON && m.kind() == Mention.Kind.PERSON_CUE
                    && !m.entity().label().contains(" ");
            Entity full = cued ? bySurname.get(m.entity().label()) : null;
            if (cued && full == null && KNIGHTED.matcher(text.text().substring(Math.max(0, m.span().start() - 5),
                    m.span().start())).find())
                full = byFirstName.get(m.entity().label());
            if (full != null && !full.id().equals(m.entity().id())) {
                Mention same = new Mention(m.span(), full, m.kind(), m.role(), m.roleOf());
                mentions.set(i, same);
                for (int k = text.tokenAtOrAfter(m.span().start()); k < byToken.length && byToken[k] == m; k++)
                    byToken[k] = same;
            }
        }
        mentions.sort(Comparator.comparing(Mention::span));
    }

    private boolean roleWithin(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).text().equals(",") || tokens.get(k).text().equals("."))
                return false;
            if (lexicon.isPersonRole(tokens.get(k).text()))
                return true;
        }
        return false;
    }

    /**
     * The end (exclusive) of a person's name that starts at token {@code start}: capitalised name words, hyphenated
     * parts ("Vernon-Jackson", "Yu-ting") and particles between name words ("Pieter de Wit", "Ursula von der Leyen"),
     * at most {@link #MAX_NAME_WORDS} name words, within one sentence.
     */
    private int personNameEnd(AnnotatedText text, int start, Mention[] byToken) {
        List<Token> tokens = text.tokens();
        int j = start;
        // "V. Iyer", "R.K. Sandhu": initials before the surname
        int initials = start;
        while (initials < tokens.size() && initials - start < 6 && isMiddleInitial(tokens, initials) && byToken[initials] == null)
            initials += 2;
        if (initials > start && initials < tokens.size() && isNameWord(tokens, initials, byToken)
                && EntityRecognizer.sameSentence(text, start, initials))
            j = initials;
        int words = 0;
        while (j < tokens.size() && words < MAX_NAME_WORDS && EntityRecognizer.sameSentence(text, start, j)) {
            if (j == start ? isNameStart(tokens, j, byToken) : isNameWord(tokens, j, byToken)) {
                j++;
                words++;
            } else if (j > start && isHyphenatedPart(tokens, j)) {
                j += 2;
            } else if (j > start && isMiddleInitial(tokens, j) && j + 2 < tokens.size()
                    && isNameWord(tokens, j + 2, byToken) && EntityRecognizer.sameSentence(text, start, j + 2)) {
                j += 2; // "Rahul R. Singh"
            } else if (j > start && lexicon.isNameParticle(tokens.get(j).text())) {
                int k = j;
                while (k < tokens.size() && lexicon.isNameParticle(tokens.get(k).text()) && k - j < 2)
                    k++;
                if (k >= tokens.size() || !isNameWord(tokens, k, byToken) || !EntityRecognizer.sameSentence(text, start, k))
                    break;
                j = k;
            } else {
                break;
            }
        }
        return j;
    }

    /** The capitalised name words among tokens {@code [start, end)}, particles and hyphen parts not counted. */
    private static int nameWords(List<Token> tokens, int start, int end) {
        int n = 0;
        for (int k = start; k < end; k++)
            if (tokens.get(k).isCapitalised())
                n++;
        return n;
    }

    /** "-ting" in "Chen Yu-ting": a hyphen and a lower-case word glued to the previous name word. */
    static boolean isHyphenatedPart(List<Token> tokens, int j) {
        return j + 1 < tokens.size() && tokens.get(j).text().equals("-")
                && tokens.get(j).span().start() == tokens.get(j - 1).span().end()
                && tokens.get(j + 1).span().start() == tokens.get(j).span().end() && tokens.get(j + 1).isWord();
    }

    /** "R." in "Rahul R. Singh": one capital letter with a full stop glued to it. */
    private static boolean isMiddleInitial(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        return j + 1 < tokens.size() && t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0))
                && tokens.get(j + 1).text().equals(".") && tokens.get(j + 1).span().start() == t.span().end();
    }

    /** A name word that may start a name after any space (a paragraph break included). */
    private boolean isNameStart(List<Token> tokens, int j, Mention[] byToken) {
        Token t = tokens.get(j);
        return byToken[j] == null && t.isWord() && t.isCapitalised() && t.text().length() > 1
                && t.text().codePoints().allMatch(Character::isLetter) && !lexicon.isNotName(t.text()) && !lexicon.isLawWord(t.text())
                && !lexicon.isPersonRole(t.text()) && !lexicon.isPersonTitle(t.text());
    }

    /** A name word that continues a name: {@link #isNameStart} and at most one space after the word before. */
    boolean isNameWord(List<Token> tokens, int j, Mention[] byToken) {
        return isNameStart(tokens, j, byToken)
                && (j == 0 || tokens.get(j).span().start() - tokens.get(j - 1).span().end() <= 1);
    }
}
