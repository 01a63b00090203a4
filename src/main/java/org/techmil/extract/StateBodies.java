package org.techmil.extract;

import java.util.ArrayList;
import java.util.List;

import org.techmil.annotate.AnnotatedText;
import org.techmil.annotate.Span;
import org.techmil.annotate.Token;
import org.techmil.annotate.Tokenizer;

/**
 * Mentions that stand for a state or one of its bodies: "Saudi Arabia's defence ministry", "the Belarusian and Russian
 * armies", "the armed forces of Belarus", a capital that speaks for its state ("Washington has accused"), and a state's
 * weapons after "found in" ("found in Russian drones"), resolved to the bodies the gazetteer knows where it can.
 */
final class StateBodies {
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final StateServices services;

    StateBodies(Gazetteer gazetteer, Lexicon lexicon, StateServices services) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.services = services;
    }

    /**
     * "Saudi Arabia's defence ministry", "the Indonesian army", "the Russian embassy in London": a country or
     * demonym the gazetteer does not pair with the body, followed by a lower-case phrase of {@code bodiesAfterState}
     * in {@code lexicon.json}, names that state's military or government body.
     */
    void findStateBodies(AnnotatedText text, Mention[] byToken, List<Mention> out) {
        List<Token> tokens = text.tokens();
        findJointStateBodies(text, byToken, out);
        findBodiesOfState(text, byToken, out);
        for (int i = 0; i < tokens.size(); i++) {
            Mention country = byToken[i] != null && byToken[i].type() == EntityType.COUNTRY
                    && byToken[i].kind() == Mention.Kind.NAME ? byToken[i] : null;
            // "European armed forces": a demonym of no one state names no body
            boolean demonym = byToken[i] == null && tokens.get(i).isCapitalised() && lexicon.isDemonym(tokens.get(i).text())
                    && lexicon.countryOfDemonym(tokens.get(i).text()) != null;
            // "South Korean police": a demonym of two words
            String twoWordDemonym = i > 0 && byToken[i] == null && byToken[i - 1] == null && tokens.get(i).isCapitalised()
                    && tokens.get(i).span().start() - tokens.get(i - 1).span().end() == 1
                    ? tokens.get(i - 1).text() + " " + tokens.get(i).text() : null;
            int demonymStart = i;
            if (!demonym && twoWordDemonym != null && lexicon.countryOfDemonym(twoWordDemonym) != null) {
                demonym = true;
                demonymStart = i - 1;
            }
            // "the Turin prosecutor's office": a city's own prosecutors or customs, a body of its own
            boolean city = country == null && !demonym && byToken[i] == null && tokens.get(i).isCapitalised()
                    && lexicon.countryOfCity(tokens.get(i).text()) != null;
            if (country == null && !demonym && !city)
                continue;
            if (country != null && text.tokenAtOrAfter(country.span().end()) != i + 1)
                continue; // not the country's last token
            int j = i + 1;
            if (country != null && j + 1 < tokens.size() && tokens.get(j).text().equals("'")
                    && tokens.get(j + 1).text().equals("s"))
                j += 2;
            Lexicon.StateBody body = lexicon.stateBodyAt(tokens, j, byToken);
            if (body == null || (city && !LOCAL_BODIES.contains(phraseOf(tokens, j, body.end()))))
                continue;
            int end = body.end();
            // "the Russian embassy in London": the city it sits in is part of its name
            int placeEnd = OrganisationPatterns.seatEnd(tokens, end, text.sentenceOfToken(end - 1).endToken(),
                    k -> byToken[k] == null || byToken[k].type() == EntityType.COUNTRY,
                    k -> byToken[k] != null && byToken[k].type() == EntityType.COUNTRY, lexicon);
            if (placeEnd > end) {
                for (int k = end; k < placeEnd; k++)
                    if (byToken[k] != null)
                        out.remove(byToken[k]);
                end = placeEnd;
            }
            int start = country != null ? text.tokenAtOrAfter(country.span().start()) : demonymStart;
            Span span = new Span(tokens.get(start).span().start(), tokens.get(end - 1).span().end());
            String label = span.coveredText(text.text()).replaceAll("\\s+", " ");
            Entity stateCountry = country != null ? country.entity() : city ? null
                    : gazetteer.byId(lexicon.countryOfDemonym(demonymStart < i ? twoWordDemonym : tokens.get(i).text())).orElse(null);
            Entity national = city ? null : stateBody(stateCountry, tokens.subList(j, body.end()), label, body.type());
            String seat = end > body.end() ? new Span(tokens.get(body.end() + 1).span().start(), tokens.get(end - 1).span().end())
                    .coveredText(text.text()) : null;
            Mention m = new Mention(span, national != null ? national
                    : written(label, body.type(), stateCountry, tokens.subList(j, body.end()), seat), Mention.Kind.NAME);
            if (country != null)
                out.remove(country);
            out.add(m);
            for (int k = start; k < end; k++)
                byToken[k] = m;
            i = end - 1;
        }
        findSecondBodiesOfState(text, byToken, out);
        findUnqualifiedBodies(text, byToken, out);
        findBodiesOfTheCountry(text, byToken, out);
    }

    /**
     * "one of 59 firms to have dealings with the country's military": "the country's" before a military phrase of
     * {@code bodiesAfterState} stands for the state named last before it, and the phrase for that state's military
     * or service as the gazetteer knows it; nothing when the gazetteer knows none.
     */
    private void findBodiesOfTheCountry(AnnotatedText text, Mention[] byToken, List<Mention> out) {
        List<Token> tokens = text.tokens();
        for (int i = 0; i + 4 < tokens.size(); i++) {
            if (byToken[i] != null || !tokens.get(i).lower().equals("the") || !tokens.get(i + 1).lower().equals("country")
                    || !OrganisationPatterns.isApostrophe(tokens.get(i + 2)) || !tokens.get(i + 3).text().equals("s"))
                continue;
            Lexicon.StateBody body = lexicon.stateBodyAt(tokens, i + 4, byToken);
            if (body == null || body.type() != EntityType.MILITARY)
                continue;
            int at = tokens.get(i).span().start();
            List<Entity> states = out.stream().filter(m -> m.type() == EntityType.COUNTRY && m.span().end() <= at)
                    .map(Mention::entity).distinct().toList();
            if (states.size() != 1 || !namedAlone(text, states.get(0), at))
                continue; // "Chinese start-up DeepSeek ... a US official accused it of helping the country's armed forces"
            Entity state = states.get(0);
            List<Token> phrase = tokens.subList(i + 4, body.end());
            Entity known = stateBody(state, phrase, state.label() + " " + phrase.stream().map(Token::text)
                    .collect(java.util.stream.Collectors.joining(" ")), EntityType.MILITARY);
            if (known == null)
                continue;
            Span span = new Span(tokens.get(i).span().start(), tokens.get(body.end() - 1).span().end());
            Mention m = new Mention(span, known, Mention.Kind.COREFERENCE);
            out.add(m);
            for (int k = i; k < body.end(); k++)
                byToken[k] = m;
            i = body.end() - 1;
        }
    }

    /** Whether no demonym or capital of a state other than {@code state} stands before offset {@code at}. */
    private boolean namedAlone(AnnotatedText text, Entity state, int at) {
        for (Token t : text.tokens()) {
            if (t.span().start() >= at)
                break;
            String id = t.isCapitalised() ? lexicon.countryOfDemonym(t.text()) : null;
            if (id == null && t.isCapitalised())
                id = lexicon.countryOfCity(t.text());
            if (id != null && !id.equals(state.id()))
                return false;
        }
        return true;
    }

    /**
     * "federal prosecutors charged two men", "police raided the firm": a state body named with no state before it
     * (lexicon {@code unqualifiedBodies}) is that of the state the article is about ({@link StateServices#articleState}):
     * a body of that state the article names that fits the phrase, the body the gazetteer knows by the state's name and
     * the phrase ("US federal prosecutors": the Justice Department), or else the demonym and the phrase ("Taiwanese
     * prosecutors"); where the sentence names another state's place, it is left unnamed; with no such state, it is a
     * body of unknown state, unless the article names a body that enforces the law, which frames' agent nouns stand for.
     */
    private void findUnqualifiedBodies(AnnotatedText text, Mention[] byToken, List<Mention> out) {
        List<Token> tokens = text.tokens();
        Entity state = null;
        boolean looked = false;
        for (int i = 0; i < tokens.size(); i++) {
            List<String> phrase = lexicon.unqualifiedBodyAt(tokens, i, byToken);
            if (phrase == null)
                continue;
            if (tokens.get(i).isCapitalised() && i > 0 && EntityRecognizer.sameSentence(text, i - 1, i))
                continue; // "the Israel Police": a name, not the common noun
            Token before = i > 0 ? tokens.get(i - 1) : null;
            if (before != null && EntityRecognizer.sameSentence(text, i - 1, i)
                    && (byToken[i - 1] != null || before.isWord() && before.isCapitalised() || before.text().equals("s")))
                continue; // "Taiwan prosecutors", "the company's police": named with their owner
            if (!looked) {
                String code = services.articleState(text, out);
                state = code == null ? null : gazetteer.entities().stream()
                        .filter(e -> e.type() == EntityType.COUNTRY && code.equals(e.country())).findFirst().orElse(null);
                looked = true;
            }
            int end = i + phrase.size();
            if (end < tokens.size() && !actsAfter(tokens.get(end)))
                continue; // "released on police bail", "federal prosecutors' office": a noun the phrase modifies
            String words = String.join(" ", phrase);
            Span span = new Span(tokens.get(i).span().start(), tokens.get(end - 1).span().end());
            if (state != null && namesOtherState(text, byToken, i, state))
                continue; // "police entered Google offices in New York" in a story about Israel: not Israel's police
            if (state == null) {
                // "prosecutors allege" after "the Justice Department": the frames' agent nouns find that body; else, in
                // a story of two states named alike ("Two Russian men are facing charges ..., federal prosecutors
                // revealed"), the body as written, its state unknown, one of this article alone
                if (out.stream().noneMatch(m -> m.type() == EntityType.GOVERNMENT && ENFORCER_NAME.matcher(m.entity().label()).find())) {
                    add(new Mention(span, ofUnknownState(text, words), Mention.Kind.NAME), byToken, i, end, out);
                    i = end - 1;
                }
                continue;
            }
            // "Mexico's Attorney General's Office ... prosecutors arrested": the state's own body the article names
            Entity body = namedBodyOfState(out, state, words);
            for (String name : namesOf(state))
                if (body == null)
                    body = knownStateBody(state, name + " " + words, EntityType.GOVERNMENT);
            if (body == null) {
                String demonym = lexicon.demonymsOf(state.id()).stream().findFirst().orElse(state.label());
                body = written(demonym + " " + words, EntityType.GOVERNMENT, state, tokens.subList(i, end), null);
            }
            add(new Mention(span, body, Mention.Kind.NAME), byToken, i, end, out);
            i = end - 1;
        }
    }

    private static void add(Mention m, Mention[] byToken, int from, int to, List<Mention> out) {
        out.add(m);
        for (int k = from; k < to; k++)
            byToken[k] = m;
    }

    /**
     * "Federal prosecutors" of a state the article leaves open: a body of this article alone (its id carries the
     * article's hash), so that the graph does not join the prosecutors of unrelated stories into one node.
     */
    private static Entity ofUnknownState(AnnotatedText text, String words) {
        String label = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        Entity plain = Entity.discovered("org", label + " " + Integer.toHexString(text.text().hashCode()), EntityType.GOVERNMENT);
        return new Entity(plain.id(), label, EntityType.GOVERNMENT, List.of(), null, null, null, null, List.of());
    }

    private static final java.util.Set<String> ACTS_AFTER_BODY = java.util.Set.of("have", "had", "has", "are", "were", "say",
            "allege", "believe", "suspect", "accuse", "raid", "arrest", "charge", "seize", "search", "detain", "question",
            "investigate", "probe", "want", "seek", "in", "on", "at", "from", "and", "or", "who", "also", "later", "then",
            "did", "do", "will", "would", "could", "may", "might", "found", "took", "told", "filed", "sought", "now",
            "still", "last", "this", "to", "for", "with", "by");

    /** Whether a token after an unqualified body lets it act ("police raided", "prosecutors say", "police in Kyiv"). */
    private static boolean actsAfter(Token next) {
        if (!next.isWord())
            return !next.text().equals("'") && !next.text().equals("\u2019") && !next.text().equals("-");
        String w = next.text();
        return !w.equals(w.toLowerCase(java.util.Locale.ROOT)) || w.endsWith("ed") || ACTS_AFTER_BODY.contains(w);
    }

    private static final String PROSECUTION_WORDS = "prosecut|attorney|procura|fiscal";
    private static final String POLICE_WORDS = "police|polic[i\u00ed]a|polizei";
    private static final java.util.regex.Pattern PROSECUTION_NAME = java.util.regex.Pattern.compile("(?i)" + PROSECUTION_WORDS);
    private static final java.util.regex.Pattern POLICE_NAME = java.util.regex.Pattern.compile("(?i)" + POLICE_WORDS);
    private static final java.util.regex.Pattern CUSTOMS_NAME = java.util.regex.Pattern.compile("(?i)customs");
    /** A body whose name says it enforces the law: prosecutors, police, customs, a justice ministry, investigators. */
    private static final java.util.regex.Pattern ENFORCER_NAME = java.util.regex.Pattern.compile(
            "(?i)" + PROSECUTION_WORDS + "|" + POLICE_WORDS + "|customs|justice|investigat|FBI");

    /** A state's names and demonyms ("United States", "US", "American"). */
    private List<String> namesOf(Entity state) {
        List<String> names = new ArrayList<>(lexicon.demonymsOf(state.id()));
        state.names().forEach(names::add);
        return names;
    }

    /**
     * A government body of {@code state} the article has named, whose name fits the phrase ("Attorney General's Office"
     * for "prosecutors", "National Police" for "police"), or null.
     */
    private Entity namedBodyOfState(List<Mention> out, Entity state, String phrase) {
        java.util.regex.Pattern fits = phrase.contains("prosecutor") ? PROSECUTION_NAME
                : phrase.contains("police") ? POLICE_NAME : phrase.contains("customs") ? CUSTOMS_NAME : null;
        if (fits == null)
            return null;
        List<String> stateNames = namesOf(state);
        return out.stream().filter(m -> m.type() == EntityType.GOVERNMENT && fits.matcher(m.entity().label()).find()
                && (state.country().equals(m.entity().country()) || m.entity().country() == null
                    && stateNames.stream().anyMatch(n -> m.entity().label().startsWith(n + " ") || m.entity().label().startsWith(n + "'")
                        || m.entity().label().startsWith(n + "\u2019"))))
                .map(Mention::entity).findFirst().orElse(null);
    }

    /** Whether the sentence of token {@code i} names a country or city of a state other than {@code state}. */
    private boolean namesOtherState(AnnotatedText text, Mention[] byToken, int i, Entity state) {
        org.techmil.annotate.Sentence s = text.sentenceOfToken(i);
        List<Token> tokens = text.tokens();
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            String other = byToken[k] != null && byToken[k].type() == EntityType.COUNTRY ? byToken[k].entity().country()
                    : byToken[k] == null && tokens.get(k).isCapitalised() && lexicon.countryOfCity(tokens.get(k).text()) != null
                    ? gazetteer.byId(lexicon.countryOfCity(tokens.get(k).text())).map(Entity::country).orElse(null) : null;
            if (other != null && !other.equals(state.country()))
                return true;
        }
        return false;
    }

    /**
     * A state body the gazetteer does not know, as the text names it ("Cyprus's foreign ministry"), also known by the
     * name written out ("Ministry of Foreign Affairs of Cyprus", "Embassy of China in Kyiv") that lists and other
     * datasets use.
     */
    private Entity written(String label, EntityType type, Entity state, List<Token> phrase, String seat) {
        Entity plain = Entity.discovered("org", label, type);
        String words = phrase.stream().map(Token::lower).collect(java.util.stream.Collectors.joining(" "));
        String head = lexicon.writtenOutHead(words);
        if (state == null)
            return plain;
        if (head == null) // "Chinese authorities": no written-out name, but still the state's
            return new Entity(plain.id(), label, type, List.of(), state.country(), null, null, null, List.of());
        List<String> aliases = new ArrayList<>();
        aliases.add(head + " of " + state.label() + (seat != null ? " in " + seat : ""));
        if (!head.equals("Embassy") && !head.equals("Government"))
            aliases.add(state.label() + " " + head);
        return new Entity(plain.id(), label, type, aliases, state.country(), null, null, null, List.of());
    }

    /**
     * "the Israeli government and military", "Turkey's defence ministry and navy": a state's body, "and", and a
     * phrase of {@code bodiesAfterState} name a second body of the same state.
     */
    private void findSecondBodiesOfState(AnnotatedText text, Mention[] byToken, List<Mention> out) {
        List<Token> tokens = text.tokens();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Mention first = byToken[i];
            if (first == null || !(first.type() == EntityType.GOVERNMENT || first.type() == EntityType.MILITARY)
                    || text.tokenAtOrAfter(first.span().end()) != i + 1 || !tokens.get(i + 1).lower().equals("and")
                    || tokens.get(i + 1).text().equals("AND"))
                continue;
            Entity state = stateOpening(text, first, byToken);
            Lexicon.StateBody body = state == null ? null : lexicon.stateBodyAt(tokens, i + 2, byToken);
            if (body == null || !EntityRecognizer.sameSentence(text, i, body.end() - 1))
                continue;
            List<Token> phrase = tokens.subList(i + 2, body.end());
            Span span = new Span(phrase.get(0).span().start(), phrase.get(phrase.size() - 1).span().end());
            String label = state.label() + " " + span.coveredText(text.text()).replaceAll("\\s+", " ");
            Entity national = stateBody(state, phrase, label, body.type());
            Mention m = new Mention(span, national != null ? national : written(label, body.type(), state, phrase, null),
                    Mention.Kind.COREFERENCE);
            out.add(m);
            for (int k = i + 2; k < body.end(); k++)
                byToken[k] = m;
            i = body.end() - 1;
        }
    }

    /** The country whose name or demonym opens a body's name ("Israeli government"), or null. */
    private Entity stateOpening(AnnotatedText text, Mention body, Mention[] byToken) {
        Token opening = text.tokens().get(text.tokenAtOrAfter(body.span().start()));
        String id = lexicon.countryOfDemonym(opening.text());
        if (id != null)
            return gazetteer.byId(id).orElse(null);
        if (body.entity().country() == null)
            return null;
        return gazetteer.entities().stream().filter(e -> e.type() == EntityType.COUNTRY
                && body.entity().country().equals(e.country()) && body.entity().label().startsWith(e.label())).findFirst().orElse(null);
    }

    private static final java.util.Set<String> LOCAL_BODIES = java.util.Set.of("prosecutors", "prosecutor ' s office",
            "customs service", "customs authorities");

    private static String phraseOf(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++)
            b.append(k > from ? " " : "").append(tokens.get(k).lower());
        return b.toString();
    }

    /** "blacklisted by Washington", "accused by Beijing": the agent of a listing or an accusation in the passive. */
    private static final java.util.regex.Pattern ACTED_BY = java.util.regex.Pattern.compile(
            "\\b(blacklisted|sanctioned|listed|designated|accused|targeted|penali[sz]ed|banned|added) by\\s+$");

    /** "Washington has accused Huawei", "Beijing denies": a capital that speaks or acts stands for its state. */
    void findActingCapitals(AnnotatedText text, Mention[] byToken, List<Mention> out) {
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (byToken[i] != null || !tokens.get(i).isCapitalised()
                    || i > 0 && tokens.get(i - 1).lower().equals("of")) // "the American Chamber of Commerce said"
                continue;
            int end = i + 1;
            String state = lexicon.stateOfCapital(tokens.get(i).text());
            if (state == null && i + 1 < tokens.size()) { // "New Delhi", "Abu Dhabi"
                state = lexicon.stateOfCapital(tokens.get(i).text() + " " + tokens.get(i + 1).text());
                end = i + 2;
            }
            Entity country = state == null ? null : gazetteer.byId(state).orElse(null);
            if (country == null || end > tokens.size())
                continue;
            Span span = new Span(tokens.get(i).span().start(), tokens.get(end - 1).span().end());
            if (!lexicon.capitalActs().matcher(text.folded()).region(span.end(), Math.min(text.folded().length(),
                    span.end() + 60)).lookingAt()
                    && !ACTED_BY.matcher(text.folded()).region(Math.max(0, span.start() - 40), span.start()).find())
                continue;
            Mention m = new Mention(span, country, Mention.Kind.NAME);
            out.add(m);
            for (int k = i; k < end; k++)
                byToken[k] = m;
        }
    }

    private static final int MAX_WEAPON_MODIFIERS = 5;
    private static final int WEAPON_CUE_WINDOW = 70;

    /**
     * "parts were found in two Russian Orlan-30 reconnaissance drones": a state's weapons, after words that say the
     * goods ended up in them, stand for that state's military (a COREFERENCE mention of it).
     */
    void findStateWeapons(AnnotatedText text, Mention[] byToken, List<Mention> out) {
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (byToken[i] != null || !tokens.get(i).isCapitalised() || lexicon.countryOfDemonym(tokens.get(i).text()) == null)
                continue;
            int start = tokens.get(i).span().start();
            if (!lexicon.weaponFoundCue().matcher(text.folded()).region(Math.max(0, start - WEAPON_CUE_WINDOW), start).find())
                continue;
            Entity military = nationalMilitary(gazetteer.byId(lexicon.countryOfDemonym(tokens.get(i).text())).orElse(null));
            if (military == null)
                continue;
            for (int h = i + 1; h < tokens.size() && h <= i + 1 + MAX_WEAPON_MODIFIERS && byToken[h] == null
                    && EntityRecognizer.sameSentence(text, i, h); h++) {
                if (lexicon.isCivilianModifier(tokens.get(h).text()))
                    break; // "Chinese consumer drones": no state's weapons
                if (!lexicon.isWeaponNoun(tokens.get(h).text()) || tokens.get(h).isCapitalised())
                    continue;
                Mention m = new Mention(new Span(start, tokens.get(h).span().end()), military, Mention.Kind.COREFERENCE);
                out.add(m);
                for (int k = i; k <= h; k++)
                    byToken[k] = m;
                i = h;
                break;
            }
        }
    }

    /** The body a state's phrase names ("Poland's army", "the Russian military"), when the gazetteer knows it; else null. */
    private Entity stateBody(Entity stateCountry, List<Token> phrase, String label, EntityType type) {
        Entity national = lexicon.isNationalMilitaryPhrase(phrase) ? nationalMilitary(stateCountry) : null;
        if (national == null)
            national = knownStateBody(stateCountry, label, type);
        if (national == null && stateCountry != null && stateCountry.country() != null
                && type == EntityType.MILITARY) // "Poland's army": the Polish Army the gazetteer knows
            national = services.serviceOf(stateCountry.country(), StateServices.titleCase(phrase));
        return national;
    }

    /**
     * "the Belarusian and Russian armies", "the US and Israeli militaries": two demonyms joined by "and" before the
     * plural of a phrase of {@code bodiesAfterState} name one body of each state.
     */
    private void findJointStateBodies(AnnotatedText text, Mention[] byToken, List<Mention> out) {
        List<Token> tokens = text.tokens();
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (!isFreeDemonym(tokens.get(i), byToken[i]) || !tokens.get(i + 1).lower().equals("and")
                    || !isFreeDemonym(tokens.get(i + 2), byToken[i + 2]))
                continue;
            int p = i + 3;
            int q = p;
            while (q < tokens.size() && q - p < 3 && byToken[q] == null && tokens.get(q).isWord())
                q++;
            String singular = null;
            int pluralEnd = -1;
            for (int e = q; e > p && singular == null; e--) {
                singular = lexicon.singularBodyPhrase(tokens.subList(p, e));
                pluralEnd = e;
            }
            if (singular == null)
                continue;
            List<Token> phrase = Tokenizer.tokenize(singular);
            Lexicon.StateBody body = lexicon.stateBodyAt(phrase, 0, new Mention[phrase.size()]);
            if (body == null || body.end() != phrase.size())
                continue;
            int[][] spans = {{i, i + 1}, {i + 2, pluralEnd}};
            for (int[] sp : spans) {
                Entity state = gazetteer.byId(lexicon.countryOfDemonym(tokens.get(sp[0]).text())).orElse(null);
                String label = tokens.get(sp[0]).text() + " " + singular;
                Entity national = stateBody(state, phrase, label, body.type());
                Span span = new Span(tokens.get(sp[0]).span().start(), tokens.get(sp[1] - 1).span().end());
                Mention m = new Mention(span, national != null ? national : written(label, body.type(), state, phrase, null),
                        Mention.Kind.NAME);
                out.add(m);
                for (int k = sp[0]; k < sp[1]; k++)
                    byToken[k] = m;
            }
            i = pluralEnd - 1;
        }
    }

    /**
     * "the armed forces of Belarus", "the army of Myanmar": a lower-case phrase of {@code bodiesAfterState}, "of" and a
     * country's name name that state's body.
     */
    private void findBodiesOfState(AnnotatedText text, Mention[] byToken, List<Mention> out) {
        List<Token> tokens = text.tokens();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (byToken[i] != null || !tokens.get(i).text().equals(tokens.get(i).lower()))
                continue;
            Lexicon.StateBody body = lexicon.stateBodyAt(tokens, i, byToken);
            if (body == null || body.end() + 1 >= tokens.size() || !tokens.get(body.end()).text().equals("of"))
                continue;
            Mention country = byToken[body.end() + 1];
            if (country == null || country.type() != EntityType.COUNTRY || country.kind() != Mention.Kind.NAME
                    || text.tokenAtOrAfter(country.span().start()) != body.end() + 1)
                continue;
            List<Token> phrase = tokens.subList(i, body.end());
            Span span = new Span(tokens.get(i).span().start(), country.span().end());
            String label = span.coveredText(text.text()).replaceAll("\\s+", " ");
            Entity national = stateBody(country.entity(), phrase, label, body.type());
            Mention m = new Mention(span, national != null ? national
                    : written(label, body.type(), country.entity(), phrase, null), Mention.Kind.NAME);
            out.remove(country);
            out.add(m);
            for (int k = i; k < text.tokenAtOrAfter(country.span().end()); k++)
                byToken[k] = m;
        }
    }

    private boolean isFreeDemonym(Token t, Mention covering) {
        return covering == null && t.isCapitalised() && lexicon.isDemonym(t.text()) && lexicon.countryOfDemonym(t.text()) != null;
    }

    /**
     * "Israel's defence ministry": the gazetteer's body of that state and type named so, ignoring case, curly
     * apostrophes and British or American spelling ("Israel's Defense Ministry"); or null.
     */
    private Entity knownStateBody(Entity country, String label, EntityType type) {
        if (country == null || country.country() == null)
            return null;
        String key = spellingKey(label);
        return gazetteer.entities().stream()
                .filter(e -> e.type() == type && country.country().equals(e.country()))
                .filter(e -> e.names().anyMatch(n -> spellingKey(n).equals(key)))
                .findFirst().orElse(null);
    }

    private static String spellingKey(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'').replace("defence", "defense")
                .replaceAll("\\s+", " ");
    }

    /**
     * A country's armed forces as a whole: the gazetteer's military of that country that is also called its
     * "... military" ("Russian military" for the Armed Forces of the Russian Federation), or null.
     */
    private Entity nationalMilitary(Entity country) {
        if (country == null || country.country() == null)
            return null;
        return gazetteer.entities().stream()
                .filter(e -> e.type() == EntityType.MILITARY && country.country().equals(e.country()) && e.parent() == null
                        && e.aliases().stream().anyMatch(a -> a.endsWith(" military")))
                .findFirst().orElse(null);
    }
}
