package org.techmil.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.techmil.annotate.AnnotatedText;
import org.techmil.annotate.Sentence;
import org.techmil.annotate.Span;
import org.techmil.annotate.Token;
import org.techmil.annotate.Tokenizer;

/**
 * Finds entity mentions: gazetteer names, persons introduced by a title or role ("Dr. Jane Roe", "spokesperson Li
 * Wei"), and definite phrases that refer back to a named entity ("the company", "the Shenzhen-based drone maker").
 */
public final class EntityRecognizer {
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final StateServices services;
    private final ReferringPhrases referring;
    private final StateBodies states;
    private final PersonNames persons;
    private final PersonRoles roles;

    public EntityRecognizer(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.services = new StateServices(gazetteer, lexicon);
        this.referring = new ReferringPhrases(lexicon, new PlaceCues(gazetteer, lexicon), services, gazetteer);
        this.states = new StateBodies(gazetteer, lexicon, services);
        this.persons = new PersonNames(gazetteer, lexicon);
        this.roles = new PersonRoles(gazetteer, lexicon);
    }

    public List<Mention> recognise(AnnotatedText text) {
        List<Token> tokens = text.tokens();
        Mention[] byToken = new Mention[tokens.size()];
        List<Mention> mentions = new ArrayList<>();
        List<Gazetteer.Match> matches = new ArrayList<>();
        for (Gazetteer.Match m : gazetteer.find(tokens)) {
            if (!placedElsewhere(text, m)) {
                matches.add(m);
                continue;
            }
            // "China's embassy in Berlin": the state stays named
            for (Gazetteer.Match inner : gazetteer.find(tokens.subList(m.startToken(), m.endToken() - 1)))
                matches.add(new Gazetteer.Match(inner.span(), inner.entity(), inner.startToken() + m.startToken(),
                        inner.endToken() + m.startToken()));
        }
        for (Gazetteer.Match found : matches) {
            Gazetteer.Match m = found;
            if (byToken[m.startToken()] != null || insideLongerName(text, byToken, m) || surnameAfterGivenName(text, m))
                continue; // (the first: inside a numbered institute named before it)
            if (m.entity().type() == EntityType.TECH_FIRM) {
                // "BYD Co. Ltd. and Nio Inc.": the legal form after a known firm's name is part of the name
                int end = OrganisationPatterns.legalFormTail(tokens, m.endToken());
                if (end > m.endToken() && end <= tokens.size())
                    m = new Gazetteer.Match(new Span(m.span().start(), tokens.get(end - 1).span().end()), m.entity(),
                            m.startToken(), end);
                // "Beijing Megvii", "Hangzhou Hikvision": the city that opens a known firm's registered name
                int before = m.startToken() - 1;
                if (before >= 0 && byToken[before] == null && tokens.get(before).isCapitalised()
                        && lexicon.countryOfCity(tokens.get(before).text()) != null
                        && m.span().start() - tokens.get(before).span().end() == 1)
                    m = new Gazetteer.Match(new Span(tokens.get(before).span().start(), m.span().end()), m.entity(),
                            before, m.endToken());
            }
            Mention mention = new Mention(m.span(), m.entity(), Mention.Kind.NAME);
            // "Spacety Luxembourg SA": the subsidiary's legal form after the state
            boolean country = m.entity().type() == EntityType.COUNTRY;
            int tail = country ? OrganisationPatterns.legalFormTail(tokens, m.endToken()) : m.endToken();
            Mention parent = country ? firmRightBefore(text, byToken, m.startToken(), tail) : null;
            if (parent != null) {
                // "Huawei Kenya", "Anduril UK": a known firm's national subsidiary, a firm of its own
                mentions.remove(parent);
                int first = text.tokenAtOrAfter(parent.span().start());
                // "the Fly Zipline Ghana Limited": with its legal form, the registered name may open with words of its own
                for (int k = first - 1; tail > m.endToken() && k >= 0 && first - k <= MAX_WORDS_BEFORE_KNOWN_FIRM
                        && nameWordBefore(text, byToken, k, first); k--)
                    first = k;
                Span whole = new Span(tokens.get(first).span().start(), tokens.get(tail - 1).span().end());
                // named without its legal form, so "Spacety Luxembourg SA (Spacety Luxembourg)" is one firm
                String name = text.text().substring(whole.start(), m.span().end());
                Mention subsidiary = new Mention(whole, Entity.discovered("org", name, EntityType.TECH_FIRM),
                        Mention.Kind.NAME);
                mentions.add(subsidiary);
                for (int i = first; i < tail; i++)
                    byToken[i] = subsidiary;
                continue;
            }
            java.util.regex.Matcher unit = NUMBERED_UNIT.matcher(text.text()).region(m.span().end(), text.text().length());
            if (mention.type() == EntityType.TECH_FIRM && unit.lookingAt()) {
                // "China Electronics Technology Group Corporation 43 Research Institute", "CASC 9th Academy 772 Research
                // Institute": a known group's numbered institute or academy, a body of its own
                Span whole = new Span(m.span().start(), unit.end());
                Mention institute = new Mention(whole, Entity.discovered("org", whole.coveredText(text.text()),
                        EntityType.TECH_FIRM), Mention.Kind.NAME);
                mentions.add(institute);
                for (int i = m.startToken(); i < tokens.size() && tokens.get(i).span().end() <= whole.end(); i++)
                    byToken[i] = institute;
                continue;
            }
            Mention force = mention.type() == EntityType.MILITARY ? forceNamedRightBefore(text, byToken, m.startToken()) : null;
            if (force != null) {
                // "Islamic Revolutionary Guard Corps Cyber-Electronic Command": a known unit named after its force
                mentions.remove(force);
                mention = new Mention(new Span(force.span().start(), m.span().end()), m.entity(), Mention.Kind.NAME);
                for (int i = text.tokenAtOrAfter(force.span().start()); i < m.startToken(); i++)
                    byToken[i] = mention;
            }
            mentions.add(mention);
            for (int i = m.startToken(); i < m.endToken(); i++)
                byToken[i] = mention;
        }
        states.findActingCapitals(text, byToken, mentions);
        persons.findTranscriptSpeakers(text, byToken, mentions);
        persons.findTitledOfficials(text, byToken, mentions);
        persons.findCuedPersons(text, byToken, mentions);
        persons.findInitialledPersons(text, byToken, mentions);
        persons.findFounders(text, byToken, mentions);
        persons.findCountedPersons(text, byToken, mentions);
        findShapedOrganisations(text, byToken, mentions);
        findCuedOrganisations(text, byToken, mentions);
        persons.findNamedPersons(text, byToken, mentions);
        persons.findEastAsianNames(text, byToken, mentions);
        states.findStateBodies(text, byToken, mentions);
        findSpelledOutFirms(text, byToken, mentions);
        findBracketedInitials(text, byToken, mentions);
        states.findStateWeapons(text, byToken, mentions);
        mentions.sort(Comparator.comparing(Mention::span));
        findListedFirms(text, byToken, mentions);
        findBulletedFirms(text, byToken, mentions);
        persons.findAppositionPersons(text, byToken, mentions);
        mentions.sort(Comparator.comparing(Mention::span));
        persons.findListedPersons(text, byToken, mentions);
        persons.markSurnames(text, byToken, mentions);
        mentions.sort(Comparator.comparing(Mention::span));
        findBareDefence(text, byToken, mentions);
        resolveBareDefenceMinistry(text, byToken, mentions);
        referring.findReferringPhrases(text, byToken, mentions);
        referring.findPossessiveDescriptions(text, byToken, mentions);
        referring.findForwardDescriptions(text, byToken, mentions);
        mentions.sort(Comparator.comparing(Mention::span));
        referring.findSubjectPronouns(text, byToken, mentions);
        mentions.sort(Comparator.comparing(Mention::span));
        mentions.removeIf(m -> namesAPlace(text, m) || modifiesFirms(text, m) || namesAModel(text, m)
                // "Under the MoU, the start-up ...": a word that is never a name, whatever shape put it there
                || m.type() == EntityType.TECH_FIRM && m.entity().id().startsWith("org-") && lexicon.isNotName(m.entity().label()));
        mergeKnownAs(text, mentions);
        splitListSiblings(text, mentions);
        List<Mention> withRoles = roles.attachRoles(text, mentions);
        withRoles.addAll(nestedCountries(text, withRoles));
        withRoles.sort(Comparator.comparing(Mention::span));
        return withRoles;
    }

    private static final java.util.regex.Pattern MODEL_NUMBER = java.util.regex.Pattern.compile("\\p{Lu}{1,5}-\\d");

    /** "support for the GM-200 radars", "MU-90 torpedoes": capitals joined to a number by a hyphen name a model. */
    private static boolean namesAModel(AnnotatedText text, Mention m) {
        return m.kind() == Mention.Kind.NAME && MODEL_NUMBER.matcher(text.text()).region(m.span().start(),
                Math.min(text.text().length(), m.span().end() + 2)).matches();
    }

    /**
     * "the list of Chinese military companies", "Beijing's military-industrial complex": a military's name before a
     * word for firms or industry (lexicon {@code militaryModifiedNouns}) names a kind of firm, not the military.
     */
    private boolean modifiesFirms(AnnotatedText text, Mention m) {
        List<Token> tokens = text.tokens();
        int next = text.tokenAtOrAfter(m.span().end());
        if (m.type() != EntityType.MILITARY || m.kind() != Mention.Kind.NAME || next >= tokens.size())
            return false;
        if (tokens.get(next).text().equals("-") && tokens.get(next).span().start() == m.span().end() && next + 1 < tokens.size())
            next++;
        return tokens.get(next).isWord() && tokens.get(next).text().equals(tokens.get(next).lower())
                && lexicon.isMilitaryModifiedNoun(tokens.get(next).text());
    }

