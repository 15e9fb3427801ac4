package org.sitrep.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.SharedPipeline;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Bound;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Quantity;
import org.sitrep.model.Role;
import org.sitrep.model.Span;
import org.sitrep.store.SqliteSearch;
import org.sitrep.store.SqliteStore;

/**
 * The desk in a real headless Chromium over the bundled samples (read by CoreNLP once) and one hostile article:
 * what an analyst sees and does, and that nothing in an article runs as code. Screenshots of every view at
 * laptop and phone size go to target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskBrowserIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The payloads set this flag if they ever run. */
    private static final String FLAG = "window.__pwned";
    private static final String HOSTILE_SENTENCE = "Russia launched 12 drones at Odesa overnight "
            + "<script>window.__pwned = 'script'</script>, the air force said.";
    private static final String HOSTILE_TEXT = HOSTILE_SENTENCE + "\n\nA caption read <img src=x "
            + "onerror=\"window.__pwned = 'img'\"> and <a href=\"javascript:window.__pwned='link'\">this</a>.";
    private static final Article HOSTILE = new Article("hostile-1", "hostile", "Test Wire <svg onload=\"window.__pwned"
            + " = 'source'\">", "javascript:window.__pwned='url'", "Drones over Odesa <img src=x onerror=\""
            + "window.__pwned = 'title'\">", LocalDate.of(2024, 12, 2), HOSTILE_TEXT, "test");

    private SqliteStore store;
    private SqliteSearch search;
    private WebServer server;
    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    private Page page;
    private final List<String> consoleErrors = new ArrayList<>();
    private Path screenshots;
    private String base;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        Path chromium = Path.of(System.getProperty("sitrep.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("no Chromium at " + chromium + ": run tools/setup-browser.sh (it installs "
                    + "Debian's chromium), or set -Dsitrep.chromium=PATH");
        }
        screenshots = Path.of(System.getProperty("sitrep.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
        Path db = dir.resolve("desk.db");
        store = SqliteStore.open(db);
        SharedPipeline.get().ingest(List.of(Path.of("samples", "articles").toString()), new IngestOptions(null, null),
                System.in, store, a -> { });
        store.put(HOSTILE, List.of(hostileMention()));
        // Two outlets count the same night's drones over Kherson differently: one event, disputed.
        store.put(KHERSON_A, List.of(khersonMention(KHERSON_A, 12)));
        store.put(KHERSON_B, List.of(khersonMention(KHERSON_B, 15)));
        search = SqliteSearch.open(db);
        server = WebServer.start(store, search, "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
                .setHeadless(true).setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu")));
    }

    private static final Article KHERSON_A = new Article("kherson-a", "kherson-a", "First Wire", null,
            "Drones over Kherson", LocalDate.of(2024, 12, 5), "Russia launched 12 drones at Kherson overnight.", "test");
    private static final Article KHERSON_B = new Article("kherson-b", "kherson-b", "Second Wire", null,
            "Kherson attacked", LocalDate.of(2024, 12, 5), "Russia launched 15 drones at Kherson overnight.", "test");

    private static Mention khersonMention(Article a, long drones) {
        String text = a.text();
        Evidence ev = new Evidence(a.doc(), a.id(), a.source(), 0, text.length(), text,
                List.of(new Span(0, 6, "actor"), new Span(7, 15, "cue"), new Span(16, 25, "quantity")));
        return new Mention(EventType.ASSAULT, List.of("drone"), List.of("military"), Factuality.REPORTED,
                EventDate.nightEnding(a.published()), List.of(new Actor(Role.ACTOR, "Russia", "RUS", List.of("Russia"))),
                new Location("Kherson", "UA", "Kherson Oblast", 46.64, 32.61, GeoPrecision.CITY),
                List.of(new Quantity("drone", null, drones, Bound.EXACT, "launched", 16, 25)), List.of(), ev);
    }

    private static Mention hostileMention() {
        int end = HOSTILE_SENTENCE.length();
        Evidence ev = new Evidence(HOSTILE.doc(), HOSTILE.id(), HOSTILE.source(), 0, end, HOSTILE_SENTENCE,
                List.of(new Span(0, 6, "actor"), new Span(7, 15, "cue"), new Span(45, 53, "script")));
        return new Mention(EventType.ASSAULT, List.of("drone"), List.of("military"), Factuality.REPORTED,
                EventDate.nightEnding(HOSTILE.published()),
                List.of(new Actor(Role.ACTOR, "Russia", "RUS", List.of("Russia"))),
                new Location("Odesa", "UA", "Odesa Oblast", 46.48, 30.73, GeoPrecision.CITY), List.of(),
                List.of("the air force <b>said</b>"), ev);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (server != null) {
            server.close();
        }
        if (search != null) {
            search.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768));
        page = context.newPage();
        consoleErrors.clear();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                consoleErrors.add(m.text());
            }
        });
        page.onPageError(consoleErrors::add);
    }

    @AfterEach
    void closePage() {
        context.close();
        assertEquals(List.of(), consoleErrors, "the page logged errors (a CSP violation shows here too)");
    }

    private JsonNode api(String pathAndQuery) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private void open(String hash) {
        page.navigate(base + "/" + hash);
        page.waitForSelector("html[data-ready]");
        page.waitForSelector("main .view");
    }

    /** Screenshots of the current view at laptop and phone size. */
    private void shoot(String name) {
        for (int[] size : new int[][] {{1366, 768}, {390, 844}}) {
            page.setViewportSize(size[0], size[1]);
            page.waitForTimeout(150);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(false)
                    .setPath(screenshots.resolve(name + "-" + size[0] + "x" + size[1] + ".png")));
        }
        page.setViewportSize(1366, 768);
    }

    @Test
    void theTimelineListsTheSampleEventsByDay() throws Exception {
        open("#/");
        long total = api("/api/count").get("total").asLong();
        assertTrue(total > 40, "the samples yield many events, got " + total);
        Locator cards = page.locator("a.event");
        assertEquals(Math.min(50, total), cards.count());
        // Locator assertions poll without eval, which the page's CSP forbids (a polled waitForFunction trips it).
        // The page groups thousands as English does ("1,133 events").
        assertThat(page.locator("#result-count")).containsText(String.format(Locale.ENGLISH, "%,d events", total));
        // Newest first: the first day heading is the newest sample's date.
        JsonNode newest = api("/api/events?sort=-date&limit=1").at("/events/0");
        assertTrue(page.locator(".day h2").first().textContent().contains(
                String.valueOf(LocalDate.parse(newest.at("/date/start").asText()).getYear())));
        // Every card says who claims it and how many independent sources back it, where known.
        assertTrue(cards.first().textContent().contains("independent source"));
        shoot("timeline");
    }

    @Test
    void filteringByTypeAndPlaceNarrowsTheTimeline() throws Exception {
        open("#/");
        page.selectOption("#f-type", "ASSAULT");
        page.waitForURL("**type=ASSAULT**");
        page.waitForSelector("main .view");
        long assaults = api("/api/count?type=ASSAULT").get("total").asLong();
        assertThat(page.locator("#result-count")).containsText(String.format(Locale.ENGLISH, "%,d event", assaults));
        for (String badge : page.locator("a.event .badge.type-force").allTextContents()) {
            assertEquals("ASSAULT", badge);
        }
        page.fill("#f-place", "Kyiv");
        page.press("#f-place", "Enter");
        page.waitForURL("**place=Kyiv**");
        long kyiv = api("/api/count?type=ASSAULT&place=Kyiv").get("total").asLong();
        assertThat(page.locator("a.event")).hasCount((int) Math.min(50, kyiv));
    }

    @Test
    void clickingAnEventShowsEverySourceSentenceWithItsPartsMarked() throws Exception {
        // The attack of the night of 25-26 August 2024, told by several outlets: the event with most sentences.
        JsonNode attack = null;
        for (JsonNode e : api("/api/events?type=ASSAULT&from=2024-08-25&to=2024-08-26").get("events")) {
            if (attack == null || e.get("mentions").size() > attack.get("mentions").size()) {
                attack = e;
            }
        }
        assertTrue(attack.get("mentions").size() > 1, "the samples tell the attack more than once: " + attack);
        open("#/?type=ASSAULT&from=2024-08-25&to=2024-08-26");
        page.locator("a.event[data-id='" + attack.get("id").asText() + "']").click();
        page.waitForSelector(".sources-grid .source");
        JsonNode detail = api("/api/events/" + attack.get("id").asText());
        Locator sources = page.locator(".sources-grid .source");
        assertEquals(detail.get("mentions").size(), sources.count());
        for (int i = 0; i < sources.count(); i++) {
            assertEquals(detail.at("/mentions/" + i + "/text").asText(),
                    sources.nth(i).locator("blockquote.sentence").textContent());
        }
        assertTrue(page.locator(".sentence mark.hl-cue").count() >= 1, "the cue is marked");
        assertEquals(detail.get("disputes").size() > 0, page.locator(".disputes").count() == 1);
        shoot("event");
        // Each sentence links to its article, where the sentence is marked.
        sources.first().locator("a", new Locator.LocatorOptions().setHasText("Read the article")).click();
        page.waitForSelector(".article-text mark.evidence-span.focus");
        assertTrue(page.locator(".article-text").textContent().contains(detail.at("/mentions/0/text").asText()));
        shoot("article");
    }

    @Test
    void disputesAreShownAsDisputes() throws Exception {
        JsonNode kherson = api("/api/events?place=Kherson&from=2024-12-04&to=2024-12-05").get("events");
        assertEquals(1, kherson.size(), "the two reports are one event: " + kherson);
        JsonNode dispute = kherson.at("/0/disputes/0");
        assertEquals("quantities.drone.launched", dispute.get("field").asText(), kherson.toString());
        open("#/event/" + kherson.at("/0/id").asText());
        Locator table = page.locator(".disputes table");
        assertTrue(page.locator(".disputes h2").textContent().contains("Sources disagree"));
        assertEquals(2, table.locator("tbody tr").count());
        String rows = table.textContent();
        assertTrue(rows.contains("12") && rows.contains("kherson-a") && rows.contains("15") && rows.contains("kherson-b"),
                rows);
        assertEquals(2, page.locator(".sources-grid .source").count());
        shoot("disputed-event");
        open("#/?place=Kherson");
        // Only the hash changed: the event view is still up until the list replaces it.
        page.waitForSelector("a.event");
        assertEquals(1, page.locator("a.event .badge.disputed").count());
    }

    @Test
    void searchFindsAnArticle() throws Exception {
        open("#/");
        page.fill("#search-box", "Avdiivka");
        page.press("#search-box", "Enter");
        page.waitForSelector(".search-results");
        JsonNode hits = api("/api/search?q=Avdiivka&limit=30");
        assertTrue(hits.get("articles").size() > 0);
        Locator titles = page.locator("section[aria-labelledby='hits-articles'] a.hit-title");
        assertEquals(hits.get("articles").size(), titles.count());
        assertEquals(hits.at("/articles/0/title").asText(), titles.first().textContent());
        assertTrue(page.locator(".snippet mark").first().textContent().toLowerCase().contains("avdiivka"));
        shoot("search");
        titles.first().click();
        page.waitForSelector(".article-text");
        assertTrue(page.locator(".article-text").textContent().contains("Avdiivka"));
    }

    @Test
    void articleTextIsShownAsTextAndNeverRuns() throws Exception {
        // The hostile article's event, wherever the samples' own Odesa events rank.
        String event = null;
        for (JsonNode e : api("/api/search?q=" + URLEncoder.encode("Odesa", StandardCharsets.UTF_8) + "&limit=100")
                .get("events")) {
            if (HOSTILE.doc().equals(e.get("doc").asText())) {
                event = e.get("id").asText();
            }
        }
        assertNotNull(event, "the hostile article's event is found by its place");
        open("#/article/" + HOSTILE.id());
        Locator text = page.locator(".article-text");
        // The text exactly, but for the event links set after each evidence sentence.
        assertEquals(HOSTILE_TEXT, text.textContent().replace("ASSAULT", ""));
        assertEquals(0, text.locator("img, script, svg, a[href^='javascript']").count());
        assertTrue(page.locator("h1.article-title").textContent().contains("<img src=x onerror="));
        assertEquals(0, page.locator("main a[href^='javascript']").count(), "the javascript: url is not a link");
        shoot("hostile-article");

        open("#/event/" + event);
        assertTrue(page.locator(".sentence").textContent().contains("<script>window.__pwned = 'script'</script>"));
        assertTrue(page.locator(".outlet").textContent().contains("<svg onload="));
        assertTrue(page.locator(".facts").textContent().contains("the air force <b>said</b>"));

        open("#/search?q=Odesa");
        assertTrue(page.locator(".search-results").textContent().contains("<img src=x onerror="));
        open("#/?place=Odesa");
        page.waitForSelector("a.event .quote");
        assertTrue(page.locator("a.event .quote").allTextContents().stream().anyMatch(q -> q.contains("<script>")),
                "the hostile sentence is shown as text among Odesa's events");
        assertEquals("undefined", page.evaluate("typeof " + FLAG), "a payload ran: " + page.evaluate(FLAG));
    }

    @Test
    void theMapDrawsAPlaceForEveryPlacedEventsLocation() throws Exception {
        open("#/map");
        page.waitForSelector("svg.map path.country");
        JsonNode places = api("/api/places?limit=2000").get("places");
        int points = 0;
        for (JsonNode p : places) {
            if (!p.get("precision").asText().equals("country")) {
                points++;
            }
        }
        int drawn = page.locator("svg.map circle.place").count();
        assertTrue(drawn > 0 && drawn <= points, drawn + " circles for " + points + " places");
        assertEquals(places.size(), page.locator("table.places-table tbody tr").count());
        shoot("map");
        // Circles are drawn largest first, so the last one drawn lies on top: a town's circle may cover the middle
        // of its region's.
        page.locator("svg.map .places a").last().click();
        page.waitForURL("**place=**");
        page.waitForSelector("a.event");
    }

    /** A day whose attack figures the samples state: the barrage of 10 October 2022. */
    private static final String KNOWN_DAY = "2022-10-10";
    /** The sample that reports it (another article of the same day tells it with the same figures). */
    private static final String KNOWN_REPORT = "2022-10-10-missile-barrage-kyiv";

    /**
     * The gold figures of the known day as its own report states them: "drone launched" to 24, and so on, all kinds
     * added up. Later articles that recall the night in passing ("some 80 missiles") are other claims of it.
     */
    private static Map<String, Long> goldFigures() throws Exception {
        Map<String, Long> out = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("samples", "gold", "events.jsonl"))) {
            JsonNode g = JSON.readTree(line);
            if (g.get("type").asText().equals("ASSAULT") && g.at("/date/end").asText().equals(KNOWN_DAY)
                    && g.get("doc").asText().equals(KNOWN_REPORT)) {
                for (JsonNode q : g.get("quantities")) {
                    if (List.of("drone", "missile").contains(q.get("item").asText())) {
                        out.merge(q.get("item").asText() + " " + q.get("status").asText(), q.get("count").asLong(),
                                Long::sum);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void theChartShowsTheNumbersTheSamplesStateForAKnownDay() throws Exception {
        Map<String, Long> gold = goldFigures();
        assertEquals(4, gold.size(), gold.toString());
        // A month around the day: the chart shows the last 60 nights of its range, and the samples hold more.
        open("#/attacks?from=2022-10-01&to=2022-10-31");
        page.waitForSelector("svg.chart a.night");
        shoot("attacks");
        Locator day = page.locator("svg.chart a.night[data-night='" + KNOWN_DAY + "']");
        String label = day.getAttribute("aria-label");
        for (Map.Entry<String, Long> f : gold.entrySet()) {
            String[] itemStatus = f.getKey().split(" ");
            String words = f.getValue() + " " + itemStatus[0] + "s " + itemStatus[1].replace('_', ' ');
            assertTrue(label.contains(words), "chart says \"" + label + "\", the samples say " + words);
        }
        long dronesShare = Math.round(100.0 * gold.get("drone shot_down") / gold.get("drone launched"));
        long missilesShare = Math.round(100.0 * gold.get("missile shot_down") / gold.get("missile launched"));
        assertEquals(List.of(dronesShare + "%", missilesShare + "%"), day.locator("text.share").allTextContents());
        day.click();
        page.waitForSelector(".night-detail table.figures");
        assertTrue(page.url().contains("night=" + KNOWN_DAY), page.url());
        JsonNode tallies = api("/api/attacks?from=" + KNOWN_DAY + "&to=" + KNOWN_DAY);
        Set<String> ids = new HashSet<>();
        for (JsonNode row : tallies.get("rows")) {
            // The page shows one attacker at a time, by default the one with the most nights: Russia. A count with no
            // attacker named that night is another row.
            if (!"RUS".equals(row.at("/attacker/id").asText())) {
                continue;
            }
            for (JsonNode f : row.get("figures")) {
                f.get("events").forEach(e -> ids.add(e.asText()));
            }
        }
        assertEquals(ids.size(), page.locator(".night-detail a.event").count());
        assertTrue(page.locator(".night-detail table.figures").first().textContent().contains("84"));
        shoot("attacks-night");
    }

    @Test
    void theBriefReportsTheDayAndLinksItsEvents() throws Exception {
        open("#/brief?date=2024-08-26");
        JsonNode brief = api("/api/brief?date=2024-08-26");
        assertTrue(brief.at("/summary/events").asInt() > 0);
        assertTrue(page.locator(".brief .summary-line").textContent()
                .startsWith(brief.at("/summary/events").asInt() + " event"));
        assertEquals(brief.get("sources").size(), page.locator(".sources-list li").count());
        assertTrue(page.locator("a[href*='format=markdown']").count() == 1);
        shoot("brief");
        String first = brief.at("/sections/0/groups/0/lines/0/event").asText();
        page.locator(".brief .lines a[href='#/event/" + first + "']").first().click();
        page.waitForSelector(".sources-grid");
        assertTrue(page.url().endsWith("#/event/" + first));
    }

    @Test
    void theKeyboardReachesEverything() {
        open("#/");
        page.keyboard().press("/");
        assertEquals("search-box", page.evaluate("document.activeElement.id"));
        page.keyboard().press("Escape");
        page.keyboard().press("j");
        assertEquals("event", page.evaluate("document.activeElement.className"));
        page.keyboard().press("j");
        String second = (String) page.evaluate("document.activeElement.dataset.id");
        page.keyboard().press("Enter");
        page.waitForSelector(".sources-grid");
        assertTrue(page.url().endsWith("#/event/" + second), page.url());
        page.keyboard().press("Escape");
        page.waitForSelector("a.event");
        assertFalse(page.url().contains("/event/"));
    }
}
