package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** One article from an HTML page: body text via {@link HtmlText}, metadata from Open Graph, JSON-LD and friends. */
final class HtmlFormat {
    private final ObjectMapper json;

    HtmlFormat(ObjectMapper json) {
        this.json = json;
    }

    Draft parse(String content, InputName name) throws UnreadableInputException {
        Document page = Jsoup.parse(content);
        // Metadata first: body extraction removes <script> (JSON-LD) and <header> (the <h1>).
        String title = first(meta(page, "meta[property=og:title]"), text(page.selectFirst("h1")), page.title());
        String url = first(attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "meta[property=og:url]"));
        String source = first(meta(page, "meta[property=og:site_name]"),
                host(meta(page, "meta[property=og:url]")), host(attr(page.selectFirst("link[rel=canonical]"), "href")));
        LocalDate published = published(page);
        String text = HtmlText.of(page.body());
        if (text.isBlank()) {
            throw new UnreadableInputException("no article text found in the HTML (no paragraphs outside "
                    + "navigation, ads and scripts); save the article page itself, or paste its text into a .txt file");
        }
        return new Draft(name.baseName(), source, url, title, published, text, name.path(), null);
    }

    private LocalDate published(Document page) {
        return Dates.parse(meta(page, "meta[property=article:published_time]"))
                .or(() -> jsonLdDate(page))
                .or(() -> Dates.parse(attr(page.selectFirst("time[datetime]"), "datetime")))
                .or(() -> Dates.parse(meta(page, "meta[name=date]")))
                .or(() -> Dates.parse(meta(page, "meta[itemprop=datePublished]")))
                .orElse(null);
    }

    /** {@code datePublished} from JSON-LD; an Article-typed node wins over others (a WebPage, an image). */
    private Optional<LocalDate> jsonLdDate(Document page) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collect(json.readTree(script.data()), nodes);
            } catch (JsonProcessingException e) {
                // Broken JSON-LD is common on the web and says nothing about the article; other sources remain.
            }
        }
        Optional<LocalDate> fromArticle = nodes.stream().filter(HtmlFormat::isArticle)
                .map(n -> Dates.parse(n.path("datePublished").asText(null))).flatMap(Optional::stream).findFirst();
        return fromArticle.or(() -> nodes.stream()
                .map(n -> Dates.parse(n.path("datePublished").asText(null))).flatMap(Optional::stream).findFirst());
    }

    /** Objects with a datePublished, looking into top-level arrays and {@code @graph}. */
    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collect(child, out));
        } else if (node.isObject()) {
            if (node.path("datePublished").isTextual()) {
                out.add(node);
            }
            collect(node.get("@graph"), out);
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.path("@type");
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        return types.stream().anyMatch(t -> t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report"));
    }

    private static String meta(Document page, String selector) {
        return attr(page.selectFirst(selector), "content");
    }

    private static String attr(Element e, String name) {
        return e == null ? null : Texts.clean(e.attr(name));
    }

    private static String text(Element e) {
        return e == null ? null : Texts.clean(e.text());
    }

    /** The outlet as its web host: "https://www.bbc.co.uk/news/1" gives "bbc.co.uk". */
    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = new URI(url).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            String clean = Texts.clean(c);
            if (clean != null) {
                return clean;
            }
        }
        return null;
    }
}