    /**
     * "The ministry of defence (MoD) signed two contracts with HAL ... for the Indian Army", "a contract for the Air
     * Force": a defence ministry or service named as several states name theirs (lexicon {@code sharedServiceNames}),
     * with no state named right before it, is the one of the state whose bodies the article names far more often than
     * any other's.
     */
    private void resolveBareDefenceMinistry(AnnotatedText text, Mention[] byToken, List<Mention> mentions) {
        List<Mention> bare = mentions.stream().filter(m -> m.kind() == Mention.Kind.NAME && m.type() == EntityType.MILITARY
                && lexicon.sharedServiceWord(m.span().coveredText(text.text())) != null && !stateNamedBefore(text, byToken, m)
                // not "Army" as the short form of the "Colombian National Army" named before
                && (!m.entity().id().startsWith("org-") || m.entity().label().equals(m.span().coveredText(text.text())))).toList();
        if (bare.isEmpty())
            return;
        List<Mention> others = mentions.stream().filter(m -> !bare.contains(m)).toList();
        // when the bodies named are too few to tell, the states named inside names and by demonyms count too
        // ("contracts with Indian shipyards for the Indian Army")
        List<Mention> withDemonyms = new ArrayList<>(others);
        withDemonyms.addAll(nestedCountries(text, others));
        for (Mention m : bare) {
            String word = lexicon.sharedServiceWord(m.span().coveredText(text.text()));
            Entity local = services.bodyOfDominantState(others, word);
            if (local == null)
                local = services.bodyOfDominantState(withDemonyms, word);
            if (local == null || m.entity().id().equals(local.id()))
                continue;
            Mention resolved = new Mention(m.span(), local, Mention.Kind.NAME);
            mentions.set(mentions.indexOf(m), resolved);
            for (int k = text.tokenAtOrAfter(m.span().start()); k < text.tokenAtOrAfter(m.span().end()); k++)
                byToken[k] = resolved;
        }
    }

