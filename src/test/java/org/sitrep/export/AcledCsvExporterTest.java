package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.Fixtures.kyivStrike;
import static org.sitrep.store.Fixtures.plannedDeal;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventBuilder;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Location;
import org.sitrep.model.Role;
import org.sitrep.model.Sources;

class AcledCsvExporterTest {
    private static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
            + "sub_event_type,actor1,assoc_actor_1,actor2,country,admin1,location,latitude,longitude,geo_precision,"
            + "source,notes,fatalities,factuality,plover_type,plover_modes,independent_sources,disputes,sitrep_id";

    private static String csv(List<Event> events) {
        StringWriter out = new StringWriter();
        new AcledCsvExporter().write(events, out);
        return out.toString();
    }

    @Test
    void writesHeaderAndQuotesFieldsWithCommas() {
        String expected = HEADER + "\r\n"
                + AcledCsvExporter.eventIdCnty("UA", "e1") + ",2024-10-21,2024,2,Political violence,"
                + "Explosions/Remote violence,Air/drone strike,"
                + "Russia,,Ukraine,Ukraine,Kyiv City,Kyiv,50.45,30.52,1,Kyiv Independent,"
                + "\"Russia launched 116 Shahed drones at Kyiv overnight, killing 2, Ukraine's air force said.\","
                + "2,reported,ASSAULT,drone,1,,e1\r\n"
                + AcledCsvExporter.eventIdCnty(null, "e3") + ",,,,Strategic developments,Strategic developments,"
                + "Agreement,United States,,Ukraine,,,,,,,"
                + "Kyiv Independent,Intro.,0,future,AGREE,,1,,e3\r\n";
        assertEquals(expected, csv(List.of(kyivStrike(), plannedDeal())));
    }

    @Test
    void doublesQuotesAndJoinsSourcesActorsAndModes() {
        Event e = new Event("e7", EventType.ASSAULT, List.of("heavy-weapons", "military"), List.of(),
                Factuality.REPORTED, new EventDate(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31),
                DatePrecision.MONTH),
                List.of(new Actor(Role.ACTOR, "Russia", "RUS", List.of()),
                        new Actor(Role.ACTOR, "Wagner Group", "WAG", List.of()),
                        new Actor(Role.ACTOR, "Belarus", "BLR", List.of())),
                new Location("Donetsk Oblast", "ua", "Donetsk Oblast", 48.0, 37.8, GeoPrecision.REGION),
                List.of(), List.of(),
                List.of(new Evidence("d1", "a1", "AP", 0, 1, "He said \"shelling\"\nwent on.", List.of()),
                        new Evidence("d2", "a2", "Reuters", 0, 1, "x", List.of()),
                        new Evidence("d3", "a3", "AP", 0, 1, "y", List.of())),
                new Sources(3, 2));
        // The note's bare "\n" stays inside its quotes; only CRLF ends a row.
        String row = csv(List.of(e)).split("\r\n")[1];
        assertEquals(AcledCsvExporter.eventIdCnty("UA", "e7") + ",2024-03-16,2024,3,Political violence,"
                + "Explosions/Remote violence,"
                + "Shelling/artillery/missile attack,Russia,Wagner Group; Belarus,,Ukraine,Donetsk Oblast,Donetsk Oblast,"
                + "48.0,37.8,2,AP; Reuters,\"He said \"\"shelling\"\"\nwent on.\",0,reported,ASSAULT,"
                + "heavy-weapons; military,2,,e7", row);
    }

    @Test
    void countriesAreWrittenByNameAsAcledDoes() {
        assertEquals("Russia", AcledCsvExporter.countryName("RU"));
        assertEquals("United States", AcledCsvExporter.countryName("US"));
        assertEquals("ZZ", AcledCsvExporter.countryName("ZZ"));
    }

    @Test
    void idsAreStableAcledStyleCountryLettersAndNumber() {
        assertEquals("UKR" + Long.parseLong("1a2b3c4d5e6f", 16), AcledCsvExporter.eventIdCnty("UA", "ev-1a2b3c4d5e6f"));
        assertEquals("RUS" + Long.parseLong("00000000000f", 16), AcledCsvExporter.eventIdCnty("RU", "ev-00000000000f"));
        assertTrue(AcledCsvExporter.eventIdCnty(null, "custom-id").matches("XXX\\d+"));
        assertEquals(AcledCsvExporter.eventIdCnty("PL", "custom-id"), AcledCsvExporter.eventIdCnty("PL", "custom-id"));
    }

    @Test
    void datesAndTimePrecisionFollowAcled() {
        Event night = EventBuilder.event("ev-000000000001").night("2024-10-21").build();
        Event day = EventBuilder.event("ev-000000000002").day("2024-10-21")
                .dispute("quantities.killed", 2, "a", 3, "b").build();
        Event week = EventBuilder.event("ev-000000000003").date(new EventDate(LocalDate.of(2024, 10, 14),
                LocalDate.of(2024, 10, 20), DatePrecision.WEEK)).build();
        String[] rows = csv(List.of(night, day, week)).split("\r\n");
        assertTrue(rows[1].contains(",2024-10-21,2024,2,"), "a night is dated to its morning, precision 2: " + rows[1]);
        assertTrue(rows[2].contains(",2024-10-21,2024,1,"), rows[2]);
        assertTrue(rows[2].endsWith(",quantities.killed: 2 [a] vs 3 [b],ev-000000000002"), rows[2]);
        assertTrue(rows[3].contains(",2024-10-17,2024,2,"), "a week is coded at its middle: " + rows[3]);
    }

    @Test
    void mapsPloverTypesToAcledTypes() {
        assertEquals(new AcledType("Political violence", "Explosions/Remote violence", "Air/drone strike"),
                type(EventType.ASSAULT, "aerial", "heavy-weapons"));
        assertEquals(new AcledType("Political violence", "Battles", "Armed clash"),
                type(EventType.ASSAULT, "firearms"));
        assertEquals(new AcledType("Political violence", "Violence against civilians",
                "Abduction/forced disappearance"), type(EventType.ASSAULT, "abduct"));
        assertEquals(new AcledType("Demonstrations", "Protests", "Peaceful protest"), type(EventType.PROTEST));
        for (EventType t : List.of(EventType.AGREE, EventType.CONSULT, EventType.SUPPORT, EventType.COOPERATE)) {
            assertEquals("Agreement", type(t).subEvent(), t.name());
        }
        assertEquals("Non-violent transfer of territory", type(EventType.RETREAT, "withdraw").subEvent());
        assertEquals("Other", type(EventType.RETREAT, "release").subEvent());
        assertEquals("Arrests", type(EventType.COERCE, "arrest").subEvent());
        for (EventType t : List.of(EventType.MOBILIZE, EventType.AID, EventType.SANCTION, EventType.THREATEN)) {
            assertEquals(new AcledType("Strategic developments", "Strategic developments", "Other"), type(t));
        }
    }

    private static AcledType type(EventType t, String... modes) {
        return AcledType.of(new Event("x", t, List.of(modes), List.of(), Factuality.REPORTED, null, List.of(), null,
                List.of(), List.of(), List.of(), null));
    }

    @Test
    void quotesOnlyWhenNeeded() {
        assertEquals("plain text", AcledCsvExporter.quote("plain text"));
        assertEquals("\"a,b\"", AcledCsvExporter.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", AcledCsvExporter.quote("say \"hi\""));
        assertEquals("\"two\r\nlines\"", AcledCsvExporter.quote("two\r\nlines"));
    }
}
