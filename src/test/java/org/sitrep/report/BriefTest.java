package org.sitrep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.model.EventBuilder.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Bound;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Factuality;
import org.sitrep.model.GeoPrecision;

class BriefTest {
    private static final LocalDate D21 = LocalDate.of(2024, 10, 21);

    private static final Event KYIV = event("ev-kyiv").russiaOnUkraine().modes("drone").night("2024-10-21")
            .at("Kyiv", "UA", "Kyiv City", GeoPrecision.CITY)
            .count("drone", "Shahed", 116, Bound.EXACT, "launched").count("killed", null, 2, Bound.AT_LEAST, null)
            .claimedBy("Ukraine's air force")
            .mention("kp-1", "Kyiv Post", "Russia launched 116 Shahed drones at Kyiv overnight.")
            .mention("rt-1", "Reuters", "Russia sent 110 drones, officials said.")
            .sources(2, 2).dispute("quantities.drone.launched", 116, "kp-1", 110, "rt-1").build();
    private static final Event POKROVSK = event("ev-pok").russiaOnUkraine().modes("heavy-weapons").day("2024-10-21")
            .at("Pokrovsk", "UA", "Donetsk Oblast", GeoPrecision.CITY).count("wounded", 5, null)
            .claimedBy("the regional governor").mention("kp-1", "Kyiv Post", "Shelling wounded five in Pokrovsk.")
            .build();
    private static final Event VISIT = event("ev-visit").type(EventType.CONSULT).modes("visit").day("2024-10-21")
            .actor("person:lloyd-austin", "Lloyd Austin").recipient("UKR", "Ukraine")
            .at("Kyiv", "UA", "Kyiv City", GeoPrecision.CITY)
            .mention("ap-1", "AP", "Austin arrived in Kyiv on Monday.").build();
    private static final Event PLANNED = event("ev-plan").type(EventType.AID).day("2024-10-21")
            .factuality(Factuality.FUTURE).actor("USA", "United States").recipient("UKR", "Ukraine")
            .mention("ap-1", "AP", "Washington will send more air defence.").build();
    private static final Event EARLIER = event("ev-old").russiaOnUkraine().night("2024-10-20").inUkraine()
            .count("drone", 50, "launched").mention("old", "Old", "Fifty drones.").build();

    private static final Map<String, Article> ARTICLES = Map.of(
            "a-kp-1", new Article("a-kp-1", "kp-1", "Kyiv Post", "https://kyivpost.example/1", "Night attack on Kyiv",
                    D21, "text", "kp-1.txt"),
            "a-ap-1", new Article("a-ap-1", "ap-1", "AP", "javascript:alert(1)", "Austin in Kyiv", D21, "text",
                    "ap-1.txt"));
    private static final Function<String, Optional<Article>> LOOKUP = id -> Optional.ofNullable(ARTICLES.get(id));

    private static Brief brief(Event... events) {
        return Brief.of(List.of(events), LOOKUP, D21, D21);
    }

    @Test
    void groupsTheDaysEventsByTheatreThenType() {
        Brief b = brief(VISIT, POKROVSK, KYIV, PLANNED, EARLIER);
        assertEquals(List.of("Kyiv", "Front line — Donetsk", "Diplomacy and politics"),
                b.sections().stream().map(Brief.Section::theatre).toList());
        assertEquals("Attacks", b.sections().get(0).groups().get(0).heading());
        assertEquals("Talks and visits", b.sections().get(2).groups().get(0).heading());
        assertEquals(3, b.summary().events(), "the night of 19-20 counts for the 20th, and the plan did not happen");
        assertEquals(3, b.summary().articles());
        assertEquals(3, b.summary().outlets());
        assertEquals(1, b.summary().disputed());
        assertEquals(Map.of("Attacks", 2, "Talks and visits", 1), b.summary().byType());
        assertEquals(List.of("ev-plan"), b.unconfirmed().stream().map(Brief.Line::eventId).toList());
    }