    private static final Set<String> BARE_DEFENCE = Set.of("Defence", "Defense");
    /**
     * "a contract between Defence and Saber Astronautics", "a Defence spokesperson said": a capitalised "Defence"
     * standing alone inside a sentence (lexicon {@code bareDefenceNotBefore}, {@code bareDefenceNotAfter}) is the
     * defence department of the article's state (the one it names far more often than any other, else the only one it
     * names, else the one whose cities it names), as Australian and British copy writes it.
     */
    private void findBareDefence(AnnotatedText text, Mention[] byToken, List<Mention> mentions) {
        List<Token> tokens = text.tokens();
        String state = null;
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (byToken[i] != null || !BARE_DEFENCE.contains(t.text()) || !sameSentence(text, i - 1, i))
                continue;
            Token before = tokens.get(i - 1);
            if (before.isWord() && (before.isCapitalised() || lexicon.isBareDefenceNotBefore(before.text()))
                    || !before.isWord() && !List.of(",", "(", "\"", "\u201c", ":", ";").contains(before.text())
                    || before.text().equals("-") || before.span().end() == t.span().start())
                continue;
            if (i + 1 < tokens.size()) {
                Token after = tokens.get(i + 1);
                if (after.isWord() && (after.isCapitalised() || lexicon.isBareDefenceNotAfter(after.text()))
                        || after.text().equals("-") || after.text().equals("&"))
                    continue;
            }
            if (state == null)
                state = services.articleState(text, mentions);
            if (state == null)
                continue;
            Entity body = services.serviceInEitherSpelling(state, "Department of " + t.text());
            if (body == null)
                body = services.serviceInEitherSpelling(state, "Ministry of " + t.text());
            if (body == null)
                continue;
            Mention m = new Mention(t.span(), body, Mention.Kind.NAME);
            mentions.add(m);
            byToken[i] = m;
        }
        mentions.sort(Comparator.comparing(Mention::span));
    }

    /** "Britain's Ministry of Defence", "the Saudi Air Force": a state or its demonym right before the mention. */
    private boolean stateNamedBefore(AnnotatedText text, Mention[] byToken, Mention m) {
        int start = text.tokenAtOrAfter(m.span().start());
        return countryBefore(text.tokens(), byToken, start, true) != null
                || start > 0 && lexicon.isDemonym(text.tokens().get(start - 1).text());
    }

    private static final java.util.Set<EntityType> KNOWN_AS_TYPES = java.util.Set.of(EntityType.TECH_FIRM,
            EntityType.ORGANISATION, EntityType.GOVERNMENT, EntityType.MILITARY, EntityType.MEDIA);
    private static final java.util.regex.Pattern KNOWN_AS = java.util.regex.Pattern.compile(
            "\\s*[,(]\\s*((also |better |commonly |widely |formerly |previously )?known as|aka|a\\.k\\.a\\.)\\s+(the\\s+)?");

    /**
     * "Changsha Tianyi Space Science and Technology Research Institute Co. LTD, known as Spacety China": the name after
     * "known as" is the same organisation's; every mention of it stands for the first, or for the gazetteer's
     * organisation when only the second name is known.
     */
    private static void mergeKnownAs(AnnotatedText text, List<Mention> mentions) {
        for (Mention a : List.copyOf(mentions)) {
            boolean person = a.type() == EntityType.PERSON;
            if (a.kind() == Mention.Kind.COREFERENCE || a.kind() == Mention.Kind.NESTED || !person && !KNOWN_AS_TYPES.contains(a.type()))
                continue;
            java.util.regex.Matcher k = KNOWN_AS.matcher(text.text()).region(a.span().end(), text.text().length());
            if (!k.lookingAt())
                continue;
            // "Linwei Ding, also known as Leon Ding": a person's other name is a person's
            Mention b = mentions.stream().filter(m -> m.span().start() == k.end() && m.kind() != Mention.Kind.COREFERENCE
                    && m.kind() != Mention.Kind.NESTED && (person ? m.type() == EntityType.PERSON : KNOWN_AS_TYPES.contains(m.type())))
                    .findFirst().orElse(null);
            if (b == null || b.entity().id().equals(a.entity().id()))
                continue;
            boolean keepB = a.entity().id().startsWith("org-") && !b.entity().id().startsWith("org-");
            Entity keep = keepB ? b.entity() : a.entity();
            String drop = keepB ? a.entity().id() : b.entity().id();
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                if (m.entity().id().equals(drop))
                    mentions.set(i, new Mention(m.span(), keep, m.kind(), m.role(), m.roleOf()));
            }
        }
    }

    /** "the Amazon region", "Orange County": a firm's name before a word for a place names the place. */
    private boolean namesAPlace(AnnotatedText text, Mention m) {
        int next = text.tokenAtOrAfter(m.span().end());
        return m.kind() == Mention.Kind.NAME && m.type() == EntityType.TECH_FIRM && next < text.tokens().size()
                && lexicon.isPlaceNoun(text.tokens().get(next).text());
    }

    private static final java.util.regex.Pattern IN_PLACE = java.util.regex.Pattern.compile("^ in (?:the )?(\\p{Lu}[\\p{L}-]+)");

    /**
     * "The Chinese embassy in Kyiv", "China's embassy in the Netherlands": a short name of a body the gazetteer places
     * somewhere ("Embassy of China in Washington") followed by another place is another body, which the state-body
     * rules name in full.
     */
    private static boolean placedElsewhere(AnnotatedText text, Gazetteer.Match m) {
        String label = m.entity().label();
        int in = label.lastIndexOf(" in ");
        if (in < 0)
            return false;
        java.util.regex.Matcher place = IN_PLACE.matcher(text.text()).region(m.span().end(), text.text().length());
        return place.lookingAt() && !label.substring(in + 4).startsWith(place.group(1));
    }

    /** Countries named inside longer names ("China" in "China's embassy in Washington"), as NESTED mentions. */
    private List<Mention> nestedCountries(AnnotatedText text, List<Mention> mentions) {
        List<Mention> nested = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.COREFERENCE || m.type() == EntityType.COUNTRY || m.type() == EntityType.PERSON)
                continue;
            int from = text.tokenAtOrAfter(m.span().start());
            int to = text.tokenAtOrAfter(m.span().end());
            // the name less its last word too: "U.S. Air Force" is itself a gazetteer name that hides "U.S."
            java.util.Set<Span> seen = new java.util.HashSet<>();
            List<Gazetteer.Match> inside = new ArrayList<>(gazetteer.find(tokens.subList(from, to)));
            if (to - from >= 2)
                inside.addAll(gazetteer.find(tokens.subList(from, to - 1)));
            for (Gazetteer.Match inner : inside)
                if (inner.entity().type() == EntityType.COUNTRY && inner.span().length() < m.span().length()
                        && seen.add(inner.span()))
                    nested.add(new Mention(inner.span(), inner.entity(), Mention.Kind.NESTED));
        }
        // "Chinese firms", "the Russian embassy": a demonym names its country
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        for (Mention m : mentions)
            if (m.type() == EntityType.COUNTRY)
                taken.add(m.span().start());
        for (Mention m : nested)
            taken.add(m.span().start());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isCapitalised() || taken.contains(t.span().start()))
                continue;
            // "South Korean": a demonym of two words before one of one
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            String pair = next == null ? null : lexicon.countryOfDemonym(t.text() + " " + next.text());
            Span span = pair != null ? new Span(t.span().start(), next.span().end()) : t.span();
            String countryId = pair != null ? pair : lexicon.countryOfDemonym(t.text());
            Entity country = countryId == null ? null : gazetteer.byId(countryId).orElse(null);
            if (country != null && country.type() == EntityType.COUNTRY) {
                nested.add(new Mention(span, country, Mention.Kind.NESTED));
                if (pair != null)
                    i++;
            }
        }
        return nested;
    }

    /** Organisations missing from the gazetteer, found by the shape of their names, and their later short forms. */
    private void findShapedOrganisations(AnnotatedText text, Mention[] byToken, List<Mention> out) {
        OrganisationPatterns patterns = lexicon.organisationPatterns();
        List<Token> tokens = text.tokens();
        boolean[] covered = new boolean[tokens.size()];
        boolean[] isCountry = new boolean[tokens.size()];
        for (int i = 0; i < covered.length; i++) {
            covered[i] = byToken[i] != null;
            isCountry[i] = byToken[i] != null && byToken[i].type() == EntityType.COUNTRY;
        }
        java.util.Map<String, Entity> byShortForm = new java.util.LinkedHashMap<>();
        java.util.Map<String, Entity> sameFirm = new java.util.HashMap<>();
        for (OrganisationPatterns.Found f : patterns.find(text, covered, isCountry, lexicon)) {
            // countries inside the name ("Republic of China Army") become part of it
            for (int k = f.startToken(); k < f.endToken(); k++)
                if (byToken[k] != null && byToken[k].type() == EntityType.COUNTRY)
                    out.remove(byToken[k]);
            int start = f.startToken();
            String label = f.label();
            Span span = f.span();
            Mention force = f.type() == EntityType.MILITARY && COMMAND_WORDS.contains(label)
                    ? forceNamedRightBefore(text, byToken, start) : null;
            if (force != null) {
                // "the Turkish Naval Forces Command's research centre": the force's command is the force
                Mention whole = new Mention(new Span(force.span().start(), f.span().end()), force.entity(), Mention.Kind.NAME);
                out.remove(force);
                out.add(whole);
                for (int k = text.tokenAtOrAfter(force.span().start()); k < f.endToken(); k++)
                    byToken[k] = whole;
                continue;
            }
            Mention unitOf = f.type() == EntityType.MILITARY ? forceNamedRightBefore(text, byToken, start) : null;
            if (unitOf != null) {
                // "the IRGC Cyber-Electronic Command", "PLA Strategic Support Force Network Systems Department": a
                // known force followed by a unit's name is that unit, a body of its own
                span = new Span(unitOf.span().start(), span.end());
                label = span.coveredText(text.text()).replaceAll("\\s+", " ");
                out.remove(unitOf);
                start = text.tokenAtOrAfter(unitOf.span().start());
            }
            Mention known = f.type() == EntityType.TECH_FIRM || f.type() == EntityType.ORGANISATION
                    ? knownNameBefore(text, byToken, start) : null;
            if (known != null && f.type() == EntityType.ORGANISATION && known.type() != EntityType.INTERGOVERNMENTAL)
                known = null; // "United Nations Panel of Experts": an intergovernmental body's own panel
            if (known != null) {
                // "Alabuga Machine Systems", "Rostec Digital Solutions": a known name followed by the words of a
                // firm's name is that firm's name, not the known one next to a firm called "Machine Systems"
                span = new Span(known.span().start(), span.end());
                label = span.coveredText(text.text()).replaceAll("\\s+", " ");
                out.remove(known);
                start = text.tokenAtOrAfter(known.span().start());
            }
            if (known != null && f.type() == EntityType.TECH_FIRM && start > 0 && byToken[start - 1] == null
                    && tokens.get(start - 1).isCapitalised() && lexicon.countryOfCity(tokens.get(start - 1).text()) != null
                    && tokens.get(start).span().start() - tokens.get(start - 1).span().end() == 1) {
                // "Tianjin Phytium Information Technology": the city that opens a Chinese firm's registered name
                start--;
                span = new Span(tokens.get(start).span().start(), span.end());
                label = span.coveredText(text.text()).replaceAll("\\s+", " ");
            }
            Mention country = f.type() == EntityType.TECH_FIRM ? countryOpeningFirmName(tokens, byToken, start)
                    : countryBefore(tokens, byToken, start, f.type() != EntityType.ORGANISATION);
            String ownLabel = label;
            if (country != null) {
                span = new Span(country.span().start(), span.end());
                label = span.coveredText(text.text()).replaceAll("\\s+", " ");
                out.remove(country);
                for (int k = text.tokenAtOrAfter(country.span().start()); k < start; k++)
                    byToken[k] = null;
                start = text.tokenAtOrAfter(country.span().start());
            }
            Mention acronym = acronymAfter(text, byToken, f.endToken());
            Entity entity = acronym != null ? acronym.entity() : sameFirm.get(nameKey(label));
            if (acronym != null && hasName(acronym.entity(), label))
                entity = acronym.entity(); // "Agency for Defence Artificial Intelligence (AMIAD)": the known body
            else if (entity == null || entity.type() != f.type())
                entity = Entity.discovered("org", label, f.type());
            else if (acronym != null && !acronym.entity().id().startsWith("org-")) {
                // "Department of National Defense (DND)" in Manila: not the body the gazetteer knows as DND
                // ("Department of National Defence", Canada); the acronym stands for the name spelled out here
                entity = Entity.discovered("org", label, f.type());
                retarget(text, byToken, out, acronym, entity);
            }
            if (country != null && f.type() == EntityType.MILITARY && entity.id().startsWith("org-")
                    && country.entity().country() != null) {
                // "the UK's Ministry of Defence": the state's ministry the gazetteer knows as "UK Ministry of Defence"
                Entity own = services.serviceOf(country.entity().country(), ownLabel);
                if (own != null)
                    entity = own;
            }
            Entity sentenceService = f.type() == EntityType.MILITARY && !label.contains(" ")
                    ? services.serviceOfSentenceState(text, out, span.start(), label) : null;
            Mention named = f.type() == EntityType.MILITARY && !label.contains(" ") && sentenceService == null
                    ? militaryNamedBefore(out, span.start(), label) : null;
            if (sentenceService != null) // "the Pentagon awarded ... for the Army's program": that state's service
                entity = sentenceService;
            else if (named != null) // "a separate Army tender" after "the Indian Army": the force named before, not a new one
                entity = named.entity();
            else if (f.type() == EntityType.MILITARY && (label.split(" ").length <= 2 || BARE_DEFENCE_MINISTRY.matcher(label).matches())) {
                // "the Army", "the Air Force" in a story whose military bodies are all American: the US service
                Entity service = services.serviceOfArticleState(text, out, span.start(), label);
                if (service == null && BARE_DEFENCE_MINISTRY.matcher(label).matches())
                    // "Department of Defence" in a US story written elsewhere: the state the article is mostly about
                    service = services.bodyOfDominantState(out, label);
                if (service != null)
                    entity = service;
            }
            if (f.type() == EntityType.TECH_FIRM) {
                // "Harbin Lixin Optics Co., Ltd." then "Harbin Lixin Optics", "Haiyun Sensing": one firm in one article
                sameFirm.putIfAbsent(nameKey(label), entity);
                for (String form : patterns.shortForms(f.label()))
                    if (Tokenizer.tokenize(form).stream().filter(Token::isWord).count() >= 2)
                        sameFirm.putIfAbsent(nameKey(form), entity);
            }
            Mention m = new Mention(span, entity, Mention.Kind.NAME);
            out.add(m);
            for (int k = start; k < f.endToken(); k++)
                byToken[k] = m;
            if (f.type() == EntityType.TECH_FIRM)
                addShortForms(f.label(), entity, byShortForm);
        }
        // "the National Audit Office" then "the NAO": a body named in full goes by its initials
        java.util.Map<String, Entity> byInitials = new java.util.LinkedHashMap<>();
        for (Mention m : out)
            if (m.kind() == Mention.Kind.NAME && m.type() != EntityType.PERSON && m.type() != EntityType.COUNTRY
                    && m.span().coveredText(text.text()).equals(m.entity().label())) {
                String initials = initials(m.entity().label());
                if (initials.length() >= 3)
                    byInitials.putIfAbsent(initials, m.entity());
            }
        markLaterUses(text, byToken, out, byInitials, true);
        // "Scale AI" then "Scale": a known firm named in full goes by the short form of its name too
        for (Mention m : List.copyOf(out))
            if (m.type() == EntityType.TECH_FIRM && m.kind() == Mention.Kind.NAME && !m.entity().id().startsWith("org-")
                    && m.span().coveredText(text.text()).equals(m.entity().label()))
                addShortForms(m.entity().label(), m.entity(), byShortForm);
        markLaterUses(text, byToken, out, byShortForm, false);
    }

    /**
     * "Aviakonversiya Head Oleg Antonov": a known firm's one-word name right after a given name is a person's surname,
     * left for the person finders, there and wherever the text uses that word after it.
     */
    private boolean surnameAfterGivenName(AnnotatedText text, Gazetteer.Match m) {
        List<Token> tokens = text.tokens();
        if (m.entity().type() != EntityType.TECH_FIRM || m.endToken() - m.startToken() != 1)
            return false;
        // "Antonov denied allegations ..." after "Oleg Antonov" is the person again, unless the text used the word
        // before it named the person ("US bans Kaspersky antivirus ... founded by Eugene Kaspersky")
        String word = tokens.get(m.startToken()).text();
        for (int i = 0; i <= m.startToken(); i++)
            if (tokens.get(i).text().equals(word))
                return i > 0 && lexicon.isGivenName(tokens.get(i - 1).text())
                        && tokens.get(i).span().start() - tokens.get(i - 1).span().end() == 1 && sameSentence(text, i - 1, i);
        return false;
    }

    /**
     * "Pelmor Aerospace Corporation": a known name that opens with a word firms' names end in ("Aerospace Corporation")
     * right after an unknown capitalised word is the tail of a longer name, which the name patterns find.
     */
    private boolean insideLongerName(AnnotatedText text, Mention[] byToken, Gazetteer.Match m) {
        List<Token> tokens = text.tokens();
        int before = m.startToken() - 1;
        if (before < 0 || byToken[before] != null || m.entity().type() != EntityType.TECH_FIRM && m.entity().type() != EntityType.ORGANISATION
                || !lexicon.organisationPatterns().isFirmWord(tokens.get(m.startToken()).text()) && !insideLegalName(tokens, m))
            return false;
        Token t = tokens.get(before);
        return t.isWord() && t.isCapitalised() && sameSentence(text, before, m.startToken())
                && m.span().start() - t.span().end() == 1 && !lexicon.isFunctionWord(t.text()) && !lexicon.isDemonym(t.text())
                && lexicon.countryOfCity(t.text()) == null && !lexicon.isPersonTitle(t.text());
    }

    private static final int MAX_WORDS_BEFORE_LEGAL_FORM = 4;

    /**
     * Whether more capitalised words and a legal form follow a known name ("H3C" in "New H3C Semiconductor Technologies
     * Co., Ltd."), so that with an unknown word before it the known name is the middle of a registered name.
     */
    private static boolean insideLegalName(List<Token> tokens, Gazetteer.Match m) {
        int j = m.endToken();
        while (j < tokens.size() && j - m.endToken() < MAX_WORDS_BEFORE_LEGAL_FORM && tokens.get(j).isWord()
                && tokens.get(j).isCapitalised() && tokens.get(j).span().start() - tokens.get(j - 1).span().end() == 1)
            j++;
        return j > m.endToken() && j < tokens.size() && OrganisationPatterns.legalFormTail(tokens, j) > j;
    }

    /** A gazetteer name of a firm or other organisation right before token {@code start}, one space apart, or null. */
    private static Mention knownNameBefore(AnnotatedText text, Mention[] byToken, int start) {
        Mention before = start > 0 ? byToken[start - 1] : null;
        if (before == null || before.kind() != Mention.Kind.NAME || before.entity().id().startsWith("org-")
                || (before.type() != EntityType.TECH_FIRM && before.type() != EntityType.ORGANISATION
                    && before.type() != EntityType.MEDIA && before.type() != EntityType.INTERGOVERNMENTAL)) // "Anadolu Elektronik Ticaret" is no news agency
            return null;
        int gapStart = before.span().end();
        int gapEnd = text.tokens().get(start).span().start();
        return gapEnd == gapStart + 1 && text.text().charAt(gapStart) == ' ' ? before : null;
    }

    /** "the Ministry of Defence" with no state named in it: the ministry of the one state the story names. */
    private static final java.util.regex.Pattern BARE_DEFENCE_MINISTRY = java.util.regex.Pattern.compile(
            "Ministry of (National )?Defen[cs]e|Defen[cs]e Ministry|Department of Defen[cs]e|Defen[cs]e Department");

    private static final java.util.Set<String> COMMAND_WORDS = java.util.Set.of("Command", "Headquarters", "HQ");

    private static final int MAX_WORDS_BEFORE_KNOWN_FIRM = 2;

    /** A capitalised word of a name at token {@code k}, right before token {@code next} and not opening its sentence. */
    private boolean nameWordBefore(AnnotatedText text, Mention[] byToken, int k, int next) {
        Token t = text.tokens().get(k);
        return byToken[k] == null && t.isWord() && t.isCapitalised() && sameSentence(text, k, next) && k > 0
                && sameSentence(text, k - 1, k) && !lexicon.isFunctionWord(t.text()) && !lexicon.isNotName(t.text())
                && !lexicon.isDemonym(t.text()) && !lexicon.isPersonRole(t.text())
                && text.tokens().get(next).span().start() - t.span().end() == 1;
    }

    /**
     * A known firm named right before the country at token {@code start}, one space away, when no capitalised word
     * follows at token {@code end}, the country's end or the end of a legal form after it ("Huawei Kenya said",
     * "Spacety Luxembourg SA (...)", but "Huawei UK Cloud Ltd" is left to the name patterns); or null.
     */
    private static Mention firmRightBefore(AnnotatedText text, Mention[] byToken, int start, int end) {
        Mention firm = namedRightBefore(text, byToken, start, EntityType.TECH_FIRM);
        List<Token> tokens = text.tokens();
        return firm != null && end < tokens.size() && tokens.get(end).isCapitalised() && tokens.get(end).isWord() ? null : firm;
    }

    /** A known military named right before token {@code start}, one space away ("Turkish Naval Forces" Command), or null. */
    private static Mention forceNamedRightBefore(AnnotatedText text, Mention[] byToken, int start) {
        return namedRightBefore(text, byToken, start, EntityType.MILITARY);
    }

    /** A name of {@code type} that ends one space before token {@code start}, or null. */
    private static Mention namedRightBefore(AnnotatedText text, Mention[] byToken, int start, EntityType type) {
        Mention before = start > 0 ? byToken[start - 1] : null;
        if (before == null || before.kind() != Mention.Kind.NAME || before.type() != type)
            return null;
        int gapStart = before.span().end();
        int gapEnd = text.tokens().get(start).span().start();
        return gapEnd == gapStart + 1 && text.text().charAt(gapStart) == ' ' ? before : null;
    }

    /** The latest military named before {@code offset} whose name holds {@code word}, or null. */
    private static Mention militaryNamedBefore(List<Mention> mentions, int offset, String word) {
        java.util.regex.Pattern holds = PlaceCues.wordPattern(word);
        Mention latest = null;
        Mention latestForce = null;
        for (Mention m : mentions)
            if (m.type() == EntityType.MILITARY && m.span().start() < offset && holds.matcher(m.entity().label()).find()) {
                if (latest == null || m.span().start() > latest.span().start())
                    latest = m;
                if (m.entity().label().endsWith(" " + word) && (latestForce == null || m.span().start() > latestForce.span().start()))
                    latestForce = m;
            }
        // "the Army's programme" after "the Brazilian Army" and "the Army Logistics Command": the force, not its command
        return latestForce != null ? latestForce : latest;
    }

    /** The shorter names a firm introduced as {@code label} may go by later ("Harbourline" for "Harbourline Components Ltd"). */
    private void addShortForms(String label, Entity firm, java.util.Map<String, Entity> byShortForm) {
        List<String> forms = new ArrayList<>(lexicon.organisationPatterns().shortForms(label));
        // "Feiyan" for "Zhejiang Feiyan Power Technology": the word after a leading city or province
        List<Token> words = Tokenizer.tokenize(label);
        if (words.size() >= 3 && lexicon.countryOfCity(words.get(0).text()) != null && words.get(1).isWord())
            forms.add(words.get(1).text());
        // "Deniztek" for "Deniztek Akustik": the first of two words, when it is a coined name and no place
        if (words.size() == 2 && words.get(0).isWord() && words.get(1).isWord() && words.get(0).text().length() >= 5
                && !lexicon.isDemonym(words.get(0).text()) && gazetteer.find(words.subList(0, 1)).isEmpty())
            forms.add(words.get(0).text());
        // "RoboSense, one of the largest lidar makers," then "RoboSense rejected ...": a one-word name found by
        // its apposition goes by itself later
        if (words.size() == 1)
            forms.add(label);
        for (String shortForm : forms)
            // ("3HC" for "3HC Semiconductors": digits and capitals make a name however short)
            if ((shortForm.length() >= 4 || OrganisationPatterns.NUMBER_LETTERS.matcher(shortForm).matches())
                    && !lexicon.isNotName(shortForm) && !lexicon.isFunctionWord(shortForm) && lexicon.countryOfCity(shortForm) == null)
                byShortForm.putIfAbsent(shortForm, firm);
    }

    private static final java.util.regex.Pattern NUMBERED_UNIT = java.util.regex.Pattern.compile("(\\s*\\(\\p{Lu}{2,6}\\))?"
            + "(\\s+\\d{1,3}(st|nd|rd|th)?\\s+(Research\\s+)?(Academy|Institute|Laboratory|Factory|Plant|Bureau)){1,2}\\b");

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "of", "from", "near", "at", "to", "outside", "around");

    /**
     * Whether one word may stand for a firm here: not a place ("a plant in Ningbo", "the Shenzhen-based maker") and
     * not the start of another name.
     */
    private static boolean aloneAsName(List<Token> tokens, int i) {
        if (i > 0 && PLACE_PREPOSITIONS.contains(tokens.get(i - 1).lower()))
            return false;
        if (i + 1 < tokens.size()) {
            Token next = tokens.get(i + 1);
            // "Kupol-Prom" is another name, but "Vayuketu-made parts" are the firm's
            if (next.text().equals("-") && !(i + 2 < tokens.size() && MAKER_COMPOUNDS.contains(tokens.get(i + 2).text())))
                return false;
            if (next.isWord() && next.isCapitalised())
                return false;
        }
        return true;
    }

    private static final java.util.Set<String> MAKER_COMPOUNDS = java.util.Set.of("made", "built", "designed", "supplied",
            "produced", "manufactured", "branded", "owned", "backed", "linked", "controlled", "developed");

    private static final java.util.regex.Pattern BRACKETED_INITIALS = java.util.regex.Pattern.compile(
            "^(['\u2019]s)?\\s*\\((\\p{Lu}[\\p{Lu}&]{1,9}|\\p{Lu}[\\p{Lu}\\p{Ll}&]{0,7}\\p{Lu})\\)");

    private static final java.util.regex.Pattern INITIALS_IN_BRACKETS = java.util.regex.Pattern.compile("\\((\\p{Lu}{2,8})\\)");
    /** Words that make a spelled-out name a public body, a unit or a school rather than a firm. */
    private static final java.util.regex.Pattern BODY_WORDS = java.util.regex.Pattern.compile("\\b(Ministry|Department|Agency|Bureau|"
            + "Office|Commission|Committee|Council|Command|Corps|Army|Navy|Force|Forces|Guard|Service|Directorate|Authority|"
            + "Institute|University|Academy|College|School|Centre|Center|Party|Organi[sz]ation|Union|Association|Court|Police|"
            + "Administration|Parliament|Assembly|Fund|Foundation|Bank|Group of|Program|Programme|Project|Act|Law|Nationals|"
            + "Persons|Entities|List|Index|System|Systems)\\b");
    /** "Specially Designated Nationals (SDN) list": the spelled-out name of a list or programme. */
    private static final java.util.regex.Pattern LIST_AFTER = java.util.regex.Pattern.compile("\\s+(list|lists|program|programme|scheme|rules?|standard)\\b");
    /** A sentence that speaks of firms: the spelled-out names in it are firms. */
    private static final java.util.regex.Pattern FIRM_NOUNS = java.util.regex.Pattern.compile("\\b(compan(y|ies)|firms?|"
            + "contractors?|suppliers?|vendors?|makers?|manufacturers?|businesses|start-?ups?|exporters?|traders?)\\b");

    private static final java.util.regex.Pattern SUPPLIED_BEFORE = java.util.regex.Pattern.compile("\\b("
            + String.join("|", OrganisationPatterns.SUPPLY_NOUNS) + ") of\\b[^,;()]*$");
    private static final int GOODS_REACH = 80;

    /**
     * "The two companies designated are Mehrsam Andisheh Saz Nik (MASN) and Dadeh Afzar Arman (DAA)": a run of
     * capitalised words that nothing else names, spelled out before initials in brackets that are its own, is a firm
     * when its sentence speaks of firms and its words name no public body; the initials then stand for it too.
     */
    private static void findSpelledOutFirms(AnnotatedText text, Mention[] byToken, List<Mention> out) {
        List<Token> tokens = text.tokens();
        java.util.regex.Matcher b = INITIALS_IN_BRACKETS.matcher(text.text());
        while (b.find()) {
            int open = text.tokenAtOrAfter(b.start());
            String initials = b.group(1);
            int start = open;
            int words = 0;
            while (start > 0 && words < initials.length()) {
                Token t = tokens.get(start - 1);
                if (byToken[start - 1] != null || !sameSentence(text, start - 1, open - 1)
                        || !(t.isWord() && t.isCapitalised() || NOT_IN_INITIALS.contains(t.text())))
                    break;
                start--;
                if (t.isCapitalised())
                    words++;
            }
            while (start < open && NOT_IN_INITIALS.contains(tokens.get(start).text()))
                start++;
            if (start >= open || words != initials.length())
                continue;
            Span name = new Span(tokens.get(start).span().start(), tokens.get(open - 1).span().end());
            String label = name.coveredText(text.text());
            Sentence s = text.sentenceOfToken(start);
            boolean modifies = LIST_AFTER.matcher(text.folded()).region(b.end(), text.folded().length()).lookingAt();
            // "for supply of Medium Power Radar and Digital Radar Warning Receiver (RWR)": goods, not a firm
            boolean goods = SUPPLIED_BEFORE.matcher(text.folded()).region(Math.max(s.span().start(), name.start() - GOODS_REACH), name.start()).find();
            if (!initials(label).equals(initials) || BODY_WORDS.matcher(label).find() || modifies || goods
                    || !FIRM_NOUNS.matcher(text.folded()).region(s.span().start(), s.span().end()).find())
                continue;
            Mention m = new Mention(name, Entity.discovered("org", label, EntityType.TECH_FIRM), Mention.Kind.NAME);
            out.add(m);
            for (int k = start; k < open; k++)
                byToken[k] = m;
        }
    }

    /**
     * "Estonia's Internal Security Service (KAPO) said ... According to KAPO, ...": initials in brackets right after
     * a body's name that nothing else claims stand for that body, there and wherever the article uses them again.
     */
    private static void findBracketedInitials(AnnotatedText text, Mention[] byToken, List<Mention> out) {
        java.util.Map<String, Entity> initials = new java.util.LinkedHashMap<>();
        for (Mention m : out) {
            if (m.type() == EntityType.PERSON || m.type() == EntityType.COUNTRY)
                continue;
            java.util.regex.Matcher b = BRACKETED_INITIALS.matcher(text.text()).region(m.span().end(), text.text().length());
            if (!b.lookingAt())
                continue;
            int k = text.tokenAtOrAfter(b.start(2));
            if (k < byToken.length && byToken[k] == null)
                initials.putIfAbsent(b.group(2), m.entity());
            else if (k < byToken.length && byToken[k].kind() == Mention.Kind.NAME && byToken[k].type() == m.type()
                    && !byToken[k].entity().equals(m.entity()) && byToken[k].span().coveredText(text.text()).equals(b.group(2)))
                rebind(text, byToken, out, byToken[k].entity(), b.group(2), m.entity());
        }
        markLaterUses(text, byToken, out, initials, true);
    }

    /**
     * "the Japanese Ministry of Defense's (MoD)": initials the gazetteer gives to another body ("MoD", Britain's) stand,
     * in an article that defines them so, for the body they are defined for, wherever the article uses them.
     */
    private static void rebind(AnnotatedText text, Mention[] byToken, List<Mention> out, Entity known, String initials, Entity meant) {
        for (int i = 0; i < out.size(); i++) {
            Mention y = out.get(i);
            if (!y.entity().equals(known) || !y.span().coveredText(text.text()).equals(initials))
                continue;
            Mention now = new Mention(y.span(), meant, y.kind());
            out.set(i, now);
            for (int t = text.tokenAtOrAfter(y.span().start()); t < byToken.length && text.tokens().get(t).span().end() <= y.span().end(); t++)
                byToken[t] = now;
        }
    }

    /**
     * Every uncovered run of tokens that spells one of {@code names} becomes a mention of its entity: the later uses
     * of a name an article introduced. With {@code wholeName}, a run followed by another capitalised word is part of a
     * longer name and is left alone.
     */
    static void markLaterUses(AnnotatedText text, Mention[] byToken, List<Mention> out,
                                      java.util.Map<String, Entity> names, boolean wholeName) {
        markLaterUses(text, byToken, out, names, wholeName, Mention.Kind.NAME);
    }

    /** {@link #markLaterUses(AnnotatedText, Mention[], List, java.util.Map, boolean)}, the mentions of the given kind. */
    static void markLaterUses(AnnotatedText text, Mention[] byToken, List<Mention> out,
                                      java.util.Map<String, Entity> names, boolean wholeName, Mention.Kind kind) {
        List<Token> tokens = text.tokens();
        for (var e : names.entrySet()) {
            List<Token> want = Tokenizer.tokenize(e.getKey());
            for (int i = 0; i + want.size() <= tokens.size(); i++) {
                boolean match = true;
                for (int k = 0; k < want.size() && match; k++)
                    match = byToken[i + k] == null && tokens.get(i + k).text().equals(want.get(k).text());
                int after = i + want.size();
                if (match && wholeName && after < tokens.size() && tokens.get(after).isWord() && tokens.get(after).isCapitalised())
                    match = false;
                if (match && want.size() == 1 && !wholeName && !aloneAsName(tokens, i))
                    match = false;
                if (match) {
                    Span span = new Span(tokens.get(i).span().start(), tokens.get(after - 1).span().end());
                    Mention m = new Mention(span, e.getValue(), kind);
                    out.add(m);
                    for (int k = i; k < after; k++)
                        byToken[k] = m;
                }
            }
        }
    }

    private static final java.util.regex.Pattern FOLLOWING_FIRMS = java.util.regex.Pattern.compile(
            "(\\bfollowing ([\\w-]+ ){0,2}(companies|firms|entities|suppliers|businesses|exporters|enterprises|individuals and entities)\\b[^.]*"
            + "|\\b(list|companies|firms|entities|additions) (includes?|included|comprises|are|were)( as follows)?):\\s*$");
    private static final int MAX_BULLET_TOKENS = 14;
    private static final java.util.Set<String> BULLETS = java.util.Set.of("-", "\u2022", "*", "\u2013", "\u2014", "\u00b7");

    /**
     * "... added the following firms to the list:" then one short line per firm ("- Harbourline Components Ltd
     * (Hong Kong)"): the leading capitalised name of each line, up to a bracket or comma, is a firm.
     */
    private void findBulletedFirms(AnnotatedText text, Mention[] byToken, List<Mention> out) {
        List<Token> tokens = text.tokens();
        List<Sentence> sentences = text.sentences();
        java.util.Map<String, Entity> byShortForm = new java.util.LinkedHashMap<>();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence intro = sentences.get(si);
            if (!FOLLOWING_FIRMS.matcher(text.folded().substring(intro.span().start(), intro.span().end())).find())
                continue;
            boolean listMarked = false;
            boolean pendingMarker = false;
            for (int k = si + 1; k < sentences.size(); k++) {
                Sentence line = sentences.get(k);
                int i = line.firstToken();
                while (i < line.endToken() && BULLETS.contains(tokens.get(i).text()))
                    i++;
                if (i + 1 < line.endToken() && tokens.get(i).text().matches("\\d{1,2}") // "1. American Photonics"
                        && (tokens.get(i + 1).text().equals(".") || tokens.get(i + 1).text().equals(")")))
                    i += 2;
                if (i >= line.endToken() && i > line.firstToken()) {
                    pendingMarker = true; // the item's number split off as a sentence of its own
                    continue;
                }
                boolean marked = i > line.firstToken() || pendingMarker;
                pendingMarker = false;
                if (listMarked && !marked) // "These companies are ..." after a numbered list is no item
                    break;
                listMarked |= marked;
                if (line.endToken() - i > MAX_BULLET_TOKENS || i >= line.endToken() || !tokens.get(i).isCapitalised())
                    break;
                int j = i;
                while (j < line.endToken() && !tokens.get(j).text().equals("(") && !tokens.get(j).text().equals(",")
                        && !tokens.get(j).text().equals(";") && !(tokens.get(j).text().equals(".") && j == line.endToken() - 1))
                    j++;
                int legal = j > i ? OrganisationPatterns.legalFormTail(tokens, j) : j; // "Novotech, Inc."
                if (legal > j && legal <= line.endToken())
                    j = legal;
                if (j == i || java.util.stream.IntStream.range(i, j).anyMatch(x -> byToken[x] != null))
                    continue; // a known name, or nothing: the gazetteer's mention stands
                Span span = new Span(tokens.get(i).span().start(), tokens.get(j - 1).span().end());
                String label = span.coveredText(text.text()).replaceAll("\\s+", " ");
                Mention m = new Mention(span, Entity.discovered("org", label, EntityType.TECH_FIRM), Mention.Kind.NAME);
                out.add(m);
                for (int x = i; x < j; x++)
                    byToken[x] = m;
                addShortForms(label, m.entity(), byShortForm);
            }
        }
        markLaterUses(text, byToken, out, byShortForm, false);
        out.sort(Comparator.comparing(Mention::span));
    }

    private static final int MAX_LISTED_NAME_WORDS = 4;
    private static final java.util.regex.Pattern LIST_CONTEXT = java.util.regex.Pattern.compile(
            "\\b(compan|firm|entit|supplier|maker|manufactur|sanction|list|includ|such as|vendor|contractor|exporter)");

    /**
     * "Positive Technologies, ERA Technopolis, Pasit and Neobit": unknown capitalised names in a closed list
     * ("..., X and Y") that follows a known firm, in a sentence about companies or lists, are firms too.
     */
    private void findListedFirms(AnnotatedText text, Mention[] byToken, List<Mention> out) {
        List<Token> tokens = text.tokens();
        List<Mention> found = new ArrayList<>();
        for (Mention m : List.copyOf(out)) {
            if (m.type() != EntityType.TECH_FIRM || m.kind() != Mention.Kind.NAME)
                continue;
            Sentence sentence = text.sentenceAt(m.span().start());
            if (sentence == null || !LIST_CONTEXT.matcher(text.folded().substring(sentence.span().start(), sentence.span().end())).find())
                continue;
            int i = text.tokenAtOrAfter(m.span().end());
            List<int[]> items = new ArrayList<>();
            boolean closed = false;
            while (i < tokens.size() && sameSentence(text, text.tokenAtOrAfter(m.span().start()), i)) {
                boolean last = false;
                int close = tokens.get(i).text().equals("(") ? closingBracket(tokens, i) : -1;
                if (close > 0) { // "ACE Electronic HK (registered in Hong Kong), Wuhan ...": an aside on the item
                    i = close + 1;
                    continue;
                }
                if (tokens.get(i).text().equals(",")) {
                    i++;
                    if (i < tokens.size() && (tokens.get(i).lower().equals("and") || tokens.get(i).lower().equals("or"))) {
                        i++;
                        last = true;
                    }
                } else if (tokens.get(i).lower().equals("and") || tokens.get(i).lower().equals("or")) {
                    i++;
                    last = true;
                } else {
                    break;
                }
                if (i < tokens.size() && tokens.get(i).lower().equals("the") && byToken[i] == null)
                    i++; // "Sugon, the Wuxi Jiangnan Institute of Computing Technology, Higon"
                if (i >= tokens.size())
                    break;
                Mention known = byToken[i];
                if (known != null) {
                    // an institute or other organisation may stand in a list of firms
                    if (known.type() != EntityType.TECH_FIRM && known.type() != EntityType.ORGANISATION)
                        break;
                    i = text.tokenAtOrAfter(known.span().end());
                } else {
                    int j = i;
                    while (j < tokens.size() && j - i < MAX_LISTED_NAME_WORDS && persons.isNameWord(tokens, j, byToken)
                            && !lexicon.isFunctionWord(tokens.get(j).text()) && !lexicon.isDemonym(tokens.get(j).text()))
                        j++;
                    if (j == i || (j < tokens.size() && tokens.get(j).text().equals("-")))
                        break; // "Hong Kong-registered Kingwell Trading": a modifier, not a name
                    if (j == i + 1 && lexicon.countryOfCity(tokens.get(i).text()) != null)
                        break; // "and Shenzhen lidar company Qianxing": a city that places the next firm
                    items.add(new int[]{i, j});
                    i = j;
                }
                if (last) {
                    closed = true;
                    break;
                }
            }
            if (!closed)
                items = new ArrayList<>();
            items.addAll(itemsBefore(text, byToken, m));
            for (int[] item : items) {
                if (byToken[item[0]] != null)
                    continue;
                Span span = new Span(tokens.get(item[0]).span().start(), tokens.get(item[1] - 1).span().end());
                Mention firm = new Mention(span, Entity.discovered("org", span.coveredText(text.text()), EntityType.TECH_FIRM),
                        Mention.Kind.NAME);
                found.add(firm);
                for (int k = item[0]; k < item[1]; k++)
                    byToken[k] = firm;
            }
        }
        out.addAll(found);
    }

    /**
     * "Best Buy, Home Depot and Lowes", "Harting, Trimble and TE Connectivity": when a known firm closes a list ("..., X
     * and KNOWN"), the unknown capitalised names before it, each set off by a comma, are the list's other items.
     */
    private List<int[]> itemsBefore(AnnotatedText text, Mention[] byToken, Mention known) {
        List<Token> tokens = text.tokens();
        int k = text.tokenAtOrAfter(known.span().start()) - 1;
        if (k < 1 || !(tokens.get(k).lower().equals("and") || tokens.get(k).lower().equals("or")))
            return List.of();
        k--;
        if (tokens.get(k).text().equals(","))
            k--;
        List<int[]> items = new ArrayList<>();
        while (k >= 0 && sameSentence(text, k, text.tokenAtOrAfter(known.span().start()))) {
            int end = k + 1;
            int start = end;
            while (start - 1 >= 0 && end - (start - 1) <= MAX_LISTED_NAME_WORDS && byToken[start - 1] == null
                    && persons.isNameWord(tokens, start - 1, byToken) && !lexicon.isFunctionWord(tokens.get(start - 1).text())
                    && !lexicon.isDemonym(tokens.get(start - 1).text()))
                start--;
            if (start == end) {
                if (byToken[k] != null && byToken[k].type() == EntityType.TECH_FIRM) { // a known firm inside the list
                    start = text.tokenAtOrAfter(byToken[k].span().start());
                    k = start - 1;
                    if (k >= 0 && tokens.get(k).text().equals(","))
                        k--;
                    else
                        break;
                    continue;
                }
                break;
            }
            if (start > 0 && sameSentence(text, start - 1, start) && !opensListItem(tokens.get(start - 1)))
                break; // "System Studies & Simulation", "Laboratory ... at Microscale": the name goes on before the run
            items.add(new int[]{start, end});
            k = start - 1;
            if (k >= 0 && tokens.get(k).text().equals(","))
                k--;
            else
                break;
        }
        return items;
    }

    private static final java.util.Set<String> INSIDE_NAMES = java.util.Set.of("&", "at", "of", "for", "and", "de", "du", "-", "'s");

    /** Whether a list item may follow {@code before}: a comma, a colon, or a lower-case word that joins no name. */
    private static boolean opensListItem(Token before) {
        if (before.text().equals(",") || before.text().equals(":") || before.text().equals("("))
            return true;
        return before.isWord() && !before.isCapitalised() && !INSIDE_NAMES.contains(before.lower());
    }

    private static final int MAX_ASIDE_TOKENS = 10;

    /** The index of the ")" that closes the "(" at {@code open} within a short aside, or -1. */
    private static int closingBracket(List<Token> tokens, int open) {
        for (int k = open + 1; k < tokens.size() && k - open <= MAX_ASIDE_TOKENS; k++) {
            if (tokens.get(k).text().equals(")"))
                return k;
            if (tokens.get(k).text().equals("("))
                return -1;
        }
        return -1;
    }

    private static final int MAX_CUED_NAME_WORDS = 3;

    private static final java.util.Set<String> ROLE_LINKS = java.util.Set.of("for", "of", "at", "from", "with");

    /** Whether a person's role governs the head at {@code head}: "a lawyer for the company", "a spokesman of the firm". */
    private boolean roleOfHeadBefore(List<Token> tokens, int head) {
        int k = head - 1;
        if (k >= 0 && (tokens.get(k).lower().equals("the") || tokens.get(k).lower().equals("a") || tokens.get(k).lower().equals("its")))
            k--;
        return k >= 1 && ROLE_LINKS.contains(tokens.get(k).lower()) && lexicon.isPersonRole(tokens.get(k - 1).text());
    }

    /** "based" in "Ankara-based": glued by a hyphen to a capitalised place name. */
    private static boolean placeBased(List<Token> tokens, int i) {
        return i >= 2 && tokens.get(i).lower().equals("based") && tokens.get(i - 1).text().equals("-")
                && tokens.get(i - 1).span().end() == tokens.get(i).span().start()
                && tokens.get(i - 2).span().end() == tokens.get(i - 1).span().start() && tokens.get(i - 2).isCapitalised();
    }

    /**
     * "drone maker XTend", "Israeli start-up Kestrel Vision": capitalised words right after a word that names a kind
     * of firm are a firm's name; later uses of the same name are the same firm.
     */
    private void findCuedOrganisations(AnnotatedText text, Mention[] byToken, List<Mention> out) {
        OrganisationPatterns patterns = lexicon.organisationPatterns();
        List<Token> tokens = text.tokens();
        java.util.Map<String, Entity> found = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (byToken[i] != null || !(patterns.isHeadBeforeName(tokens.get(i)) || placeBased(tokens, i)
                    || patterns.isHyphenatedHeadBeforeName(tokens, i)))
                continue;
            // "drone maker XTend", "Ankara-based Deniztek Akustik", "a company called Shakedlabs", and in apposition
            // "a second firm, Xi'an Beidou Tongxin, sold ..."
            boolean apposition = tokens.get(i + 1).text().equals(",");
            boolean called = !apposition && (tokens.get(i + 1).lower().equals("called") || tokens.get(i + 1).lower().equals("named"));
            int first = apposition || called ? i + 2 : i + 1;
            int j = first;
            int words = 0;
            while (j < tokens.size() && words < MAX_CUED_NAME_WORDS && byToken[j] == null && sameSentence(text, i, j)) {
                Token t = tokens.get(j);
                if (t.isWord() && t.isCapitalised() && !lexicon.isNotName(t.text()) && !lexicon.isFunctionWord(t.text())) {
                    j++;
                    words++;
                } else if (j > first && OrganisationPatterns.isApostropheInName(tokens, j))
                    j += 2;
                else if (j > first && PersonNames.isHyphenatedPart(tokens, j) && byToken[j + 1] == null)
                    j += 2; // "Elektropryl-Tekh", "Yug-Prom"
                else
                    break;
            }
            if (j == first || (apposition && (j >= tokens.size() || !tokens.get(j).text().equals(","))))
                continue;
            if (apposition && roleOfHeadBefore(tokens, i))
                continue; // "A lawyer for the company, Andrii Lysenko,": the name is the lawyer's
            if (apposition && j - first <= 3 && lexicon.isGivenName(tokens.get(first).text()))
                continue; // "an employee of the company, Alexander Posobilov,": a first name and a surname are a person's
            Span span = new Span(tokens.get(first).span().start(), tokens.get(j - 1).span().end());
            String label = span.coveredText(text.text());
            found.putIfAbsent(label, Entity.discovered("org", label, patterns.typeAfterHead(tokens.get(i))));
        }
        findNamesBeforeHeads(text, byToken, found);
        java.util.Map<String, Entity> byShortForm = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (byToken[i] != null || !patterns.isPluralHeadBeforeNames(tokens.get(i)))
                continue;
            int from = tokens.get(i + 1).text().equals(",") || tokens.get(i + 1).text().equals(":") ? i + 2 : i + 1;
            // "two Turkish entities––Margiana and Demirci––for supplying": names set off by dashes
            if (from == i + 1 && isDash(text, i + 1)) {
                from = i + 2;
                while (isDash(text, from))
                    from++;
            }
            // "four Chinese companies, including Xiamen Limbach, face sanctions", "firms such as X and Y"
            int afterCue = from < tokens.size() && tokens.get(from).lower().equals("including") ? from + 1
                    : from + 1 < tokens.size() && tokens.get(from).lower().equals("such") && tokens.get(from + 1).lower().equals("as") ? from + 2
                    : from == i + 2 || from > i + 1 && isDash(text, i + 1) ? from
                    // "solar-module producers JA Solar and Trina Solar": names right after the plural head
                    : tokens.get(from).isCapitalised() && !lexicon.isFunctionWord(tokens.get(from).text())
                        && !lexicon.isNotName(tokens.get(from).text()) ? from : -1;
            if (afterCue < 0)
                continue;
            for (String label : namesListedFrom(text, byToken, afterCue, afterCue != i + 2 && !isDash(text, i + 1)))
                found.putIfAbsent(label, Entity.discovered("org", label, EntityType.TECH_FIRM));
        }
        findSellers(text, byToken, found);
        markLaterUses(text, byToken, out, found, true);
        for (var e : found.entrySet())
            if (e.getValue().type() == EntityType.TECH_FIRM)
                addShortForms(e.getKey(), e.getValue(), byShortForm);
        markLaterUses(text, byToken, out, byShortForm, false);
    }

    /**
     * "The Aviakonversiya company has rejected ...": unknown capitalised words between "the" and a lower-case head that
     * names a kind of firm (lexicon {@code headsAfterName}) are a firm's name, unless they name a state, a city or a
     * people ("the Russian company", "the Kazan factory") or start with a given name.
     */
    private void findNamesBeforeHeads(AnnotatedText text, Mention[] byToken, java.util.Map<String, Entity> found) {
        OrganisationPatterns patterns = lexicon.organisationPatterns();
        List<Token> tokens = text.tokens();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!tokens.get(i).lower().equals("the"))
                continue;
            int j = i + 1;
            while (j < tokens.size() && j - i - 1 < MAX_CUED_NAME_WORDS && byToken[j] == null && sameSentence(text, i, j)
                    && namePartBeforeHead(tokens.get(j)))
                j++;
            if (j == i + 1 || j >= tokens.size() || !patterns.isHeadAfterName(tokens.get(j)) || !sameSentence(text, i, j)
                    || lexicon.isGivenName(tokens.get(i + 1).text()))
                continue;
            Span span = new Span(tokens.get(i + 1).span().start(), tokens.get(j - 1).span().end());
            String label = span.coveredText(text.text());
            if (namedWithoutHead(text, label))
                found.putIfAbsent(label, Entity.discovered("org", label, EntityType.TECH_FIRM));
        }
    }

    /**
     * Whether the text also uses {@code label} on its own, with no head noun after it ("representatives of Aviakonversiya
     * which supplied"): "a Shropshire company ... The Shropshire firm" only names a place the firm is in.
     */
    private boolean namedWithoutHead(AnnotatedText text, String label) {
        OrganisationPatterns patterns = lexicon.organisationPatterns();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\w-])" + java.util.regex.Pattern.quote(label)
                + "(?![\\w-])").matcher(text.text());
        while (m.find()) {
            int next = text.tokenAtOrAfter(m.end());
            if (next >= text.tokens().size() || !patterns.isHeadAfterName(text.tokens().get(next))
                    && !patterns.isHeadBeforeName(text.tokens().get(next)))
                return true;
        }
        return false;
    }

    private boolean namePartBeforeHead(Token t) {
        return t.isWord() && t.isCapitalised() && !lexicon.isNotName(t.text()) && !lexicon.isFunctionWord(t.text())
                && !lexicon.isDemonym(t.text()) && lexicon.countryOfCity(t.text()) == null;
    }

    private static final java.util.regex.Pattern SOLD_AFTER = java.util.regex.Pattern.compile(
            "\\s+((had|has|have|allegedly|reportedly)\\s+)?(sold|supplied|exported|shipped|delivered)\\b");

    /**
     * "WSK Poznan had sold pumps to ...": an unknown name with initials in it ("WSK", "PT", "JSC") right before a verb of
     * selling or shipping is a firm.
     */
    private void findSellers(AnnotatedText text, Mention[] byToken, java.util.Map<String, Entity> found) {
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (byToken[i] != null || !tokens.get(i).isWord() || !tokens.get(i).isCapitalised()
                    || i > 0 && sameSentence(text, i - 1, i) && tokens.get(i - 1).isWord() && tokens.get(i - 1).isCapitalised())
                continue;
            int j = i;
            boolean initials = false;
            while (j < tokens.size() && j - i < MAX_CUED_NAME_WORDS && byToken[j] == null && tokens.get(j).isWord()
                    && tokens.get(j).isCapitalised() && !lexicon.isFunctionWord(tokens.get(j).text()) && sameSentence(text, i, j)) {
                String w = tokens.get(j).text();
                initials |= w.length() >= 2 && w.length() <= 5 && tokens.get(j).isAllCaps() && w.chars().allMatch(Character::isLetter);
                j++;
            }
            if (j - i < 2 || !initials || j >= tokens.size()
                    || !SOLD_AFTER.matcher(text.text()).region(tokens.get(j - 1).span().end(), text.text().length()).lookingAt())
                continue;
            String label = new Span(tokens.get(i).span().start(), tokens.get(j - 1).span().end()).coveredText(text.text());
            found.putIfAbsent(label, Entity.discovered("org", label, EntityType.TECH_FIRM));
            i = j - 1;
        }
    }

    /**
     * "two Russian companies, Kupol-Prom and NPP Strela-M": the capitalised names listed from token {@code from}, joined
     * by commas and "and", when the list closes the clause (a full stop, comma, semicolon or the sentence's end);
     * else none. Names the gazetteer knows may stand in the list and are skipped. An {@code aside} ("companies,
     * including X and Y, face ...") may close with any word.
     */
    private List<String> namesListedFrom(AnnotatedText text, Mention[] byToken, int from, boolean aside) {
        List<Token> tokens = text.tokens();
        List<String> names = new ArrayList<>();
        int j = from;
        while (j < tokens.size() && sameSentence(text, from, j)) {
            int start = j;
            if (byToken[j] != null) {
                j = text.tokenAtOrAfter(byToken[j].span().end());
            } else {
                int words = 0;
                while (j < tokens.size() && words < MAX_CUED_NAME_WORDS + 1 && byToken[j] == null && sameSentence(text, from, j)) {
                    Token t = tokens.get(j);
                    if (t.isWord() && t.isCapitalised() && !lexicon.isNotName(t.text()) && !lexicon.isFunctionWord(t.text())) {
                        j++;
                        words++;
                    } else if (j > start && PersonNames.isHyphenatedPart(tokens, j) && !isDash(text, j))
                        j += 2;
                    else
                        break;
                }
                // "companies, including X, face sanctions": an aside closes with its comma, and so does a list of two or
                // more names set off after the head ("Two Turkish businesses, Turkik Union and Azu International, were")
                if (j == start)
                    return (aside && !names.isEmpty()) || (names.size() >= 2 && tokens.get(j - 1).text().equals(","))
                            || names.size() >= 2 && isDash(text, j) ? names : List.of();
                names.add(new Span(tokens.get(start).span().start(), tokens.get(j - 1).span().end()).coveredText(text.text()));
            }
            if (j >= tokens.size() || !sameSentence(text, from, j))
                return names;
            String sep = tokens.get(j).lower();
            if (sep.equals(",") && j + 1 < tokens.size() && tokens.get(j + 1).lower().equals("and"))
                j += 2;
            else if (sep.equals(",") || sep.equals("and"))
                j++;
            else
                return aside || sep.equals(".") || sep.equals(";") || names.size() >= 2 && isDash(text, j) ? names : List.of();
        }
        return names;
    }

    /** A dash that sets words off: an en or em dash, or one of two hyphens written together. */
    private static boolean isDash(AnnotatedText text, int k) {
        List<Token> tokens = text.tokens();
        if (k >= tokens.size() || !tokens.get(k).text().equals("-"))
            return false;
        char raw = text.text().charAt(tokens.get(k).span().start());
        return raw == '\u2013' || raw == '\u2014'
                || k + 1 < tokens.size() && tokens.get(k + 1).text().equals("-") && tokens.get(k + 1).span().start() == tokens.get(k).span().end()
                || k > 0 && tokens.get(k - 1).text().equals("-") && tokens.get(k - 1).span().end() == tokens.get(k).span().start();
    }

    /** A name compared with another form of itself: case, punctuation and spacing ignored. */
    /** Whether one of an entity's names is {@code name} or holds it ("Ministerial Agency for Defence ..."). */
    private static boolean hasName(Entity e, String name) {
        String key = nameKey(name);
        return e.names().anyMatch(n -> nameKey(n).contains(key));
    }

    /** Points every mention of {@code acronym}'s entity written as {@code acronym} is written at {@code entity}. */
    private static void retarget(AnnotatedText text, Mention[] byToken, List<Mention> out, Mention acronym, Entity entity) {
        String written = acronym.span().coveredText(text.text());
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (!m.entity().equals(acronym.entity()) || !m.span().coveredText(text.text()).equals(written))
                continue;
            Mention now = new Mention(m.span(), entity, m.kind(), m.role(), m.roleOf());
            out.set(i, now);
            for (int k = text.tokenAtOrAfter(m.span().start()); k < byToken.length && byToken[k] == m; k++)
                byToken[k] = now;
        }
    }

    private static final java.util.regex.Pattern LIST_SEPARATOR = java.util.regex.Pattern.compile("(\\s*[,;]\\s*(and\\s+|or\\s+)?|\\s+(and|or)\\s+)");

    /**
     * "Intellexa Limited, Cytrox AD, Cytrox Holdings and Thalestris Limited", "Huawei Device Co. Ltd. and Huawei Device
     * USA Inc.": two firms named side by side in one list are two firms, even where their names lead to one entity; the
     * later name becomes a firm of its own, there and wherever the article writes it so.
     */
    private static void splitListSiblings(AnnotatedText text, List<Mention> mentions) {
        Mention previous = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.kind() == Mention.Kind.NESTED)
                continue;
            Mention before = previous;
            previous = m;
            if (before == null || m.type() != EntityType.TECH_FIRM || m.kind() != Mention.Kind.NAME
                    || before.kind() != Mention.Kind.NAME || !before.entity().id().equals(m.entity().id())
                    || before.span().end() > m.span().start()
                    || !LIST_SEPARATOR.matcher(text.text().substring(before.span().end(), m.span().start())).matches())
                continue;
            String written = m.span().coveredText(text.text()).replaceAll("\\s+", " ");
            if (written.equals(before.span().coveredText(text.text()).replaceAll("\\s+", " ")))
                continue; // "Huawei and Huawei": the same name twice
            Entity own = Entity.discovered("org", written, EntityType.TECH_FIRM);
            for (int k = 0; k < mentions.size(); k++) {
                Mention same = mentions.get(k);
                if (same.entity().id().equals(m.entity().id()) && same.kind() == Mention.Kind.NAME
                        && same.span().coveredText(text.text()).replaceAll("\\s+", " ").equals(written))
                    mentions.set(k, new Mention(same.span(), own, same.kind(), same.role(), same.roleOf()));
            }
            previous = mentions.get(i);
        }
    }

    private static final Set<String> NOT_IN_INITIALS = Set.of("of", "the", "and", "for", "on", "&");

    /** "NAO" for "National Audit Office": the first letters of a name's words other than connectors. */
    private static String initials(String label) {
        StringBuilder out = new StringBuilder();
        for (String word : label.split("[\\s-]+"))
            if (!word.isEmpty() && !NOT_IN_INITIALS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                if (!Character.isUpperCase(word.codePointAt(0)))
                    return "";
                out.appendCodePoint(word.codePointAt(0));
            }
        return out.toString();
    }

    private static String nameKey(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** A known name in parentheses right after a name ("ChangXin Memory Technologies (CXMT)"): the same entity. */
    private static Mention acronymAfter(AnnotatedText text, Mention[] byToken, int end) {
        List<Token> tokens = text.tokens();
        if (end + 2 >= tokens.size() || !tokens.get(end).text().equals("(") || byToken[end + 1] == null)
            return null;
        Mention inside = byToken[end + 1];
        int after = text.tokenAtOrAfter(inside.span().end());
        return after < tokens.size() && tokens.get(after).text().equals(")") ? inside : null;
    }

    /** A country named just before a token ("Netherlands Ministry ...", "Turkey's Ministry ..."), or null. */
    private static final Set<String> PREPOSITIONS_BEFORE_STATE = Set.of("to", "in", "from", "into", "across", "for", "of", "at", "with");

    /**
     * "China Electronic Skyline Group": a country's name right before a firm's name, with no possessive and no
     * preposition before it ("sold to China ..."), opens the firm's name; else null.
     */
    private static Mention countryOpeningFirmName(List<Token> tokens, Mention[] byToken, int start) {
        int k = start - 1;
        if (k < 0 || byToken[k] == null || byToken[k].type() != EntityType.COUNTRY || byToken[k].kind() != Mention.Kind.NAME
                || tokens.get(start).span().start() - tokens.get(k).span().end() != 1)
            return null;
        int first = k;
        while (first > 0 && byToken[first - 1] == byToken[k])
            first--;
        if (first > 0 && PREPOSITIONS_BEFORE_STATE.contains(tokens.get(first - 1).lower()))
            return null;
        return byToken[k];
    }

    private static Mention countryBefore(List<Token> tokens, Mention[] byToken, int start, boolean possessive) {
        int k = start - 1;
        // "Israel's Ministry of Defense" is the state's body, but "Singapore's Computer Security Initiative
        // Consultancy" is an organisation of its own that the state does not name
        if (possessive && k >= 1 && tokens.get(k).lower().equals("s") && OrganisationPatterns.isApostrophe(tokens.get(k - 1)))
            k -= 2;
        if (k < 0 || byToken[k] == null || byToken[k].type() != EntityType.COUNTRY)
            return null;
        return byToken[k];
    }

    static boolean sameSentence(AnnotatedText text, int a, int b) {
        return text.sentenceOfToken(a).index() == text.sentenceOfToken(b).index();
    }
}
