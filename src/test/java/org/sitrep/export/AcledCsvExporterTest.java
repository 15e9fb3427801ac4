package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.store.Fixtures.kyivStrike;
import static org.sitrep.store.Fixtures.plannedDeal;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
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
            + "source,notes,fatalities,factuality,plover_type,plover_modes";

    private static String csv(List<Event> events) {
        StringWriter out = new StringWriter();
        new AcledCsvExporter().write(events, out);
        return out.toString();
    }

    @Test
    void writesHeaderAndQuotesFieldsWithCommas() {
        String expected = HEADER + "\r\n"
                + "UAe1,2024-10-20,2024,2,Political violence,Explosions/Remote violence,Air/drone strike,"
                + "Russia,,Ukraine,UA,Kyiv City,Kyiv,50.45,30.52,1,Kyiv Independent,"
                + "\"Russia launched 116 Shahed drones at Kyiv overnight, killing 2, Ukraine's air force said.\","
                + "2,reported,ASSAULT,drone\r\n"
                + "XXe3,,,,Strategic developments,Strategic developments,Agreement,United States,,Ukraine,,,,,,,"
                + "Kyiv Independent,Intro.,0,future,AGREE,\r\n";
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
        assertEquals("UAe7,2024-03-01,2024,3,Political violence,Explosions/Remote violence,"
                + "Shelling/artillery/missile attack,Russia,Wagner Group; Belarus,,UA,Donetsk Oblast,Donetsk Oblast,"
                + "48.0,37.8,2,AP; Reuters,\"He said \"\"shelling\"\"\nwent on.\",0,reported,ASSAULT,"
                + "heavy-weapons; military", row);
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
