package org.sitrep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.model.EventBuilder.event;

import org.junit.jupiter.api.Test;
import org.sitrep.model.EventType;
import org.sitrep.model.GeoPrecision;

class TheatresTest {
    private final Theatres theatres = Theatres.loadDefault();

    private String theatre(EventType type, String place, String country, String admin1, GeoPrecision p) {
        var b = event("e").type(type);
        if (place != null) {
            b.at(place, country, admin1, p);
        }
        return theatres.of(b.build()).name();
    }

    @Test
    void warEventsGoByPlace() {
        assertEquals("Kyiv", theatre(EventType.ASSAULT, "Kyiv", "UA", "Kyiv City", GeoPrecision.CITY));
        assertEquals("Front line — Donetsk", theatre(EventType.ASSAULT, "Pokrovsk", "UA", "Donetsk Oblast",
                GeoPrecision.CITY));
        assertEquals("Front line — Donetsk", theatre(EventType.RETREAT, "Donbas", "UA", "Donbas",
                GeoPrecision.REGION));
        assertEquals("Ukraine — Lviv Oblast", theatre(EventType.ASSAULT, "Lviv", "UA", "Lviv Oblast",
                GeoPrecision.CITY));
        assertEquals("Ukraine — countrywide", theatre(EventType.ASSAULT, "Ukraine", "UA", null,
                GeoPrecision.COUNTRY));
        assertEquals("Russia — border regions", theatre(EventType.ASSAULT, "Belgorod", "RU", "Belgorod Oblast",
                GeoPrecision.CITY));
        assertEquals("Russia", theatre(EventType.MOBILIZE, "Moscow", "RU", "Moscow City", GeoPrecision.CITY));
        assertEquals("Elsewhere — Poland", theatre(EventType.MOBILIZE, "Poland", "PL", null, GeoPrecision.COUNTRY));
        assertEquals("Place not stated", theatre(EventType.ASSAULT, null, null, null, null));
    }

    @Test
    void diplomacyIsOneTheatreWhereverItHappens() {
        assertEquals("Diplomacy and politics", theatre(EventType.CONSULT, "Kyiv", "UA", "Kyiv City",
                GeoPrecision.CITY));
        assertEquals("Diplomacy and politics", theatre(EventType.SANCTION, null, null, null, null));
    }

    @Test
    void sectionsOrderByTheirRule() {
        var kyiv = theatres.of(event("a").at("Kyiv", "UA", "Kyiv City", GeoPrecision.CITY).build());
        var donetsk = theatres.of(event("b").at("Bakhmut", "UA", "Donetsk Oblast", GeoPrecision.CITY).build());
        var diplomacy = theatres.of(event("c").type(EventType.CONSULT).build());
        assertTrue(kyiv.compareTo(donetsk) < 0);
        assertTrue(donetsk.compareTo(diplomacy) < 0);
    }
}