    @Test
    void aLineHasCountsClaimantSourcesDisputesAndCitations() {
        Brief b = brief(KYIV, POKROVSK, VISIT);
        Brief.Line kyiv = b.sections().get(0).groups().get(0).lines().get(0);
        assertEquals("night of 20–21 Oct", kyiv.when());
        assertEquals("Drone attack", kyiv.what());
        assertEquals("Russia → Ukraine", kyiv.who());
        assertEquals(List.of("116 Shahed drones launched", "at least 2 killed"), kyiv.counts());
        assertEquals(List.of("116 vs 110 drones launched"), kyiv.disputes());
        assertEquals(List.of(1, 2), kyiv.citations());
        assertEquals(List.of(1), b.sections().get(1).groups().get(0).lines().get(0).citations(),
                "kp-1 was already cited, so it keeps number 1");

        Brief.Source first = b.sources().get(0);
        assertEquals("Kyiv Post", first.outlet());
        assertEquals("Night attack on Kyiv", first.title());
        assertEquals(D21, first.published());
        assertEquals("rt-1", b.sources().get(1).doc());
        assertEquals(null, b.sources().get(1).title(), "an article the store does not have keeps doc and outlet");

        String md = b.markdown();
        assertTrue(md.startsWith("# Situation report — 21 October 2024\n"), md);
        assertTrue(md.contains("- **night of 20–21 Oct** — Drone attack: Russia → Ukraine, Kyiv. "
                + "116 Shahed drones launched, at least 2 killed. Per Ukraine's air force. 2 independent sources. "
                + "**Disputed:** 116 vs 110 drones launched. \\[1\\] \\[2\\]\n"), md);
        assertTrue(md.contains("## Attack figures\n\n- night of 20–21 Oct, Russia → Ukraine: 116 Shahed drones "
                + "launched (per Ukraine's air force; 2 sources; in Kyiv; disputed: 110), at least 2 killed "
                + "(per Ukraine's air force; 2 sources; in Kyiv).\n"), md);
        assertTrue(md.contains("1. Kyiv Post, “Night attack on Kyiv”, 21 October 2024 (kp-1) "
                + "<https://kyivpost.example/1>\n"), md);
    }

    @Test
    void markdownEscapesArticleText() {
        Event hostile = event("ev-x").russiaOnUkraine().day("2024-10-21")
                .at("Kyiv", "UA", "Kyiv City", GeoPrecision.CITY)
                .claimedBy("<script>alert(1)</script> [click](http://evil.example) *now*\n# heading")
                .mention("ap-1", "AP", "x").build();
        String md = brief(hostile).markdown();
        assertFalse(md.contains("<script>"), md);
        assertFalse(md.contains(" [click]"), md);
        assertTrue(md.contains("Per \\<script\\>alert(1)\\</script\\> \\[click\\](http://evil.example) "
                + "\\*now\\* # heading."), md);
        assertFalse(md.contains("javascript:"), "unsafe links are not written: " + md);
    }

    @Test
    void htmlIsStandaloneWithoutScriptsAndEscapesArticleText() {
        Event hostile = event("ev-x").russiaOnUkraine().day("2024-10-21")
                .at("<img src=x onerror=alert(1)>", "UA", "Kyiv City", GeoPrecision.CITY)
                .claimedBy("<script>alert('x')</script>")
                .mention("ap-1", "\"><script>alert(2)</script>", "x").build();
        String html = brief(KYIV, hostile).html();
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html);
        assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'"));
        assertFalse(html.toLowerCase().contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("Per &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;."), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
        assertTrue(html.contains("<strong class=\"disputed\">Disputed:</strong> 116 vs 110 drones launched."), html);
        assertTrue(html.contains("<a class=\"cite\" href=\"#src-1\">[1]</a>"), html);
        assertTrue(html.contains("<li id=\"src-1\">Kyiv Post, “Night attack on Kyiv”, 21 October 2024 (kp-1) "
                + "<a href=\"https://kyivpost.example/1\" rel=\"noopener noreferrer\">"), html);
        assertTrue(html.endsWith("</body>\n</html>\n"));
    }

    @Test
    void anEmptyDaySaysSoAndARangeCoversItsDays() {
        Brief empty = Brief.of(List.of(EARLIER), LOOKUP, D21, D21);
        assertTrue(empty.markdown().contains("No events that happened are recorded for this period."));
        Brief range = Brief.of(List.of(EARLIER, KYIV), LOOKUP, D21.minusDays(1), D21);
        assertEquals(2, range.summary().events());
        assertTrue(range.markdown().startsWith("# Situation report — 20 October 2024 to 21 October 2024\n"));
        assertThrows(IllegalArgumentException.class, () -> Brief.of(List.of(), LOOKUP, D21, D21.minusDays(1)));
    }
}
