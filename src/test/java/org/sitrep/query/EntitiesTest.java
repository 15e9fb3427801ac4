package org.sitrep.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.model.EventBuilder.event;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Location;
import org.sitrep.model.Role;
import org.sitrep.model.Sources;
import org.sitrep.model.Span;
import org.sitrep.query.Entities.ActorEntity;
import org.sitrep.query.Entities.PlaceEntity;
import org.sitrep.resolve.ActorResolver;
import org.sitrep.resolve.Gazetteer;
import org.sitrep.resolve.UserAliases;

class EntitiesTest {
    private static final String PLACES = "geonameid\tname\tascii\talternates\tcountry\tadmin1\tlat\tlon\tkind\tpopulation\n"
            + "703448\tKyiv\tKyiv\tKiev\tUA\tKyiv City\t50.45\t30.52\tcapital\t2800000\n"
            + "713174\tBakhmut\tBakhmut\t\tUA\tDonetsk Oblast\t48.59\t37.99\tcity\t80500\n";
    private static final String ALIASES = "alias\tcanonical_name\tcountry\nKiev\tKyiv\tUA\nUkrainian capital\tKyiv\tUA\n";

    @Test
    void listsActorsAndPlacesWithAliasesWordsUsedAndMentionCounts(@TempDir Path dir) throws Exception {
        Path user = dir.resolve("aliases.tsv");
        Files.writeString(user, "actor\tRashists\tRUS\nplace\tArtemivsk\tBakhmut\tUA\n", StandardCharsets.UTF_8);
        UserAliases u = UserAliases.read(user);
        ActorResolver actors = ActorResolver.loadDefault().withUser(u);
        Gazetteer places = Gazetteer.load(new StringReader(PLACES), new StringReader(ALIASES)).withUser(u);

        String sentence = "Russian forces struck the Ukrainian capital overnight.";
        Evidence withPlace = new Evidence("d1", "a1", "AP", 100, 100 + sentence.length(), sentence,
                List.of(new Span(126, 143, "place")));
        Event a = new Event("e1", EventType.ASSAULT, List.of(), List.of(),
                Factuality.REPORTED, null,
                List.of(new Actor(Role.ACTOR, "Russia", "RUS",
                        List.of("Russian forces"))),
                new Location("Kyiv", "UA", "Kyiv City", 50.45, 30.52, GeoPrecision.CITY),
                List.of(), List.of(), List.of(withPlace, new Evidence("d2", "a2", "BBC", 0, 4, "Same", List.of())),
                new Sources(2, 2));
        Event b = event("e2").actor("RUS", "Russia", "Moscow").recipient("UKR", "Ukraine", "Kyiv")
                .at("Bakhmut", "UA", "Donetsk Oblast", GeoPrecision.CITY).build();

        Entities e = Entities.of(List.of(a, b), actors, places, false);
        ActorEntity russia = e.actors().get(0);
        assertEquals("RUS", russia.id());
        assertEquals("country", russia.kind());
        assertEquals(3, russia.mentions(), "two sentences of e1 and one of e2");
        assertEquals(List.of("Moscow", "Russian forces"), russia.seenAs());
        assertTrue(russia.aliases().contains("Rashists"), "the user's alias is listed: " + russia.aliases());
        assertTrue(russia.aliases().contains("Kremlin"), russia.aliases().toString());
        assertEquals(List.of("RUS", "UKR"), e.actors().stream().map(ActorEntity::id).toList());

        PlaceEntity kyiv = e.places().get(0);
        assertEquals("Kyiv", kyiv.name());
        assertEquals(2, kyiv.mentions());
        assertEquals(List.of("Kiev", "Ukrainian capital"), kyiv.aliases());
        assertEquals(List.of("Ukrainian capital"), kyiv.seenAs());
        PlaceEntity bakhmut = e.places().get(1);
        assertEquals(List.of("Artemivsk"), bakhmut.aliases());

        Entities all = Entities.of(List.of(a, b), actors, places, true);
        assertTrue(all.actors().size() > 200, "every country, organisation and person of the tables");
        assertEquals(0, all.actors().get(all.actors().size() - 1).mentions());
        assertEquals(2, all.places().size(), "both places with aliases are already listed");
    }
}
