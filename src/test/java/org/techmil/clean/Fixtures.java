package org.techmil.clean;

import org.techmil.ingest.InputFormat;
import org.techmil.ingest.RawArticle;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Small invented articles used by the tests. */
final class Fixtures {
    private Fixtures() {
    }

    static RawArticle text(String name, String content) {
        return new RawArticle(name, content.getBytes(StandardCharsets.UTF_8), InputFormat.TEXT);
    }

    static RawArticle html(String name, String content) {
        return new RawArticle(name, content.getBytes(StandardCharsets.UTF_8), InputFormat.HTML);
    }

    static RawArticle html(String name, String content, Charset charset) {
        return new RawArticle(name, content.getBytes(charset), InputFormat.HTML);
    }

    /** A scrape with a weather header, the viewing date, a doubled headline, bullets, sections and teasers. */
    static final String SECTIONED_SCRAPE = """
            14 °C
            Oslo
            Tuesday, March 3, 2026

            Drone Maker Signs Deal With Navy

            Nordvik Aerial Signs Surveillance Drone Deal With Norwegian Navy

            Written by Ingrid Halvorsen

            The Norwegian navy has agreed to buy forty maritime surveillance drones from Nordvik Aerial, a start-up based in Tromsø, in a contract worth about 300 million kroner.

            What the contract covers

              •  Forty fixed-wing drones with radar and infrared sensors
              •  Ground stations for two coastal patrol squadrons
              •  Five years of maintenance and pilot training

            Why it matters

            Officials said the aircraft would patrol the northern coast, where traffic from foreign vessels has grown, and that the first deliveries are expected next spring.

            The company, which employs about ninety people, said the order would double its annual revenue and allow it to open a second factory.

            Latest

            City Council Approves New Tram Line Through Harbour District

            The council voted to extend the tram network to the harbour, a project expected to take four years.

            Local Football Club Appoints New Head Coach

            The club named its former assistant as head coach after a disappointing season.

            Topics

            Ferry Timetables Change For Summer Season

            Operators will add evening departures from June onwards, the company said.
            spot_img
            """;

    /** A scrape whose body opens with a dateline and ends before fixed-width teaser pairs. */
    static final String DATELINE_SCRAPE = """
            You have no saved stories yet!
            Sign up to our newsletter for weekly updates.
            Post by : Tomas Lindqvist
            Geneva, Feb 9, 2026: A European satellite operator said on Monday it had agreed to supply secure communications capacity to three NATO member armies under a framework signed this week.
            The operator said the capacity would come from two new satellites due to launch later this year, and that the deal included ground terminals for field units.
            Analysts said the agreement showed how commercial space firms are becoming suppliers of military infrastructure across the region.
            Heavy Rain Floods Coastal Roads As Storm Moves North Across The Region
            Drivers were warned to avoid several coastal roads on Sunday evening after heavy rain caused floodin
            Museum Reopens After Two-Year Renovation With New Modern Art Collection Rooms
            The city museum opened its doors again on Saturday with three new galleries devoted to modern art an
            Bakery Chain Expands Into Three New Cities Following Record Sales In Spring
            A regional bakery chain announced plans to open twelve new shops in three cities by the end of autum
            """;
}
