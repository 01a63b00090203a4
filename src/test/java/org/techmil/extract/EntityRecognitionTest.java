package org.techmil.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.techmil.clean.CleanedArticle;

/** Which entities short texts written for these tests name, and with which type. */
class EntityRecognitionTest {
    private static final Extractor EXTRACTOR = new Extractor(KnowledgeBase.load(null));

    private static List<String> persons(String body) {
        return EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null, body)).entities().stream()
                .filter(e -> e.type() == EntityType.PERSON).map(Entity::label).toList();
    }

    /** The type of each entity a text names, by label. */
    private static java.util.Map<String, EntityType> types(String body) {
        java.util.Map<String, EntityType> types = new java.util.HashMap<>();
        EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null, body)).entities()
                .forEach(e -> types.put(e.label(), e.type()));
        return types;
    }

    /** The entity id of each mention of a text, by the words it is written with. */
    private static java.util.Map<String, String> idsByWording(String body) {
        java.util.Map<String, String> ids = new java.util.HashMap<>();
        for (Mention x : EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null, body)).mentions())
            ids.put(x.span().coveredText(body), x.entity().id());
        return ids;
    }

    private static List<String> countries(String body) {
        return EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null, body)).entities().stream()
                .filter(e -> e.type() == EntityType.COUNTRY).map(Entity::label).toList();
    }

    @Test
    void nameParticlesAndHyphensStayInsideTheName() {
        assertEquals(List.of("Maarten van der Berg"),
                persons("\"The rules are clear,\" said Maarten van der Berg, a lawyer in The Hague."));
        assertEquals(List.of("Joanna Smith-Oduya"),
                persons("Council leader Joanna Smith-Oduya welcomed the decision."));
    }

    @Test
    void roleInAppositionNeedsNoArticle() {
        assertEquals(List.of("Teodor Lindqvist"),
                persons("Teodor Lindqvist, head of the procurement agency, signed the order on Monday."));
    }

    @Test
    void moreRolesIntroducePersons() {
        assertEquals(List.of("Leonel Garciga"), persons("\"We are looking at it,\" Army CIO Leonel Garciga told reporters."));
        assertEquals(List.of("Li Xiaocui"), persons("Among those sanctioned is businesswoman Li Xiaocui, accused of fraud."));
    }

    @Test
    void unknownNameBeforeVerbOfSayingIsAPerson() {
        assertEquals(List.of("Mirela Dobre"), persons("The deal is worth $40 million, Mirela Dobre said."));
    }

    @Test
    void organisationBeforeVerbOfSayingIsNoPerson() {
        List<String> p = persons("Korvale Systems said it had never sold parts to any army. IG Metall said it would strike.");
        assertFalse(p.contains("Korvale Systems"), p.toString());
        assertFalse(p.contains("IG Metall"), p.toString());
    }

    @Test
    void aFirmsNameBeforeAWordForAPlaceNamesThePlace() {
        List<String> labels = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null,
                "The terminals serve border posts in the Amazon region and a base in Orange County. "
                        + "Amazon won the cloud contract.")).entities().stream().map(Entity::label).toList();
        assertEquals(1, labels.stream().filter(l -> l.startsWith("Amazon")).count(), labels.toString());
        assertFalse(labels.contains("Orange"), labels.toString());
    }

    @Test
    void firmsAPluralHeadIntroducesWithIncludingAreFirms() {
        List<Entity> e = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null,
                "Four Chinese companies, including Gulang Motorworks, face sanctions. "
                        + "Rival suppliers such as Tianhe Feixiang and Qilu Sensing were also named.")).entities();
        for (String name : List.of("Gulang Motorworks", "Tianhe Feixiang", "Qilu Sensing"))
            assertTrue(e.stream().anyMatch(x -> x.label().equals(name) && x.type() == EntityType.TECH_FIRM), name + " in " + e);
    }

    @Test
    void aCityOpensAChineseFirmsRegisteredNameAndAHyphenJoinsIt() {
        List<String> labels = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null,
                "The department added Tianjin Phytium Information Technology Co. Ltd. and Wuxi Lanhe Micro-electronics "
                        + "Co. Ltd. to the Entity List. The Istanbul-based Korfez Elektronik was not named.")).entities()
                .stream().map(Entity::label).toList();
        assertTrue(labels.contains("Tianjin Phytium Information Technology Co. Ltd."), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("Wuxi Lanhe Micro-electronics Co. Ltd")), labels.toString());
        assertFalse(labels.stream().anyMatch(l -> l.startsWith("Istanbul")), labels.toString());
    }

    @Test
    void aStatesPossessiveIsNoPartOfAnOrganisationsName() {
        List<String> labels = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null,
                "Also listed was Singapore's Harbourfront Security Consultancy.")).entities()
                .stream().map(Entity::label).toList();
        assertTrue(labels.contains("Harbourfront Security Consultancy"), labels.toString());
    }

    @Test
    void countriesBeyondTheMajorPowersAreKnown() {
        List<String> c = countries("The drones were shipped through Azerbaijan and Kyrgyzstan to a buyer in Bahrain.");
        assertTrue(c.containsAll(List.of("Azerbaijan", "Kyrgyzstan", "Bahrain")), c.toString());
    }

    @Test
    void aDemonymNamesItsCountry() {
        assertTrue(countries("A Moroccan distributor resold the radios.").contains("Morocco"));
    }

    @Test
    void universitiesAndInstitutesAreOrganisationsNotFirms() {
        List<Entity> e = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null,
                "Researchers at the Halvorsen University of Technology and the Qinling Academy of Military Science "
                        + "published the paper.")).entities();
        assertTrue(e.stream().anyMatch(x -> x.label().equals("Halvorsen University of Technology")
                && x.type() == EntityType.ORGANISATION), e.toString());
        assertTrue(e.stream().anyMatch(x -> x.label().equals("Qinling Academy of Military Science")
                && x.type() == EntityType.MILITARY), e.toString());
    }

    @Test
    void anApostropheInsideAPlaceNameIsNoPossessive() {
        List<Entity> e = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null,
                "The companies named in the rule are Xi'an Tianrui Aerospace Electronics, Suzhou Lanxing Microwave Co., "
                        + "Guangzhou Zhiyuan Computing and Chongqing Baiyun Semiconductor.")).entities();
        List<String> labels = e.stream().map(Entity::label).toList();
        assertTrue(labels.containsAll(List.of("Xi'an Tianrui Aerospace Electronics", "Suzhou Lanxing Microwave Co.",
                "Guangzhou Zhiyuan Computing", "Chongqing Baiyun Semiconductor")), labels.toString());
        assertTrue(e.stream().noneMatch(x -> x.type() == EntityType.PERSON), labels.toString());
    }

    @Test
    void aNameMayOpenAParagraphAndFollowItsRole() {
        List<String> p = persons("Hsinpo denied breaking the law. Its chairman, Tsai Ming-hung, said the sale was legal.\n\n"
                + "Lin Wei-chen, an analyst at the institute, said so.");
        assertTrue(p.containsAll(List.of("Tsai Ming-hung", "Lin Wei-chen")), p.toString());
    }

    @Test
    void aPlaceBeforeTheHeadPicksTheFirmNamedWithThatPlace() {
        Extraction x = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null,
                "The sanctions list published on Tuesday names Tarvel Optics Ltd (Minsk) and Ostrava Servo Systems. "
                        + "Ostrava Servo Systems declined to "
                        + "comment. The Minsk firm said it sold only to farms."));
        assertTrue(x.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.COREFERENCE
                && m.entity().label().startsWith("Tarvel Optics")), x.mentions().toString());
    }

    @Test
    void namesOfUnitsOfficesDottedLegalFormsAndMiddleInitials() {
        List<Entity> e = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null,
                "Lumenvolt B.V. said the 4th Infantry Division had tested its sensors. The Hamburg Public Prosecutor's "
                        + "Office is investigating. Lieutenant General Rahul R. Singh spoke. Officials said that a "
                        + "second firm, Xi'an Beidou Tongxin, sold terminals.")).entities();
        List<String> labels = e.stream().map(x -> x.label() + " " + x.type()).toList();
        assertTrue(labels.containsAll(List.of("Lumenvolt B.V. TECH_FIRM", "4th Infantry Division MILITARY",
                "Hamburg Public Prosecutor's Office GOVERNMENT", "Rahul R. Singh PERSON",
                "Xi'an Beidou Tongxin TECH_FIRM")), labels.toString());
    }

    @Test
    void aPlatformTheFirmOwnsIsNoAntecedent() {
        Extraction x = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null,
                "Qiangu Quantum Technology Co. rejected the finding. In a post on its WhatsApp channel, the company "
                        + "said it sold only to hospitals."));
        assertTrue(x.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.COREFERENCE
                && m.entity().label().startsWith("Qiangu Quantum")), x.mentions().toString());
    }

    @Test
    void foundersTitledLegislatorsAndTheCountryInsideAForcesName() {
        List<String> p = persons("Ravenline was founded in 2021 by Tamar Segev, Eitan Koren and Ori Ben-Dov. "
                + "Kuomintang Legislator Chen Yu-hsuan said the checks were weak. Selin Aydin, the company's chief "
                + "executive, spoke in Izmir.");
        assertTrue(p.containsAll(List.of("Tamar Segev", "Eitan Koren", "Ori Ben-Dov", "Chen Yu-hsuan", "Selin Aydin")),
                p.toString());
        assertTrue(countries("The contract was awarded by the U.S. Air Force.").contains("United States"));
    }

    @Test
    void aKnownNameBeforeTheWordsOfAFirmsNameIsPartOfThatName() {
        List<String> firms = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null,
                "Alabuga Machine Systems and Rostec Digital Solutions were sanctioned, as was Huawei."))
                .entities().stream().filter(e -> e.type() == EntityType.TECH_FIRM).map(Entity::label).sorted().toList();
        assertEquals(List.of("Alabuga Machine Systems", "Huawei", "Rostec Digital Solutions"), firms);
    }

    @Test
    void anAgeInCommasMarksAPersonAndATitleBeforeAFirmWordDoesNot() {
        assertEquals(List.of("Kamran Jafari"), persons("Kamran Jafari, 52, pleaded guilty. The parts went to Crescent "
                + "Gate General Trading, a company in Sharjah. Mr. Jafari apologised."));
    }

    @Test
    void committeesNamedByTheirSubjectAndADefenceDepartmentSpelledOutAgainstAKnownAcronym() {
        var x = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null,
                "The Department of National Defense (DND) in Manila signed the order. The Senate Committee on National "
                        + "Defense and Security opened an inquiry. DND officials attended."));
        List<String> found = x.entities().stream().map(e -> e.label() + " " + e.type()).sorted().toList();
        assertTrue(found.contains("Department of National Defense MILITARY"), found.toString());
        assertTrue(found.contains("Senate Committee on National Defense and Security GOVERNMENT"), found.toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.id().equals("canada-department-of-national-defence")), found.toString());
    }

    @Test
    void aKnightGoesByHisFirstNameAndAMemberBeforeANameIsARole() {
        assertEquals(List.of("Roland Metcalfe", "Callum Reid"), persons("Sir Roland Metcalfe, the agency's chief, spoke "
                + "first. Scottish National Party member Callum Reid said he had seen reports. Sir Roland disagreed."));
    }

    @Test
    void namesBeforeVerbsOfSayingInCommasAfterAPossessiveOrARoleAndASharedSurname() {
        assertEquals(List.of("Saeed Al Nuaimi", "Owen Pritchard", "Jeff Monken", "Faisal Al-Otaibi"), persons(
                "\"We will buy more,\" EDGE's senior vice-president for missiles, Saeed Al Nuaimi, told reporters. Labour's "
                        + "Owen Pritchard asked the minister a question. \"He's ready,\" Army coach Jeff Monken said. \"We "
                        + "are a supplier,\" said Najd's chief executive, Faisal Al-Otaibi."));
        var x = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null,
                "Henk Vos, the engineer who founded the company, died. His daughter, Marieke Vos, said so. Vos always "
                        + "denied it."));
        assertEquals(2, x.entities().stream().filter(e -> e.type() == EntityType.PERSON).count());
        Mention last = x.mentions().stream().filter(m -> m.type() == EntityType.PERSON).reduce((a, b) -> b).orElseThrow();
        assertEquals("Henk Vos", last.entity().label());
    }

    @Test
    void aHyphenatedNameInAppositionAndAPlaceThatRulesOutTheFirmNamedBefore() {
        Extraction x = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null,
                "Nordvind Sensors, the Danish maker of sonar buoys, signed a memorandum with the Ukrainian Navy. The "
                        + "SBU has opened a criminal case against a Kharkiv electronics company, Elektropryl-Tekh, on "
                        + "suspicion of treason. The Kharkiv company's director denied the accusation."));
        assertTrue(x.entities().stream().anyMatch(e -> e.label().equals("Elektropryl-Tekh") && e.type() == EntityType.TECH_FIRM),
                x.entities().toString());
        assertTrue(x.mentions().stream().noneMatch(m -> m.kind() == Mention.Kind.COREFERENCE
                && m.entity().label().equals("Nordvind Sensors") && m.span().start() > 100), x.mentions().toString());
        assertTrue(x.claims().stream().anyMatch(c -> c.type() == ClaimType.INVESTIGATION
                && c.object().label().equals("Elektropryl-Tekh")), x.claims().toString());
    }

    @Test
    void placeBasedNamesInitialsAndTheFirstWordOfACoinedName() {
        Extraction x = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null,
                "ANKARA - The agency signed a contract with Ankara-based Deniztek Akustik for sonars, Lt Gen R.K. Sandhu "
                        + "said. Deniztek also signed a cooperation agreement with the Pakistan Navy. Cdr V. Iyer, a Navy "
                        + "spokesperson, confirmed it."));
        assertTrue(x.entities().stream().anyMatch(e -> e.label().equals("Deniztek Akustik")), x.entities().toString());
        assertEquals(List.of("R.K. Sandhu", "V. Iyer"), x.entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .map(Entity::label).sorted().toList());
        assertTrue(x.claims().stream().anyMatch(c -> c.type() == ClaimType.PARTNERSHIP
                && c.subject().label().equals("Deniztek Akustik")), x.claims().toString());
    }

    @Test
    void aCountryOpensAFirmsNameButNotAfterAPrepositionAndQuestionWordsOpenNoName() {
        Extraction x = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null,
                "The firm's parent company, China Electronic Skyline Group, was added to the Entity List. Would the Navy "
                        + "let a PLA supplier in? Exports to China Zhongwang rose."));
        List<String> labels = x.entities().stream().map(Entity::label).toList();
        assertTrue(labels.contains("China Electronic Skyline Group"), labels.toString());
        assertTrue(labels.stream().noneMatch(l -> l.startsWith("Would")), labels.toString());
        assertTrue(labels.stream().noneMatch(l -> l.startsWith("China Zhongwang")), labels.toString());
    }

    @Test
    void aNameThatReportsIsAnOutletButAFirmReportingResultsIsNot() {
        Extraction x = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null,
                "The Quayside Lantern, citing leaked invoices, reported that Tarnow Kinetics sold fuses to the Russian "
                        + "military. As first reported by Harbor Ledger Review, the parts went through Armenia. "
                        + "Pellucid Works reported a loss for the quarter."));
        List<String> media = x.entities().stream().filter(e -> e.type() == EntityType.MEDIA).map(Entity::label).sorted().toList();
        assertEquals(List.of("Harbor Ledger Review", "Quayside Lantern"), media);
        assertTrue(x.claims().stream().anyMatch(c -> c.type() == ClaimType.ALLEGATION && c.claimant() != null
                && c.claimant().label().equals("Quayside Lantern")), x.claims().toString());
    }

    @Test
    void aNameOpeningAClauseAfterSaidIsNoSpeakerAndAKnownNameInsideAnUnknownCompoundIsNoMatch() {
        List<String> p = persons("Treasury says Radiotekh-Ural is a supplier of radios. The office added Navi Mumbai-based "
                + "Sahyadri Traders Pvt Ltd to the list, said Priya Menon.");
        assertEquals(List.of("Priya Menon"), p);
        Extraction x = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null,
                "Customs records show the route. The parts went to OOO Tekhnopark-Alabuga, a drone plant."));
        assertTrue(x.entities().stream().anyMatch(e -> e.label().equals("OOO Tekhnopark-Alabuga")), x.entities().toString());
    }

    @Test
    void aCityAfterAndPlacesTheNextFirmInAList() {
        Extraction x = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null,
                "The Pentagon reviewed its list. It added Orvane Systems and Shenzhen lidar company Pelmor Optics to its "
                        + "list of Chinese military companies."));
        List<String> labels = x.entities().stream().map(Entity::label).toList();
        assertFalse(labels.contains("Shenzhen"), labels.toString());
        assertTrue(labels.contains("Pelmor Optics"), labels.toString());
    }

    @Test
    void initialsWithStopsNameTheSameBodyAndAnOwnedProductIsNoFirm() {
        Extraction x = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null,
                "Markets were calm. AWS and the U.K. Ministry of Defence signed a partnership. A memo says Baidu gave "
                        + "the People's Liberation Army access to its Ernie AI models."));
        List<String> ids = x.entities().stream().map(Entity::id).toList();
        assertTrue(ids.contains("uk-ministry-of-defence"), ids.toString());
        assertTrue(ids.stream().noneMatch(id -> id.contains("ernie")), ids.toString());
    }

    @Test
    void investorsChambersAndLocalGovernmentsAreOrganisationsNotFirms() {
        java.util.Map<String, EntityType> types = types("Markets were calm. The round was led by Nordhav Ventures and "
                + "Peak Ridge Partners, and the Pima County board and the Suwa Chamber of Commerce welcomed it, as did the "
                + "Tokyo Metropolitan Government.");
        assertEquals(EntityType.ORGANISATION, types.get("Nordhav Ventures"), types.toString());
        assertEquals(EntityType.ORGANISATION, types.get("Peak Ridge Partners"), types.toString());
        assertEquals(EntityType.GOVERNMENT, types.get("Pima County"), types.toString());
        assertEquals(EntityType.GOVERNMENT, types.get("Tokyo Metropolitan Government"), types.toString());
        java.util.Map<String, EntityType> more = types("Markets were calm. The Council on Ethics wrote to the City of "
                + "Stockholm, the State Comptroller and the Silicon Wadi Review.");
        assertEquals(EntityType.GOVERNMENT, more.get("Council on Ethics"), more.toString());
        assertEquals(EntityType.GOVERNMENT, more.get("City of Stockholm"), more.toString());
        assertEquals(EntityType.MEDIA, more.get("Silicon Wadi Review"), more.toString());
        Extraction z = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null,
                "Markets were calm. Analysts at Kabuto Securities and Zheshang Capital said shares on the Indonesia Stock "
                        + "Exchange fell."));
        assertTrue(z.entities().stream().filter(e -> e.type() == EntityType.ORGANISATION).map(Entity::label).toList()
                .containsAll(List.of("Kabuto Securities", "Zheshang Capital", "Indonesia Stock Exchange")), z.entities().toString());
    }

    @Test
    void aPersonOfAnInstituteIsAPersonAndTheInstituteIsABody() {
        java.util.Map<String, EntityType> types = types(
                "Markets were calm. \"The EU has listed small traders,\" said Marta Kowalczyk of the Warsaw Institute.");
        assertEquals(EntityType.PERSON, types.get("Marta Kowalczyk"), types.toString());
        assertEquals(EntityType.ORGANISATION, types.get("Warsaw Institute"), types.toString());
    }

    @Test
    void aFirstNameAndAnInitialAfterACueArePersonsButPlanBIsNot() {
        List<String> p = persons("Markets were calm. Prosecutors identified the two men only as Marek S. and Piotr K. "
                + "Dmitri W.'s lawyer rejected the accusations. The army kept Plan B. in reserve.");
        assertEquals(List.of("Dmitri W.", "Marek S.", "Piotr K."), p.stream().sorted().toList());
    }

    @Test
    void aTurkishLegalFormWithDotsEndsAFirmsNameAndAForcesCommandIsTheForce() {
        java.util.Map<String, EntityType> types = types("ANKARA, 21 July 2026 \u2014 Kartal Otonom Sistemleri A.\u015e. said "
                + "it and the Turkish Naval Forces Command's research centre signed an agreement. Anadolu Elektronik "
                + "Ticaret, an Istanbul distributor, did not comment.");
        assertEquals(EntityType.TECH_FIRM, types.get("Kartal Otonom Sistemleri A.\u015e."), types.toString());
        assertEquals(EntityType.TECH_FIRM, types.get("Anadolu Elektronik Ticaret"), types.toString());
        assertFalse(types.containsKey("Command"), types.toString());
        assertFalse(types.containsKey("Anadolu Agency"), types.toString());
    }

    @Test
    void anEmbassyInAnotherCityIsAnotherBodyThanTheOneTheGazetteerPlaces() {
        java.util.Map<String, EntityType> types = types("Markets were calm. The Chinese embassy in Kyiv said the claims were "
                + "false. China's embassy in Berlin agreed.");
        assertEquals(EntityType.GOVERNMENT, types.get("Chinese embassy in Kyiv"), types.toString());
        assertEquals(EntityType.GOVERNMENT, types.get("China's embassy in Berlin"), types.toString());
        assertFalse(types.containsKey("Embassy of China in Washington"), types.toString());
    }

    @Test
    void aFreightOperatorsNameAndCustomsOfAStateAreOrganisations() {
        java.util.Map<String, EntityType> types = types("Markets were calm. A Kenyan-registered freight operator, Savannah "
                + "Skylink, flew some of the cargo. The Customs Administration of the Czech Republic has opened an investigation.");
        assertEquals(EntityType.TECH_FIRM, types.get("Savannah Skylink"), types.toString());
        assertEquals(EntityType.GOVERNMENT, types.get("Customs Administration of the Czech Republic"), types.toString());
    }

    @Test
    void aSenateCommitteeOnAForceAndACoalitionAreNoMilitary() {
        java.util.Map<String, EntityType> types = types("Markets were calm. The Senate Committee on Air Force met. A civil "
                + "society group, the Coalition for Transparency in Defence Procurement, sent petitions.");
        assertEquals(EntityType.GOVERNMENT, types.get("Senate Committee on Air Force"), types.toString());
        assertEquals(EntityType.ORGANISATION, types.get("Coalition for Transparency"), types.toString());
    }

    @Test
    void defenceAndDefenseSpellTheSameGazetteerNameAndElectromechanicalEndsAFirmsName() {
        java.util.Map<String, EntityType> types = types("Markets were calm. Guangzhou Heyuan Electromechanical shipped motors "
                + "destined for the Ministry of Defense and Armed Forces Logistics.");
        assertEquals(EntityType.TECH_FIRM, types.get("Guangzhou Heyuan Electromechanical"), types.toString());
        assertEquals(EntityType.MILITARY, types.get("Ministry of Defence and Armed Forces Logistics"), types.toString());
    }

    @Test
    void anUnknownStatesForeignMinistryIsAlsoKnownByItsWrittenOutNameAndUgandasForcesAreKnown() {
        Extraction x = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null,
                "Markets were calm. Cyprus's foreign ministry said it was looking into the sales. The Ugandan military "
                        + "declined to comment."));
        Entity ministry = x.entities().stream().filter(e -> e.label().equals("Cyprus's foreign ministry")).findFirst().orElseThrow();
        assertTrue(ministry.aliases().contains("Ministry of Foreign Affairs of Cyprus"), ministry.toString());
        assertTrue(x.entities().stream().anyMatch(e -> e.label().equals("Uganda People's Defence Forces")), x.entities().toString());
    }

    @Test
    void aCommonFirstNameBeforeASurnameIsAPersonButNotBeforeAFirmsWords() {
        List<String> p = persons("Markets were calm. Treasury said the two Iranians, Hossein Rahimi and Majid Karbaschi, "
                + "used a shell company. Martin Aerospace Systems and Victoria Harbour did not comment.");
        assertEquals(List.of("Hossein Rahimi", "Majid Karbaschi"), p.stream().sorted().toList());
    }

    @Test
    void outletsEndingInPulseRecordOrNewswireAreMedia() {
        java.util.Map<String, EntityType> types = types("Markets were calm. The contract was first reported by LatAm Pulse. "
                + "Officials told the Brussels Record and Bombay Financial Newswire that the review continues.");
        assertEquals(EntityType.MEDIA, types.get("LatAm Pulse"), types.toString());
        assertEquals(EntityType.MEDIA, types.get("Brussels Record"), types.toString());
        assertEquals(EntityType.MEDIA, types.get("Bombay Financial Newswire"), types.toString());
    }

    @Test
    void aWatchdogOrThinkTankBeforeANameMakesItAnOrganisation() {
        java.util.Map<String, EntityType> types = types("Markets were calm. The think tank Varenne Analytica said the "
                + "parts were Chinese, and the watchdog Clearwater said so too.");
        assertEquals(EntityType.ORGANISATION, types.get("Varenne Analytica"), types.toString());
        assertEquals(EntityType.ORGANISATION, types.get("Clearwater"), types.toString());
    }

    @Test
    void compoundFirmWordsAndResearchLabsAreTyped() {
        java.util.Map<String, EntityType> types = types("Markets were calm. Ganga Microcomponents of Bengaluru sold chips, "
                + "Jebel Ali Tech Supplies shipped them, and the Ashbury Digital Rights Lab traced them.");
        assertEquals(EntityType.TECH_FIRM, types.get("Ganga Microcomponents"), types.toString());
        assertEquals(EntityType.TECH_FIRM, types.get("Jebel Ali Tech Supplies"), types.toString());
        assertEquals(EntityType.ORGANISATION, types.get("Ashbury Digital Rights Lab"), types.toString());
    }

    @Test
    void aKnownFirmFollowedByACountryIsItsNationalSubsidiary() {
        java.util.Map<String, EntityType> types = types("Markets were calm. Huawei Kenya said the network was on time, and "
                + "the Army ran trials with Anduril UK's interceptors.");
        assertEquals(EntityType.TECH_FIRM, types.get("Huawei Kenya"), types.toString());
        assertEquals(EntityType.TECH_FIRM, types.get("Anduril UK"), types.toString());
    }

    @Test
    void pairedWordsJoinedByAndStayInsideAFirmsName() {
        java.util.Map<String, EntityType> types = types("Markets were calm. The list adds Wuxi Baolan Science and Technology "
                + "Co., Ltd. and Ningbo Tiansheng Import and Export Corp. for their radar parts.");
        assertEquals(EntityType.TECH_FIRM, types.get("Wuxi Baolan Science and Technology Co., Ltd."), types.toString());
        assertEquals(EntityType.TECH_FIRM, types.get("Ningbo Tiansheng Import and Export Corp."), types.toString());
    }

    @Test
    void wordsBeforeAndJoinABodyWhoseNameEndsInAHead() {
        java.util.Map<String, EntityType> types = types("Markets were calm. The Training and Doctrine Command wrote the "
                + "requirement, the Committee on Trade and Rural Affairs met, and Orvik Labs and Kestrel Systems bid.");
        assertEquals(EntityType.MILITARY, types.get("Training and Doctrine Command"), types.toString());
        assertEquals(EntityType.GOVERNMENT, types.get("Committee on Trade and Rural Affairs"), types.toString());
        assertEquals(EntityType.TECH_FIRM, types.get("Orvik Labs"), types.toString());
        assertEquals(EntityType.TECH_FIRM, types.get("Kestrel Systems"), types.toString());
    }

    @Test
    void aBodysSeatAndStateAfterItsHeadArePartOfItsName() {
        java.util.Map<String, EntityType> types = types("Markets were calm. The Chinese Embassy in Kuala Lumpur and Russia's "
                + "embassy in the Netherlands objected, the Ministry of Trade of Turkey approved it, and Singapore Customs "
                + "seized the parts.");
        assertEquals(EntityType.GOVERNMENT, types.get("Chinese Embassy in Kuala Lumpur"), types.toString());
        assertEquals(EntityType.GOVERNMENT, types.get("Russia's embassy in the Netherlands"), types.toString());
        assertEquals(EntityType.GOVERNMENT, types.get("Ministry of Trade of Turkey"), types.toString());
        assertEquals(EntityType.GOVERNMENT, types.get("Singapore Customs"), types.toString());
    }

    @Test
    void namesListedWithAKnownPersonArePersonsAndACourtKeepsItsSeat() {
        java.util.Map<String, EntityType> types = types("Markets were calm. Alexander Roekov, Shavkat Durmanov, and Oyunna "
                + "Baatarova were convicted by the U.S. District Court in Brooklyn after a trial. Pelmor Systems, Orvane Labs "
                + "and Kestrel Group were named too.");
        assertEquals(EntityType.PERSON, types.get("Shavkat Durmanov"), types.toString());
        assertEquals(EntityType.PERSON, types.get("Oyunna Baatarova"), types.toString());
        assertEquals(EntityType.GOVERNMENT, types.get("U.S. District Court in Brooklyn"), types.toString());
        assertEquals(EntityType.TECH_FIRM, types.get("Pelmor Systems"), types.toString());
    }

    @Test
    void aNameAfterAnAgeAndANationalityIsAPerson() {
        java.util.Map<String, EntityType> types = types("Markets were calm. The network is led by 38-year-old Iranian "
                + "Hossein Kavarzadeh Ardeshiri, officials said.");
        assertEquals(EntityType.PERSON, types.get("Hossein Kavarzadeh Ardeshiri"), types.toString());
    }

    @Test
    void aCountryBeforePrivateLimitedStaysInTheFirmsName() {
        java.util.Map<String, EntityType> types = types("Markets were calm. The EU named Pelmor Aviation India Private Limited "
                + "and Orvane Trading Singapore Pte Ltd.");
        assertEquals(EntityType.TECH_FIRM, types.get("Pelmor Aviation India Private Limited"), types.toString());
        assertEquals(EntityType.TECH_FIRM, types.get("Orvane Trading Singapore Pte Ltd."), types.toString());
    }

    @Test
    void aListOfFirmsGoesOnPastAnInstituteAndTheWordThe() {
        java.util.Map<String, EntityType> types = types("Markets were calm. The department said it was adding Sugon, the "
                + "Pelmor Institute of Computing Technology, Kestrigon and Orvahai to its entity list.");
        assertEquals(EntityType.TECH_FIRM, types.get("Kestrigon"), types.toString());
        assertEquals(EntityType.TECH_FIRM, types.get("Orvahai"), types.toString());
    }

    @Test
    void aBodysStateAfterOfStaysInTheNameOfAFederationOrAcademy() {
        java.util.Map<String, EntityType> types = types("Markets were calm. The Drone Federation of India and the Test Flying "
                + "Academy of South Africa signed the letter.");
        assertEquals(EntityType.ORGANISATION, types.get("Drone Federation of India"), types.toString());
        assertEquals(EntityType.ORGANISATION, types.get("Test Flying Academy of South Africa"), types.toString());
    }

    @Test
    void aFirstAndLastNameInAppositionToACompanysEmployeeIsAPerson() {
        java.util.Map<String, EntityType> types = types("Markets were calm. A Russian-American employee of the company, "
                + "Alexander Pelmorov, is alleged to have told a buyer the end use. A second firm, Orvane Trading, sold parts.");
        assertEquals(EntityType.PERSON, types.get("Alexander Pelmorov"), types.toString());
        assertEquals(EntityType.TECH_FIRM, types.get("Orvane Trading"), types.toString());
    }

    @Test
    void aNameWithInitialsThatSoldGoodsIsAFirm() {
        java.util.Map<String, EntityType> types = types("Markets were calm. A radio station reported that WSK Pelmorno had "
                + "sold pumps to a tractor maker, and Dale Orvik sold his shares.");
        assertEquals(EntityType.TECH_FIRM, types.get("WSK Pelmorno"), types.toString());
        assertNotEquals(EntityType.TECH_FIRM, types.get("Dale Orvik"), types.toString());
    }

    @Test
    void aNameAfterNationalIsAPerson() {
        java.util.Map<String, EntityType> types = types("Markets were calm. Prosecutors charged Chinese national Song Pelwu "
                + "with fraud.");
        assertEquals(EntityType.PERSON, types.get("Song Pelwu"), types.toString());
    }

    @Test
    void aKnownNameThatEndsALongerUnknownOneIsNotFoundInsideIt() {
        java.util.Map<String, EntityType> types = types("Markets were calm. Among the companies affected is Pelmor Aerospace "
                + "Corporation, a defence supplier; The Aerospace Corporation said nothing.");
        assertEquals(EntityType.TECH_FIRM, types.get("Pelmor Aerospace Corporation"), types.toString());
        assertEquals(EntityType.ORGANISATION, types.get("Aerospace Corporation"), types.toString());
    }

    @Test
    void aKnownNameInsideARegisteredNameIsPartOfIt() {
        java.util.Map<String, EntityType> t = types("The department listed Yunchip Microelectronics, New H3C Semiconductor "
                + "Technologies Co., Ltd., and Pelmor Optics.");
        assertEquals(EntityType.TECH_FIRM, t.get("New H3C Semiconductor Technologies Co., Ltd."), t.toString());
        assertFalse(t.containsKey("New H3C Technologies"), t.toString());
    }

    @Test
    void aPersonsCapitalisedRoleIsNoPartOfTheFirmsName() {
        java.util.Map<String, EntityType> t = types("The list includes John Miller, Vice President of Orvane Technologies, "
                + "and Mary Jones, Chief Executive of Pelmor Systems.");
        assertEquals(EntityType.TECH_FIRM, t.get("Orvane Technologies"), t.toString());
        assertEquals(EntityType.TECH_FIRM, t.get("Pelmor Systems"), t.toString());
        assertFalse(t.keySet().stream().anyMatch(k -> k.startsWith("Vice") || k.startsWith("Chief")), t.toString());
        java.util.Map<String, EntityType> office = types("Deputy Director of Public Prosecution Eva-Marie Persson took the "
                + "decision, the Swedish Prosecution Authority said.");
        assertFalse(office.keySet().stream().anyMatch(k -> k.startsWith("Public Prosecution")), office.toString());
    }

    @Test
    void namesAfterACountOfPeopleAndNamesWithAnAliasArePersons() {
        assertEquals(List.of("Hong Wei Xian", "Li Li"), persons("The Justice Department said two Chinese nationals, Hong Wei "
                + "Xian and Li Li, have been indicted for smuggling microchips."));
        List<String> p = persons("\"Baoxia Liu, aka Emily Liu; Yiu Wa Yung, aka Stephen Yung, exported the items,\" prosecutors said.");
        assertTrue(p.containsAll(List.of("Baoxia Liu", "Yiu Wa Yung")), p.toString());
    }

    @Test
    void tokyosMetropolitanPoliceDepartmentIsNotLondonsMet() {
        java.util.Map<String, EntityType> t = types("Tokyo's Metropolitan Police Department arrested the president of a "
                + "machinery maker. In London, the Metropolitan Police said nothing.");
        assertTrue(t.containsKey("Tokyo Metropolitan Police Department"), t.toString());
        assertTrue(t.containsKey("Metropolitan Police Service"), t.toString());
    }

    @Test
    void aNumberedLineEndingInALegalFormIsAFirmsNameNotAHeading() {
        java.util.Map<String, EntityType> t = types("The Commerce Ministry added nine firms to its control list on Friday. "
                + "The full list includes:\n\n  1. Marvin Engineering Company, Inc.\n  2. Teledyne Brown Engineering, Inc.\n"
                + "  3. Kratos Unmanned Aerial Systems, Inc.\n");
        assertEquals(EntityType.TECH_FIRM, t.get("Teledyne Brown Engineering, Inc."), t.toString());
        assertEquals(EntityType.TECH_FIRM, t.get("Kratos Unmanned Aerial Systems, Inc."), t.toString());
        assertFalse(t.containsKey("Teledyne Technologies"), t.toString());
    }

    @Test
    void aLegalFormEndsAFirmsNameAndAGenericWordAfterAndContinuesIt() {
        java.util.Map<String, EntityType> t = types("Two contracts were signed with the Gulf Propulsion Company Ltd for the "
                + "Air Force. The ministry also signed one with Delta Aerospace and Maintenance Services Limited, and a third "
                + "went to Korvane Trading Co., Ltd. in Busan.");
        assertEquals(EntityType.TECH_FIRM, t.get("Gulf Propulsion Company Ltd"), t.toString());
        assertEquals(EntityType.TECH_FIRM, t.get("Delta Aerospace and Maintenance Services Limited"), t.toString());
        assertEquals(EntityType.TECH_FIRM, t.get("Korvane Trading Co., Ltd."), t.toString());
        assertFalse(t.containsKey("Maintenance Services Limited"), t.toString());
    }

    @Test
    void aBodysNameDoesNotRunThroughAndIntoAFirmsCoinedName() {
        java.util.Map<String, EntityType> t = types("The ministry witnessed the signing of two contracts between the Ministry "
                + "of Defense and PrivatAir Aviation, while the Ministry of Science and Technology looked on.");
        assertFalse(t.keySet().stream().anyMatch(k -> k.contains("PrivatAir") && k.contains("Ministry")), t.toString());
        assertTrue(t.containsKey("Ministry of Science and Technology"), t.toString());
    }

    @Test
    void aBareServiceNameIsThatOfTheStateTheArticleIsAbout() {
        java.util.Map<String, EntityType> t = types("The Saudi Ministry of Defense signed 17 contracts on Tuesday. The Saudi "
                + "Armed Forces will get new radars, the Saudi defence ministry said. Two contracts were signed with Gulf "
                + "Propulsion Company Ltd for the Air Force.");
        assertTrue(t.containsKey("Royal Saudi Air Force"), t.toString());
        assertFalse(t.containsKey("Air Force"), t.toString());
        java.util.Map<String, EntityType> british = types("Britain's Ministry of Defence signed the deal. The Saudi Ministry "
                + "of Defense said the Saudi Armed Forces and the Saudi defence ministry welcomed it.");
        assertTrue(british.containsKey("UK Ministry of Defence") || british.keySet().stream().anyMatch(k -> k.contains("Ministry of Defence")
                && !k.contains("Saudi")), british.toString());
    }

    @Test
    void aStatesPoliceAndAuthoritiesAreBodiesOfTheirOwnAlsoAfterATwoWordDemonym() {
        java.util.Map<String, EntityType> t = types("Japanese police searched the offices of Orvik Precision Co. on Tuesday. "
                + "South Korean authorities are looking into a shipment, and Dutch investigators said more was to come.");
        assertEquals(EntityType.GOVERNMENT, t.get("Japanese police"), t.toString());
        assertEquals(EntityType.GOVERNMENT, t.get("South Korean authorities"), t.toString());
        assertEquals(EntityType.GOVERNMENT, t.get("Dutch investigators"), t.toString());
    }

    @Test
    void eastAsianNamesWrittenFamilyNameFirstArePersons() {
        java.util.Map<String, EntityType> t = types("Prosecutors charged Zhao Mingqiang and Park Sung-hoon on Monday. "
                + "Kim Yong Bok was not named. Li Auto and Han Kook Tire Co. said nothing.");
        assertEquals(EntityType.PERSON, t.get("Zhao Mingqiang"), t.toString());
        assertEquals(EntityType.PERSON, t.get("Park Sung-hoon"), t.toString());
        assertEquals(EntityType.PERSON, t.get("Kim Yong Bok"), t.toString());
        assertFalse(t.containsKey("Li Auto") && t.get("Li Auto") == EntityType.PERSON, t.toString());
        assertFalse(t.keySet().stream().anyMatch(k -> k.startsWith("Han Kook") && t.get(k) == EntityType.PERSON), t.toString());
    }

    @Test
    void anAgeInAppositionAndAVerbOfSayingAfterATitleRunMarkPersons() {
        java.util.Map<String, EntityType> t = types("Dorian Kessel, a 41-year-old dual citizen, was arrested in Cyprus. "
                + "\"We will act,\" Treasury Under Secretary for Terrorism and Financial Intelligence Brian Holloway said.");
        assertEquals(EntityType.PERSON, t.get("Dorian Kessel"), t.toString());
        assertEquals(EntityType.PERSON, t.get("Brian Holloway"), t.toString());
    }

    @Test
    void firmsSideBySideInOneListAreTwoFirmsThoughTheirNamesShareAKnownName() {
        java.util.Map<String, String> ids = idsByWording("The Treasury also sanctioned Cytrox AD, Cytrox Holdings and Thalestris Limited.");
        assertTrue(ids.containsKey("Cytrox AD"), ids.toString());
        assertTrue(ids.containsKey("Cytrox Holdings"), ids.toString());
        assertNotEquals(ids.get("Cytrox AD"), ids.get("Cytrox Holdings"), ids.toString());
    }

    @Test
    void theCountrysMilitaryIsThatOfTheStateNamedLastBefore() {
        java.util.Map<String, String> ids = idsByWording("The UN report looked at Myanmar. It named Orvane Ltd as one of 59 "
                + "firms with ties to the country's military.");
        assertEquals("tatmadaw", ids.get("the country's military"), ids.toString());
        java.util.Map<String, String> two = idsByWording("Chinese start-up Orvane AI is under pressure from Washington after "
                + "a US official accused it of helping the country's armed forces.");
        assertFalse(two.containsKey("the country's armed forces"), two.toString());
    }

    @Test
    void aOneWordNameSeatedInAPlaceIsAFirmButAPersonIsNot() {
        java.util.Map<String, EntityType> t = types("The report said Orvanix, based in Dyce, had dealings with the army. "
                + "Maria Lopez, based in Madrid, disagreed.");
        assertEquals(EntityType.TECH_FIRM, t.get("Orvanix"), t.toString());
        assertEquals(EntityType.PERSON, t.get("Maria Lopez"), t.toString());
    }

    @Test
    void anOfficialAfterATitleThatNamesABodyIsAPersonWithoutTheBodysWords() {
        java.util.Map<String, EntityType> t = types("Tokyo targeted Minister of Foreign Affairs Dorin Valek and Chief of "
                + "General Staff Ivo Marten. Chief of Navy Pell Hardy said the boats were ready. Secretary of State for "
                + "Defence Rob Tinsley agreed.");
        for (String name : List.of("Dorin Valek", "Ivo Marten", "Pell Hardy", "Rob Tinsley"))
            assertEquals(EntityType.PERSON, t.get(name), t.toString());
        assertTrue(t.keySet().stream().noneMatch(k -> k.contains("Staff") || k.contains("Navy") || k.contains("Defence")), t.toString());
    }

    @Test
    void unknownNamesListedBeforeAKnownFirmThatClosesTheListAreFirms() {
        java.util.Map<String, EntityType> t = types("The firms sanctioned include Orvanix, Pelmorq and Huawei. The list "
                + "also includes System Studies & Simulation and Hikvision.");
        assertEquals(EntityType.TECH_FIRM, t.get("Orvanix"), t.toString());
        assertEquals(EntityType.TECH_FIRM, t.get("Pelmorq"), t.toString());
        assertFalse(t.containsKey("Simulation"), t.toString());
    }

    @Test
    void aKnownFirmsOneWordNameAfterAGivenNameIsAPersonFromThereOn() {
        java.util.Map<String, String> ids = idsByWording("Trade envoy Pavel Antonov said the sale was legal. Antonov "
                + "denied that the parts reached the army.");
        assertEquals(ids.get("Pavel Antonov"), ids.get("Antonov"), ids.toString());
        java.util.Map<String, EntityType> firm = types("Antonov shipped aircraft parts. Its chairman, Pavel Antonov, declined "
                + "to comment, and Antonov said nothing.");
        assertEquals(EntityType.TECH_FIRM, firm.get("Antonov"), firm.toString());
    }

    @Test
    void unknownWordsBetweenTheAndAFirmHeadAreAFirmWhenTheTextAlsoUsesThemAlone() {
        java.util.Map<String, EntityType> t = types("The Varnokor company rejected the reports. A source at Varnokor said "
                + "the Shropshire firm was not involved, and the Russian company agreed.");
        assertEquals(EntityType.TECH_FIRM, t.get("Varnokor"), t.toString());
        assertFalse(t.containsKey("Shropshire"), t.toString());
        assertFalse(t.containsKey("Russian"), t.toString());
    }

    @Test
    void namesSetOffAfterAPluralFirmHeadAreFirms() {
        java.util.Map<String, EntityType> t = types("Two Turkish businesses, Varnokor Union and Pelmorq International, were "
                + "designated on Tuesday.");
        assertEquals(EntityType.TECH_FIRM, t.get("Varnokor Union"), t.toString());
        assertEquals(EntityType.TECH_FIRM, t.get("Pelmorq International"), t.toString());
        java.util.Map<String, EntityType> one = types("Several companies, Reuters reported, were designated on Tuesday.");
        assertFalse(one.containsKey("Reuters") && one.get("Reuters") == EntityType.TECH_FIRM, one.toString());
    }

    @Test
    void aQuotedListOfFirmsThatEndsInAFullStopIsProseNotAHeading() {
        java.util.Map<String, EntityType> t = types("The ministry said in a press release that the companies it has "
                + "sanctioned include \u201cVarnok Flight LLC, Red Pelmor Solutions, Kestrix Corporation and Orvane "
                + "Tactical Communications.\u201d");
        for (String firm : java.util.List.of("Varnok Flight LLC", "Red Pelmor Solutions", "Kestrix Corporation"))
            assertEquals(EntityType.TECH_FIRM, t.get(firm), t.toString());
    }

    @Test
    void aRoleAfterABodysHeadEndsTheBodysName() {
        java.util.Map<String, EntityType> t = types("The deals, signed by Defense Ministry Director-General Maj. Gen. (Res.) "
                + "Eyal Zamir and the firm's chief executive, are expected to bolster production.");
        assertTrue(t.keySet().stream().noneMatch(k -> k.contains("Director")), t.toString());
        assertEquals(EntityType.PERSON, t.get("Eyal Zamir"), t.toString());
    }

    @Test
    void goodsSuppliedAndModelNumbersAreNoFirms() {
        java.util.Map<String, EntityType> t = types("The ministry signed two contracts with Bharat Electronics for supply of "
                + "Medium Power Radar and Digital Radar Warning Receiver (RWR) and for support of the GM-200 radars.");
        assertEquals(EntityType.TECH_FIRM, t.get("Bharat Electronics"), t.toString());
        assertEquals(1, t.values().stream().filter(v -> v == EntityType.TECH_FIRM).count(), t.toString());
        assertTrue(t.keySet().stream().noneMatch(k -> k.startsWith("GM")), t.toString());
    }

    @Test
    void aCompanyAfterAFirmWordIsAFirmButAnArmysCompanyIsNot() {
        java.util.Map<String, EntityType> t = types("Deals went to Orvane Diving Trade Company and Kestrel Electronics Company, "
                + "while soldiers of the Third Rifle Company watched. Varnok, a division of Pelmor Group, won one too.");
        assertEquals(EntityType.TECH_FIRM, t.get("Kestrel Electronics Company"), t.toString());
        assertEquals(EntityType.TECH_FIRM, types("The latest sanctions target Iran-based Varnok Electronic Safeh Company and "
                + "its chief executive.").get("Varnok Electronic Safeh Company"));
        assertFalse(t.containsKey("Third Rifle Company"), t.toString());
        assertEquals(EntityType.TECH_FIRM, t.get("Varnok"), t.toString());
    }

    @Test
    void aKnownGroupsNumberedInstituteIsABodyOfItsOwn() {
        java.util.Map<String, EntityType> t = types("The list includes China Electronics Technology Group Corporation 43 "
                + "Research Institute and China Aerospace Science and Technology Corporation (CASC) 9th Academy 771 Research "
                + "Institute, the department said.");
        assertEquals(EntityType.TECH_FIRM, t.get("China Electronics Technology Group Corporation 43 Research Institute"), t.toString());
        assertEquals(EntityType.TECH_FIRM, t.get("China Aerospace Science and Technology Corporation (CASC) 9th Academy 771 "
                + "Research Institute"), t.toString());
        assertFalse(t.containsKey("CASC"), t.toString());
    }

    @Test
    void aStatesPossessiveOpeningAClauseBeforeAFirmsHeadRefersToAFirm() {
        String body = "Orvane Robotics listed its shares on Friday. China's biggest robot maker said it was a civilian "
                + "company. Orvane Robotics sold arms to Iran's largest telecoms carrier, the report said.";
        java.util.Map<String, String> ids = idsByWording(body);
        assertEquals("org-orvane-robotics", ids.get("China's biggest robot maker"), ids.toString());
        assertEquals("iran", ids.get("Iran"), ids.toString());
        assertFalse(ids.containsKey("Iran's largest telecoms carrier"), ids.toString());
    }

    @Test
    void aMalaysianLegalFormEndsAFirmsName() {
        java.util.Map<String, String> ids = idsByWording("The Defence Ministry has signed a memorandum of understanding with "
                + "Orvane Quantum Services Sdn Bhd to build its quantum skills.");
        assertEquals("org-orvane-quantum-services-sdn-bhd", ids.get("Orvane Quantum Services Sdn Bhd"), ids.toString());
    }

    @Test
    void aBareDefenceMinistryInAStoryAboutOneStateIsThatStatesMinistry() {
        java.util.Map<String, String> ids = idsByWording("Indonesia has struggled to fund its satellite plans. The Defense "
                + "Ministry signed a contract with Orvane Orbital Limited to lease a satellite. Indonesian officials said "
                + "Indonesia would pay later.");
        assertEquals("indonesia-ministry-of-defence", ids.get("Defense Ministry"), ids.toString());
    }

    @Test
    void aCurrencyRunIntoItsAmountContinuesNoName() {
        java.util.Map<String, String> ids = idsByWording("The council signed a deal with Orvane Robotics for Dh8 million and "
                + "with the National Centre of Weather Studies for Dh639,000.");
        assertTrue(ids.containsKey("National Centre of Weather Studies"), ids.toString());
        assertTrue(ids.keySet().stream().noneMatch(k -> k.contains("Dh")), ids.toString());
    }

    @Test
    void aKnownFirmsSubsidiaryWithItsLegalFormKeepsTheWordsOfItsRegisteredName() {
        java.util.Map<String, String> ids = idsByWording("The navy signed a memorandum with the Fly Huawei Kenya Limited on "
                + "Monday, said Mr Orvane, the General Manager Huawei Kenya Limited.");
        assertEquals("org-fly-huawei-kenya", ids.get("Fly Huawei Kenya Limited"), ids.toString());
        assertEquals("org-huawei-kenya", ids.get("Huawei Kenya Limited"), ids.toString());
    }

    @Test
    void aStatesPossessiveMinistryIsTheOneTheGazetteerKnows() {
        java.util.Map<String, String> ids = idsByWording("Orvane Analytics has signed a deal with the UK's Ministry of "
                + "Defence, and with Russia's Ministry of Defence before that.");
        assertEquals("uk-ministry-of-defence", ids.get("UK's Ministry of Defence"), ids.toString());
        assertEquals("russian-ministry-of-defence", ids.get("Russia's Ministry of Defence"), ids.toString());
    }

    @Test
    void aBareCapitalisedDefenceIsTheDepartmentOfTheArticlesState() {
        String body = "Canberra start-ups win funding. Australia's defence innovation programme paid out $12 million on "
                + "Friday. A contract between Defence and Orvane Astronautics will fund threat modelling, a Defence "
                + "spokesperson said. The Defence minister did not comment.";
        java.util.Map<String, String> ids = idsByWording(body);
        assertEquals("australia-department-of-defence", ids.get("Defence"), ids.toString());
        long bare = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null, body)).mentions().stream()
                .filter(m -> m.span().coveredText(body).equals("Defence")).count();
        assertEquals(2, bare, "not the minister's title");
    }

    @Test
    void aStatesBodyWrittenWithCapitalsIsStillTheBody() {
        assertEquals(EntityType.MILITARY, types("Drone unveiled. Nigerian Military, in partnership with Orvane Systems Ltd, "
                + "has unveiled an attack drone.").get("Nigerian Military"));
        String listed = "Drone unveiled. The ministry keeps a list of Nigerian Military Companies.";
        assertTrue(EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null, listed)).mentions().stream()
                .noneMatch(m -> m.type() == EntityType.MILITARY), "a list's name is no body");
    }

    @Test
    void aPeoplesBodyKeepsItsPossessiveInsideItsName() {
        java.util.Map<String, String> ids = idsByWording("Sanctions. The Treasury sanctioned a network run by Department 53 of "
                + "the Ministry of the People's Armed Forces, which earns money for weapons programs.");
        assertEquals("org-department-53-of-the-ministry-of-the-people-s-armed-forces",
                ids.get("Department 53 of the Ministry of the People's Armed Forces"), ids.toString());
    }

    @Test
    void aCommitteesPortfoliosListedWithACommaStayInItsName() {
        java.util.Map<String, EntityType> t = types("The Senate Foreign Affairs, Defence and Trade References Committee "
                + "will question Orvane Robotics. The Joint Standing Committee on Foreign Affairs, Defence and Trade met too.");
        assertEquals(EntityType.GOVERNMENT, t.get("Senate Foreign Affairs, Defence and Trade References Committee"), t.toString());
        assertEquals(EntityType.GOVERNMENT, t.get("Joint Standing Committee on Foreign Affairs, Defence and Trade"), t.toString());
        // a list of places before a committee's name is no part of it
        assertTrue(types("Orvane Robotics sells to Japan, Korea and Taiwan, the Trade Committee said.").containsKey("Trade Committee"));
    }

    @Test
    void aLongLineCutOffBeforeItsStopIsProseNotAHeading() {
        java.util.Map<String, EntityType> t = types("The Bureau of Industry and Security added five entities to the Entity List. "
                + "The entities added include Qinglan Harbour Optics Co., Ltd.; "
                + "Beijing Tiansheng Mechanical and Electrical Equipment Co.; Ltd., Shenzhen Lumo Aviation Technology Co., Ltd.; "
                + "China Electronics Technology Group Corporation 45th Research Institute; an");
        assertEquals(EntityType.TECH_FIRM, t.get("Qinglan Harbour Optics Co., Ltd."), t.toString());
        assertEquals(EntityType.TECH_FIRM, t.get("Shenzhen Lumo Aviation Technology Co., Ltd."), t.toString());
    }

    @Test
    void aCountryAfterTheProvinceOpeningAFirmsNameIsPartOfIt() {
        java.util.Map<String, EntityType> t = types("The Treasury sanctioned Liaoning China Trade Industry, a China-based firm, on Monday.");
        assertEquals(EntityType.TECH_FIRM, t.get("Liaoning China Trade Industry"), t.toString());
        assertEquals(EntityType.COUNTRY, t.get("China"), t.toString());
    }
}
