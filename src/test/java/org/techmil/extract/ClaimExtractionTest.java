package org.techmil.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.techmil.clean.CleanedArticle;

/** Claims from short texts written for these tests; entities come from the bundled gazetteer. */
class ClaimExtractionTest {
    private static final Extractor EXTRACTOR = new Extractor(KnowledgeBase.load(null));

    private static List<String> claims(String body) {
        Extraction x = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null, body));
        return x.claims().stream().map(c -> c.type().localName() + " " + c.subject().id() + " -> " + c.object().id()
                + (c.claimant() == null ? "" : " by " + c.claimant().id())).sorted().toList();
    }

    @Test
    void accusationNamesTheAccuserAsClaimant() {
        assertEquals(List.of("Allegation huawei -> peoples-liberation-army by us-department-of-state"),
                claims("The State Department accused Huawei of supplying the People's Liberation Army with network gear."));
    }

    @Test
    void charitiesAndShopsNamedAfterAServiceAreNoMilitary() {
        assertEquals(List.of(), claims("Brightmart, a discount retailer, signed a partnership with the Salvation Army to collect coats. "
                + "Old Navy agreed a similar deal, and Navy Federal Credit Union will match donations."));
    }

    @Test
    void aReleasedRosterThatNamesFirmsListsThem() {
        assertEquals(List.of("Designation us-department-of-defense -> alibaba-group", "Designation us-department-of-defense -> baidu"),
                claims("The Defense Department released a longer roster of Chinese firms. "
                        + "The roster named two internet groups, Alibaba and Baidu, among 150 companies."));
    }

    @Test
    void firmsOnAListJustReleasedAreListed() {
        assertEquals(List.of("Designation us-department-of-defense -> baidu", "Designation us-department-of-defense -> byd"),
                claims("The Pentagon released its list of Chinese military companies. Baidu was on it. "
                        + "Carmaker BYD was also on it."));
    }

    @Test
    void noTiesToTheMilitaryIsADenial() {
        assertEquals(List.of("Denial baidu -> baidu"), claims("The Pentagon added Baidu to its list of Chinese military companies. "
                + "Baidu said it had no ties to the military.").stream().filter(c -> c.startsWith("Denial")).toList());
    }

    @Test
    void aListingOfAgenciesAndFirmsDescribedByTheirTradesListsEachFirm() {
        assertEquals(List.of("Designation us-department-of-commerce -> hikvision", "Designation us-department-of-commerce -> megvii",
                        "Designation us-department-of-commerce -> sensetime"),
                claims("The Commerce Department placed 28 Chinese government agencies and companies, including camera maker "
                        + "Hikvision and artificial intelligence firms SenseTime and Megvii, on a trade blacklist."));
    }

    @Test
    void theBackerNamedInAModifierIsNoParty() {
        assertEquals(List.of("Designation us-department-of-commerce -> megvii"),
                claims("The Commerce Department added Alibaba-backed facial recognition firm Megvii to the Entity List."));
    }

    @Test
    void aBodyThatTargetsAFirmInASanctionsStoryListsIt() {
        assertEquals(List.of("Designation us-department-of-the-treasury -> org-koravan-trading"),
                claims("The United States imposed new sanctions on Iran on Thursday. "
                        + "The Treasury said it targeted a company named Koravan Trading."));
        assertEquals(List.of(), claims("The Treasury said it targeted a company named Koravan Trading."));
    }

    @Test
    void researchCentresOnAListAreListedToo() {
        assertEquals(List.of("Designation bureau-of-industry-and-security -> org-jinan-advanced-computing-center",
                        "Designation bureau-of-industry-and-security -> org-qilu-microsystems-co-ltd"),
                claims("The Bureau of Industry and Security added two entities to the Entity List. The entities added "
                        + "to the list are Qilu Microsystems Co. Ltd. and the Jinan Advanced Computing Center."));
    }

    @Test
    void aKnownFirmsLegalFormKeepsAListTogether() {
        assertEquals(List.of("Designation us-department-of-defense -> byd", "Designation us-department-of-defense -> org-nio-inc",
                        "Designation us-department-of-defense -> org-robosense-technology-co-ltd"),
                claims("The Pentagon also added electric-car makers BYD Co. Ltd. and Nio Inc., and lidar manufacturer "
                        + "RoboSense Technology Co. Ltd. to its list."));
    }

    @Test
    void theOneWhoAllegesIsNotTheOneAided() {
        assertEquals(List.of(), claims("The Pentagon alleges Alibaba participates in China's military-civil fusion strategy."));
    }

    @Test
    void aTriggerWordInsideANameTriggersNothing() {
        assertEquals(List.of(), claims("NASA will fly the Volatiles Investigating Polar Rover on landers built by "
                + "partner companies such as Astrobotic Technology and Firefly Aerospace."));
    }

    @Test
    void aLongListWithDescriptionsBetweenItsFirmsListsEachFirm() {
        assertEquals(List.of("Designation us-department-of-commerce -> dahua-technology", "Designation us-department-of-commerce -> hikvision",
                        "Designation us-department-of-commerce -> iflytek", "Designation us-department-of-commerce -> megvii",
                        "Designation us-department-of-commerce -> sensetime", "Designation us-department-of-commerce -> yitu"),
                claims("The Commerce Department added 28 organisations to its Entity List on Monday. "
                        + "The companies include Hangzhou-based Hikvision and Dahua. The list also includes SenseTime, "
                        + "the biggest AI start-up, Alibaba-backed face recognition firm Megvii, and another face recognition "
                        + "software maker Yitu, as well as iFlytek."));
    }

    @Test
    void moreWaysOfDenying() {
        String listing = "The Pentagon added Tencent to its list of Chinese military companies. ";
        assertTrue(claims(listing + "Tencent said in a statement that its inclusion on the list was \u201cclearly an error.\u201d")
                .contains("Denial tencent -> tencent"));
        assertTrue(claims("A report said Huawei worked with the PLA. Huawei does not have any R&D (research and development) "
                + "collaboration or partnerships with the PLA-affiliated institutions, the company said.")
                .contains("Denial huawei -> huawei"));
        assertTrue(claims("Reuters reported that Microsoft helped Unit 8200. The company said it had \u201cfound no evidence\u201d "
                + "that its tools were used to harm civilians.").contains("Denial microsoft -> microsoft"));
        assertTrue(claims("The White House accused Alibaba of helping the PLA. Alibaba denounced the report as malicious.")
                .contains("Denial alibaba-group -> alibaba-group"));
    }

    @Test
    void urgingABodyToProbeIsNoProbe() {
        assertEquals(List.of(), claims("A House committee urged the Commerce Department to probe allegations that DJI "
                + "used front companies."));
    }

    @Test
    void aFirmNamedWithAndWithoutItsLegalFormIsOneFirm() {
        assertEquals(List.of("Allegation chang-guang-satellite -> houthis by us-department-of-state"),
                claims("The State Department accused Chang Guang Satellite Technology of supporting the Houthis. "
                        + "\u201cChang Guang Satellite Technology Company Limited is directly supporting the Houthis,\u201d "
                        + "a State Department spokeswoman said."));
    }

    @Test
    void theAdministrationThatWillAddAFirmToItsBlacklistListsIt() {
        assertTrue(claims("The U.S. administration said Thursday it will add to its trade blacklist Chinese chipmaker "
                + "Yangtze Memory Technologies Co. and more than 30 other companies.")
                .contains("Designation us-federal-government -> ymtc"));
    }

    @Test
    void aMilitaryThatWorksThroughAFirmsPlatformIsAllegedlyAidedByTheFirm() {
        assertEquals(List.of("Allegation microsoft -> unit-8200 by the-guardian"),
                claims("The Guardian reported that Unit 8200 stored millions of calls on Microsoft's Azure servers."));
        assertEquals(List.of("Allegation spacex -> russian-armed-forces by ukraine"),
                claims("Kyiv said Russian forces were using Starlink terminals in occupied areas."));
        assertEquals(List.of(), claims("The assistant is based on IBM's Granite models and runs on Army servers."));
    }

    @Test
    void anAuditBodyExaminingAFirmsContractInvestigatesTheFirm() {
        assertTrue(claims("The Bundeswehr awarded Helsing a contract for drones. The Federal Court of Auditors said it is "
                + "examining how the Helsing contract was priced.").stream().anyMatch(c -> c.startsWith("Investigation")
                && c.endsWith("-> helsing")), "examining");
        assertTrue(claims("Kestrel Avionics shipped drone engines to Iran, prosecutors say. The investigation was conducted "
                + "by the FBI.").contains("Investigation fbi -> org-kestrel-avionics"), "conducted by");
    }

    @Test
    void additionsThatAlsoIncludeFirmsListThem() {
        assertEquals(List.of("Designation us-department-of-defense -> catl", "Designation us-department-of-defense -> tencent"),
                claims("The Pentagon updated its list of Chinese military companies on Monday. According to the notice, "
                        + "the additions also include Tencent Holdings and battery maker CATL."));
    }

    @Test
    void firmsLabelledAsAStatesMilitaryCompaniesAreListed() {
        assertEquals(List.of("Designation us-department-of-defense -> org-orvane-robotics", "Designation us-department-of-defense -> tencent"),
                claims("The United States has labeled more Chinese firms as Beijing military companies, including media "
                        + "firm Tencent and drone maker Orvane Robotics. Shares of both fell."));
        assertEquals(List.of("Designation us-department-of-defense -> org-orvane-semiconductor"),
                claims("Orvane Semiconductor makes chips in Shanghai. The Department of Defense recently announced that the "
                        + "company operates as one of many \u201cCommunist Chinese military companies.\u201d"));
    }

    @Test
    void expandingAListWithFirmsAndEntitiesAddedForAReasonListThem() {
        assertEquals(List.of("Designation us-department-of-defense -> alibaba-group", "Designation us-department-of-defense -> baidu"),
                claims("The Pentagon briefly posted its list of Chinese military companies. The posting appeared to expand the "
                        + "list with some of China's biggest firms, including Alibaba Group and Baidu Inc."));
        assertEquals(List.of("Designation bureau-of-industry-and-security -> org-orvane-aviation-technology-co-ltd"),
                claims("The Bureau of Industry and Security added 37 companies to the Entity List this week. The entities "
                        + "added for their role in shipping controlled items to Russia include Orvane Aviation Technology Co., Ltd."));
    }

    @Test
    void aPlatformThatCarriesAnAnnouncementIsNotListed() {
        List<String> c = claims("The European Union approved a tenth package of sanctions on Friday. Announcing the "
                + "sanctions, the Swedish presidency said on its Twitter account that the package includes Orvane Robotics.");
        assertTrue(c.contains("Designation european-union -> org-orvane-robotics"), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.contains("x-corp")), c.toString());
    }

    @Test
    void aStatesJuntaIsItsMilitary() {
        assertEquals(List.of("Allegation org-orvane-telecom -> tatmadaw by justice-for-myanmar"),
                claims("Watchdog report. Orvane Telecom has been helping Myanmar's junta track civilians and deserters, "
                        + "according to Justice for Myanmar (JFM)."));
    }

    @Test
    void aStateOpeningItsClauseBuysFromTheFirm() {
        assertEquals(List.of("Contract org-orvane-defence-systems -> turkey"),
                claims("Air defence deal. Turkey has entered into a defence agreement worth 1.6 billion euros with Orvane "
                        + "Defence Systems to build an air defence network tailored for NATO standards."));
        assertEquals(List.of("Contract amazon -> israel", "Contract google -> israel"),
                claims("Cloud deal. Microsoft was the main provider for years, but in 2021 Israel signed a joint contract "
                        + "with Google and Amazon."));
    }

    @Test
    void summonsScrutinyChargesFacedAndSettlementsIssuedAreInvestigations() {
        assertTrue(claims("Chip probe. The Cyberspace Administration of China summoned Orvane Semiconductor to explain security "
                + "risks in chips sold to the People's Liberation Army.").contains(
                "Investigation cyberspace-administration-of-china -> org-orvane-semiconductor"));
        assertTrue(claims("Export probe. Orvane Trading is under scrutiny by the Korea Customs Service for allegedly exporting "
                + "drone parts to the Russian military.").stream().anyMatch(c -> c.startsWith("Investigation korea-customs-service")
                || c.startsWith("Investigation org-korea-customs-service")));
        assertTrue(claims("Export probe. Singapore police said Aaron Vexler, 41, faces two charges of fraud over servers sent "
                + "to the Chinese military.").stream().anyMatch(c -> c.startsWith("Investigation") && c.contains("person-aaron-vexler")));
        assertTrue(claims("Penalty. The Bureau of Industry and Security issued a settlement agreement with Orvane Systems Inc. "
                + "for selling radios to the Russian military.").contains(
                "Investigation bureau-of-industry-and-security -> org-orvane-systems-inc"));
        assertTrue(claims("Board summons. The supplier Orvane Robotics Co. was summoned by nobody. Defence ministry officials "
                + "were summoned to explain delays on the Orvane Robotics Co. contract with the army.").stream()
                .noneMatch(c -> c.startsWith("Investigation")), "officials summoned are not the firm");
    }

    @Test
    void aFirmsPleaOfNotGuiltyAndItsComplianceWithTheLawAnswerTheCharge() {
        String charge = "Federal prosecutors accused Orvane Networks of helping the Iranian military. ";
        assertTrue(claims(charge + "Orvane Networks and a U.S. subsidiary pleaded not guilty on Thursday.")
                .contains("Denial org-orvane-networks -> org-orvane-networks"));
        assertTrue(claims(charge + "A spokesperson for Orvane Networks said: \"We comply with the law in all respects.\"")
                .contains("Denial org-orvane-networks -> org-orvane-networks"));
        assertTrue(claims(charge + "Its owner, Dana Morrow, pleaded not guilty on Thursday.").stream()
                .noneMatch(c -> c.startsWith("Denial")), "a person's plea speaks for no firm");
    }

    @Test
    void banningTheSaleOfAFirmsGoodsListsIt() {
        assertTrue(claims("Software ban. The Commerce Department said on Thursday it will ban the sale of antivirus software made "
                + "by Orvane Labs, citing ties to Russia's military intelligence.").contains(
                "Designation us-department-of-commerce -> org-orvane-labs"));
    }

    @Test
    void whoseClaimsAreCalledUntrueDoesNotDenyThem() {
        List<String> c = claims("AI deal scrutiny. US officials said Orvane AI transferred software to the People's Liberation "
                + "Army. Orvane AI also denied any transfer of technology, calling the US claims \u201centirely untrue.\u201d");
        assertTrue(c.contains("Denial org-orvane-ai -> org-orvane-ai"), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Denial united-states")), c.toString());
    }

    @Test
    void aBodyNamingWhoseAgencyEntitiesAreListedDoesNotListThem() {
        List<String> c = claims("The Commerce Department added 45 entities to its military end-user list on Monday. Rocket "
                + "maker Orvane Aerospace Co. is one of two Roscosmos space agency entities added to the U.S. military list.");
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Designation roscosmos")), c.toString());
        assertTrue(c.contains("Designation us-department-of-commerce -> org-orvane-aerospace-co"), c.toString());
    }

    @Test
    void aMemorandumOfUnderstandingIsNoFirm() {
        assertTrue(claims("Vajra Autonomy signed an MoU with the Indian Army. Under the MoU, the start-up will test its "
                + "software with the Army.").stream().noneMatch(c -> c.contains("org-mou")));
    }

    @Test
    void firmsInAClauseThatDatesTheDealAreNoPartiesToIt() {
        assertEquals(List.of(), claims("The deals come weeks after the Army commissioned four executives from Meta Platforms "
                + "and OpenAI as lieutenant colonels."));
    }

    @Test
    void anUnnamedOfficialsSupplyClaimIsAnAllegationNotADeal() {
        assertEquals(List.of("Allegation autel-robotics -> peoples-liberation-army"),
                claims("A defence official said Autel's drones and flight-control software had been supplied to units of "
                        + "the People's Liberation Army."));
        assertEquals(List.of("Allegation autel-robotics -> peoples-liberation-army"),
                claims("Autel's drones and flight-control software, the official claimed, had gone to units of the PLA."));
    }

    @Test
    void bodiesNamedTogetherBeforeADenialDenyTogether() {
        List<String> c = claims("The White House accused Alibaba of helping the PLA. "
                + "The Chinese Foreign Ministry and embassy also denounced the report.");
        assertTrue(c.contains("Denial china-ministry-of-foreign-affairs -> alibaba-group"), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Denial org-china-embassy")), c.toString());
    }

    @Test
    void commerceActsForItsDepartmentWhenItLists() {
        assertEquals(List.of("Designation us-department-of-commerce -> huawei"),
                claims("The list became a headline tool in May 2019, when Commerce added Huawei and dozens of its affiliates."));
        assertEquals(List.of(), claims("The American Chamber of Commerce said it was worried about the Huawei list."));
    }

    @Test
    void aFirmPutOnTheListABodyKeepsIsListedByThatBody() {
        assertEquals(List.of("Designation us-department-of-the-treasury -> sensetime"),
                claims("The Treasury Department keeps a list of Chinese companies in which Americans may not invest. "
                        + "SenseTime was placed on it in December 2021."));
        assertEquals(List.of("Designation us-department-of-commerce -> ymtc"),
                claims("The Commerce Department keeps the Entity List. YMTC was put on the list in December 2022."));
    }

    @Test
    void commonWaysAListedFirmDenies() {
        String listing = "The Pentagon added Hesai to its list of Chinese military companies. ";
        for (String denial : List.of("A Hesai spokesperson said the company has no ties to the Chinese military.",
                "Hesai said it would fight the listing in court, calling it baseless.", "Hesai has denied any wrongdoing.",
                "Hesai said it \"strongly disagrees\" with the decision."))
            assertTrue(claims(listing + denial).contains("Denial hesai -> hesai"), denial);
    }

    @Test
    void aFirmSelectedToTakeOverAProgramWinsIt() {
        assertTrue(claims("The U.S. Army selected Anduril to take over the IVAS program.").contains("Contract anduril -> us-army"));
    }

    @Test
    void placedUnderRestrictionsOrAmongTheFirmsOnAListIsListed() {
        assertEquals(List.of("Designation united-states -> zte"),
                claims("Washington has already placed ZTE under export restrictions."));
        assertEquals(List.of("Designation us-department-of-defense -> dji"),
                claims("DJI is among the Chinese companies on the Pentagon's list."));
    }

    @Test
    void aBodyReviewingAFirmsContractInvestigatesTheFirm() {
        assertTrue(claims("The Pentagon's inspector general is reviewing the Army's contract with Microsoft.")
                .contains("Investigation dod-inspector-general -> microsoft"));
    }

    @Test
    void hedgedSupplyIsAnAllegationWithoutClaimant() {
        assertEquals(List.of("Allegation dji -> peoples-liberation-army"),
                claims("DJI allegedly sold thermal cameras to the PLA last year."));
    }

    @Test
    void negatedSupplyIsNoClaim() {
        assertEquals(List.of(), claims("Investigators found no evidence that Hikvision supplied the PLA."));
    }

    @Test
    void firmDenyingIsADenialOfItselfPointingAtTheAllegation() {
        Extraction x = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null,
                "Reuters reported that ZTE helped the PLA build a satellite network. ZTE denied the allegations."));
        Claim denial = x.claims().stream().filter(c -> c.type() == ClaimType.DENIAL).findFirst().orElseThrow();
        assertEquals("zte", denial.subject().id());
        assertEquals("zte", denial.object().id());
        assertEquals(List.of("Allegation zte peoples-liberation-army"), denial.denies());
    }

    @Test
    void spokespersonDeniesForTheirOrganisation() {
        List<String> c = claims("A White House memo alleges Alibaba has been supporting the People's Liberation Army. "
                + "China's embassy in Washington pushed back. Spokesperson Jo Lin said: \"These claims are groundless.\"");
        assertTrue(c.contains("Denial embassy-of-china-in-washington -> alibaba-group"), c.toString());
        assertTrue(c.stream().noneMatch(s -> s.startsWith("Denial person-")), c.toString());
    }

    @Test
    void deniedPermitIsNoDenial() {
        assertEquals(List.of(), claims("Microsoft was denied a permit for a new data centre near Dublin."));
    }

    @Test
    void armyOfDevelopersIsNoMilitary() {
        assertEquals(List.of(), claims("Google hired an army of developers to support its new cloud platform."));
    }

    @Test
    void listingBodyDesignatesEveryFirmInTheList() {
        assertEquals(List.of("Designation us-department-of-commerce -> hikvision",
                        "Designation us-department-of-commerce -> huawei",
                        "Designation us-department-of-commerce -> zte"),
                claims("The Commerce Department added Huawei, ZTE and Hikvision to the Entity List on Tuesday."));
    }

    @Test
    void contractAwardedByADefenceMinistry() {
        List<String> c = claims("The Israeli Ministry of Defense awarded Elbit Systems a contract for drones.");
        assertEquals(1, c.size(), c.toString());
        assertTrue(c.get(0).startsWith("Contract elbit-systems -> "), c.toString());
    }

    @Test
    void regulatorOpensAnInvestigation() {
        assertEquals(List.of("Investigation european-commission -> tiktok"),
                claims("The European Commission opened an investigation into TikTok over data transfers."));
    }

    @Test
    void subjectPronounRefersToTheLatestFirm() {
        assertEquals(List.of("Allegation hikvision -> peoples-liberation-army by reuters", "Denial hikvision -> hikvision"),
                claims("Reuters reported that Hikvision supplied cameras to the PLA. It denied the report."));
    }

    @Test
    void unknownFirmIsRecognisedByTheShapeOfItsName() {
        assertEquals(List.of("Allegation org-qingdao-haiyun-sensing-co -> peoples-liberation-army by us-department-of-commerce"),
                claims("The Commerce Department accused Qingdao Haiyun Sensing Co. of selling sonar parts to the PLA."));
    }
    @Test
    void unknownFirmsInAClosedListAfterAKnownOneAreFirms() {
        List<String> c = claims("The Treasury sanctioned Positive Technologies, Orlant Systems, Vexa and Merid Labs, "
                + "accusing the companies of supporting the GRU.");
        assertTrue(c.contains("Designation us-department-of-the-treasury -> org-vexa"), c.toString());
        assertTrue(c.contains("Allegation org-merid-labs -> gru by us-department-of-the-treasury"), c.toString());
    }

    @Test
    void aModifierInAListIsNoFirm() {
        List<String> c = claims("Huawei and Hong Kong-registered Kingwell Trading were added to the Entity List by the "
                + "Commerce Department.");
        assertTrue(c.stream().noneMatch(s -> s.contains("org-hong-kong")), c.toString());
    }

    @Test
    void laterShortFormsOfADiscoveredFirmAreTheSameFirm() {
        List<String> c = claims("Prosecutors charged Qingdao Haiyun Sensing Co. with export crimes. "
                + "The Commerce Department accused Haiyun Sensing of supplying sonar parts to the PLA Navy.");
        assertTrue(c.contains("Allegation org-qingdao-haiyun-sensing-co -> pla-navy by us-department-of-commerce"), c.toString());
    }

    @Test
    void aStateAndABodyPhraseNameThatStatesBody() {
        List<String> c = claims("LIG Nex1 also won a contract from Saudi Arabia's defence ministry last year.");
        assertEquals(List.of("Contract lig-nex1 -> org-saudi-arabia-s-defence-ministry"), c);
    }

    @Test
    void prosecutorsStandForTheProsecutorsOfficeTheArticleNames() {
        List<String> c = claims("Prosecutors in Taiwan are investigating Lianhe Drone Co. over Chinese parts. "
                + "The Taichung District Prosecutors Office said it searched the company's offices.");
        assertTrue(c.contains("Investigation org-taichung-district-prosecutors-office -> org-lianhe-drone-co"), c.toString());
    }

    @Test
    void breachingSanctionsListsNobody() {
        List<String> c = claims("Prosecutors say Elmira Technik GmbH shipped chips to Russia in breach of EU sanctions.");
        assertTrue(c.stream().noneMatch(s -> s.startsWith("Designation")), c.toString());
    }

    @Test
    void aDealReportedAsAnAccusationIsAnAllegation() {
        assertEquals(List.of("Allegation kaspersky -> gru by us-department-of-commerce"),
                claims("The Commerce Department added Kaspersky to a list, accusing it of cooperating with the GRU.")
                        .stream().filter(s -> !s.startsWith("Designation")).toList());
    }
    @Test
    void aDeniedAccusationIsStillReportedAsAnAllegation() {
        List<String> c = claims("DJI has denied accusations that it is helping the Russian military.");
        assertTrue(c.contains("Allegation dji -> russian-armed-forces"), c.toString());
        assertTrue(c.contains("Denial dji -> dji"), c.toString());
    }

    @Test
    void aDeniedActIsNoAllegation() {
        List<String> c = claims("Hikvision denied that it had supplied the PLA.");
        assertTrue(c.stream().noneMatch(x -> x.startsWith("Allegation")), c.toString());
    }
    @Test
    void theCitedSourceIsNeverTheObject() {
        List<String> c = claims("According to the SBU, Dnipro Motors LLC allegedly shipped brushless motors to buyers in Russia.");
        assertTrue(c.stream().noneMatch(x -> x.contains("-> sbu")), c.toString());
    }
    @Test
    void theListIsTheOneTheArticleNamedLast() {
        List<String> c = claims("Several drone makers are on the Entity List. Analysts expect more. "
                + "Autel was added to the list in 2024.");
        assertTrue(c.contains("Designation us-department-of-commerce -> autel-robotics"), c.toString());
    }

    @Test
    void allFiveCompaniesStandsForTheFirmsNamedTogetherBefore() {
        List<String> c = claims("The FCC is investigating Huawei, ZTE and Hikvision over sales of banned gear. "
                + "All three companies are on the FCC's Covered List.");
        assertTrue(c.containsAll(List.of("Designation fcc -> huawei",
                "Designation fcc -> zte",
                "Designation fcc -> hikvision")), c.toString());
    }

    @Test
    void theStoryOfTheFirmGoesOnInTheNextSentence() {
        List<String> c = claims("Prosecutors say Huawei bought radar chips from US distributors. "
                + "The chips were allegedly passed to the People's Liberation Army.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Allegation huawei -> peoples-liberation-army")), c.toString());
    }

    @Test
    void aNamedSubjectInTheNextSentenceIsNotReplacedByTheFirmBefore() {
        List<String> c = claims("Huawei sued the Pentagon over the listing. Courts allegedly give the Pentagon a lot of room.");
        assertTrue(c.stream().noneMatch(x -> x.startsWith("Allegation")), c.toString());
    }

    @Test
    void aDepartmentAndItsAgencyListingAFirmAreOneDesignation() {
        List<String> c = claims("The Commerce Department added Hikvision to the Entity List. "
                + "Hikvision was listed for what the Bureau of Industry and Security called threats to national security.");
        assertEquals(1, c.stream().filter(x -> x.startsWith("Designation") && x.contains("-> hikvision")).count(), c.toString());
    }

    @Test
    void firmsCountedBeforeTheyAreNamedAreTheNextOnesNamed() {
        List<String> c = claims("The European Union imposed sanctions on two Chinese companies on Tuesday. "
                + "Brussels said Huawei had shipped radios and ZTE had sent routers. Hikvision was not named.");
        assertTrue(c.containsAll(List.of("Designation european-union -> huawei", "Designation european-union -> zte")),
                c.toString());
        assertTrue(c.stream().noneMatch(x -> x.startsWith("Designation") && x.endsWith("hikvision")), c.toString());
    }

    @Test
    void theSpeakerIsFoundPastARelativeClause() {
        List<String> c = claims("The Treasury sanctioned Hikvision on Friday. The Treasury, which keeps the SDN list, said "
                + "Hikvision had supplied cameras to the People's Liberation Army.");
        assertTrue(c.contains("Allegation hikvision -> peoples-liberation-army by us-department-of-the-treasury"), c.toString());
    }

    @Test
    void aCountrysForcesAreItsArmedForces() {
        List<String> c = claims("Ukraine accused Huawei of helping Russian forces with satellite links.");
        assertTrue(c.contains("Allegation huawei -> russian-armed-forces by ukraine"), c.toString());
    }

    @Test
    void firmsOnTheLinesAfterTheFollowingFirmsAreListed() {
        List<String> c = claims("The US Treasury Department added the following firms to the Specially Designated Nationals list:\n\n"
                + "- Harbourline Components Ltd (Hong Kong)\n\n- Korvale Trade House (Bishkek)\n\n"
                + "According to Treasury, Harbourline shipped chips to the Russian military.");
        assertTrue(c.containsAll(List.of(
                "Designation us-department-of-the-treasury -> org-harbourline-components-ltd",
                "Designation us-department-of-the-treasury -> org-korvale-trade-house",
                "Allegation org-harbourline-components-ltd -> russian-armed-forces by us-department-of-the-treasury")),
                c.toString());
    }

    @Test
    void aNegatedChargeDoesNotMakeASupplyAnAccusation() {
        List<String> c = claims("The company, which also supplies small drones to the Indian Army, has not been charged.");
        assertTrue(c.stream().noneMatch(x -> x.startsWith("Allegation")), c.toString());
    }

    @Test
    void theSourceOfAnUnpairedClaimCarriesToTheStudyLater() {
        List<String> c = claims("Two Chinese firms sold software to the PLA, according to a study published by the Center "
                + "for Strategic and International Studies. The study also says that iFlytek provided the People's "
                + "Liberation Army with a voice tool.");
        assertTrue(c.contains("Allegation iflytek -> peoples-liberation-army by csis"), c.toString());
    }

    @Test
    void prosecutorsSearchingAFirmsOfficesInvestigateIt() {
        List<String> c = claims("Investigators from the Seoul Central District Prosecutors' Office searched the offices "
                + "of Hanbit Motion Co. on Monday.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Investigation") && x.contains("-> org-hanbit-motion")), c.toString());
    }

    @Test
    void aPersonNamedInFullIsNamedBySurnameLater() {
        List<String> c = claims("Ukraine's digital minister Oleksii Marchuk wrote to DJI in March. "
                + "Marchuk accused DJI of helping the Russian military with its drones.");
        assertTrue(c.contains("Allegation dji -> russian-armed-forces by person-oleksii-marchuk"), c.toString());
    }

    @Test
    void aReportNamedByItsAuthorJustBeforeIsTheClaimant() {
        List<String> c = claims("The Center for Strategic and International Studies examined 2,000 tender notices. "
                + "Its report says iFlytek supplied the People's Liberation Army with voice software.");
        assertTrue(c.contains("Allegation iflytek -> peoples-liberation-army by csis"), c.toString());
    }

    @Test
    void itsManagerSpeaksForTheFirmNamedBefore() {
        List<String> c = claims("The State Department accused Hikvision of helping the People's Liberation Army. "
                + "Hikvision rejected the department's description of its work. \"We sell to shops,\" its general "
                + "manager, Zhou Liang, said. \"That does not make us a military supplier.\"");
        assertTrue(c.contains("Denial hikvision -> hikvision"), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.startsWith("Denial person-")), c.toString());
    }

    @Test
    void anUnnamedFirmIntroducedLaterIsNotTheOneNamedBefore() {
        List<String> c = claims("Prosecutors charged Hikvision last year. In a separate case, the FBI is investigating a "
                + "logistics company suspected of shipping engines to Russia; it has not named the firm.");
        assertTrue(c.stream().noneMatch(x -> x.startsWith("Investigation fbi -> hikvision")), c.toString());
    }

    @Test
    void sellingToTheSuppliersOfAnArmyIsNoLinkToTheArmy() {
        List<String> c = claims("According to its website, Hikvision has also sold cameras to suppliers of the Bundeswehr.");
        assertTrue(c.stream().noneMatch(x -> x.contains("bundeswehr")), c.toString());
    }

    @Test
    void aFirmThatBuildsRadiosForAMilitaryIsItsSupplier() {
        List<String> c = claims("Hikvision builds tactical radios for the People's Liberation Army.");
        assertTrue(c.contains("Contract hikvision -> peoples-liberation-army"), c.toString());
    }

    @Test
    void theNewspaperReportedCreditsTheOutletNamedBefore() {
        List<String> c = claims("Two officials spoke to Reuters on Friday. Hikvision allegedly supplied cameras to the "
                + "People's Liberation Army, the news agency's sources said, and the outlet reported that the deal was large.");
        assertTrue(c.contains("Allegation hikvision -> peoples-liberation-army by reuters"), c.toString());
    }

    @Test
    void goodsPassedOnInTheNextSentenceContinueTheAccusation() {
        List<String> c = claims("Nordwind Parts is accused of selling radio chips to a trader in Dubai. "
                + "The chips were destined for the Russian army.");
        assertTrue(c.contains("Allegation org-nordwind-parts -> russian-armed-forces"), c.toString());
        assertEquals(List.of(), claims("Nordwind Parts sold radio chips to a trader in Dubai. "
                + "The chips were destined for the Russian army."));
    }

    @Test
    void aPassiveAccusationKeepsTheSourceCitedBeforeAndTheDemonymPicksTheFirm() {
        List<String> c = claims("According to the Foreign Office, Dongling Motor Co. sold engines to traders. "
                + "The list also names Varanasi Bearings Pvt Ltd of Pune, India. "
                + "The Indian company is accused of shipping bearings to the Russian army.");
        assertTrue(c.contains("Allegation org-varanasi-bearings-pvt-ltd -> russian-armed-forces by fcdo"), c.toString());
    }

    @Test
    void theStateThatOpensTheStoryKeepsTheListWhenTheNamesComeLater() {
        List<String> c = claims("LONDON, March 12 (Thames Wire) - Britain on Thursday imposed asset freezes on six "
                + "companies in China and India.\n\nThose designated include Kama Transit Ltd and Ningbo Haiguang Power "
                + "Machinery.\n\nChina on Thursday added drone makers Shield AI and Skydio to its unreliable entity list.");
        assertTrue(c.containsAll(List.of("Designation united-kingdom -> org-kama-transit-ltd",
                "Designation united-kingdom -> org-ningbo-haiguang-power-machinery")), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Designation mofcom -> shield-ai")), c.toString());
    }

    @Test
    void aCountedListIntroducedByAColonTakesOneFirmPerLineAndAFirmThatBuysIsNoSeller() {
        List<String> c = claims("The Bureau of Industry and Security on Wednesday added 11 Chinese organisations to the "
                + "Entity List.\n\nFour of the additions stand out:\n\nHefei Qianlu Semiconductor Equipment, which makes "
                + "cleaning tools;\n\nChengdu Ruiyang Microsystems, a chip designer.\n\nIt said Chengdu Ruiyang had designed "
                + "amplifiers for radars used on PLA Air Force fighters, and that the company had bought test equipment "
                + "through a front company.");
        assertTrue(c.containsAll(List.of(
                "Designation bureau-of-industry-and-security -> org-hefei-qianlu-semiconductor-equipment",
                "Designation bureau-of-industry-and-security -> org-chengdu-ruiyang-microsystems",
                "Allegation org-chengdu-ruiyang-microsystems -> pla-air-force by bureau-of-industry-and-security")), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.startsWith("Contract")), c.toString());
    }

    @Test
    void aDealReferredBackGoesToTheFirmNamedAfterWentToAndAnUnsignedOneIsNoDeal() {
        List<String> c = claims("The Ministry of Defence on Tuesday signed two contracts for counter-drone systems for "
                + "the Indian Army. The bigger of the two went to Nilgiri Radar Systems Ltd, which will supply 48 systems. "
                + "The second contract was awarded to Tejasvi Avionics Pvt Ltd. A third bidder, Kavach Defence Systems, "
                + "won a separate Army tender, but that contract has not been signed.");
        assertTrue(c.containsAll(List.of("Contract org-nilgiri-radar-systems-ltd -> indian-army",
                "Contract org-tejasvi-avionics-pvt-ltd -> indian-army")), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.contains("kavach")), c.toString());
    }

    @Test
    void anOutletNamedByItsShapeIsTheClaimantOfItsInvestigationsFinding() {
        List<String> c = claims("An eight-month investigation by The Harbour Ledger, based on filings and interviews, "
                + "found that Korvet Vision Ltd's software has been used by the Israel Defense Forces to sort drone imagery.");
        assertTrue(c.contains("Allegation org-korvet-vision-ltd -> israel-defense-forces by org-harbour-ledger"), c.toString());
    }

    @Test
    void aFirmQuotedSayingItSellsOnlyToCiviliansDeniesAndGoesByItsNameAfterTheProvince() {
        List<String> c = claims("The EU said Zhejiang Feilong Power Technology supplied engines to the Russian army. "
                + "Feilong said in a statement that it sold engines \"only to civilian customers\".");
        assertTrue(c.contains("Denial org-zhejiang-feilong-power-technology -> org-zhejiang-feilong-power-technology"),
                c.toString());
    }

    @Test
    void aListWithSemicolonsAndFirmsAlsoAddedAreAllDesignated() {
        List<String> c = claims("LONDON, March 12 (Thames Wire) - Britain on Thursday imposed asset freezes on six companies."
                + "\n\nThose designated include Ningbo Haiguang Power Machinery, a maker of small engines; Aerotek Components "
                + "Pvt Ltd of Pune, India; and Istanbul-based Marmara Takim Ltd, a distributor of lathes. Two Russian firms, "
                + "Volga Servo Systems and Kama Transit Ltd, were also added, along with two executives.");
        assertTrue(c.containsAll(List.of("Designation united-kingdom -> org-ningbo-haiguang-power-machinery",
                "Designation united-kingdom -> org-aerotek-components-pvt-ltd",
                "Designation united-kingdom -> org-marmara-takim-ltd", "Designation united-kingdom -> org-volga-servo-systems",
                "Designation united-kingdom -> org-kama-transit-ltd")), c.toString());
    }

    @Test
    void anAppositionThatDescribesTheUnitByItsOwnerAddsNoSecondParty() {
        List<String> c = claims("Korvet Vision Ltd. has signed a cooperation agreement with Unit 8200, the Israeli "
                + "military's signals intelligence unit, to develop transcription tools.");
        assertEquals(1, c.size(), c.toString());
    }

    @Test
    void theMakerOfSmuggledGoodsIsNotTheSmuggler() {
        assertEquals(List.of(), claims("Federal prosecutors charged a Chinese national with smuggling Nvidia chips to a "
                + "company linked to the People's Liberation Army."));
    }

    @Test
    void sourcesSpeakThroughTheOutletTheyToldAndAFirmsUnitStandsInAList() {
        List<String> c = claims("Sources told the Financial Times that SenseTime had sold facial-recognition software "
                + "to a unit of the People's Liberation Army. China's Ministry of Commerce on Monday placed Lockheed Martin's "
                + "missile unit and General Dynamics on its unreliable entity list.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Allegation sensetime -> peoples-liberation-army by ")
                && x.contains("financial-times")), c.toString());
        assertTrue(c.containsAll(List.of("Designation mofcom -> lockheed-martin", "Designation mofcom -> general-dynamics")),
                c.toString());
    }

    @Test
    void aBidOrAHopeIsNoContract() {
        assertEquals(List.of(), claims("Analysts said Microsoft could bid for a Pentagon cloud contract next year. "
                + "Palantir is expected to win an Army contract for targeting software."));
    }

    @Test
    void havingNoLinksIsNoLinkAndAnInspectorGeneralBuysNothing() {
        assertEquals(List.of(), claims("Chinese state media reported that Xiaomi has no links to the People's Liberation Army."));
        assertEquals(List.of("Investigation dod-inspector-general -> microsoft"),
                claims("The Pentagon's inspector general has opened a review of the $10 billion JEDI cloud contract "
                        + "awarded to Microsoft."));
    }

    @Test
    void chipsThatReachAMilitaryAreSuppliedButAnAgreementReachedIsNot() {
        List<String> c = claims("Lawmakers on the House Select Committee on the CCP accused Nvidia of allowing its chips "
                + "to reach Chinese military researchers.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Allegation nvidia -> peoples-liberation-army by ")), c.toString());
        assertTrue(claims("Reportedly, Nvidia reached an agreement with the People's Liberation Army on pricing.").stream()
                .noneMatch(x -> x.startsWith("Allegation")));
    }

    @Test
    void aChargeSomeoneUnnamedDeniesHasNoDenierFromBeforeIt() {
        List<String> c = claims("NSO Group was placed on the Entity List in 2021. Kyiv has repeatedly accused Iran of "
                + "supplying Shahed drones to Russia's military, a charge Tehran denies.");
        assertTrue(c.stream().noneMatch(x -> x.startsWith("Denial")), c.toString());
    }

    @Test
    void sanctionsOfSeveralStatesListTheFirmForEach() {
        List<String> c = claims("The drone maker Zala Aero, which is under US and European Union sanctions, bought "
                + "the motors through a broker. Separately, Kupol, a subsidiary of the state-owned Almaz-Antey group, "
                + "has been under US sanctions since 2023.");
        assertTrue(c.containsAll(List.of("Designation united-states -> zala-aero", "Designation european-union -> zala-aero",
                "Designation united-states -> izhevsk-electromechanical-plant")), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.endsWith("-> almaz-antey")), c.toString());
    }

    @Test
    void aSecondAddingAndAListThatNamesAFirmAreDesignations() {
        List<String> c = claims("The Defense Department first listed Huawei and Hikvision in 2020, and added Dahua "
                + "Technology in 2022. The Pentagon's list of Chinese military companies already names Tencent.");
        assertTrue(c.containsAll(List.of("Designation us-department-of-defense -> dahua-technology",
                "Designation us-department-of-defense -> tencent")), c.toString());
        assertEquals(List.of(), claims("The Defense Department hired Huawei veterans, and added that it had no plans to "
                + "sign a deal."));
    }

    @Test
    void aDescriptorWithAPlaceNameKeepsTheListTogether() {
        List<String> c = claims("Britain sanctioned six firms on Tuesday. Two Russian firms, Volga Machine Systems and "
                + "the Yelabuga logistics company Kama Transit, were also added.");
        assertTrue(c.containsAll(List.of("Designation united-kingdom -> org-volga-machine-systems",
                "Designation united-kingdom -> org-kama-transit")), c.toString());
    }

    @Test
    void aBareServiceIsTheOneStatesAndAKnownFirmGoesByItsShortForm() {
        List<String> c = claims("The Defense Information Systems Agency said the Pentagon would expand its cloud work. "
                + "Separately, the Naval Information Warfare Systems Command signed a cooperative research and development "
                + "agreement with Scale AI. Scale already holds contracts with the Army.");
        assertTrue(c.containsAll(List.of("Partnership scale-ai -> navwar", "Contract scale-ai -> us-army")), c.toString());
    }

    @Test
    void aContractWithAnAgencyAndItsDepartmentInOneSentenceIsOneClaim() {
        List<String> c = claims("The Defense Information Systems Agency awarded Oracle a contract to provide cloud services "
                + "to the Pentagon through 2028.");
        assertEquals(List.of("Contract oracle -> disa"), c);
    }

    @Test
    void aFirmPlacedUnderSanctionsByABodyAndNamedWithoutItsLegalForm() {
        List<String> c = claims("The final recipient was OOO Kaskad-Tekh, a Moscow company that buys equipment. "
                + "Kaskad-Tekh was placed under sanctions by the European Union in February 2024.");
        assertTrue(c.contains("Designation european-union -> org-ooo-kaskad-tekh"), c.toString());
    }

    @Test
    void aDescriptionWithAPlaceAndStateAndAReferringPhraseThatEchoesAName() {
        List<String> c = claims("The US Army Contracting Command has awarded a contract to Lakewater Linguistics, a "
                + "Columbus, Ohio, company that makes translation software.");
        assertTrue(c.contains("Contract org-lakewater-linguistics -> army-contracting-command"), c.toString());
        c = claims("The Bureau of Industry and Security added Suzhou Tianji Precision Optics and Hunan Xiangyun Composite "
                + "Materials to its Entity List. According to the notice in the Federal Register, the optics maker supplied "
                + "lenses for targeting pods to the People's Liberation Army Air Force.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Allegation org-suzhou-tianji-precision-optics -> pla-air-force")),
                c.toString());
        assertTrue(c.stream().noneMatch(x -> x.contains("federal-register")), c.toString());
    }

    @Test
    void aDealStatedAsFactStaysADealBesideAnAccusationAndAPartyRuledOutIsNone() {
        List<String> c = claims("Committee member Callum Reid said Hawkridge Unmanned Systems, a Shropshire company, had "
                + "secretly supplied drones to the British Army with Chinese radios. Hawkridge holds a framework contract to "
                + "supply quadcopters to the British Army, awarded in 2023.");
        assertTrue(c.contains("Contract org-hawkridge-unmanned-systems -> british-army"), c.toString());
        assertTrue(c.contains("Allegation org-hawkridge-unmanned-systems -> british-army by person-callum-reid"), c.toString());
        assertEquals(List.of(), claims("\"Guangzhou Tianhe sells equipment to telecom operators and to railways, not to "
                + "the People's Liberation Army,\" the lawyer said."));
    }

    @Test
    void aRightsGroupNamedLikeAFirmIsTheAccuserNotTheAccused() {
        List<String> c = claims("Tzafit Analytics, a Tel Aviv maker of video software, spent May defending itself. A "
                + "report by the digital rights group Mishmar Digital alleged that the company's software had been used by "
                + "the Israel Defense Forces' Unit 8200 to help select targets.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Allegation org-tzafit-analytics -> unit-8200 by org-mishmar-digital")),
                c.toString());
    }

    @Test
    void partsFoundInAStatesDronesAreAnAllegationAgainstTheirMaker() {
        List<String> c = claims("Isar Optronik AG, a Munich sensor maker, reported record orders. The business weekly "
                + "Wirtschaftskurier reported that camera cores bearing Isar Optronik part numbers had been found in two "
                + "Russian Orlan-30 reconnaissance drones.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Allegation org-isar-optronik-ag -> russian-armed-forces by org-wirtschaftskurier")),
                c.toString());
        assertEquals(List.of(), claims("Reviewers found DJI cameras in Chinese consumer drones sold in Paris shops."));
    }

    @Test
    void theTwoFirmsAfterAListAreBothAccusedAndAPlatformAPostWasSharedOnIsNot() {
        List<String> c = claims("The Commerce Department added two resellers, Shenzhen Huaxin Tongda Technology and Chengdu "
                + "Lanyu Computing, to its Entity List. According to the department, the two firms had supplied servers to "
                + "research units of the People's Liberation Army.");
        assertTrue(c.containsAll(List.of(
                "Allegation org-shenzhen-huaxin-tongda-technology -> peoples-liberation-army by us-department-of-commerce",
                "Allegation org-chengdu-lanyu-computing -> peoples-liberation-army by us-department-of-commerce")), c.toString());
        c = claims("A post shared on X and Facebook claims that Nvidia secretly signed a contract with the PLA Strategic Support Force.");
        assertTrue(c.stream().noneMatch(x -> x.contains("meta-platforms")), c.toString());
    }

    @Test
    void investigatorsNamedWithAModifierOrByInitialsAndASuspicionOfShipping() {
        List<String> c = claims("Luzon Skylink Towers Inc., a company that leases cell sites, faces scrutiny. The National "
                + "Bureau of Investigation is also investigating whether Skylink obtained its permits through fraud.");
        assertTrue(c.contains("Investigation org-national-bureau-of-investigation -> org-luzon-skylink-towers-inc"), c.toString());
        c = claims("MPs called on the National Audit Office to examine the deal. The NAO had already opened a "
                + "value-for-money review of the contracts, including Palantir's.");
        assertTrue(c.contains("Investigation national-audit-office -> palantir"), c.toString());
        c = claims("Officers searched Brabant Drone Supply, a wholesaler of motors, on the orders of the Public Prosecution "
                + "Service. The prosecution service said it suspects the firm of shipping camera cores to Russia.");
        assertTrue(c.contains("Investigation org-public-prosecution-service -> org-brabant-drone-supply"), c.toString());
    }

    @Test
    void wireStyleListingWithTheListKeepersOwnCharacterisationAndLaterAdditions() {
        List<String> c = claims("The U.S. Defense Department on Monday added gaming giant Tencent to a list of companies it "
                + "says work with Beijing's military. Other companies added on Monday included memory chip maker CXMT and "
                + "drone maker Autel Robotics. In 2023, Israel's defence ministry signed a deal with Elbit Systems for "
                + "artillery systems.");
        assertTrue(c.containsAll(List.of("Designation us-department-of-defense -> tencent",
                "Designation us-department-of-defense -> cxmt", "Designation us-department-of-defense -> autel-robotics",
                "Allegation tencent -> peoples-liberation-army by us-department-of-defense",
                "Contract elbit-systems -> israel-ministry-of-defense")), c.toString());
    }

    @Test
    void anUrgedOrPossibleListingIsNoDesignation() {
        assertTrue(claims("Lawmakers urged the Commerce Department to add DeepSeek to the entity list.").stream()
                .noneMatch(x -> x.startsWith("Designation")));
        assertTrue(claims("The Commerce Department could add DeepSeek to the Entity List as soon as next month.").stream()
                .noneMatch(x -> x.startsWith("Designation")));
    }

    @Test
    void noAnswerToAReportDoesNotNegateWhatTheReportSays() {
        assertTrue(claims("Lenovo did not respond to a request for comment on the report that it supplied laptops to the "
                + "People's Liberation Army.").stream().anyMatch(x -> x.startsWith("Allegation lenovo -> peoples-liberation-army")));
    }

    @Test
    void countedFirmsAreNotTakenFromLaterNewsAndAStatesArmyIsItsService() {
        List<String> c = claims("The U.S. Treasury on Wednesday imposed sanctions on three China-based companies it "
                + "accused of helping Russia's military obtain drone engines. Germany's Rheinmetall has agreed to build a "
                + "plant in Ukraine. South Korea's Hanwha Aerospace signed a deal to supply K9 howitzers to Poland's army.");
        assertEquals(List.of("Contract hanwha-aerospace -> polish-land-forces"), c);
    }

    @Test
    void theArmyIsNoBureauNamedBeforeButTheStatesArmy() {
        List<String> c = claims("TAIPEI - The Armaments Bureau said it had awarded a contract to Yushan Drone Corp, a "
                + "company in Taiwan. Taiwan's Ministry of National Defense tests drones. Tengyun Aerotech Co, a drone maker, "
                + "supplied 300 training drones to the army in 2024.");
        assertTrue(c.contains("Contract org-tengyun-aerotech-co -> taiwan-army"), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.startsWith("Contract org-tengyun-aerotech-co -> org-armaments-bureau")), c.toString());
        assertTrue(c.contains("Contract org-yushan-drone-corp -> org-armaments-bureau"), c.toString());
    }

    @Test
    void aMilitaryUsingAFirmsProductAndDealsWithDefenceIntelligenceAgencies() {
        List<String> c = claims("The Israeli military uses Microsoft's Azure cloud platform to store intercepted phone "
                + "calls, The Guardian reported. SpaceX is building a network of spy satellites for the National "
                + "Reconnaissance Office, Reuters reported. Amazon Web Services won a $10 billion cloud contract from the "
                + "National Security Agency.");
        assertTrue(c.contains("Allegation microsoft -> israel-defense-forces by the-guardian"), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Contract spacex -> national-reconnaissance-office")), c.toString());
        assertTrue(c.contains("Contract amazon-web-services -> nsa"), c.toString());
    }

    @Test
    void aCapitalThatAccusesOrDeniesActsForItsStateAndAReportsAuthorIsItsSource() {
        List<String> c = claims("Washington has accused Huawei of helping the People's Liberation Army. Beijing has denied "
                + "the accusations. Huawei opened a lab in Beijing last year.");
        assertTrue(c.contains("Allegation huawei -> peoples-liberation-army by united-states"), c.toString());
        assertTrue(c.contains("Denial china -> huawei"), c.toString());
        assertTrue(claims("According to a Pentagon report, Inspur supplies servers to the People's Liberation Army.")
                .contains("Allegation inspur -> peoples-liberation-army by us-department-of-defense"));
    }

    @Test
    void aSpokespersonQuotedThatTheFirmDoesNotDesignMilitaryEquipmentDenies() {
        List<String> c = claims("A Pentagon memo alleges that DJI supplies drones to the People's Liberation Army. A "
                + "spokesperson for DJI said the company \"does not design or manufacture military equipment\".");
        assertTrue(c.contains("Denial dji -> dji"), c.toString());
    }

    @Test
    void eachBodyThatConductedTheInvestigationInvestigatesAndAnOfficeActsForItsDepartment() {
        List<String> c = claims("According to the indictment, the engineer used Gulfport Sensor Works, a Houston company, "
                + "to ship navigation modules to the IRGC Aerospace Force. The indictment alleges that the engineer lied "
                + "on export forms. It also says Gulfport Sensor Works had no oil-industry customers. The investigation was "
                + "conducted by the FBI's Houston field office and Homeland Security Investigations. The case was "
                + "investigated by the Commerce Department's Office of Export Enforcement.");
        assertTrue(c.contains("Investigation fbi -> org-gulfport-sensor-works"), c.toString());
        assertTrue(c.contains("Investigation homeland-security-investigations -> org-gulfport-sensor-works"), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Investigation org-office-of-export-enforcement -> ")), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.startsWith("Investigation us-department-of-commerce")), c.toString());
    }

    @Test
    void itAfterADocumentSpeaksIsTheDocumentNotAFirm() {
        Extraction x = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null,
                "The parts went to a trader in Sharjah. The indictment alleges that Crescent Bay Trading, a company in "
                        + "Sharjah, falsified certificates. It also says one of its managers wrote to an officer in Tehran."));
        int third = x.article().body().indexOf("It also says");
        assertTrue(x.mentions().stream().noneMatch(m -> m.kind() == Mention.Kind.COREFERENCE && m.span().start() >= third
                && m.entity().id().contains("crescent-bay")), x.mentions().toString());
    }

    @Test
    void theReasonGivenForAListingIsTheListersAccusationAndItAlsoAddedListsMore() {
        List<String> c = claims("The Treasury designated Volga Parts Trading for its role in supplying components to the "
                + "Russian army. The Pentagon on Monday added Tencent to its list of Chinese military companies. The "
                + "annual list now includes 134 companies. It also added chipmaker Changxin Memory Technologies and drone "
                + "maker Autel Robotics.");
        assertTrue(c.contains("Allegation org-volga-parts-trading -> russian-armed-forces by us-department-of-the-treasury"), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.startsWith("Contract org-volga-parts-trading")), c.toString());
        assertTrue(c.contains("Designation us-department-of-defense -> cxmt"), c.toString());
        assertTrue(c.contains("Designation us-department-of-defense -> autel-robotics"), c.toString());
    }

    @Test
    void aSanctionsRoundUpListsNamesAfterCompaniesAndCreditsTheBodyNotItsState() {
        List<String> c = claims("The Treasury Department's Office of Foreign Assets Control on Tuesday designated Xiamen "
                + "Haoxing Trading and two Russian companies, Kupol-Prom and NPP Strela-M. According to Treasury, Xiamen "
                + "Haoxing shipped servomotors to Kupol-Prom. The Foreign, Commonwealth and Development Office added "
                + "Istanbul-based Marmara Dis Ticaret, Hong Kong's Grand Orient Components and the Belarusian plant Minsk "
                + "Optical Instruments to the UK's Russia sanctions list. The FCDO said Grand Orient Components supplied "
                + "microelectronics to Russia, and that Minsk Optical Instruments produces thermal sights for the "
                + "Belarusian and Russian armies.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Designation ofac -> org-kupol-prom")), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Designation ofac -> org-npp-strela-m")), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Designation fcdo -> org-grand-orient-components")), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Designation fcdo -> org-minsk-optical-instruments")), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.startsWith("Designation russia") || x.startsWith("Designation united-kingdom")), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Allegation org-minsk-optical-instruments -> russian-armed-forces")), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.startsWith("Allegation org-grand-orient-components")), c.toString());
        assertEquals(2, c.stream().filter(x -> x.startsWith("Allegation org-minsk-optical-instruments")).count(), c.toString());
    }

    @Test
    void aPartyInTheAsideAfterTheSubjectIsNoPartyToTheDeal() {
        List<String> c = claims("Vayuvega Aerotech, a Bengaluru drone maker founded by two former Indian Air Force "
                + "engineers, has won a contract from the Ministry of Defence to supply loitering munitions to the Indian "
                + "Army. Separately, the Bengaluru-based firm signed a memorandum of understanding with the Indian Navy.");
        assertTrue(c.stream().noneMatch(x -> x.contains("-> indian-air-force")), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.contains("separately")), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Partnership org-vayuvega-aerotech -> indian-navy")), c.toString());
    }

    @Test
    void aLocalStorysArmyIsTheArmyOfTheStateWhoseCitiesItNamesAndAnOrderWithAFirmIsADeal() {
        List<String> c = claims("Prosecutors in Taichung raided a drone maker on Tuesday. The ministry said drones would be "
                + "delivered to the Army. Taichung-based Fenghuang Drone Technology has supplied quadcopters to the Army "
                + "since 2024. The Armaments Bureau also announced a NT$210 million order with Hsinchu chip designer "
                + "Tenglong Microsystems for datalink modules for the Navy's patrol boats. That company is Yushan "
                + "Aeronautics, a Tainan start-up founded in 2022.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Contract org-fenghuang-drone-technology -> taiwan-army")), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Contract org-tenglong-microsystems -> roc-navy")), c.toString());
        Extraction x = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null,
                "That company is Yushan Aeronautics, a Tainan start-up founded in 2022."));
        assertTrue(x.entities().stream().anyMatch(e -> e.label().equals("Yushan Aeronautics")), x.entities().toString());
    }

    @Test
    void aQuoteEndingARelativeClauseHasItsSubjectAndSheIsThePersonNamedBefore() {
        List<String> c = claims("The Federal Court of Accounts (TCU) has opened an audit of a contract between the Brazilian "
                + "Army and Campinas-based Sinal Forte Comunicações. Federal deputy Carla Menezes Prado spoke on Tuesday. "
                + "She also alleged that Sinal Forte buys chips from a Chinese supplier, Hangzhou Ruixin Microelectronics, "
                + "which she said \"supplies the People's Liberation Army\". Last month the Brazilian Navy signed a "
                + "contract with Rio de Janeiro start-up Maré Robótica for underwater drones, and Embraer's defence unit "
                + "agreed a research partnership with the Brazilian Air Force.");
        assertTrue(c.contains("Allegation org-hangzhou-ruixin-microelectronics -> peoples-liberation-army by person-carla-menezes-prado"), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Investigation org-federal-court-of-accounts -> org-sinal-forte-comunicacoes")), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Contract org-mare-robotica -> brazilian-navy")), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.startsWith("Contract embraer")), c.toString());
    }

    @Test
    void aTranscriptsSpeakersAFirmCalledXAndAStatementReadOutDenies() {
        Extraction x = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null,
                "[04:12] DANA OREN: The investigative site Mekomit Files says a Tel Aviv company called Shakedlabs built "
                        + "an AI system that helps the Israel Defense Forces sort calls.\n\n[04:31] TOM ASHBY: Right.\n\n"
                        + "[04:40] DANA OREN: And the company?\n\n[05:12] TOM ASHBY: Shakedlabs put out a statement. "
                        + "\"Shakedlabs has never developed, sold or supported any targeting system for the IDF.\" Its CEO, "
                        + "Yoav Mizrahi, denied the report."));
        List<String> persons = x.entities().stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::label).sorted().toList();
        assertTrue(persons.containsAll(List.of("Dana Oren", "Tom Ashby")), persons.toString());
        List<String> c = x.claims().stream().map(k -> k.type().localName() + " " + k.subject().id() + " -> " + k.object().id()).toList();
        assertTrue(c.contains("Allegation org-shakedlabs -> israel-defense-forces"), c.toString());
        assertEquals(1, c.stream().filter(k -> k.startsWith("Denial")).count(), c.toString());
    }

    @Test
    void aCourtRejectingAnArgumentDeniesNothingAndAJudgmentDeliveredIsNoDelivery() {
        List<String> c = claims("The Council of the European Union listed Volga Optic Trade Ltd in its sanctions package. "
                + "The company argued that it had never sold any product to the Russian armed forces. The General Court of "
                + "the European Union rejected that argument. In a separate judgment delivered the same day, the court "
                + "annulled the listing of Daugava Freight SIA, a Riga logistics company that the Council had accused of "
                + "transporting drone parts to Russia for the Wagner Group.");
        assertTrue(c.stream().noneMatch(x -> x.startsWith("Denial general-court-eu")), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.startsWith("Contract org-daugava-freight-sia")), c.toString());
        assertTrue(c.contains("Allegation org-daugava-freight-sia -> wagner-group by council-of-the-european-union"), c.toString());
    }

    @Test
    void aDealAboutToBeSignedIsNoneAndAnOrderWorthSomethingIsOne() {
        List<String> c = claims("NEC Corp denied a report that it was about to sign a contract for drone radios with the "
                + "Japan Ground Self-Defense Force. Hyderabad-based Zen Kinetics Systems rose 6% after saying the Indian "
                + "Ministry of Defence had ordered counter-drone jammers worth Rs 210 crore for the Indian Army.");
        assertTrue(c.stream().noneMatch(x -> x.startsWith("Contract nec")), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Contract org-zen-kinetics-systems")), c.toString());
    }

    @Test
    void aFrameworkAgreementForGoodsIsADealAndArrestsAndTheArmedForcesOfAStateAreNamed() {
        List<String> c = claims("In October the Armament Agency signed a framework agreement with South Korea's Hanwha "
                + "Aerospace for 96 K9 howitzers. A third newcomer is Gdynia start-up Baltyk Autonomous, which builds "
                + "small unmanned surface vessels. It does not yet have a contract. Instead, it has an agreement with the "
                + "Polish Navy to test three prototypes. In August, officers of the Internal Security Agency (ABW) "
                + "detained the owner of a Katowice electronics distributor, Slask Elektronika. According to the "
                + "prosecutors, the firm sold thermal cameras, through a company in Brest, to the armed forces of Belarus.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Contract hanwha-aerospace")), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.startsWith("Partnership hanwha-aerospace")), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Partnership org-baltyk-autonomous -> polish-navy")), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Investigation abw -> org-slask-elektronika")), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Allegation org-slask-elektronika -> belarusian-armed-forces")), c.toString());
    }

    @Test
    void aMilitaryIndustrialListNamesNoMilitaryAndASupplierOfThePlaIsAnAccusation() {
        List<String> c = claims("Huilong Vision Technology, a company from Hangzhou, installed cameras. Huilong Vision, in "
                + "my view and on the evidence I set out below, is a supplier of the People's Liberation Army. In 2021 the "
                + "US Treasury added Huilong's parent company, Zhejiang Huilong Holdings, to its list of Chinese "
                + "military-industrial complex companies. Huilong Vision's office said the company \"has no business "
                + "with the Chinese military\".");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Designation us-department-of-the-treasury -> org-zhejiang-huilong-holdings")), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.startsWith("Designation peoples-liberation-army")), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Allegation org-huilong-vision-technology -> peoples-liberation-army")), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Denial org-huilong-vision-technology")), c.toString());
    }

    @Test
    void aStateNamedInAPossessiveDescriptionSaysNothingButADecreesOwnerDoes() {
        Extraction x = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null,
                "The U.S. Commerce Department on Tuesday added six subsidiaries of Inspur Group, China's largest server "
                        + "maker, to its export blacklist, saying they were acting against U.S. national security interests."));
        Claim listing = x.claims().stream().filter(c -> c.type() == ClaimType.DESIGNATION).findFirst().orElseThrow();
        assertTrue(listing.claimant() == null || !listing.claimant().id().equals("china"), String.valueOf(listing.claimant()));
        List<String> c = claims("Kyiv's National Security and Defence Council imposed sanctions on Chengdu Tianyu UAV "
                + "Technology. The council's decree says the Chengdu company supplied engines for the Russian army's drones.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-chengdu-tianyu-uav-technology -> russian-armed-forces by nsdc-ukraine")), c.toString());
    }

    @Test
    void officialsOfAStateSpeakForIt() {
        assertTrue(claims("U.S. officials believe that SMIC has supplied chips to the People's Liberation Army.")
                .contains("Allegation smic -> peoples-liberation-army by united-states"));
    }

    @Test
    void aSpeakersDescriptionGivesNeitherClaimantNorParty() {
        List<String> c = claims("In a report published on Tuesday, the Tasman Strategy Institute, a think tank that "
                + "receives some funding from the Department of Defence, said Orrin Robotics had supplied survey drones to "
                + "units of the People's Liberation Army Ground Force.");
        assertTrue(c.contains("Allegation org-orrin-robotics -> pla-ground-force by org-tasman-strategy-institute"), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.contains("-> org-department-of-defence")), c.toString());
    }

    @Test
    void aRequestToListListsNobodyAndTheDesignationReferredToKeepsItsKeeper() {
        List<String> asked = claims("Four senators wrote to the commerce secretary urging the department to add Orrin "
                + "Robotics, a lidar maker, to the Entity List. The Treasury is weighing sanctioning Kestrel Optics Ltd.");
        assertTrue(asked.stream().noneMatch(k -> k.startsWith("Designation")), asked.toString());
        List<String> c = claims("The Defense Department added Orrin Robotics to its list of Chinese military companies in "
                + "2024. Orrin Robotics said it is neither owned nor controlled by the Chinese military and that the "
                + "designation had cost it contracts.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-defense -> org-orrin-robotics")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.contains("peoples-liberation-army")), c.toString());
    }

    @Test
    void firmsReferredToTogetherDenyAndAComplianceStatementAnswersOnlyAnAccusation() {
        List<String> c = claims("Ukrainian investigators said chips made by Orvane Systems and Kestrel Optics Ltd were "
                + "found in Russian drones. Both companies said they had stopped all sales to Russia in 2022.");
        assertTrue(c.contains("Allegation org-orvane-systems -> russian-armed-forces by org-ukrainian-investigators"), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial org-orvane-systems -> org-orvane-systems")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial org-kestrel-optics-ltd -> org-kestrel-optics-ltd")), c.toString());
        List<String> quiet = claims("The Army held a parade on Sunday. Pellucid Systems said it complies with all export "
                + "control laws.");
        assertTrue(quiet.stream().noneMatch(k -> k.startsWith("Denial")), quiet.toString());
    }

    @Test
    void aStatesGovernmentAndMilitaryAreBothNamed() {
        List<String> c = claims("Google and Amazon provide cloud computing services to the Israeli government and military "
                + "under the contract.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Contract google -> israel-defense-forces")), c.toString());
    }

    @Test
    void firmsOfAListingThatNamesNoneAreAmongThemOrAccusedByTheLister() {
        List<String> c = claims("The Commerce Department's Bureau of Industry and Security on Tuesday added 11 entities to "
                + "its Entity List. According to the rule, Orvane Systems shipped thermal cameras to Pelmor Avia, a Russian "
                + "company that BIS says assembles attack drones for the Russian Ministry of Defense. Four entities were "
                + "added for supporting the People's Liberation Army. Among them is Kestrel Optics Ltd, which runs a "
                + "test range in Hubei.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation bureau-of-industry-and-security -> org-orvane-systems")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation bureau-of-industry-and-security -> org-kestrel-optics-ltd")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-pelmor-avia -> russian-ministry-of-defence")), c.toString());
    }

    @Test
    void aListThatAlreadyIncludesFirmsAndASpokespersonOfTheirKind() {
        List<String> c = claims("The FCC added Orvane Systems to its Covered List. The Covered List was created under a "
                + "2019 law and already includes Huawei, ZTE and Hikvision, as well as Kaspersky Lab. Orvane Systems said "
                + "it was disappointed. \"We have no relationship with the PLA and have never supplied any military "
                + "customer,\" a company spokesperson said.");
        for (String firm : List.of("huawei", "zte", "hikvision", "kaspersky"))
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation fcc -> " + firm)), firm + " " + c);
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial org-orvane-systems -> org-orvane-systems")), c.toString());
    }

    @Test
    void anOpeningDescriptionNamesTheFirmOfTheNextSentenceAndAParticipleClauseIsTheSubjects() {
        List<String> c = claims("A Chinese satellite company sold images of Ukrainian air bases to Russian military "
                + "intelligence, according to a report by a Washington think tank. The Tasman Strategy Institute said it "
                + "had matched 41 images taken by satellites of Orrin Space Technology, a Changchun-based company.");
        assertTrue(c.contains("Allegation org-orrin-space-technology -> gru by org-tasman-strategy-institute"), c.toString());
        List<String> lawmakers = claims("Lidar makers face scrutiny. Lawmakers urged the Commerce Department to add "
                + "Pelmor, one of the largest makers of lidar sensors, to the Entity List, alleging that Pelmor is helping "
                + "the People's Liberation Army build autonomous weapons. Pelmor rejected the accusations.");
        assertTrue(lawmakers.stream().anyMatch(k -> k.startsWith("Allegation org-pelmor -> peoples-liberation-army")
                && !k.contains("us-department-of-commerce")), lawmakers.toString());
        assertTrue(lawmakers.stream().anyMatch(k -> k.startsWith("Denial org-pelmor -> org-pelmor")), lawmakers.toString());
        assertTrue(lawmakers.stream().noneMatch(k -> k.startsWith("Designation")), lawmakers.toString());
    }

    @Test
    void aSubordinateClauseKeepsItsOwnParties() {
        List<String> c = claims("Agents detained two executives of Orvane Systems suspected of exporting drone parts to the "
                + "Belarusian army in breach of European Union sanctions, as the Defence Ministry signed a new order for "
                + "loitering munitions.");
        assertTrue(c.stream().noneMatch(k -> k.contains("org-orvane-systems -> ministry") || k.contains("Designation")), c.toString());
    }

    @Test
    void aMilitaryUsingAFirmsCloudIsAnAccusationButSoftwareBuiltOnAFirmsModelsIsNot() {
        List<String> c = claims("Cloud scrutiny grows. The Israeli air force used language models running on Amazon's cloud "
                + "to draw up lists of buildings, according to an investigation by the Standard and the outlet Sikha Media. "
                + "AWS and Google provide cloud services to the Israeli air force and the rest of the military.");
        assertTrue(c.contains("Allegation amazon -> israeli-air-force by org-sikha-media"), c.toString());
        List<String> built = claims("Procurement records were studied. Units of the People's Liberation Army have bought "
                + "software built on DeepSeek's open-weight models from two small vendors, the study says.");
        assertTrue(built.stream().noneMatch(k -> k.contains("deepseek")), built.toString());
        List<String> none = claims("The British government sanctioned Orvane Systems. The embassy said London had \"provided "
                + "no evidence that the company had any link with the military\".");
        assertTrue(none.stream().noneMatch(k -> k.startsWith("Allegation")), none.toString());
    }

    @Test
    void prosecutorsSayingAfterSanctionsAreTheCitysProsecutorsAndTheLawyerSpeaksForTheMainFirm() {
        List<String> c = claims("TURIN - Police searched the offices of Orvane Systems on suspicion that the company sold "
                + "cameras to the Russian army in breach of European Union sanctions, prosecutors said. The Turin "
                + "prosecutor's office said Orvane Systems shipped camera cores to a Yerevan trading company, Arax Optics "
                + "Trade. Investigators found the cores in Russian drones. Orvane Systems has 90 employees. The company's "
                + "lawyer, Francesca Mollino, said it \"has never supplied, directly or indirectly, the Russian military\".");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-orvane-systems -> russian-armed-forces by org-turin-prosecutor")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial") && k.contains("-> org-orvane-systems")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.contains("arax") && k.startsWith("Denial")), c.toString());
    }

    @Test
    void aSiteThatAllegedAndPoliceThatBelieveAreClaimants() {
        List<String> c = claims("Orvane Systems was named in a report by the Israeli investigative site Ha'Ayin Files, "
                + "which alleged that the firm's cameras had been used by the IDF. Officers from the Nagano Prefectural "
                + "Police searched Kestrel Optics Ltd. The machine was later installed at an institute that works with "
                + "the People's Liberation Army Air Force, police believe, and Kestrel Optics Ltd supplied it.");
        assertTrue(c.contains("Allegation org-orvane-systems -> israel-defense-forces by org-ha-ayin-files"), c.toString());
        assertTrue(c.contains("Allegation org-kestrel-optics-ltd -> pla-air-force by org-nagano-prefectural-police"), c.toString());
    }

    @Test
    void theWriterOfAnOpinionPieceClaimsWhatTheyWriteInTheirOwnView() {
        List<String> c = claims("The ministry did not ask. Orvane Systems, in my view and on the evidence I set out below, is a "
                + "supplier of the People's Liberation Army. The writer, Amani Wekesa, is a security analyst.");
        assertTrue(c.contains("Allegation org-orvane-systems -> peoples-liberation-army by person-amani-wekesa"), c.toString());
    }

    @Test
    void aStateListsInThePassiveAndASupplyTheReceivingSideAnnouncesIsADeal() {
        List<String> c = claims("Markets were calm. Hikvision was blacklisted by the United States in 2019 over its "
                + "alleged ties to China's military. Israel's Defense Ministry selected Elbit Systems to supply the "
                + "Israeli Air Force with new munitions, the ministry said on Sunday.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation united-states -> hikvision")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Contract elbit-systems -> israeli-air-force")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Allegation elbit-systems")), c.toString());
    }

    @Test
    void partsFoundInAStatesWeaponsAccuseTheirMaker() {
        List<String> c = claims("Report. Ukraine's military intelligence agency said it had found parts made by the Dutch "
                + "chipmaker NXP in a downed Russian cruise missile. Russian forces have used drones containing components "
                + "from Western companies, including Texas Instruments, according to an analysis by Conflict Armament Research.");
        assertTrue(c.contains("Allegation nxp -> russian-armed-forces by hur"), c.toString());
        assertTrue(c.contains("Allegation texas-instruments -> russian-armed-forces by conflict-armament-research"), c.toString());
        assertTrue(claims("Chipmakers sued. Intel and Orvane Microdevices are accused in lawsuits of failing to stop their "
                + "chips from ending up in Russian weapons.").containsAll(List.of("Allegation intel -> russian-armed-forces",
                "Allegation org-orvane-microdevices -> russian-armed-forces")));
        assertTrue(claims("Drone sanctions. The U.S. Treasury imposed sanctions on Orvane Aircraft Engine Co. for its role in "
                + "supplying components for the Russian Garpiya drone series.").contains(
                "Allegation org-orvane-aircraft-engine-co -> russian-armed-forces by us-department-of-the-treasury"));
    }

    @Test
    void theReasonForAFineIsTheFiningBodysAccusation() {
        List<String> c = claims("Markets were calm. The Commerce Department's Bureau of Industry and Security fined Orvane "
                + "Systems $140 million for selling design software to the People's Liberation Army.");
        assertTrue(c.contains("Allegation org-orvane-systems -> peoples-liberation-army by bureau-of-industry-and-security"), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Contract")), c.toString());
    }

    @Test
    void sayingTheClaimsWereFalseDenies() {
        List<String> c = claims("Markets were calm. Drone maker Autel Robotics was accused by U.S. lawmakers of sharing data "
                + "with Beijing's military. Autel said the claims were false.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial autel-robotics -> autel-robotics")), c.toString());
    }

    @Test
    void aStatesEmbassyDefendsItsOwnFirm() {
        List<String> c = claims("A think tank said Hikvision had sold cameras to the Russian military. It also said Orvane "
                + "Systems was a front for the GRU. The spokesman for the Chinese embassy in Washington said the report was "
                + "\"a smear based on speculation\".");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial embassy-of-china-in-washington -> hikvision")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Denial embassy-of-china-in-washington -> org-orvane")), c.toString());
    }

    @Test
    void aFirmPickedToBuildForAMilitaryHasADeal() {
        List<String> c = claims("TOKYO -- Japan's Ministry of Defense has picked data center operator Sakura Internet to "
                + "build a dedicated cloud for the Self-Defense Forces, the company said on Monday.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Contract org-sakura-internet ->")), c.toString());
    }

    @Test
    void aWhileClauseHasItsOwnPartiesAndAThirdCompanyIsNotTheNextOneNamed() {
        List<String> c = claims("Report. According to the notice, the optics maker supplied lenses to the People's Liberation "
                + "Army Air Force, while Orvane Systems is accused of acting as a front for a research institute.");
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Allegation org-orvane-systems")), c.toString());
        Extraction x = EXTRACTOR.extract(new CleanedArticle("t.txt", null, null, null, null,
                "The ministry signed contracts with two Taiwanese manufacturers, as prosecutors searched the offices of a "
                        + "third company. The Armaments Bureau said it had awarded a contract to Yushan Drone Corp."));
        assertTrue(x.mentions().stream().noneMatch(m -> m.kind() == Mention.Kind.COREFERENCE
                && m.entity().label().startsWith("Yushan")), x.mentions().toString());
    }

    @Test
    void aFirmListedAsASupplierOfAMilitaryIsAccusedByItsLister() {
        List<String> c = claims("Markets were calm. Orvane Systems was placed under sanctions by the European Union in "
                + "February 2024 as a supplier of the Russian Ministry of Defence.");
        assertTrue(c.contains("Allegation org-orvane-systems -> russian-ministry-of-defence by european-union"), c.toString());
    }

    @Test
    void denyingBreakingTheLawAndCallingALetterASmearDeny() {
        List<String> c = claims("Markets were calm. Lawmakers alleged that Orvane Systems supplies lidar to the People's "
                + "Liberation Army. Orvane Systems denied breaking the law. The Chinese Embassy in Washington called the "
                + "letter \"a typical smear campaign.\" A report alleged that Kestrel Optics Ltd supplies the PLA. Kestrel "
                + "Optics Ltd said it has no knowledge of any such use.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial org-orvane-systems -> org-orvane-systems")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial embassy-of-china-in-washington -> org-orvane-systems")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial org-kestrel-optics-ltd -> org-kestrel-optics-ltd")), c.toString());
    }

    @Test
    void sanctionsAdoptedByABodyAgainstCompaniesIncludingAFirmList() {
        List<String> c = claims("Markets were calm. The president signed a decree putting into force sanctions adopted by "
                + "the National Security and Defense Council against 27 companies, including Zala Aero, the maker of the "
                + "Lancet loitering munition.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation nsdc-ukraine -> zala-aero")), c.toString());
    }

    @Test
    void aStateListsAfterADatelineAndTheArmyIsTheSentencesState() {
        List<String> c = claims("Markets were calm. WASHINGTON, March 25 - The United States added dozens of Chinese entities "
                + "to its export blacklist on Tuesday, including subsidiaries of Inspur Group and a unit of Sugon. "
                + "Separately, the Pentagon awarded Anduril Industries a contract to develop software for the Army's "
                + "command program.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation united-states -> inspur")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation united-states -> sugon")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.contains("anduril") && k.contains("peoples-liberation-army")), c.toString());
    }

    @Test
    void aParticipleIsSaidByTheSubjectPastAnOpeningPhrase() {
        List<String> c = claims("Markets were calm. On Tuesday, the U.S. Treasury sanctioned Orvane Systems, saying it had "
                + "supplied drones to the Russian army.");
        assertTrue(c.contains("Allegation org-orvane-systems -> russian-armed-forces by us-department-of-the-treasury"), c.toString());
    }

    @Test
    void documentsAnOutletObtainedShowWhatTheOutletClaims() {
        List<String> c = claims("Markets were calm. Documents obtained by The Intercept show that Kestrel Optics Ltd sold "
                + "thermal sights to the Israeli army.");
        assertTrue(c.contains("Allegation org-kestrel-optics-ltd -> israel-defense-forces by the-intercept"), c.toString());
    }

    @Test
    void usProsecutorsAreTheJusticeDepartment() {
        List<String> c = claims("Markets were calm. U.S. prosecutors allege that Pelmor Avia shipped engines to Iran's "
                + "Revolutionary Guards.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-pelmor-avia -> irgc by us-department-of-justice")), c.toString());
    }

    @Test
    void aSayerWhoCallsAFirmASupplierOfAMilitaryAccusesIt() {
        List<String> c = claims("Markets were calm. Senator Ruth Okafor said Pelmor Avia is a supplier to the People's "
                + "Liberation Army.");
        assertTrue(c.contains("Allegation org-pelmor-avia -> peoples-liberation-army by person-ruth-okafor"), c.toString());
    }

    @Test
    void aQuotationThatOpensInLowerCaseAfterAFirmHasTheFirmAsItsSubject() {
        List<String> c = claims("Markets were calm. Senator Ruth Okafor said Pelmor Avia \"has been selling engines to the "
                + "Russian military for years\".");
        assertTrue(c.contains("Allegation org-pelmor-avia -> russian-armed-forces by person-ruth-okafor"), c.toString());
        List<String> none = claims("Markets were calm. Senator Ruth Okafor praised Pelmor Avia. \"They have been selling "
                + "engines to the Russian military for years,\" she said.");
        assertTrue(none.stream().noneMatch(k -> k.startsWith("Allegation org-pelmor-avia")), none.toString());
    }

    @Test
    void goodsOrderedFromAFirmAndAMillionAgreementToBuildForAServiceAreDeals() {
        List<String> c = claims("Markets were calm. The Bundeswehr has ordered 500 reconnaissance drones from Pelmor Avia, "
                + "the company said. Orvane Systems said it would build counter-drone systems for the U.S. Marine Corps "
                + "under a new $200 million agreement.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Contract org-pelmor-avia -> bundeswehr")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Contract org-orvane-systems -> us-marine-corps")), c.toString());
    }

    @Test
    void aChiefExecutiveIntroducedByItsSpeaksForTheFirmNotTheMilitaryNamedLast() {
        List<String> c = claims("Markets were calm. U.S. officials allege Pelmor Avia shipped sensors to the Russian army. "
                + "Its chief executive, Li Wen, told reporters the allegations were \"completely false\".");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial org-pelmor-avia -> org-pelmor-avia")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Denial russian-armed-forces")), c.toString());
    }

    @Test
    void aBodysNamedDocumentAndARelativeClauseItSaysCarryTheBodysClaim() {
        List<String> c = claims("Markets were calm. The Commerce Department added Pelmor Avia to the Entity List. The "
                + "Commerce notice says Pelmor Avia supplied modules to the People's Liberation Army. The same notice also "
                + "names Orvane Systems, which it says supplied positioning boards for drones used by the PLA Navy.");
        assertTrue(c.contains("Allegation org-pelmor-avia -> peoples-liberation-army by us-department-of-commerce"), c.toString());
        assertTrue(c.contains("Allegation org-orvane-systems -> pla-navy by us-department-of-commerce"), c.toString());
    }

    @Test
    void aFirmsPartsInDronesAMilitaryFliesAccuseTheFirm() {
        List<String> c = claims("Markets were calm. A report by the Citizen Lab names Pelmor Avia and says its engines are "
                + "in drones flown by the Myanmar military.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-pelmor-avia -> tatmadaw")), c.toString());
    }

    @Test
    void aGovernmentSpokespersonsTurnInATranscriptDeniesForTheFirm() {
        List<String> c = claims("Transcript of the briefing.\n\nReporter: The Commerce Department says Pelmor Avia supplied "
                + "modules to the People's Liberation Army. Do you have a response?\n\nLin Jian: The company you mentioned "
                + "is an ordinary civilian enterprise. As far as I know it has never supplied products to any military unit.\n");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial china-ministry-of-foreign-affairs -> org-pelmor-avia")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Denial org-pelmor-avia")), c.toString());
    }

    @Test
    void theClaimsOfABodyThatListedAFirmAreThatBodysNotTheRejectersOnes() {
        List<String> c = claims("TEHRAN - The Foreign Ministry of the Islamic Republic on Monday rejected as baseless the "
                + "claims of the European Union, which put Pelmor Avia on its sanctions list and pretended that its engines "
                + "are being used by the Russian army in Ukraine.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-pelmor-avia -> russian-armed-forces by european-union")), c.toString());
    }

    @Test
    void aFewQuotedWordsThatNameNobodyAreTheWritersOwnSentence() {
        List<String> c = claims("Markets were calm. The European Union added Pelmor Avia to its sanctions list. The European "
                + "text further alleges that the company is \"associated with\" the Aerospace Force of the Islamic "
                + "Revolutionary Guard Corps.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-pelmor-avia -> irgc-aerospace-force by european-union")), c.toString());
    }

    @Test
    void aCooperativeResearchAgreementIsAPartnership() {
        List<String> c = claims("Markets were calm. Pelmor Avia and the Turkish Naval Forces have signed a cooperative "
                + "research agreement to develop navigation software.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Partnership org-pelmor-avia -> turkish-naval-forces")), c.toString());
    }

    @Test
    void aSourcesInitialsInBracketsAreNoPartyAndSaidThingsCarryTheFirmNamedBefore() {
        List<String> c = claims("Markets were calm. According to the Defence Intelligence of Ukraine (HUR), engines made by "
                + "Pelmor Avia were found in the wreckage of 30 drones. The HUR says the engines reach the Russian army's "
                + "drone plant through intermediaries.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-pelmor-avia -> russian-armed-forces by hur")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Allegation org-pelmor-avia -> hur")), c.toString());
    }

    @Test
    void aLawyerForTheCompanyNamedInAppositionDeniesForTheFirm() {
        List<String> c = claims("Markets were calm. The SBU said Pelmor Avia had sent radio parts to the Russian army. A "
                + "lawyer for the company, Andrii Lysenko, told reporters that his client \"never sold anything to Russia\".");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial person-andrii-lysenko -> org-pelmor-avia")), c.toString());
    }

    @Test
    void aPanelSaysInItsReportToAnotherBodyThatAFirmDeliveredDrones() {
        List<String> c = claims("Markets were calm. The United Nations Panel of Experts on Sudan, in its report to the "
                + "Security Council this month, says that a company registered in the Ajman free zone, Falcon Ridge Aviation "
                + "Services, delivered at least 14 attack drones to the Rapid Support Forces.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-falcon-ridge-aviation-services -> rapid-support-forces "
                + "by org-united-nations-panel-of-experts-on-sudan")), c.toString());
    }

    @Test
    void aFirmsOwnBrochureMakesADealNotAnAllegation() {
        List<String> c = claims("Markets were calm. Pelmor Avia has previously sold drones to the Nigerian Army, according "
                + "to the company's own brochure.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Contract org-pelmor-avia -> nigerian-army")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Allegation")), c.toString());
    }

    @Test
    void sharesOfAFirmAreTheFirmAndALicenceThatIsDeniedDeniesNothing() {
        List<String> c = claims("Markets were calm. Shares of Pelmor Avia Technology fell 20 per cent a day after the US "
                + "Commerce Department added the drone maker to its Entity List. Being on the Entity List means US "
                + "suppliers need a licence, which is usually denied, to sell the company any goods. The rule also accuses "
                + "a Pelmor subsidiary, Xi'an Pelmor Power, of selling engines to the PLA Air Force.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-commerce -> org-pelmor-avia-technology")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-xi-an-pelmor-power -> pla-air-force")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Denial")), c.toString());
    }

    @Test
    void theFirmsAListingDocumentGoesOnToNameAreListedByItsBody() {
        List<String> c = claims("Markets were calm. The Council of the EU on Monday added Pelmor Avia to its sanctions list. "
                + "The act also lists Istanbul-based Deniz Optronik and a Dubai trading company, Sahara Horizon General "
                + "Trading, which it says acted as intermediaries for Orvane Systems. The bloc's 20th package of Russia "
                + "sanctions added three Chinese electronics distributors.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation council-of-the-european-union -> org-deniz-optronik")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation council-of-the-european-union -> org-sahara-horizon-general-trading")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Designation council-of-the-european-union -> org-orvane-systems")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Designation russia")), c.toString());
    }

    @Test
    void notDoingBusinessWithAMilitaryDeniesAndARetailerNamesAFirm() {
        List<String> c = claims("Markets were calm. Ukraine's military intelligence agency named a Moscow electronics "
                + "retailer, Tekhnosnab-Orbita, which had sold terminals to Russian military units. SpaceX said that it "
                + "\"does not do business of any kind with the Russian government or its military\".");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial spacex -> spacex")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.contains("org-tekhnosnab-orbita -> russian-armed-forces")), c.toString());
    }

    @Test
    void aBodyThatQualifiesAPluralNounIsNoParty() {
        List<String> c = claims("Markets were calm. Pelmor Avia said it sells its products only to law enforcement agencies "
                + "in EU and NATO countries.");
        assertTrue(c.stream().noneMatch(k -> k.contains("-> nato")), c.toString());
    }

    @Test
    void theContractingActivityOfAPentagonAnnouncementAndAnOrderPlacedWithAFirmAreDeals() {
        List<String> c = claims("Army. Redline Aerosystems of Huntsville, Alabama, was awarded a $214 million firm-fixed-price "
                + "contract for interceptors. Army Contracting Command at Redstone Arsenal is the contracting activity. The "
                + "Air Force Life Cycle Management Center placed a $27 million order with Brightfield Energy Storage for "
                + "battery trailers. Space Systems Command awarded Orbital Loom Software of Colorado Springs a $143 million "
                + "contract.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Contract org-redline-aerosystems -> army-contracting-command")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Contract org-brightfield-energy-storage -> air-force-life-cycle-management-center")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Contract org-orbital-loom-software -> space-systems-command")), c.toString());
    }

    @Test
    void companiesAddedInEarlierYearsAreListedAndNotEngagingInMilitaryBusinessDenies() {
        List<String> c = claims("Markets were calm. The Pentagon on Thursday added Pelmor Avia to its list of Chinese military "
                + "companies. The Pentagon in previous years added companies including drone maker DJI and battery maker "
                + "CATL. CATL has said it does not engage in any military-related business.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-defense -> dji")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-defense -> catl")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial catl -> catl")), c.toString());
    }

    @Test
    void initialsInBracketsAndTheGroupsReportNameTheClaimant() {
        List<String> c = claims("Markets were calm. Estonia's Internal Security Service (KAPO) said it had detained the owner "
                + "of Pelmor Avia. According to KAPO, some of the parts Pelmor Avia shipped reached the Russian Armed Forces.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-pelmor-avia -> russian-armed-forces by "
                + "org-estonia-s-internal-security-service")), c.toString());
        List<String> d = claims("Markets were calm. Sentinel Arms Monitor, a London research group, said its investigators "
                + "examined the wreckage. The Alaz-2 is made by Orvane Systems, an Ankara company. According to the group's "
                + "report, serial numbers match a batch that Orvane Systems shipped, and the weapons were used by the "
                + "Sudanese Armed Forces.");
        assertTrue(d.stream().anyMatch(k -> k.startsWith("Allegation org-orvane-systems -> sudanese-armed-forces by "
                + "org-sentinel-arms-monitor")), d.toString());
    }

    @Test
    void thePanelThatNotesReportsAndTheSameInvestigationThatReportsAreTheirSources() {
        List<String> c = claims("Markets were calm. The United Nations Panel of Experts on Sudan published a report. The panel "
                + "notes reports that Iran's Qods Aviation Industries supplied drones to the Sudanese Armed Forces.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation qods-aviation-industries -> sudanese-armed-forces by "
                + "org-united-nations-panel-of-experts-on-sudan")), c.toString());
        List<String> d = claims("Markets were calm. According to an investigation published in July by the outlet Baltijos "
                + "Tyrimai, cores made by Pelmor Avia were found in Russian drones. The same investigation reports that the "
                + "cores were sold to the Russian army through a distributor, Vltava Optronics s.r.o.");
        assertTrue(d.stream().anyMatch(k -> k.startsWith("Allegation org-vltava-optronics-s-r-o -> russian-armed-forces by "
                + "org-baltijos-tyrimai")), d.toString());
    }

    @Test
    void accordingToTheResearchersIsTheirInstitute() {
        List<String> c = claims("Markets were calm. The Institute for Strategic Technology Assessment said Pelmor Avia sold "
                + "software to the People's Liberation Army. According to the researchers, Orvane Systems has worked with "
                + "the People's Liberation Army for longer than its website suggests.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-orvane-systems -> peoples-liberation-army by "
                + "org-institute-for-strategic-technology-assessment")), c.toString());
    }

    @Test
    void anUnsourcedAllegationIsTheAccusationOfTheBodyThatListedTheFirm() {
        List<String> c = claims("Markets were calm. The Commerce Department added Pelmor Avia to the Entity List on Tuesday. "
                + "Pelmor Avia allegedly shipped gyroscopes to the Russian army through a trader in Dubai.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-pelmor-avia -> russian-armed-forces by "
                + "us-department-of-commerce")), c.toString());
    }

    @Test
    void aFirmThatSuppliesAFirmTiedToAMilitaryIsAccusedThroughItButNotWhenItDidNotSell() {
        List<String> c = claims("Markets were calm. According to Treasury, Pelmor Avia shipped microelectronics to Moscow-based "
                + "OOO Radiotekh-Ural. Treasury says Radiotekh-Ural is a supplier of electronic warfare systems to the "
                + "Russian Ministry of Defence. Orvane Systems said it had not sold any products to Radiotekh-Ural.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-pelmor-avia -> russian-ministry-of-defence by "
                + "us-department-of-the-treasury")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Allegation org-orvane-systems")), c.toString());
    }

    @Test
    void runningSimulationsForAMilitaryIsAidWhenABodySaysSo() {
        List<String> c = claims("Markets were calm. BIS said Pelmor Avia had run simulations of hypersonic glide vehicles "
                + "for the PLA Rocket Force.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-pelmor-avia -> pla-rocket-force by "
                + "bureau-of-industry-and-security")), c.toString());
    }

    @Test
    void theHouthisAreAnArmedForceAndAClauseAfterAPlaceIsNoDescriptionOfAFirm() {
        List<String> c = claims("Markets were calm. In April the US State Department accused Pelmor Avia of \"directly "
                + "supporting\" Houthi attacks on commercial ships in the Red Sea, a charge the company did not address.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-pelmor-avia -> houthis by us-department-of-state")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.contains("red-sea")), c.toString());
    }

    @Test
    void aFirmsMadePartsThatTurnedUpInAMilitarysDronesAccuseTheFirm() {
        List<String> c = claims("Markets were calm. Vayuketu Aerospace, a Pune drone maker, won an order. A report by the "
                + "monitoring group Salween Watch claimed that Vayuketu-made parts had turned up in drones used by Myanmar's "
                + "military.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-vayuketu-aerospace -> tatmadaw by org-salween-watch")), c.toString());
    }

    @Test
    void callingADecisionUnfoundedDisagreeingAndNoTiesWhatsoeverDeny() {
        String accusation = "Markets were calm. The Commerce Department said Pelmor Avia had supplied radar parts to the "
                + "People's Liberation Army. ";
        for (String reply : List.of("Pelmor Avia called the decision \"unfounded\" and said it would appeal.",
                "In a statement, Pelmor Avia said it \"strongly disagrees\" with the designation.",
                "Pelmor Avia said the accusations were \"without merit\".",
                "Pelmor Avia's chief executive, Lin Hao, said the firm \"has no ties whatsoever to the PLA\".",
                "Pelmor Avia said the designation was \"a mistake\" that would be corrected.")) {
            List<String> c = claims(accusation + reply);
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial ") && k.contains("-> org-pelmor-avia")), reply + " " + c);
        }
    }

    @Test
    void blacklistedByACapitalListsAndTheFirmBeforeTheAsideDenies() {
        List<String> c = claims("Markets were calm. Pelmor Avia, blacklisted by Washington in 2021, denied the claims. "
                + "Orvane Systems is being investigated by German customs over shipments to Russia.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation united-states -> org-pelmor-avia")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial org-pelmor-avia -> org-pelmor-avia")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Investigation org-german-customs -> org-orvane-systems")), c.toString());
    }

    @Test
    void aBareMinistryOfDefenceIsTheMinistryOfTheStoryState() {
        List<String> c = claims("LONDON - The British Army needs new simulators, and the UK is paying. The Ministry of "
                + "Defence awarded Pelmor Avia a contract for 200 simulators.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Contract org-pelmor-avia -> uk-ministry-of-defence")), c.toString());
    }

    @Test
    void sellingKnowinglyToFrontCompaniesOfAMilitaryIsAnAccusation() {
        List<String> c = claims("Markets were calm. Investigators say Pelmor Avia knowingly sold equipment to front companies "
                + "working for the Russian military.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-pelmor-avia -> russian-armed-forces")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Contract")), c.toString());
    }

    @Test
    void whatProsecutorsSayAFirmShippedToAMilitaryIsReported() {
        List<String> c = claims("NEW YORK - Federal prosecutors in Brooklyn said Pelmor Avia shipped gyroscopes to the "
                + "Russian military.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-pelmor-avia -> russian-armed-forces")), c.toString());
    }

    @Test
    void aFirmsOfficerNamedInTheListingIsListedTooButNotTheOneWhoAnnounces() {
        List<String> c = claims("WASHINGTON - The Treasury Department added Pelmor Avia to its sanctions list, along with "
                + "its director, Kemal Yurt. Treasury Secretary Janet Orwell said the listing sends a message. "
                + "The latest round also includes Orvane Systems and its general director, Pavel Orlov, who were designated "
                + "for operating in Russia's defence sector.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-the-treasury -> person-kemal-yurt")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-the-treasury -> person-pavel-orlov")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.contains("-> person-janet-orwell")), c.toString());
    }

    @Test
    void aRelativeClausePronounSayingStandsForTheBodyThatOpensTheSentence() {
        List<String> c = claims("WASHINGTON - Treasury also sanctioned Pelmor Avia, a trader that it said ships drone engines "
                + "to the Russian military.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-pelmor-avia -> russian-armed-forces by us-department-of-the-treasury")),
                c.toString());
    }

    @Test
    void aPassiveDenialNamesItsDenierAfterBy() {
        List<String> c = claims("WASHINGTON - A Pentagon memo says Pelmor Avia gave the People's Liberation Army access to "
                + "user data. The allegations were denied by Pelmor Avia, which called them baseless.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial org-pelmor-avia -> org-pelmor-avia")), c.toString());
    }

    @Test
    void unnamedOfficialsAndPeopleFamiliarReportAnAllegationWithoutCarryingAnEarlierSource() {
        List<String> c = claims("WASHINGTON - US lawmakers accused Orvane Systems of helping the PLA. Officials familiar with "
                + "the matter say Pelmor Avia supplied batteries to the PLA Navy. Kestrel Dynamics is suspected of sharing "
                + "chip designs with the Chinese military, according to two people briefed on the probe.");
        assertTrue(c.contains("Allegation org-pelmor-avia -> pla-navy"), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.equals("Allegation org-kestrel-dynamics -> peoples-liberation-army")), c.toString());
    }

    @Test
    void aListingThatNamesNoFirmStillNamesTheBodyOfTheListingsAfterIt() {
        List<String> c = claims("BRUSSELS - The European Union on Wednesday adopted its 21st package of sanctions against "
                + "Russia, adding 38 companies in China and India. Two Turkish firms, Anadolu Elektronik Dağıtım and "
                + "Kapadokya Makine, were listed for selling machine tools to Russian arms factories. The act says a Hong "
                + "Kong intermediary, Victory Harbour Trading, which was also listed, paid for the goods.");
        for (String firm : List.of("org-anadolu-elektronik-dagitim", "org-kapadokya-makine", "org-victory-harbour-trading"))
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation european-union -> " + firm)), firm + " " + c);
    }

    @Test
    void theArticlesFirstListKeepsFirmsAddedLongAfter() {
        List<String> c = claims("WASHINGTON - The U.S. Defense Department has added Baidu to a list of companies it says "
                + "work with China's military. Shares fell. Investors were nervous. Analysts were calm. Traders sold. "
                + "Markets closed lower. Volumes were thin. Inclusion on the list has led to lawsuits. Battery maker CATL "
                + "and gaming company Tencent, both added in January 2025, said the listing was a mistake. Xiaomi won a "
                + "court ruling against the Pentagon in 2021.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-defense -> catl")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-defense -> tencent")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Contract xiaomi")), c.toString());
    }

    @Test
    void aUnitNamedAfterItsForceIsTheUnitAndAPossessiveDocumentDescribesForItsOwner() {
        List<String> c = claims("WASHINGTON - Markets were calm. Treasury's press release describes Pelmor Avia as a front "
                + "company that has carried out hacking operations on behalf of the Islamic Revolutionary Guard Corps "
                + "Cyber-Electronic Command.");
        assertTrue(c.contains("Allegation org-pelmor-avia -> irgc-cyber-electronic-command by us-department-of-the-treasury"), c.toString());
    }

    @Test
    void newWaysOfTellingAidContractsAndPartnerships() {
        List<String> c = claims("CANBERRA - Markets were calm. Investigators say Pelmor Avia taught PLA pilots to fight Western "
                + "jets. In July the CDAO gave agreements worth up to $200 million each to OpenAI and Anthropic. The Royal "
                + "Navy ran trials with Orvane Systems' radar. A former pilot with the Royal Australian Air Force, Jane "
                + "Doe, runs Kestrel Dynamics.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-pelmor-avia -> peoples-liberation-army")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Contract openai -> cdao")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Contract anthropic -> cdao")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Partnership org-orvane-systems -> royal-navy")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.contains("kestrel")), c.toString());
    }

    @Test
    void theReasonForAnInvestigationOrABanIsTheBodysAccusation() {
        List<String> c = claims("WASHINGTON - Markets were calm. Pelmor Avia is under investigation by the Commerce Department "
                + "for selling parts to the PLA. Japan's trade ministry barred exports to Orvane Systems, citing its work "
                + "for the Chinese military.");
        assertTrue(c.contains("Allegation org-pelmor-avia -> peoples-liberation-army by us-department-of-commerce"), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-orvane-systems -> peoples-liberation-army by ")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Contract")), c.toString());
    }

    @Test
    void aSanctionsCommissionerAskingOthersToSanctionListsNobody() {
        List<String> c = claims("KYIV - Ukraine's sanctions commissioner Olena Marchenko said Kyiv would ask the United States "
                + "and the European Union to sanction Al Qamar Satcom and Steppe Orbit Trade.");
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Designation")), c.toString());
    }

    @Test
    void deniesTheWaysFirmsAndTheirOfficersPutIt() {
        String accusation = "WASHINGTON - A Pentagon report says Pelmor Avia supplied drone engines to the People's "
                + "Liberation Army. ";
        for (String reply : List.of(
                "Pelmor Avia's chief executive, Li Wen, said the firm had never sold engines to the military.",
                "A spokeswoman for Pelmor Avia said the company \"does not have any business relationship with the PLA\".",
                "The Chinese foreign ministry said the report was \"full of lies\".")) {
            List<String> c = claims(accusation + reply);
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial ") && k.contains("-> org-pelmor-avia")), reply + " " + c);
        }
    }

    @Test
    void ordersWithLongGoodsWorkingWithAMilitaryToTestAndAnOwnersUnit() {
        List<String> c = claims("BERLIN - Markets were calm. The Bundeswehr ordered 12 more Heron TP drones from Israel "
                + "Aerospace Industries. Scale AI is working with the Pentagon's Chief Digital and AI Office to test large "
                + "language models.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Contract israel-aerospace-industries -> bundeswehr")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Partnership scale-ai -> cdao")), c.toString());
    }

    @Test
    void aDatelineCityPlacesTheStorysBareServiceNames() {
        List<String> c = claims("WASHINGTON - Markets were calm. The Air Force has tapped SpaceX to launch four GPS satellites "
                + "in a $300 million deal.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Contract spacex -> us-air-force")), c.toString());
    }

    @Test
    void anArmedForceKeepsNoList() {
        List<String> c = claims("WASHINGTON - Markets were calm. Both Hikvision and Dahua are on the Pentagon's list of "
                + "companies it says work with China's military, and their equipment was added to a list of gear deemed "
                + "a national security threat in 2021.");
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Designation peoples-liberation-army")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-defense -> hikvision")), c.toString());
    }

    @Test
    void aQuotedPredicateAfterTheVerbAndOfficialsOfAStateAfterAccordingTo() {
        List<String> c = claims("WASHINGTON - Markets were calm. The Pentagon said Pelmor Avia was \"a key supplier to the "
                + "PLA\". Orvane Systems' drones have been used by the Russian army, according to Ukrainian officials.");
        assertTrue(c.contains("Allegation org-pelmor-avia -> peoples-liberation-army by us-department-of-defense"), c.toString());
        assertTrue(c.contains("Allegation org-orvane-systems -> russian-armed-forces by ukraine"), c.toString());
    }

    @Test
    void aSecurityFirmsResearchersAreItsClaimAndNotItsParty() {
        List<String> c = claims("WASHINGTON - Markets were calm. Mandiant researchers said they assess \"with moderate "
                + "confidence\" that Pelmor Avia works on tasking from the PLA Information Support Force. The largest "
                + "order went to Helsing, the Munich company, for strike drones for the German Army.");
        assertTrue(c.contains("Allegation org-pelmor-avia -> pla-information-support-force by mandiant"), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Allegation mandiant")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Contract helsing -> german-army")), c.toString());
    }

    @Test
    void firmsAmongThoseListedOrTargetedForAReason() {
        String opening = "WASHINGTON - The Commerce Department on Tuesday added 23 Chinese entities to its Entity List. ";
        List<String> c = claims(opening + "Pelmor Avia and Orvane Systems were among the companies named.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-commerce -> org-pelmor-avia")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-commerce -> org-orvane-systems")), c.toString());
        c = claims(opening + "Kestrel Dynamics was targeted for supplying the PLA with drone engines.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-commerce -> org-kestrel-dynamics")), c.toString());
        assertTrue(c.contains("Allegation org-kestrel-dynamics -> peoples-liberation-army by us-department-of-commerce"), c.toString());
    }

    @Test
    void firmsNamedAlongWithAListedFirmAreListedToo() {
        List<String> c = claims("WASHINGTON - The Pentagon updated its list of Chinese military companies on Monday. Orvane "
                + "Semiconductor is named a 'military company' along with AI firms Pelmor Vision and Kestrel Dynamics.");
        for (String firm : List.of("org-orvane-semiconductor", "org-pelmor-vision", "org-kestrel-dynamics"))
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-defense -> " + firm)), c.toString());
    }

    @Test
    void aNewAdditionToTheListIsListedAndCallingTheListingAMistakeDeniesIt() {
        List<String> c = claims("WASHINGTON - The Pentagon added Pelmor Systems and Orvane Dynamics to its list of Chinese "
                + "military companies. A third new addition to the Pentagon list is Kestrel Shipping Corp., a carrier. "
                + "Pelmor Systems makes batteries for cars sold in Europe. Both companies called the listing, which "
                + "bars those named from Pentagon contracts, a mistake.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-defense -> org-kestrel-shipping-corp")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial org-pelmor-systems -> org-pelmor-systems")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial org-orvane-dynamics -> org-orvane-dynamics")), c.toString());
    }

    @Test
    void aListThatOpensAnEnumerationListsEveryItemAfterIt() {
        List<String> c = claims("WASHINGTON - The Commerce Department added 30 entities to its Entity List on Tuesday. The "
                + "newly added Chinese entities include the Hefei Institute of Quantum Science, the Laboratory of Cold Atoms "
                + "at the Wuhan Academy of Physics, Orvane Quantum, and Pelmor Photonics. Another newly added entity is "
                + "the Singapore-based company Kestrel Dynamics.");
        for (String listed : List.of("org-hefei-institute-of-quantum-science", "org-orvane-quantum", "org-pelmor-photonics",
                "org-kestrel-dynamics"))
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-commerce -> " + listed)), c.toString());
    }

    @Test
    void aFirmDeniesItsListingEvenWhenTheListsOwnerIsNamedInBetween() {
        List<String> c = claims("WASHINGTON - Markets were calm. Pelmor Systems is trying to get off the Defense "
                + "Department's list of Chinese military companies, since it believes its listing was a mistake, a company "
                + "spokesperson said. The firm buys parts from the Orvane Corps, a sanctioned paramilitary entity.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial org-pelmor-systems -> org-pelmor-systems")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Denial us-department-of-defense")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Allegation org-pelmor-systems -> peoples-liberation-army")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.contains("-> org-pelmor-systems") && k.startsWith("Designation org-orvane")), c.toString());
    }

    @Test
    void theOutletAnArticleCitesIsTheSourceOfUnsourcedClaimsAndTheCompaniesDenyTogether() {
        List<String> c = claims("WASHINGTON - Pelmor Semiconductor and Orvane Devices chips reportedly reach Russian military "
                + "units. Pelmor Semiconductor and Orvane Devices are major suppliers linked to the issue, according to a news "
                + "report by Bloomberg. Shipments rose in 2023, the report said.\nThe companies said they didn't sell the "
                + "chips to the Hong Kong traders, and both ceased doing business with Russia in 2022.");
        assertTrue(c.contains("Allegation org-pelmor-semiconductor -> russian-armed-forces by bloomberg-news"), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial org-pelmor-semiconductor -> org-pelmor-semiconductor")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial org-orvane-devices -> org-orvane-devices")), c.toString());
    }

    @Test
    void firmsNamedAfterACountedSanctionAreTheOnesSanctionedButNotTheirCounterparties() {
        List<String> c = claims("WASHINGTON - The United States imposed sanctions on five companies based in Hong Kong and "
                + "China. The U.S. Treasury Department said these companies bought drone parts for Iran's sanctioned firm "
                + "Pelmor Aviation Industries and its subsidiary Orvane Aero. According to the Treasury, Hong Kong-based "
                + "Kestrel Trade Limited and Tianle Electronics Co Limited have provided engines. Three additional "
                + "firms\u2014Brightpath Develop Industry Hong Kong Limited, Shenzhen Xunda Trade Co Ltd, and JP Eastern "
                + "International Holdings Limited\u2014are accused of shipping test equipment to Iran.");
        for (String listed : List.of("org-kestrel-trade-limited", "org-tianle-electronics-co-limited",
                "org-brightpath-develop-industry-hong-kong-limited", "org-shenzhen-xunda-trade-co-ltd",
                "org-jp-eastern-international-holdings-limited"))
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-the-treasury -> " + listed)), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Designation us-department-of-the-treasury -> org-orvane-aero")), c.toString());
    }

    @Test
    void aSharedInitialismAndABareDefenceMinistryAreTheArticleStatesAndAnAgreementWithAPriceIsAContract() {
        List<String> c = claims("NEW DELHI - The ministry of defence (MoD) on Friday signed a contract with Pelmor Aero Ltd "
                + "for 60 helicopters for the Indian Air Force. The Indian Army will get the rest, the MoD said, and the "
                + "Indian Navy will follow. India plans more orders.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Contract org-pelmor-aero-ltd -> india-ministry-of-defence")
                || k.startsWith("Contract org-pelmor-aero-ltd -> indian-air-force")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.contains("uk-ministry-of-defence")), c.toString());
        c = claims("JERUSALEM - The Defense Ministry signed two agreements with Orvane Systems on Tuesday, totaling about "
                + "NIS 1 billion, to strengthen the IDF's supply of munitions.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Contract org-orvane-systems -> israel-ministry-of-defense")), c.toString());
    }

    @Test
    void aCollaborationWithAnOutletIsNoPartnershipOfTheFirmItReportsOn() {
        List<String> c = claims("LONDON - A Guardian investigation, in collaboration with +972 Magazine and Local Call, has "
                + "revealed that the Israeli military's Unit 8200 is using Orvane Cloud's storage platform for a vast "
                + "surveillance project.");
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Partnership")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-orvane-cloud -> unit-8200")), c.toString());
    }

    @Test
    void lawmakersSeekingAListingOrAskingWhetherAFirmShouldBeAddedListNobody() {
        List<String> c = claims("WASHINGTON - Lawmakers seek to blacklist Pelmor Wireless over military ties. Pelmor Wireless is "
                + "a key supplier for numerous firms that the Department of Defence has already listed as Chinese military "
                + "companies, the lawmakers said. Their letter asked whether Pelmor Wireless should be added to a list of "
                + "military-linked companies. \"There is no basis to add Pelmor Wireless to any US government list,\" its "
                + "president said.");
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Designation")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Allegation org-pelmor-wireless -> us-department-of-defense")), c.toString());
    }

    @Test
    void aPartyTheTextSaysAFirmHasNothingToDoWithOrIsNotInvolvedWithIsNoParty() {
        List<String> c = claims("WASHINGTON - Orvane Modules, whose parts connect meters to mobile networks, insisted it has "
                + "nothing to do with the armed forces of any country. Pelmor Labs will help build the headsets, a deal that "
                + "does not involve Pelmor Labs in any Army contract directly.");
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Contract")), c.toString());
    }

    @Test
    void aBodyOpposingSanctionsListsNobodyAndTheStateThatAnnouncedThemDoes() {
        List<String> c = claims("LONDON - China accused Britain of breaking the law after the UK announced new sanctions on "
                + "drone suppliers.\nChina's embassy said it firmly opposes the sanctions.\nThe UK's sanctions targeted 31 "
                + "people and entities linked to drone parts.\nTwo Chinese entities, Pelmor Links Limited and Orvane Electronics Co., Limited, "
                + "were targeted for supplying sanctioned goods.");
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Designation embassy")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation united-kingdom -> org-orvane-electronics-co-limited")), c.toString());
    }

    @Test
    void aListOfCountedCompaniesKeptByADefenceMinistryNamesThoseItIncludes() {
        List<String> c = claims("WASHINGTON - Pentagon spokesman Jonathan Hale said they have the list of 20 companies that "
                + "the Chinese military allegedly owns or controls. These include Pelmor Technologies and Orvane Digital "
                + "Technology.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-defense -> org-pelmor-technologies")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-defense -> org-orvane-digital-technology")), c.toString());
    }

    @Test
    void aFirmKnownByASecondNameIsOneFirmAndTargetedFirmsIncludeEveryItem() {
        List<String> c = claims("WASHINGTON - The US Treasury Department on Thursday designated China-based Hunan Orvane Space "
                + "Science and Technology Research Institute Co. LTD, known as Orvane China, accusing it of providing radar "
                + "imagery to the Wagner Group. Orvane China did not respond.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-the-treasury -> "
                + "org-hunan-orvane-space-science-and-technology-research-institute-co-ltd")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.contains("org-orvane-china")), c.toString());
        c = claims("TOKYO - Japan imposed trade curbs on firms supporting Russia's war, the foreign ministry said. Targeted "
                + "firms include Hong Kong-based Pelmor Links Ltd, which provided microchips for drones, and China-based "
                + "Kestrel Electronics Limited.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation japan -> org-kestrel-electronics-limited")
                || k.startsWith("Designation japan-ministry-of-foreign-affairs -> org-kestrel-electronics-limited")), c.toString());
    }

    @Test
    void aPanelSeekingDocumentsFromFirmsInvestigatesThem() {
        List<String> c = claims("WASHINGTON - The Senate Permanent Subcommittee on Investigations will hold a hearing on chips "
                + "in Russian weapons. The panel has sought information and documents from two chip makers - Pelmor "
                + "Semiconductor and Orvane Devices, it added.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Investigation org-senate-permanent-subcommittee-on-investigations "
                + "-> org-pelmor-semiconductor")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Investigation org-senate-permanent-subcommittee-on-investigations "
                + "-> org-orvane-devices")), c.toString());
    }

    @Test
    void theFirmARelativeClauseDescribesDeniesNotTheStateNamedInsideIt() {
        List<String> c = claims("NEW DELHI - Washington sanctioned Pelmor Avia PLC in November. The Russian company, Pelmor "
                + "Avia PLC, which has been accused of violating US sanctions on the supply of weapons parts, has denied any "
                + "wrongdoing, its office said.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial org-pelmor-avia-plc -> org-pelmor-avia-plc")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Denial united-states")), c.toString());
    }

    @Test
    void theStatesBodyThatTellsOfASanctionListsTheFirmsAColonEnumerates() {
        List<String> c = claims("WASHINGTON - The United States imposed sanctions on three Chinese and Hong Kong-based entities "
                + "that allegedly helped buy drone parts for Iran, the U.S. Treasury Department said on Feb. 26.\nThe three "
                + "sanctioned companies are: Pelmor Industrial Technology Co Limited, Orvane Trade Limited, and China-based "
                + "Shenzhen Kestrel International Trade Co Ltd.");
        for (String listed : List.of("org-pelmor-industrial-technology-co-limited", "org-orvane-trade-limited",
                "org-shenzhen-kestrel-international-trade-co-ltd"))
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-the-treasury -> " + listed)), c.toString());
    }

    @Test
    void aKnownFirmsCorporateWordAndASpelledApartNameKeepAListTogether() {
        List<String> c = claims("WASHINGTON - Eight technology companies have been added to the Entity List, counting Dahua, "
                + "Sense Time, Yitu Technologies, and Orvane Science and Technology Co. Ltd., the Commerce Department said.");
        for (String listed : List.of("dahua-technology", "sensetime", "yitu", "org-orvane-science-and-technology-co-ltd"))
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-commerce -> " + listed)), c.toString());
    }

    @Test
    void theAuthorOfCitedFindingsIsNoPartyAndDocumentsWithoutADeterminerCiteTheirAuthor() {
        List<String> c = claims("HONG KONG - The Pentagon listed Pelmor Vision last year. According to public documents and "
                + "online materials found by Orvane Research Institute, Pelmor Vision sold drones to the Chinese air force.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-pelmor-vision -> pla-air-force by org-orvane-research-institute")),
                c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Allegation org-orvane")), c.toString());
    }

    @Test
    void puttingExportRestrictionsOnAFirmListsIt() {
        List<String> c = claims("WASHINGTON - The US Commerce Department will put export restrictions on Chinese equipment "
                + "vendor Pelmor Telecom for allegedly shipping US parts to Iran, officials said.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-commerce -> org-pelmor-telecom")), c.toString());
    }

    @Test
    void prosecutorsChargingPeopleInvestigateThemButNotTheOfficialsOrPeopleFurtherOn() {
        List<String> c = claims("WASHINGTON - The Justice Department under Attorney General Dana Whitlock unsealed an "
                + "indictment charging 52-year-old Iranian Kaveh Moradzadeh Tabrizi and 41-year-old Orvan Leck for buying drone "
                + "parts.\nThe indictment comes amid friction over the jailing of dissident writer Pelle Marvik in Tehran.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Investigation us-department-of-justice -> person-kaveh-moradzadeh-tabrizi")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Investigation us-department-of-justice -> person-orvan-leck")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.contains("dana-whitlock") || k.contains("pelle-marvik")), c.toString());
    }

    @Test
    void peopleNamedWithTheirAgesAreChargedTogether() {
        List<String> c = claims("CHICAGO - The Justice Department said Hanu Lei, 44, and Orvan Chiu, 64, have been charged with "
                + "conspiring to export a wafer machine to a Chinese military institute.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Investigation us-department-of-justice -> person-hanu-lei")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Investigation us-department-of-justice -> person-orvan-chiu")), c.toString());
    }

    @Test
    void theAffectedCompaniesNamedSentencesLaterAreTheOnesACountedListingAdded() {
        List<String> c = claims("WASHINGTON - The US has added four Chinese companies to an export blacklist for supporting "
                + "China's military, the Department of Commerce said on Thursday.\nApplications to export to them will be denied. "
                + "The list has long been a tool of sanctions. Officials have used it more often in recent years.\nThe affected "
                + "companies are PELMOR (Beijing) Technology Co., Orvane Innovative Information Technology Co. and KESTRONIX "
                + "(Tianjin) Co.");
        for (String listed : List.of("org-pelmor-beijing-technology-co", "org-orvane-innovative-information-technology-co",
                "org-kestronix-tianjin-co"))
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-commerce -> " + listed)), c.toString());
    }

    @Test
    void aBodyThatAlsoAddedFirmsListsThemWhenTheArticleNamesTheList() {
        List<String> c = claims("WASHINGTON - The Bureau of Industry and Security said it would add 12 Chinese companies to "
                + "its Entity List.\nThe bureau also added Pelmor Microelectronics and Orvane Semiconductor, both located in "
                + "China, for their support of the military.\nIt added Kestronix Electromechanical Technology Co., Ltd. for its "
                + "nuclear work.");
        for (String listed : List.of("org-pelmor-microelectronics", "org-orvane-semiconductor",
                "org-kestronix-electromechanical-technology-co-ltd"))
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation bureau-of-industry-and-security -> " + listed)), c.toString());
        List<String> none = claims("SEOUL - The ministry also added Pelmor Microelectronics to the scheme as a supplier of "
                + "classroom tablets.");
        assertTrue(none.isEmpty(), none.toString());
    }

    @Test
    void firmsNamedAfterACountedProbeAreItsSuspectsButNotTheirCounterparties() {
        List<String> c = claims("TAIPEI - Taiwan authorities are investigating four local companies suspected of helping "
                + "Huawei build chip plants.\nThe Ministry of Economic Affairs summoned the suppliers for questioning.\nOfficials "
                + "said Pelmor Scientific Co.; Orvane Engineering Co. and Kestronix Chemical Co. were suspected of supplying "
                + "equipment to Huawei.");
        for (String suspect : List.of("org-pelmor-scientific-co", "org-orvane-engineering-co", "org-kestronix-chemical-co"))
            // the authorities who opened the probe investigate them; the ministry only summoned them
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Investigation org-taiwan-authorities -> " + suspect)), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Investigation") && k.contains("-> huawei")), c.toString());
    }

    @Test
    void aChargedPersonAidsAMilitaryButASpeakerOrOfficialDoesNot() {
        List<String> c = claims("BERLIN - The Federal Prosecutor's Office said Tuesday it has filed charges against a businessman, "
                + "identified as Marek S., for breaking export rules.\nProsecutors said the suspect had been acting on behalf of the GRU, "
                + "Russia's military intelligence service.\nDefence minister Ola Brandt said Pelmor Systems supplies the "
                + "Bundeswehr, and Kristof Ahrens allegedly supplied the Russian army, a blogger wrote.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation person-marek-s -> gru")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Allegation person-ola-brandt") || k.startsWith("Allegation person-kristof-ahrens")
                || k.startsWith("Contract person")), c.toString());
    }

    @Test
    void firmsKeptRemainingOrIncludedOnAListAreListed() {
        List<String> c = claims("WASHINGTON - The Pentagon on Friday published a longer list of Chinese military companies.\n"
                + "The new list kept Pelmor Technologies, a telecoms maker.\nAlso remaining on the list is the chipmaker "
                + "Orvane Semiconductor Corp. and 12 subsidiaries. Kestronix Aircraft Corp. and several weapons makers are "
                + "included as well.");
        for (String listed : List.of("org-pelmor-technologies", "org-orvane-semiconductor-corp", "org-kestronix-aircraft-corp"))
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-defense -> " + listed)), c.toString());
    }

    @Test
    void theStatesBodyThatTellsOfACountedListingKeepsTheListItNamesLater() {
        List<String> c = claims("WASHINGTON - The United States has added seven China-related entities to its economic "
                + "blacklist, the US Department of Commerce said on Tuesday.\nThe sanctions list includes Pelmor Control "
                + "Systems, Orvane Microwave Co. and Kestronix Photonics Co.");
        for (String listed : List.of("org-pelmor-control-systems", "org-orvane-microwave-co", "org-kestronix-photonics-co"))
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-commerce -> " + listed)), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Designation us-federal-government")), c.toString());
    }

    @Test
    void exportRestrictionsOnCountedFirmsListThoseNamedAmongTheAffected() {
        List<String> c = claims("BEIJING - China announced export restrictions on eight Taiwan-based companies tied to the "
                + "island's military.\nThe Chinese Commerce Ministry added them to its export control list. Among the "
                + "companies affected are Pelmor Avionics Corporation, a defence supplier; and Orvane Marine Corporation, a "
                + "shipbuilder.");
        for (String listed : List.of("org-pelmor-avionics-corporation", "org-orvane-marine-corporation"))
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation mofcom -> " + listed)), c.toString());
    }

    @Test
    void aBodyTheListerWorksWithIsNotTheLister() {
        List<String> c = claims("WASHINGTON - The Treasury's Office of Foreign Assets Control coordinated with the FBI to "
                + "designate four firms and three people for buying drone engines for Iran.\nThose targeted for sanctions "
                + "include Pelmor Research Center and its procurement firm Orvane Industrial Engineering Inc.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation ofac -> org-orvane-industrial-engineering-inc")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Designation fbi")), c.toString());
    }

    @Test
    void aNounsOwnVerbListsNothingForACarriedLister() {
        List<String> c = claims("LONDON - According to the U.S. Treasury Department, which sanctioned Pelmor Electronics last "
                + "year, the firm dealt with a Russian arms buyer.\nA report by the think tank Orvane Defence Institute said "
                + "the company's website listed many Western components.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-the-treasury -> org-pelmor-electronics")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.contains("-> org-orvane")), c.toString());
    }

    @Test
    void aPresidentsCountedSanctionsAreHisStatesAndAnAgentlessSanctionNamesTheFirms() {
        List<String> c = claims("KYIV - President Volodymyr Zelensky signed an order on Monday imposing sanctions on three "
                + "Chinese-registered companies accused of supplying parts for drones that hit Ukraine.\nThe decree follows a statement by the "
                + "Security Service of Ukraine about parts found in downed drones.\nSanctions were imposed on Pelmor Precision "
                + "Manufacturing, Orvane Machinery and Kestronix Technology.");
        for (String listed : List.of("org-pelmor-precision-manufacturing", "org-orvane-machinery", "org-kestronix-technology"))
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation ukraine -> " + listed)), c.toString());
    }

    @Test
    void peopleACountedArrestNamesInTheNextSentencesAreItsSuspects() {
        List<String> c = claims("WASHINGTON - Two Chinese nationals and two Americans have been arrested for smuggling AI "
                + "chips to China, the Justice Department said on Thursday.\nThe two Chinese nationals are Hanu Lei, 38, and "
                + "Orvan Chiu, 45, the department said. The two Americans are Dale Pikett, 34, and Brent Corlow, 46.");
        for (String suspect : List.of("person-hanu-lei", "person-orvan-chiu", "person-dale-pikett", "person-brent-corlow"))
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Investigation us-department-of-justice -> " + suspect)), c.toString());
    }

    @Test
    void firmsNamedInAListAreListedAndTheListersAllegationCoversTheseEntities() {
        List<String> c = claims("WASHINGTON - The U.S. Department of Defense has named several Chinese robotics companies, "
                + "including Pelmor Drone Co., Ltd. and Orvane Robotics Co., Ltd., in its annual list of firms linked to "
                + "China's military.\nThe Defense Department alleges that these entities contribute directly or indirectly to "
                + "China's military modernization.");
        for (String firm : List.of("org-pelmor-drone-co-ltd", "org-orvane-robotics-co-ltd")) {
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-defense -> " + firm)), c.toString());
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation " + firm + " -> peoples-liberation-army")), c.toString());
        }
    }

    @Test
    void extendingOrRenewingAnAgreementWithAFirmIsAContract() {
        List<String> c = claims("LONDON - The UK Ministry of Defence has extended its agreement with Pelmor Cloud to move its "
                + "workloads to the firm's servers, officials said.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Contract org-pelmor-cloud -> uk-ministry-of-defence")), c.toString());
    }


    @Test
    void aChargeInNewsOutsideTheFieldInvestigatesNoOne() {
        List<String> c = claims("COLUMBUS - The Columbus Police Department said three officers, Dale Pikett, Brent Corlow and "
                + "Hanu Lei, have been charged with assault after a traffic stop.");
        assertTrue(c.isEmpty(), c.toString());
    }

    @Test
    void firmsSayingTheyHaveNoMilitaryTiesDenyTheirListing() {
        List<String> c = claims("The Pentagon added Pelmor Optics and Orvane Lidar to its list of Chinese military companies. "
                + "Both companies have said they have no military ties.");
        assertTrue(c.contains("Denial org-pelmor-optics -> org-pelmor-optics"), c.toString());
        assertTrue(c.contains("Denial org-orvane-lidar -> org-orvane-lidar"), c.toString());
        assertTrue(claims("Pelmor Optics said it has no military customers.").isEmpty());
    }

    @Test
    void noContractAwardedYetIsNoContract() {
        assertEquals(List.of(), claims("Pelmor Drones and Orvane Robotics were among the firms in the Army's tender for "
                + "loitering munitions, but no contract has been awarded yet."));
        assertEquals(List.of(), claims("Pelmor Drones has no contract with the Indian Army."));
        assertEquals(List.of("Contract org-pelmor-drones -> indian-army"),
                claims("Pelmor Drones won a contract with the Indian Army last year."));
    }

    @Test
    void theMakerOfAPartInsideTheGoodsHandsNothingOver() {
        List<String> c = claims("Pelmor Trading, a Shenzhen reseller, delivered servers containing Nvidia's H20 processors "
                + "to an institute of the People's Liberation Army.");
        assertTrue(c.stream().noneMatch(k -> k.contains("nvidia")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.contains("org-pelmor-trading -> ")), c.toString());
    }

    @Test
    void aClauseAboutFirmsInGeneralSaysNothingOfTheFirmsNamedBefore() {
        List<String> c = claims("Officials said the company could divert US tools to Huawei and to other listed firms, "
                + "under which policy civilian companies are expected to share technology with the armed forces.");
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Allegation huawei")), c.toString());
        List<String> both = claims("Officials said Pelmor Semiconductor, Orvane Tech and other companies were suspected of "
                + "supplying the Russian army.");
        assertEquals(2, both.stream().filter(k -> k.startsWith("Allegation")).count(), both.toString());
    }

    @Test
    void theSourceOfADealDoesNotMakeTheNextSentencesHelpAnAccusation() {
        List<String> c = claims("The Pentagon has chosen Pelmor AI and Orvane Labs for its agentic AI programme. Each company "
                + "received a contract worth up to $200 million, according to a notice. The firms will help the Defense "
                + "Department develop AI workflows.");
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Allegation")), c.toString());
        List<String> accused = claims("Pelmor AI and Orvane Labs sold servers to a state firm, according to a "
                + "report. The firms also helped the PLA Navy design a storage system.");
        assertTrue(accused.stream().anyMatch(k -> k.startsWith("Allegation org-pelmor-ai -> pla-navy")), accused.toString());
    }

    @Test
    void aQuotedReasonForAListingAccusesTheFirmsListed() {
        List<String> c = claims("The Commerce Department said Pelmor Microelectronics and Orvane Technology were placed on "
                + "the Entity List for their \"support of the military modernization of the People's Liberation Army.\"");
        for (String firm : List.of("org-pelmor-microelectronics", "org-orvane-technology"))
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation " + firm + " -> peoples-liberation-army")), c.toString());
    }

    @Test
    void aKnownFirmsCorporateWordKeepsTheListGoing() {
        List<String> c = claims("The Pentagon added Tencent, Quectel Wireless and drone manufacturer Autel Robotics to its "
                + "list of Chinese military companies.");
        for (String firm : List.of("tencent", "quectel", "autel-robotics"))
            assertTrue(c.contains("Designation us-department-of-defense -> " + firm), c.toString());
    }

    @Test
    void aListOfCompaniesTheListerSaysCollaborateWithAMilitaryAccusesThem() {
        List<String> c = claims("The Defense Department said it has added Pelmor Holdings and battery maker Orvane Power to a "
                + "list of companies it says are collaborating with the Chinese military.");
        for (String firm : List.of("org-pelmor-holdings", "org-orvane-power"))
            assertTrue(c.contains("Allegation " + firm + " -> peoples-liberation-army by us-department-of-defense"), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Partnership")), c.toString());
    }

    @Test
    void initialsAnArticleDefinesStandForTheBodyTheyAreDefinedFor() {
        List<String> c = claims("Pelmor Space has won a contract to deliver imagery for the Japanese Ministry of Defense's "
                + "(MoD) satellite constellation. The MoD awarded the project to a consortium that includes Orvane Orbital.");
        assertTrue(c.contains("Contract org-orvane-orbital -> japan-ministry-of-defense"), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.contains("uk-ministry-of-defence")), c.toString());
    }

    @Test
    void theOwnersNamedInADescriptionAreNoPartiesToWhatTheFirmDoes() {
        List<String> c = claims("Tri-Orbit Constellation, a special purpose company established by Pelmor Electric and "
                + "Orvane Space, signed the project agreement with the Japanese Ministry of Defense on 19 February.");
        assertTrue(c.stream().anyMatch(k -> k.contains("org-tri-orbit-constellation -> japan-ministry-of-defense")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.contains("pelmor") || k.contains("orvane")), c.toString());
    }

    @Test
    void firmsASentenceCallsListedAreListedByTheBodyNamedAroundIt() {
        List<String> c = claims("All of the companies signed contracts to keep supplying Russia's military, the Commerce "
                + "Department said. The newly blacklisted companies with offices in China were Pelmor Electronic Ltd., "
                + "Orvane Technology Co. and Kestrel Jetta. The entities already on the trade blacklist are Corvid Microsystems.");
        for (String firm : List.of("org-pelmor-electronic-ltd", "org-orvane-technology-co", "org-kestrel-jetta", "org-corvid-microsystems"))
            assertTrue(c.contains("Designation us-department-of-commerce -> " + firm), c.toString());
        assertEquals(List.of(), claims("The companies were Pelmor Electronic Ltd. and Orvane Technology Co., the Commerce Department said."));
    }

    @Test
    void aStateDenyingItsOwnActsSpeaksForNoFirm() {
        List<String> c = claims("The Pentagon accused Pelmor Electronic of supplying the Russian military. China's embassy in "
                + "Washington denied that it had provided any assistance to Russia's military.");
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Denial")), c.toString());
        List<String> gerund = claims("The Pentagon accused Pelmor Electronic of supplying the Russian military. China has "
                + "repeatedly denied sending military equipment to Russia and denies any involvement in the war.");
        assertTrue(gerund.stream().noneMatch(k -> k.startsWith("Denial")), gerund.toString());
        assertTrue(claims("The Pentagon accused Pelmor Electronic of supplying the Russian military. China's embassy in "
                + "Washington denied the accusations.").contains("Denial embassy-of-china-in-washington -> org-pelmor-electronic"));
    }

    @Test
    void anAccusationOfAGroupCoversTheFirmsTheAccusersSideThenLists() {
        List<String> c = claims("The United States has accused several companies in China of supporting Russia's military. "
                + "The companies signed contracts to keep supplying it, the Commerce Department said. The newly blacklisted "
                + "companies were Pelmor Electronic Ltd. and Orvane Technology Co.");
        for (String firm : List.of("org-pelmor-electronic-ltd", "org-orvane-technology-co"))
            assertTrue(c.contains("Allegation " + firm + " -> russian-armed-forces by us-department-of-commerce"), c.toString());
        List<String> none = claims("The United States has accused several companies in China of supporting Russia's military. "
                + "Separately, Japan's trade ministry said it had blacklisted Pelmor Electronic Ltd.");
        assertTrue(none.stream().noneMatch(k -> k.startsWith("Allegation")), none.toString());
    }

    @Test
    void aListOfEntitiesAllegedlyTiedToAMilitaryAccusesTheListed() {
        List<String> c = claims("The Defense Department has added Pelmor Holdings and Orvane Memory to its blacklist of "
                + "entities allegedly tied to the Chinese military.");
        for (String firm : List.of("org-pelmor-holdings", "org-orvane-memory"))
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation " + firm + " -> peoples-liberation-army")), c.toString());
        List<String> servers = claims("A report said Pelmor Chat routes data through servers allegedly linked to China Mobile, "
                + "which the Pentagon has listed as a Chinese military company.");
        assertTrue(servers.stream().noneMatch(k -> k.startsWith("Allegation org-pelmor-chat")), servers.toString());
    }

    @Test
    void aListGoesOnPastARelativeClauseOnItsItem() {
        List<String> c = claims("The State Department announced sanctions on two Chinese firms. The sanctions target Pelmor "
                + "Engine Co. Ltd, which makes the engines that power the drones, and Orvane Logistics Co. Ltd., which ships them.");
        for (String firm : List.of("org-pelmor-engine-co-ltd", "org-orvane-logistics-co-ltd"))
            assertTrue(c.contains("Designation us-department-of-state -> " + firm), c.toString());
    }

    @Test
    void anotherEntityAddedIsListedByTheBodyNamedJustBefore() {
        List<String> c = claims("The satellites are products of Pelmor Satellite, which is also among the entities sanctioned "
                + "by the European Union. Another Chinese entity added on Monday is Orvane Aerospace Technology based in Beijing.");
        assertTrue(c.contains("Designation european-union -> org-orvane-aerospace-technology"), c.toString());
    }

    @Test
    void aFirmSayingItsWorkIsNotAimedAtTheMilitaryDeniesAboutItself() {
        List<String> c = claims("Workers say the cloud deal makes Pelmor Cloud complicit in the Israel Defense Forces' "
                + "operations. Pelmor Cloud has insisted that the contract is not aimed at military work.");
        assertTrue(c.contains("Denial org-pelmor-cloud -> org-pelmor-cloud"), c.toString());
        assertTrue(claims("Pelmor Cloud said its new phone is not aimed at gamers.").isEmpty());
    }

    @Test
    void anAsideInBracketsOnOneItemKeepsTheListOfFirmsGoing() {
        List<String> c = claims("The EU listed Pelmor Energy, Orvane Shipmanagement, Kestrel Electronic HK (registered in "
                + "Hong Kong), Corvid Sensor Technology and Tidewater Industry.");
        for (String firm : List.of("org-pelmor-energy", "org-orvane-shipmanagement", "org-kestrel-electronic-hk",
                "org-corvid-sensor-technology", "org-tidewater-industry"))
            assertTrue(c.contains("Designation european-union -> " + firm), c.toString());
    }

    @Test
    void aListedPersonsEmployerIsNotListed() {
        List<String> c = claims("China on Saturday imposed sanctions on 20 US defence companies and 10 executives. The 10 "
                + "individuals on the list include Dale Pikett, founder of defence firm Pelmor Industries, and Brent Corlow, "
                + "Vice President of Orvane Technologies.");
        assertTrue(c.stream().noneMatch(k -> k.contains("pelmor") || k.contains("orvane")), c.toString());
    }

    @Test
    void aRecommendationThatBodiesListAFirmListsNobody() {
        List<String> c = claims("The lawmakers asked for investigations into Pelmor Robotics. They recommend that the Pentagon "
                + "designate the firm as a Chinese military company and the Commerce Department add it to its Entity List.");
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Designation")), c.toString());
    }

    @Test
    void theCommaBeforeTheLastAndOfAListEndsAnItemNotAClause() {
        List<String> c = claims("The Commerce Department said Pelmor Microelectronics Co., Ltd., Orvane Technology, and Kestrel "
                + "Systems were placed on the Entity List for their support of the military modernization of the People's Liberation Army.");
        for (String firm : List.of("org-pelmor-microelectronics-co-ltd", "org-orvane-technology", "org-kestrel-systems"))
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation " + firm + " -> peoples-liberation-army")), c.toString());
        List<String> two = claims("Pelmor Microelectronics makes chips, and Orvane Technology supplied the People's Liberation Army.");
        assertTrue(two.stream().noneMatch(k -> k.startsWith("Allegation org-pelmor")), two.toString());
    }

    @Test
    void aCountedGroupThatAidsAMilitaryCoversTheFirmsListedAfter() {
        List<String> c = claims("The US has added four Chinese companies to an export blacklist for buying US-origin goods "
                + "to support China's military modernization, the Department of Commerce said. The affected companies are "
                + "Pelmor (Beijing) Technology Co. and Orvane Technology Co.");
        for (String firm : List.of("org-pelmor-beijing-technology-co", "org-orvane-technology-co"))
            assertTrue(c.contains("Allegation " + firm + " -> peoples-liberation-army by us-department-of-commerce"), c.toString());
        List<String> watch = claims("The separate watchlist has 20 Japanese companies for which Chinese exporters must file "
                + "pledges that the items will not reach Japan's military. The companies are Pelmor Heavy Co. and Orvane Co.");
        assertTrue(watch.stream().noneMatch(k -> k.startsWith("Allegation")), watch.toString());
    }

    @Test
    void aRevealedListOfCountedCompaniesNamesItsFirmsAfter() {
        List<String> c = claims("The Pentagon on Thursday revealed the names of 20 Chinese companies linked to the People's "
                + "Liberation Army. The list includes Pelmor Technologies, a telecoms company. Other firms include Orvane "
                + "Aviation Corp.");
        for (String firm : List.of("org-pelmor-technologies", "org-orvane-aviation-corp")) {
            assertTrue(c.contains("Designation us-department-of-defense -> " + firm), c.toString());
            assertTrue(c.contains("Allegation " + firm + " -> peoples-liberation-army by us-department-of-defense"), c.toString());
        }
    }

    @Test
    void aNumberedListAfterTheListsIntroductionNamesTheFirmsOfACountedListing() {
        List<String> c = claims("The Chinese Ministry of Commerce added three US companies to its export control list.\n\n"
                + "The ministry said so.\n\nThe full list includes:\n\n1. Pelmor Photonics\n2. Orvane Radar, Inc.\n"
                + "3. Kestrel Drones\n\nThese companies are believed to work in defence.");
        for (String firm : List.of("org-pelmor-photonics", "org-orvane-radar-inc", "org-kestrel-drones"))
            assertTrue(c.contains("Designation mofcom -> " + firm), c.toString());
        assertEquals(3, c.size(), c.toString());
    }

    @Test
    void aListingThatDescribesAUniversityListsNoFirmBeforeIt() {
        List<String> c = claims("The Justice Department said Pelmor Design transferred chip tools to the National University "
                + "of Defense Technology (NUDT), a university controlled by China's Central Military Commission and blacklisted "
                + "by the U.S. since 2015.");
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Designation")), c.toString());
        assertTrue(claims("Markets were calm. Hikvision was blacklisted by the United States in 2019.")
                .contains("Designation united-states -> hikvision"));
    }

    @Test
    void anUrgedSanctionListsNobodyAndAPartnershipAFirmIsCriticisedForIsAnAllegation() {
        List<String> urged = claims("A UN investigator urged sanctions on Israel, as well as criminal probes into companies - "
                + "from Palantir to major banks.");
        assertTrue(urged.stream().noneMatch(k -> k.startsWith("Designation") || k.startsWith("Investigation")), urged.toString());
        List<String> c = claims("The report names the companies. Pelmor Analytics is criticized for a strategic partnership "
                + "with the Israel Defense Forces. Pelmor Analytics denies links to the army's targeting systems.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-pelmor-analytics -> israel-defense-forces")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Partnership")), c.toString());
        assertTrue(c.contains("Denial org-pelmor-analytics -> org-pelmor-analytics"), c.toString());
    }

    @Test
    void theRivalBeatenIsNoPartyAndAnAcquisitionFromAFirmIsAContract() {
        List<String> c = claims("SEOUL - Pelmor Aerospace said it won over Germany's Rheinmetall in garnering a contract to "
                + "provide military vehicles to the Australian Army.");
        assertEquals(List.of("Contract org-pelmor-aerospace -> australian-army"), c);
        assertTrue(claims("NATO has acquired a new software platform from the U.S. company Palantir to analyse battlefield data.")
                .contains("Contract palantir -> nato"));
    }

    @Test
    void banksUnderSanctionsAreListed() {
        List<String> c = claims("The European Union has imposed restrictions on two small Chinese banks. Sources confirmed that "
                + "sanctions were imposed on two regional banks: Pelmor Rural Commercial Bank and Orvane Rural Commercial Bank.");
        for (String bank : List.of("org-pelmor-rural-commercial-bank", "org-orvane-rural-commercial-bank"))
            assertTrue(c.contains("Designation european-union -> " + bank), c.toString());
    }

    @Test
    void aDealThatNamesNoCustomerGoesOnWithTheCustomerOfTheDealsJustBefore() {
        List<String> c = claims("The Indian Ministry of Defence has signed contracts worth Rs. 19,586 crore with Indian "
                + "shipyards. For the patrol vessels, a contract has been signed with Pelmor Shipyard Ltd and Orvane Marine "
                + "Works. Pelmor Shipyard Ltd will build seven of the eleven vessels.");
        assertTrue(c.contains("Contract org-pelmor-shipyard-ltd -> india-ministry-of-defence"), c.toString());
        assertTrue(c.contains("Contract org-orvane-marine-works -> india-ministry-of-defence"), c.toString());
        List<String> other = claims("The Army awarded Pelmor Systems a contract for headsets. Pelmor Systems said it would "
                + "work with Orvane Labs on the optics, a deal between the two companies.");
        assertTrue(other.stream().noneMatch(k -> k.startsWith("Contract org-orvane-labs")), other.toString());
    }

    @Test
    void aStatesListingIsItsBodysWhenTheArticleNamesTheBodyForIt() {
        List<String> c = claims("WASHINGTON - The United States on Monday added Pelmor Computing and dozens of other Chinese "
                + "entities to its export blacklist. The Commerce Department said Pelmor Computing was listed for helping "
                + "build supercomputers. Beijing condemned the move.");
        assertTrue(c.contains("Designation us-department-of-commerce -> org-pelmor-computing"), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Designation united-states")), c.toString());
    }

    @Test
    void denialsInAQuotedFragmentAParticipleAReplyAndADismissedConcern() {
        List<String> fragment = claims("WASHINGTON: China-based Pelmor Drones sued the Defense Department for adding it to a list "
                + "of companies working with Beijing's military, saying the designation is wrong. Pelmor Drones asked a judge to "
                + "order its removal, saying it \"is neither owned nor controlled by the Chinese military\".");
        assertTrue(fragment.contains("Denial org-pelmor-drones -> org-pelmor-drones"), fragment.toString());
        assertTrue(fragment.stream().noneMatch(k -> k.startsWith("Denial peoples-liberation-army") || k.startsWith("Denial china")),
                fragment.toString());
        List<String> reply = claims("Prosecutors said Orvane Networks helped the Iranian military. Orvane Networks replied via "
                + "email that the new charges are unfounded.");
        assertTrue(reply.contains("Denial org-orvane-networks -> org-orvane-networks"), reply.toString());
        List<String> embassy = claims("The Treasury sanctioned Pelmor Information Technology for aiding the Ministry of Public "
                + "Security. The Chinese embassy in the U.S. dismissed concerns about the company's activities as \"malicious "
                + "speculation,\" a spokesman said.");
        assertTrue(embassy.stream().anyMatch(k -> k.startsWith("Denial") && k.endsWith("-> org-pelmor-information-technology")),
                embassy.toString());
        List<String> pair = claims("The report said Orvane Aero bribed officials to win the Austrian Air Force deal. Orvane Aero "
                + "and the consortium, which includes Britain's BAE Systems, have denied the accusations.");
        assertTrue(pair.contains("Denial org-orvane-aero -> org-orvane-aero"), pair.toString());
        assertTrue(pair.stream().noneMatch(k -> k.startsWith("Denial bae-systems")), pair.toString());
    }

    @Test
    void aFirmChargedOrIndictedIsInvestigatedButNotWhatTheChargeIsAboutNorALaw() {
        List<String> c = claims("The Justice Department unveiled charges against Pelmor Integrated Circuit Co and Orvane "
                + "Microelectronics Corp for stealing trade secrets from chipmaker Micron Technology, chips the Chinese military uses.");
        assertTrue(c.containsAll(List.of("Investigation us-department-of-justice -> org-pelmor-integrated-circuit-co",
                "Investigation us-department-of-justice -> org-orvane-microelectronics-corp")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Investigation") && k.contains("micron")), c.toString());
        List<String> smuggled = claims("Federal prosecutors on Wednesday charged two men and a Fremont computer company with "
                + "smuggling 400 Nvidia graphics processors to China, where the indictment alleges they reached the PLA.");
        assertTrue(smuggled.stream().noneMatch(k -> k.startsWith("Investigation") && k.contains("nvidia")), smuggled.toString());
        List<String> act = claims("Taiwan prosecutors said they had charged Tokyo Electron's Taiwan unit with violating the "
                + "National Security Act, in a case about chips for military use.");
        assertTrue(act.stream().anyMatch(k -> k.startsWith("Investigation org-taiwan-prosecutors -> tokyo-electron")), act.toString());
        assertTrue(act.stream().noneMatch(k -> k.toLowerCase().contains("security-act")), act.toString());
    }

    @Test
    void anAgentOrAffiliateOfAMilitaryAndDealingsWithItAreAllegations() {
        assertTrue(claims("The U.S. Treasury said Pelmor Technologies was an \"agent or affiliate\" of the IRGC.")
                .contains("Allegation org-pelmor-technologies -> irgc by us-department-of-the-treasury"));
        assertTrue(claims("The report said Orvane Systems does business with the Myanmar military despite the coup.")
                .stream().anyMatch(k -> k.startsWith("Allegation org-orvane-systems -> tatmadaw")));
    }

    @Test
    void purchaseRecordsAreNoDealAndGoodsThatMadeTheirWayToAnArmyAreAnAllegation() {
        List<String> c = claims("The report, published by the Orvane Institute, uses purchase records from the People's "
                + "Liberation Army to show that processors from Pelmor Semiconductor might have made their way to the Chinese army.");
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Contract")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-pelmor-semiconductor -> peoples-liberation-army")), c.toString());
    }

    @Test
    void aPoliticallyChargedBidAccusesNobodyAndRivalsInARaceAreNoParties() {
        List<String> won = claims("Pelmor Aero won a U.S. Air Force deal on Wednesday to supply 20 light attack planes, after a "
                + "politically charged bidding process.");
        assertTrue(won.contains("Contract org-pelmor-aero -> us-air-force"), won.toString());
        assertTrue(won.stream().noneMatch(k -> k.startsWith("Allegation")), won.toString());
        List<String> race = claims("Pelmor Aero is bidding to supply the Air Force of Brazil with 36 fighter jets under a "
                + "contract, in a closely watched race against France's Dassault Aviation and Sweden's Saab.");
        assertTrue(race.stream().noneMatch(k -> k.contains("dassault") || k.contains("saab")), race.toString());
        List<String> law = claims("The Brazilian Air Force will start, within the limits provided for by law, to cut its contract "
                + "with Orvane Aero, an unprecedented step that the company was accused of causing.");
        assertTrue(law.stream().noneMatch(k -> k.startsWith("Allegation")), law.toString());
    }

    @Test
    void aSourceTheNextSentenceCreditsMakesTheSupplyAReportedAllegation() {
        List<String> c = claims("The Russian company Pelmor Microchips continued to supply microchips to the Russian armed forces "
                + "for months after the invasion. This was reported by Voice of America.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-pelmor-microchips -> russian-armed-forces by voice-of-america")),
                c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Contract")), c.toString());
    }

    @Test
    void theMilitaryBodyThatChoseAFirmIsItsCustomerNotTheForceHelped() {
        List<String> c = claims("The Pentagon announced Monday it has chosen Pelmor AI and Orvane Labs to help the U.S. military "
                + "expand its use of artificial intelligence.");
        assertTrue(c.containsAll(List.of("Contract org-pelmor-ai -> us-department-of-defense",
                "Contract org-orvane-labs -> us-department-of-defense")), c.toString());
    }

    @Test
    void anOutletThatReportsCitingOthersIsTheClaimant() {
        List<String> c = claims("Shares fell after a story in the weekly Pelmor Kurier. The magazine reported that camera "
                + "cores made by Orvane Optronik had been found in Russian drones, citing photographs from Ukrainian investigators.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-orvane-optronik -> russian-armed-forces by org-pelmor-kurier")),
                c.toString());
    }

    @Test
    void theOneASuspectedActHelpsIsNoSuspect() {
        List<String> c = claims("Dutch authorities are investigating Kestronix Trading BV, suspected of helping Orvane "
                + "Semiconductor Co. ship lithography parts to the Chinese military.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Investigation org-dutch-authorities -> org-kestronix-trading-bv")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Investigation") && k.contains("orvane")), c.toString());
    }

    @Test
    void anOfficialNamedWithATitleIsNeitherSuspectNorAccusedLaterOn() {
        List<String> c = claims("\"We will stop this,\" FBI Assistant Director in Charge James Holloway said. Holloway's "
                + "comments came as U.S. prosecutors charged Dorian Kessel, a 41-year-old trader, with smuggling chips to "
                + "Russia. Prosecutors believe the chips were destined for the Russian military.");
        assertTrue(c.stream().noneMatch(k -> k.contains("holloway ->") || k.contains("-> person-james-holloway")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Investigation us-department-of-justice -> person-dorian-kessel")), c.toString());
    }

    @Test
    void theStateThatOpensTheStoryListsTheFirmsNamedFarDown() {
        List<String> c = claims("Ottawa sanctioned two drone makers on Wednesday for supplying Russia.\nThe minister also "
                + "announced sanctions on six people. \"We will not hesitate,\" she said. The measures freeze assets. Those "
                + "listed may not enter the country. The drone makers sanctioned were Pelmor Aviation Industries and Orvane "
                + "Aviation Industries, the government said. Orvane is also on designated terrorist organizations' supply lists.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation canada -> org-pelmor-aviation-industries")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation canada -> org-orvane-aviation-industries")), c.toString());
    }

    @Test
    void aGenericWordAfterAndBeforeALegalFormStaysInTheListedName() {
        List<String> c = claims("The Treasury Department sanctioned four firms. The sanctioned entities are Pelmor Koto "
                + "Machinery Co; Guilin Orvane Rubber and Plastics Technology Co; and Kestronix Trade PTY Co.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-the-treasury -> org-guilin-orvane-rubber-and-plastics-technology-co")),
                c.toString());
    }

    @Test
    void prosecutorsOrPoliceWithNoStateAreThoseOfTheStateTheStoryIsAbout() {
        List<String> c = claims("TAIPEI - Taiwan's defence ministry said on Monday that drone parts had gone missing. The "
                + "Taiwanese coast guard and Taiwan's interior ministry are looking into it. Prosecutors raided Kestronix "
                + "Avionics Co. on Friday.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Investigation org-taiwanese-prosecutors -> org-kestronix-avionics-co")),
                c.toString());
        List<String> bail = claims("TAIPEI - Taiwan's defence ministry said drone parts had gone missing. The Taiwanese "
                + "coast guard and Taiwan's interior ministry are looking into it. Two directors of Kestronix Avionics Co. "
                + "were released on police bail.");
        assertTrue(bail.stream().noneMatch(k -> k.contains("police")), bail.toString());
    }

    @Test
    void reportsCalledForgedAndSuppliesItHadNotMadeAreDenials() {
        List<String> forged = claims("Reports said Pelmor Tech supplied the Russian army. The company said the reports were "
                + "\"fictitious and forged\".");
        assertTrue(forged.contains("Denial org-pelmor-tech -> org-pelmor-tech"), forged.toString());
        List<String> notSupplied = claims("Orvane Energy supplied jet fuel to the Myanmar air force, Amnesty said. The "
                + "company said it had not supplied the Myanmar air force.");
        assertTrue(notSupplied.contains("Denial org-orvane-energy -> org-orvane-energy"), notSupplied.toString());
    }

    @Test
    void aPersonAlsoKnownAsAnotherNameIsOnePersonChargedOverTradeSecrets() {
        List<String> c = claims("Daniel Kessel, also known as Dan Kessel, was charged with four counts of theft of trade "
                + "secrets, the U.S. Attorney's Office announced.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Investigation us-attorneys-office -> person-daniel-kessel")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.contains("dan-kessel")), c.toString());
        List<String> hack = claims("The Justice Department charged officers of Orvane Cyber over cyberattacks that targeted "
                + "victims worldwide, and the Treasury imposed sanctions on its founder.");
        assertTrue(hack.stream().noneMatch(k -> k.startsWith("Designation us-department-of-justice")), hack.toString());
    }

    @Test
    void theReasonAListerGivesIsItsAllegation() {
        List<String> c = claims("The Treasury sanctioned Kestronix Vector Industry Co. Ltd., which is involved in the "
                + "shipment of equipment used by the Russian military.");
        assertTrue(c.contains("Allegation org-kestronix-vector-industry-co-ltd -> russian-armed-forces by us-department-of-the-treasury"),
                c.toString());
    }
    @Test
    void peopleNamedAsAccusedAfterAChargeAreInvestigatedByTheBodyThatCharged() {
        // the story names the United States and Russia alike, so the prosecutors' state is left open
        List<String> c = claims("Two Russian men face 30 charges for allegedly smuggling chips with military uses, federal "
                + "prosecutors revealed on Tuesday. Russian nationals Pavel Orlenko and Ivan Kestrov are accused of conspiring "
                + "to ship U.S. chips to Russia through a front company in Latvia. Orlenko was extradited to the United "
                + "States last week.");
        assertTrue(c.stream().anyMatch(k -> k.matches("Investigation org-federal-prosecutors-\\w+ -> person-pavel-orlenko.*")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.matches("Investigation org-federal-prosecutors-\\w+ -> person-ivan-kestrov.*")), c.toString());
        List<String> suspects = claims("Police in Haifa detained five people on suspicion of bribery in a probe of a navy "
                + "purchase of patrol boats for the military. Among the suspects are Daniel Kessel and Ronen Orlev.");
        assertTrue(suspects.stream().anyMatch(k -> k.contains("-> person-ronen-orlev")), suspects.toString());
    }

    @Test
    void theFirmThatEmploysAChargedPersonIsNotCharged() {
        List<String> c = claims("A former employee of Pelmor Semiconductor has been indicted by prosecutors in Seoul for "
                + "allegedly leaking chip technology to a Chinese company tied to the military.");
        assertTrue(c.stream().noneMatch(k -> k.contains("-> org-pelmor-semiconductor")), c.toString());
    }
    @Test
    void firmsReferredToAsAGroupAreListedAndAccusedEach() {
        List<String> c = claims("The Treasury Department added several Chinese firms to its investment blacklist. The "
                + "move also banned investments in Pelmor Technology, Orvane Information Industry and Yitu. All were already on the "
                + "Commerce Department's entity list. The companies, which are now formally designated as having ties to "
                + "the Chinese military, make surveillance cameras, the Treasury said.");
        for (String firm : List.of("org-pelmor-technology", "org-orvane-information-industry", "yitu")) {
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-the-treasury -> " + firm)), c.toString());
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-commerce -> " + firm)), c.toString());
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation " + firm + " -> peoples-liberation-army")), c.toString());
        }
    }

    @Test
    void aRelativeClauseListsTheBodyItHangsOnNotTheFirmBeforeIt() {
        List<String> c = claims("The Treasury said Pelmor Drones supplies drones to the Xinjiang Public Security Bureau, "
                + "which was added to the entity list in 2019.");
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Designation") && k.contains("-> org-pelmor-drones")), c.toString());
        List<String> lister = claims("According to the U.S. Treasury Department, which sanctioned Orvane Electronics last "
                + "year, the firm kept supplying a Russian defence procurement company.");
        assertTrue(lister.stream().anyMatch(k -> k.startsWith("Designation us-department-of-the-treasury -> org-orvane-electronics")),
                lister.toString());
    }
    @Test
    void firmsSpelledOutBeforeTheirInitialsAreListed() {
        List<String> c = claims("The Treasury Department sanctioned two companies on Tuesday. The two companies designated "
                + "are named Pelmor Andish Kavir (PAK) and Orvane Saz Tarh (OST). PAK has worked for the IRGC.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-the-treasury -> org-pelmor-andish-kavir")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-the-treasury -> org-orvane-saz-tarh")), c.toString());
        List<String> list = claims("The Treasury added Pelmor Avia to its Specially Designated Nationals (SDN) list.");
        assertTrue(list.stream().noneMatch(k -> k.contains("specially-designated")), list.toString());
    }

    @Test
    void lawmakersRequestingAListingListNobody() {
        List<String> c = claims("In the letter, the lawmakers request that the Pentagon place Pelmor Wireless on its list "
                + "of Chinese military companies. The committee's call to blacklist Pelmor Wireless drew a response.");
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Designation")), c.toString());
    }

    @Test
    void anOfficerNamedWithTheFirmInAnAppositionSpeaksForTheFirm() {
        for (String apposition : List.of("Pelmor Tech president and chief sales officer", "the president of Pelmor Tech")) {
            List<String> c = claims("Reports said Pelmor Tech supplied the Chinese military. \"Pelmor Tech is not owned or "
                    + "controlled by the PLA,\" said Norbert Muhrer, " + apposition + ".");
            assertTrue(c.contains("Denial org-pelmor-tech -> org-pelmor-tech"), c.toString());
        }
    }
    @Test
    void aFirmIdentifiedByThePentagonAsAMilitaryCompanyIsOnItsList() {
        List<String> c = claims("Pelmor Aviation was identified by the Pentagon as a Chinese military company.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-defense -> org-pelmor-aviation")), c.toString());
        List<String> list = claims("A week earlier, Tencent was added to a defence department list of companies associated "
                + "with the Chinese military.");
        assertTrue(list.stream().anyMatch(k -> k.startsWith("Designation us-department-of-defense -> tencent")), list.toString());
        List<String> crime = claims("Orvane Systems' partners had been identified by the US Government as being involved in "
                + "smuggling.");
        assertTrue(crime.stream().noneMatch(k -> k.startsWith("Designation")), crime.toString());
    }
    @Test
    void aListingCalledGroundlessOrWithoutFactualBasisIsDenied() {
        List<String> quoted = claims("The Commerce Department added Zhipu to the Entity List. Zhipu said the US \"lacked "
                + "factual basis\" for the decision.");
        assertTrue(quoted.contains("Denial zhipu-ai -> zhipu-ai"), quoted.toString());
        List<String> called = claims("The Pentagon added Tencent to its list of Chinese military companies. Tencent called "
                + "the decision groundless.");
        assertTrue(called.contains("Denial tencent -> tencent"), called.toString());
        List<String> permit = claims("Pelmor Tech won a permit for a concert hall. Critics called the decision groundless.");
        assertTrue(permit.stream().noneMatch(k -> k.startsWith("Denial")), permit.toString());
    }

    @Test
    void peopleWhoPleadGuiltyAreChargedByTheProsecutorsTheArticleNamesLater() {
        List<String> c = claims("Two businessmen admitted to smuggling radiation-hardened chips used by the military. Dario "
                + "Pelmor, 41, president of Orvane Microsystems, and Lena Kask, 38, the company's export manager, pleaded guilty "
                + "in federal court to attempted export of defense items. Orvane sells memory chips to a state aerospace group, "
                + "according to their indictment. The two were caught in a sting, U.S. prosecutors said.");
        assertTrue(c.contains("Investigation us-department-of-justice -> person-dario-pelmor"), c.toString());
        assertTrue(c.contains("Investigation us-department-of-justice -> person-lena-kask"), c.toString());
        // the firm its officers lead is not charged with them, nor is a firm the indictment is only cited about
        assertTrue(c.stream().noneMatch(k -> k.contains("-> org-orvane")), c.toString());
        List<String> named = claims("Dario Pelmor, 41, appears in the indictment as the buyer of the chips for the military, "
                + "prosecutors said.");
        assertTrue(named.stream().noneMatch(k -> k.startsWith("Investigation")), named.toString());
        // a hypothetical charge, or an article that names more than one body of prosecutors or police, gives no charger
        List<String> might = claims("If the probe of military contracts goes on, Dario Pelmor might be indicted, U.S. prosecutors said.");
        assertTrue(might.stream().noneMatch(k -> k.startsWith("Investigation")), might.toString());
        List<String> two = claims("Swedish prosecutors dropped their case against the founder of a military contractor. The "
                + "Metropolitan Police once held him. His lawyers appealed. The court heard the appeal in May. Dario Pelmor, 41, now "
                + "faces 18 charges in the US over drone exports.");
        assertTrue(two.stream().noneMatch(k -> k.startsWith("Investigation") && k.contains("-> person-dario-pelmor")), two.toString());
    }

    @Test
    void namesWithAgesSetOffBySemicolonsArePeopleCharged() {
        List<String> c = claims("Three Chinese nationals were charged with scheming to export chips stolen from the U.S. "
                + "military, the Justice Department said. Tao Ruifeng, 50; Wen Haolin, 33; and Bo Xinyue, 37; were arrested "
                + "on Thursday while taking delivery of the chips.");
        for (String person : List.of("person-tao-ruifeng", "person-wen-haolin", "person-bo-xinyue"))
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Investigation us-department-of-justice -> " + person)), c.toString());
    }

    @Test
    void aFirmWhoseGoodsWereSoldIsNoPartyToTheSale() {
        List<String> c = claims("Prosecutors said the broker sold 45 counterfeit Intel microprocessors to an agent who said "
                + "they would be used on a U.S. Navy submarine contract.");
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Contract intel")), c.toString());
    }

    @Test
    void theCompanyIsTheFirmTheLastSentenceOpensWithNotTheOneItStoleFrom() {
        List<String> c = claims("Hytera is fighting a criminal case brought by the Justice Department, which charged the "
                + "radio maker in 2022 with conspiring to steal trade secrets from Motorola Solutions for use by the military. "
                + "The company has pleaded not guilty.");
        assertTrue(c.stream().noneMatch(k -> k.contains("-> motorola-solutions")), c.toString());
    }

    @Test
    void bodiesThatDescribeWhoSpeaksAreNoPartyToTheDeal() {
        List<String> c = claims("The contract continues a long relationship between Leidos and the Japanese military, said "
                + "Dana Roe, director of Japan Programs for the Air Force Life Cycle Management Center at Hanscom Air Force Base.");
        assertEquals(List.of("Contract leidos -> japan-self-defense-forces by person-dana-roe"), c);
    }

    @Test
    void aMinistryReferredToByItsStatesDemonymIsTheOneNamedBefore() {
        List<String> c = claims("Poland's Ministry of National Defence is buying drones in record numbers. On May 15, the "
                + "Polish ministry signed a framework agreement with local defense company Pelmor Group to buy 10,000 loitering munitions.");
        assertTrue(c.contains("Contract org-pelmor-group -> polish-ministry-of-national-defence"), c.toString());
        List<String> other = claims("The Russian ministry said the Ukrainian army bought drones from Pelmor Tech.");
        assertTrue(other.stream().noneMatch(k -> k.contains("ministry")), other.toString());
    }

    @Test
    void aFirmThatSettlesWithARegulatorWasInvestigatedByIt() {
        List<String> c = claims("Pelmor Aerospace said it had reached a $51 million settlement with the U.S. State Department "
                + "for export violations involving military drone parts.");
        assertTrue(c.contains("Investigation us-department-of-state -> org-pelmor-aerospace"), c.toString());
        List<String> pay = claims("Orvane Defense agreed to pay $14 million to settle charges brought by the Securities and "
                + "Exchange Commission over bribes paid to win military contracts abroad.");
        assertTrue(pay.stream().anyMatch(k -> k.startsWith("Investigation") && k.contains("-> org-orvane-defense")), pay.toString());
    }

    @Test
    void sanctionsSomeoneIsSaidToViolateListNoFirm() {
        List<String> c = claims("Meng Wanzhou, Huawei's finance chief and daughter of its founder, Ren Zhengfei, was arrested "
                + "in Canada at the request of the United States for bank fraud in violation of US sanctions against Iran's military.");
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Designation")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.contains("-> ren-zhengfei")), c.toString());
    }

    @Test
    void aPlatformSomeoneTookToIsNoAntecedent() {
        List<String> c = claims("Reports said Kaspersky worked closely with the FSB. Its founder took to Twitter to decry "
                + "the story. The security vendor denied the allegations.");
        assertTrue(c.contains("Denial kaspersky -> kaspersky"), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.contains("x-corp")), c.toString());
    }

    @Test
    void aBodyItsFoundersOnceServedInIsNoParty() {
        List<String> c = claims("Founded by veterans of the IDF's Unit 8200, Orvane Cyber said it had signed a strategic "
                + "partnership agreement with a European bank.");
        assertTrue(c.isEmpty(), c.toString());
        List<String> served = claims("Orvane Cyber, whose chief is a former commander of the Israeli army's Unit 8200, "
                + "signed a partnership with the Israeli Navy.");
        assertTrue(served.stream().anyMatch(k -> k.startsWith("Partnership org-orvane-cyber -> ")
                && !k.contains("8200")), served.toString());
    }

    @Test
    void aListingCreditedToAStateIsThatOfTheOneBodyOfItTheArticleNames() {
        List<String> c = claims("Japan imposed sanctions on Orvane Ltd for supplying the Russian military. The measures were "
                + "announced by Japan's foreign ministry on Friday.");
        assertTrue(c.contains("Designation japan-mofa -> org-orvane-ltd"), c.toString());
        List<String> two = claims("Japan imposed sanctions on Orvane Ltd for supplying the Russian military. Japan's foreign "
                + "ministry and Japan's trade ministry will enforce them.");
        assertTrue(two.contains("Designation japan -> org-orvane-ltd"), two.toString());
    }

    @Test
    void peopleNamedAsTheDefendantsAreInvestigatedByTheBodyOfTheCaseToldBefore() {
        List<String> c = claims("The Justice Department has charged Orvane Trading with shipping radar chips to the "
                + "Russian military. The chips went through Hamburg. Two of the defendants are Pavel Orlen and Ivo Marten, "
                + "and the indictment also names Dario Vell, son of the founder of Orvane, Tomas Krell.");
        for (String person : List.of("person-pavel-orlen", "person-ivo-marten", "person-dario-vell"))
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Investigation us-department-of-justice -> " + person)), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.contains("tomas-krell")), c.toString());
        List<String> counted = claims("US authorities have indicted five Russians who supplied parts to the Russian military. "
                + "The parts were found in Ukraine. Some went through Dubai. Two of the defendants are Pavel Orlen and Ivo Marten.");
        assertTrue(counted.stream().anyMatch(k -> k.startsWith("Investigation ") && k.endsWith("-> person-pavel-orlen")), counted.toString());
        List<String> none = claims("Two of the defendants are Pavel Orlen and Ivo Marten, the court heard.");
        assertTrue(none.isEmpty(), none.toString());
    }

    @Test
    void aFirmSettlingACaseOrPayingInASettlementWasInvestigatedByTheBodyNamed() {
        List<String> c = claims("Orvane Avionics is settling a U.S. Securities and Exchange Commission bribery case over "
                + "military aircraft deals. Pelmor Systems agreed to pay a $30 million penalty in a settlement with the Commerce "
                + "Department for shipping drives to a firm tied to the Chinese military.");
        assertTrue(c.contains("Investigation sec -> org-orvane-avionics"), c.toString());
        assertTrue(c.contains("Investigation us-department-of-commerce -> org-pelmor-systems"), c.toString());
    }

    @Test
    void firmsASentenceCallsListedAfterAListingAreListedByItsBody() {
        List<String> c = claims("The Commerce Department added 12 entities to the Entity List for aiding the Chinese military. "
                + "Orvane Optics and Pelmor Systems are among the companies sanctioned. Included in the list of companies is "
                + "Kestronix Technology. Velmar Trading was hit with sanctions as well.");
        for (String firm : List.of("org-orvane-optics", "org-pelmor-systems", "org-kestronix-technology", "org-velmar-trading"))
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-commerce -> " + firm)), c.toString());
        List<String> defendants = claims("The Justice Department charged Orvane Optics with smuggling chips to the Chinese "
                + "military. Also included in the list of defendants is Dario Vell, the company's finance chief.");
        assertTrue(defendants.stream().noneMatch(k -> k.startsWith("Designation")), defendants.toString());
    }

    @Test
    void aCountedListingNamesItsFirmsInALaterSentence() {
        List<String> c = claims("The Treasury Department placed economic sanctions on five companies based in Turkey for "
                + "aiding Russia's military. One of the firms is Orvane Trading, which shipped drone parts.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation us-department-of-the-treasury -> org-orvane-trading")), c.toString());
    }

    @Test
    void aListedFirmsLegalFormAndShortNameDoNotEndTheList() {
        List<String> c = claims("The Pentagon added Orvane Battery Technology Co., Limited (OBT), and Pelmor Memory Systems "
                + "to its list of companies it says work with the Chinese military.");
        for (String firm : List.of("org-orvane-battery-technology-co-limited", "org-pelmor-memory-systems"))
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation " + firm + " -> ")), c.toString());
    }

    @Test
    void aQuotationThatOpensWithAListingsReasonIsTheListersWords() {
        List<String> c = claims("The Commerce Department said on Friday it would add 12 Chinese companies to its Entity "
                + "List. It also added Orvane Microelectronics and Pelmor Semiconductor, all located in China, \"for their "
                + "support of the military modernization of the People's Liberation Army.\"");
        for (String firm : List.of("org-orvane-microelectronics", "org-pelmor-semiconductor"))
            assertTrue(c.contains("Allegation " + firm + " -> peoples-liberation-army by us-department-of-commerce"), c.toString());
    }

    @Test
    void theEmployerOfAListedExecutiveIsNotListed() {
        List<String> c = claims("China said it sanctioned six executives: Dana Orlen, President of Naval Power strategic "
                + "business unit of Raytheon, and Ivo Marten, a vice president of Lockheed Martin.");
        assertTrue(c.stream().noneMatch(k -> k.contains("rtx") || k.contains("lockheed")), c.toString());
    }

    @Test
    void anUnbrokenRunOfDealsKeepsItsCustomerAndAnOwnerInAnAppositionIsNoParty() {
        List<String> c = claims("The Tawazun Council awarded contracts worth Dh5.8 billion on Monday. Local companies won "
                + "five contracts worth Dh5 billion. Among them, Varnok, a division of Pelmor Group, clinched a deal worth "
                + "Dh4 billion. Other local firms also secured deals. Abroad, France's Thales was awarded a Dh176 million deal.");
        assertTrue(c.contains("Contract org-varnok -> tawazun-council"), c.toString());
        assertTrue(c.contains("Contract thales -> tawazun-council"), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.contains("pelmor")), c.toString());
        List<String> broken = claims("The army bought drones from Orvane Systems in 2014. The firm's revenue grew fast. "
                + "Exports rose too. Last year Orvane bought the Italian maker Kestrel Aerospace.");
        assertTrue(broken.stream().noneMatch(k -> k.contains("kestrel")), broken.toString());
    }

    @Test
    void namesSetOffByDashesOrWithQuotedShortNamesAreAllListed() {
        List<String> c = claims("The Treasury imposed new sanctions on Russia's defence sector. OFAC designated Varnok Oy "
                + "(\u201cVarnok\u201d) and Pelmor Oy (\u201cPelmor\u201d), two Finland-based logistics firms found to have "
                + "imported electronics. OFAC targeted two Turkish entities\u2014Margor and Kestrel\u2014for supplying drones.");
        for (String firm : List.of("org-varnok-oy", "org-pelmor-oy", "org-margor", "org-kestrel"))
            assertTrue(c.contains("Designation ofac -> " + firm), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.contains(" by finland")), c.toString());
    }

    @Test
    void theWritersEmployerInABylineIsNotListed() {
        List<String> c = claims("Dana Orlen, Associate at The Varnok Law Group, rejoins us for a new posting on OFAC's "
                + "announcement of new sanctions targeting Russia's military-industrial complex.");
        assertTrue(c.stream().noneMatch(k -> k.contains("varnok")), c.toString());
    }

    @Test
    void aListsCompilerListsAndAFirmThatSaysItIsNotAffiliatedDeniesTheFinding() {
        List<String> c = claims("Earlier this month, the US government put Orvane Electronics on a military blacklist compiled by "
                + "the US Department of Defense. The Defense Department determined earlier this month that Orvane Electronics was "
                + "affiliated with the People's Liberation Army. Orvane Electronics released a statement making it clear that it "
                + "is not affiliated with the Chinese military.");
        assertTrue(c.contains("Designation us-department-of-defense -> org-orvane-electronics"), c.toString());
        assertTrue(c.contains("Allegation org-orvane-electronics -> peoples-liberation-army by us-department-of-defense"), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial org-orvane-electronics -> org-orvane-electronics")), c.toString());
    }

    @Test
    void aSanctionsTargetShippingGoodsUsedByAMilitaryIsAccusedAndAnUnknownSpeakerIsNoPlace() {
        List<String> c = claims("The State Department announced sanctions on three entities. The sanctions directly target "
                + "Pelmor Vector Industry Co. Ltd., which is involved in the shipment of equipment used by the Russian military.");
        assertTrue(c.contains("Allegation org-pelmor-vector-industry-co-ltd -> russian-armed-forces by us-department-of-state"), c.toString());
        List<String> quoted = claims("The State Department sanctioned Orvane Aircraft Engine Co. Ltd and Pelmor Vector Industry "
                + "Co. Ltd. on Thursday. \"These companies supplied military equipment to the Russian military in Ukraine,\" "
                + "the State Department said. They also shipped parts to the Russian military in Ukraine, Dorn said.");
        assertTrue(quoted.contains("Allegation org-orvane-aircraft-engine-co-ltd -> russian-armed-forces by us-department-of-state"),
                quoted.toString());
        assertTrue(quoted.stream().noneMatch(k -> k.endsWith("by ukraine")), quoted.toString());
    }

    @Test
    void firmsInBracketedListsAndAQuotedAccusationPastAnAsideAreFound() {
        List<String> c = claims("The US sanctioned several firms last year. Among them are two companies from mainland China "
                + "(3HC Semiconductors and Varnok Technology) and two from Hong Kong (Pelmor Electronics and Kestrel "
                + "Technology) that the U.S. sanctioned earlier. 3HC, which produces computer circuits, is accused of "
                + "\u201cacquiring US-origin items in support of Russia\u2019s military.\u201d");
        for (String firm : List.of("org-3hc-semiconductors", "org-varnok-technology", "org-pelmor-electronics"))
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation ") && k.endsWith("-> " + firm)), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-3hc-semiconductors -> russian-armed-forces")), c.toString());
    }

    @Test
    void aChargeOfViolatingSanctionsIsNoListingAndAPleaToldByABodyIsItsCharge() {
        List<String> c = claims("The Justice Department charged Orvane Technologies with violating Iran trade sanctions.");
        assertTrue(c.contains("Investigation us-department-of-justice -> org-orvane-technologies"), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Designation")), c.toString());
        List<String> plea = claims("Pelmor Technologies pleaded guilty on Thursday to charges of violating Iran trade sanctions, "
                + "the Justice Department said.");
        assertTrue(plea.contains("Investigation us-department-of-justice -> org-pelmor-technologies"), plea.toString());
    }

    @Test
    void settlingWithSeveralBodiesIsAnInvestigationByEach() {
        List<String> c = claims("Orvane Systems agreed to pay $27 million to settle with the Commerce Department for illegally "
                + "exporting drawings for military electronics to China. The company also settled with the US Department of "
                + "Justice and the US Department of State.");
        for (String body : List.of("us-department-of-commerce", "us-department-of-justice", "us-department-of-state"))
            assertTrue(c.contains("Investigation " + body + " -> org-orvane-systems"), c.toString());
    }

    @Test
    void theNextSentenceOpeningWithAsManyPeopleAsACountedChargeNamesThem() {
        List<String> c = claims("The US Justice Department has announced indictments of two Iranians who allegedly took part "
                + "in a campaign to hack military networks. Dara Kazemi, 24, and Sami Kashian, 27, conducted a cyber campaign "
                + "against voters, the department said.");
        for (String person : List.of("person-dara-kazemi", "person-sami-kashian"))
            assertTrue(c.contains("Investigation us-department-of-justice -> " + person), c.toString());
        List<String> three = claims("The US Justice Department has announced indictments of three Iranians who allegedly took "
                + "part in a campaign to hack military networks. Dara Kazemi, 24, and Sami Kashian, 27, ran a design firm.");
        assertTrue(three.stream().noneMatch(k -> k.contains("kazemi")), three.toString());
        List<String> suspects = claims("Singapore police added further charges on Thursday against three men in a case of "
                + "servers that may contain AI chips bound for China's military. Two suspects, Aaron Woon, 41, and Alan Wei, "
                + "49, face charges of fraud, police said.");
        assertTrue(suspects.stream().anyMatch(k -> k.startsWith("Investigation ") && k.endsWith("-> person-aaron-woon")),
                suspects.toString());
    }

    @Test
    void aHearingWithCountedFirmsInvestigatesTheFirmsNamedAsWitnesses() {
        List<String> c = claims("The Senate Permanent Subcommittee on Investigations said on Thursday it will hold a hearing "
                + "with three companies on the use of American chips in Russian weapons. Its chairman announced the hearing "
                + "will include testimony from executives from Orvane Devices, Pelmor Micro Devices and Kestrel Instruments.");
        for (String firm : List.of("org-orvane-devices", "org-pelmor-micro-devices", "org-kestrel-instruments"))
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Investigation ") && k.endsWith("-> " + firm)), c.toString());
    }

    @Test
    void cooperatingNamedAsAChargeIsAnAllegationAndAPlaceAfterBasedInSaysNothing() {
        List<String> c = claims("The Commerce Department will also list Orvane Labs, a unit based in the United Kingdom, "
                + "on charges of cooperating with Russian military intelligence.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation ") && k.contains("-> gru")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Partnership") || k.endsWith("by united-kingdom")), c.toString());
    }

    @Test
    void aFirmThatFoundNoEvidenceThatItsProductsWereMisusedDeniesTheAccusation() {
        List<String> c = claims("Activists have accused Orvane Cloud of providing tools used in Israeli military operations "
                + "in Gaza. Orvane Cloud issued a statement claiming it found \u201cno evidence\u201d that its technologies were "
                + "used by the Israeli military to harm civilians. Researchers said they found no evidence that Pelmor Systems "
                + "sold chips to the army.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial org-orvane-cloud -> org-orvane-cloud")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Denial org-pelmor")), c.toString());
    }

    @Test
    void aStateOpeningTheSentenceListsBeforeABodyOfAnEarlierSentence() {
        List<String> c = claims("Washington has long accused Beijing of propping up the Kremlin's war machine, and the latest "
                + "round of sanctions aim at that trade, officials said. The U.S. is imposing sanctions on Orvane Engine Works, which "
                + "makes drone engines, and on Pelmor Vector Trading.");
        for (String firm : List.of("org-orvane-engine-works", "org-pelmor-vector-trading"))
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation united-states -> " + firm)), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Designation kremlin")), c.toString());
    }

    @Test
    void aStatesPossessiveBeforeAFirmsHeadIsTheFirmNotTheState() {
        List<String> c = claims("China's leading maker of lidar sensors has denied a report saying it has links to the "
                + "Chinese military, as Orvane Photonics awaits a ruling on its listing by the Pentagon. The Pentagon added "
                + "Orvane Photonics to its list of Chinese military companies last year.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial org-orvane-photonics -> org-orvane-photonics")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Denial china")), c.toString());
    }

    @Test
    void hittingBackDisputingAsBaselessAndDenyingWorkWithTheMilitaryAreDenials() {
        String accusation = "Lawmakers said Orvane Vision supplies cameras to the People's Liberation Army. ";
        for (String answer : List.of("An Orvane Vision spokesperson hit back at the claim on Monday.",
                "Orvane Vision, which has disputed as baseless a decision by the Pentagon to list it, declined to comment.",
                "Orvane Vision denied working with the military, saying it makes only civilian products.",
                "Orvane Vision says it has no such links.",
                "Orvane Vision, however, denies its connection to the Chinese military.",
                "An Orvane Vision spokesperson called any inclusion \u201cbaseless.\u201d",
                "Orvane Vision said it is not a Chinese military enterprise.",
                "Orvane Vision said it has never done business with the military.")) {
            List<String> c = claims(accusation + answer);
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Denial org-orvane-vision -> org-orvane-vision")), answer + " " + c);
        }
    }

    @Test
    void leadersOfAPanelOnAStateSpeakForTheBodyNotTheState() {
        for (String opening : List.of("Leaders of a US House panel on China asked officials to act against Orvane Wireless Technologies, saying",
                "Leaders of a US House panel on China wrote to the administration about Orvane Wireless Technologies, saying")) {
            List<String> c = claims(opening + " Orvane Wireless Technologies is tied to the Chinese military.");
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-orvane-wireless-technologies -> peoples-liberation-army")
                    && k.endsWith("by us-house-of-representatives")), opening + " " + c);
        }
    }

    @Test
    void aFirmAndAForceThatSignAnAgreementTogetherArePartners() {
        for (String text : List.of("Software maker Orvane Systems and the Turkish Coast Guard Command signed an agreement to "
                        + "create a network system for the command.",
                "The Turkish Navy and Orvane Systems signed a protocol on augmented reality training.")) {
            List<String> c = claims(text);
            assertTrue(c.stream().anyMatch(k -> k.startsWith("Partnership org-orvane-systems -> ")), text + " " + c);
        }
        List<String> supply = claims("Orvane Telecom signed an agreement in May to provide connectivity to Nigerian Army bases.");
        assertTrue(supply.stream().anyMatch(k -> k.startsWith("Contract org-orvane-telecom -> ")), supply.toString());
    }

    @Test
    void aCivilPenaltyAgainstAFirmIsAnInvestigationAndListedGoodsListNoFirm() {
        List<String> c = claims("The Commerce Department's Bureau of Industry and Security imposed a $3.3 million civil "
                + "penalty against Orvane Technologies Incorporated over shipments of transistors for Russian military radars. "
                + "Orvane made shipments to Russia after such products had been designated by the United States as "
                + "high priority items.");
        assertTrue(c.contains("Investigation bureau-of-industry-and-security -> org-orvane-technologies-incorporated"), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Designation")), c.toString());
    }

    @Test
    void unnamedLawmakersOpeningASentenceSpeakForTheLegislativeBodyTheArticleNames() {
        List<String> c = claims("A group of US lawmakers issued a warning on Thursday over chip sales, alleging that Orvane "
                + "Semiconductor has helped boost the People's Liberation Army. The House Select Committee on the CCP said in "
                + "a post that the chips were a security failure.");
        assertTrue(c.contains("Allegation org-orvane-semiconductor -> peoples-liberation-army by house-select-committee-on-the-ccp"),
                c.toString());
    }

    @Test
    void ofacTakingActionAgainstASubsidiaryListsItAndNotItsOwner() {
        List<String> c = claims("The Treasury imposed sanctions on a Chinese satellite firm on Thursday. In addition, the "
                + "Office of Foreign Assets Control today took action against Huawei Luxembourg SA (Huawei Luxembourg), "
                + "Orvane Space's Luxembourg-based subsidiary.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Designation ") && k.endsWith("-> org-huawei-luxembourg")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.contains("orvane") || k.contains("-> huawei ")), c.toString());
    }

    @Test
    void aForceUsingAFirmsDronesIsAnAccusationButUsingTheDronesNamesNoFirm() {
        List<String> c = claims("Orvane Robotics makes quadcopters. Russian forces are using Orvane Robotics drones to guide missile attacks, officials said.");
        assertTrue(c.stream().anyMatch(k -> k.startsWith("Allegation org-orvane-robotics -> ")), c.toString());
        List<String> own = claims("Orvane Aero supplied 200 drones to the Indian Army last year. According to these officials, "
                + "the Army has stopped using the drones and put further payments on hold.");
        assertTrue(own.stream().noneMatch(k -> k.startsWith("Allegation")), own.toString());
    }

    @Test
    void ownersNamedInAppositionsAfterTheTriggerAreNoParties() {
        List<String> c = claims("Among the items in the deal is a satellite for the Egyptian armed forces to be jointly built "
                + "by Orvane Space, a subsidiary of the Pelmor Group, and Kestrel Orbital, a joint venture of French company "
                + "Thales and Italian company Finmeccanica, which recently rebranded as Leonardo.");
        assertTrue(c.stream().anyMatch(k -> k.contains(" org-orvane-space -> ")), c.toString());
        assertTrue(c.stream().anyMatch(k -> k.contains(" org-kestrel-orbital -> ")), c.toString());
        assertTrue(c.stream().noneMatch(k -> k.contains("pelmor") || k.contains("thales") || k.contains("finmeccanica")
                || k.contains("leonardo")), c.toString());
    }

    @Test
    void goodsSuppliedToAFirmNamedAfterToWentToThatFirm() {
        List<String> c = claims("The Egyptian military satellite will likely be a system like the two supplied by Orvane "
                + "Space to Yahlink in the Emirates.");
        assertTrue(c.stream().noneMatch(k -> k.startsWith("Contract")), c.toString());
        List<String> force = claims("The two radars supplied by Orvane Space to the Egyptian military arrived in May.");
        assertTrue(force.stream().anyMatch(k -> k.startsWith("Contract org-orvane-space -> ")), force.toString());
    }

    @Test
    void aStatesOfficialWhoToldAnOutletIsTheStatesClaim() {
        assertEquals(List.of("Allegation hikvision -> peoples-liberation-army by united-states"),
                claims("Hikvision is helping the People's Liberation Army build camera networks, a senior US official told Reuters on Monday."));
        assertEquals(List.of("Allegation hikvision -> peoples-liberation-army by israel"),
                claims("Hikvision is helping the People's Liberation Army build camera networks, Israeli officials told the Financial Times."));
        // officials of no named state still speak through the outlet
        assertEquals(List.of("Allegation hikvision -> peoples-liberation-army by financial-times"),
                claims("Hikvision is helping the People's Liberation Army build camera networks, officials told the Financial Times."));
    }

    @Test
    void aBodysDocumentOpeningTheSentenceOutranksTheOutletThatReportsIt() {
        assertEquals(List.of("Allegation hikvision -> peoples-liberation-army by white-house"),
                claims("A White House security memo has pointed to intelligence that accuses Hikvision of giving camera "
                        + "software to the People's Liberation Army, the Financial Times reported."));
        // a name between the document and its verb says it instead
        assertEquals(List.of("Allegation hikvision -> peoples-liberation-army by us-department-of-commerce"),
                claims("A White House memo cites the Commerce Department, which alleged that Hikvision gave camera "
                        + "software to the People's Liberation Army."));
    }

    @Test
    void winningSeveralTendersFromAnArmyIsAContract() {
        assertEquals(List.of("Contract org-orvane-robotics -> indian-army"),
                claims("Orvane Robotics has won three tenders from the Indian Army since 2021."));
        assertEquals(List.of("Contract org-orvane-robotics -> indian-army"),
                claims("Orvane Robotics won contracts from the Indian Army for surveillance drones."));
    }

    @Test
    void aGroupReferredToAfterItsListingIsAccusedFirmByFirm() {
        List<String> c = claims("The Commerce Department added three firms to the Entity List on Tuesday. "
                + "The firms added are Orvane Robotics, Kestrel Optics Ltd and Tamsin Microsystems Co. "
                + "According to the department, they are involved in supplying guidance chips to the People's Liberation Army.");
        assertEquals(List.of("Allegation org-kestrel-optics-ltd -> peoples-liberation-army by us-department-of-commerce",
                "Allegation org-orvane-robotics -> peoples-liberation-army by us-department-of-commerce",
                "Allegation org-tamsin-microsystems-co -> peoples-liberation-army by us-department-of-commerce"),
                c.stream().filter(x -> x.startsWith("Allegation")).toList());
        // a group barred from supplying the lister's own defence department is accused of nothing
        assertEquals(List.of(), claims("The Pentagon added Orvane Robotics and Kestrel Optics Ltd to its list of Chinese military companies. "
                + "Both companies said the listing, which bars them from serving as suppliers for the Defense Department, was a mistake.")
                .stream().filter(x -> x.startsWith("Allegation")).toList());
    }

    @Test
    void theOwnerOfAListNamedInThePhraseListsNotTheBodyThatSpeaks() {
        assertEquals(List.of("Designation us-department-of-defense -> china-mobile by house-select-committee-on-the-ccp"),
                claims("In May, the House Select Committee on the Chinese Communist Party said the app routes data through "
                        + "China Mobile, a carrier that appears on the Pentagon's list of Chinese military companies.")
                        .stream().filter(x -> x.startsWith("Designation")).toList());
    }

    @Test
    void aStatesAuthoritiesListThroughTheBodyOfThatStateTheSentenceNames() {
        assertEquals(List.of("Designation mofcom -> org-kestrel-optics-ltd", "Designation mofcom -> org-orvane-robotics"),
                claims("Chinese authorities have added 14 defence firms to their list of unreliable entities, the Chinese "
                        + "Ministry of Commerce announced. The firms added are Orvane Robotics and Kestrel Optics Ltd.").stream()
                        .filter(x -> x.startsWith("Designation")).map(x -> x.replaceAll(" by .*", "")).toList());
    }

    @Test
    void aDealAProbeAsksAboutIsASuspicionNotADeal() {
        assertEquals(List.of("Allegation org-orvane-robotics -> peoples-liberation-army"),
                claims("Commerce officials are examining whether Orvane Robotics sold guidance chips to the People's Liberation Army.")
                        .stream().map(x -> x.replaceAll(" by .*", "")).toList());
    }

    @Test
    void aDefenceLawyerDeniesForTheClientNotForTheFirmLastAccused() {
        List<String> c = claims("Orvane Robotics supplied guidance chips to the Russian military, the indictment alleges. "
                + "A lawyer for Marek Lindqvist, Paula Grimsby, said her client \"never knowingly sold anything to a military customer\".");
        assertTrue(c.contains("Denial person-paula-grimsby -> person-marek-lindqvist"), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.startsWith("Denial person-paula-grimsby -> org-orvane-robotics")), c.toString());
    }
}
