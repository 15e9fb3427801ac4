package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlFormatTest {
    private static final InputName NAME = new InputName("pages/story.html", "story");
    private static final LocalDate OCT_21 = LocalDate.of(2024, 10, 21);

    private static Draft parse(String html) throws UnreadableInputException {
        return new HtmlFormat(new ObjectMapper()).parse(html, NAME);
    }

    private static String page(String head, String body) {
        return "<!doctype html><html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    @Test
    void keepsArticleParagraphsAndDropsPageNoise() throws Exception {
        Draft d = parse(page("<title>Story | Example</title>"
                        + "<meta property=\"og:title\" content=\"Bridge struck overnight\">"
                        + "<meta property=\"og:site_name\" content=\"Example News\">"
                        + "<link rel=\"canonical\" href=\"https://www.example.com/news/bridge\">",
                "<header><nav><a href=/>Home</a> <a href=/world>World</a></nav></header>"
                        + "<article><h1>Bridge struck</h1>"
                        + "<p>A bridge was struck overnight, officials said.</p>"
                        + "<div class=\"ad-slot\"><p>Buy our product now</p></div>"
                        + "<figure class=\"advert\"><figcaption>Sponsored caption</figcaption></figure>"
                        + "<p>Repairs will take <b>weeks</b>.</p>"
                        + "<div class=\"share-tools\"><p>Share on social media</p></div>"
                        + "<div id=\"related-stories\"><p>Another story you may like</p></div>"
                        + "<section class=\"newsletter_signup\"><p>Sign up for our newsletter</p></section>"
                        + "</article>"
                        + "<aside><p>Most read: something else entirely</p></aside>"
                        + "<script>var x = 'not text';</script><footer><p>Copyright</p></footer>"));
        assertEquals("A bridge was struck overnight, officials said.\n\nRepairs will take weeks.", d.text());
        assertEquals("Bridge struck overnight", d.title());
        assertEquals("Example News", d.source());
        assertEquals("https://www.example.com/news/bridge", d.url());
        assertEquals("story", d.doc());
        assertNull(d.published());
    }

    @Test
    void withoutArticleElementPicksTheContainerWithMostParagraphText() throws Exception {
        Draft d = parse(page("<title>Plain page</title>",
                "<div class=\"menu\"><p>Short link</p></div>"
                        + "<div class=\"content\"><p>First long paragraph about the shelling of the city.</p>"
                        + "<p>Second long paragraph about the response of the authorities.</p></div>"));
        assertEquals("First long paragraph about the shelling of the city.\n\n"
                + "Second long paragraph about the response of the authorities.", d.text());
        assertEquals("Plain page", d.title());
    }

    @Test
    void titleFallsBackToH1AndSourceToUrlHost() throws Exception {
        Draft d = parse(page("<title>Site title</title>"
                        + "<meta property=\"og:url\" content=\"https://www.wire.example.net/a/1\">",
                "<h1>Headline here</h1><p>Body text.</p>"));
        assertEquals("Headline here", d.title());
        assertEquals("wire.example.net", d.source());
        assertEquals("https://www.wire.example.net/a/1", d.url());
    }

    @Test
    void dateFromArticlePublishedTimeMeta() throws Exception {
        Draft d = parse(page("<meta property=\"article:published_time\" content=\"2024-10-21T06:00:00+03:00\">"
                + "<meta name=\"date\" content=\"2020-01-01\">", "<p>Body.</p>"));
        assertEquals(OCT_21, d.published());
    }

    @Test
    void dateFromJsonLdArrayAndGraphPreferringTheArticle() throws Exception {
        String graph = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebPage\",\"datePublished\":\"2019-05-05\"},"
                + "{\"@type\":[\"NewsArticle\"],\"datePublished\":\"2024-10-21T10:00:00Z\"}]}</script>";
        assertEquals(OCT_21, parse(page(graph, "<p>Body.</p>")).published());

        String array = "<script type=\"application/ld+json\">{ broken json </script>"
                + "<script type=\"application/ld+json\">[{\"@type\":\"Organization\"},"
                + "{\"@type\":\"Article\",\"datePublished\":\"October 21, 2024\"}]</script>";
        assertEquals(OCT_21, parse(page(array, "<p>Body.</p>")).published());
    }

    @Test
    void dateFromTimeElementThenMetaDate() throws Exception {
        assertEquals(OCT_21, parse(page("",
                "<article><time datetime=\"2024-10-21\">Monday</time><p>Body.</p></article>")).published());
        assertEquals(OCT_21, parse(page("<meta name=\"date\" content=\"21 October 2024\">",
                "<p>Body.</p>")).published());
    }

    @Test
    void pageWithNoTextIsAnError() {
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> parse(page("<title>Empty</title>", "<nav><p>Home</p></nav><script>x()</script>")));
        assertTrue(e.getMessage().contains("no article text"), e.getMessage());
    }

    @Test
    void entitiesAndNoBreakSpacesComeOutAsPlainText() {
        String text = Ingest.stdin(page("", "<p>Kharkiv&nbsp;region &amp; Sumy\u200B.</p>")).only().text();
        assertEquals("Kharkiv region & Sumy.", text);
    }
}
