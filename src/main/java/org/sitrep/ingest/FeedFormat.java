package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** RSS 2.0 (and RSS 1.0/RDF) items and Atom entries, one article each. */
final class FeedFormat {
    /** Long ids (URLs, tag: URIs) keep their tail, the part that tells items apart. */
    private static final int MAX_DOC_LENGTH = 100;

    private FeedFormat() {
    }

    static List<Draft> parse(String content, InputName name, Problems problems) throws UnreadableInputException {
        Document xml = Jsoup.parse(content, "", Parser.xmlParser().setTrackPosition(true));
        boolean atom = xml.selectFirst("feed") != null && xml.selectFirst("rss, rdf|RDF, channel") == null;
        List<Element> items = atom ? xml.getElementsByTag("entry") : xml.getElementsByTag("item");
        if (items.isEmpty()) {
            throw new UnreadableInputException(xml.selectFirst("rss, feed, channel, rdf|RDF") == null
                    ? "not an RSS or Atom feed (no <rss>, <feed> or <channel> element); is the XML complete?"
                    : "feed has no <item> or <entry> elements");
        }
        Element channel = atom ? xml.selectFirst("feed") : xml.selectFirst("channel");
        String source = channel == null ? null : Texts.clean(childText(channel, "title"));
        List<Draft> drafts = new ArrayList<>();
        int n = 0;
        for (Element item : items) {
            n++;
            Integer line = item.sourceRange().isTracked() ? item.sourceRange().start().lineNumber() : null;
            String text = Texts.clean(bodyText(item, atom));
            if (text == null) {
                problems.error(name.path(), line, "feed item " + n + " has no text (no content:encoded, content, "
                        + "description or summary); the feed carries headlines only, fetch the article pages instead");
                continue;
            }
            String title = Texts.clean(Jsoup.parseBodyFragment(nullToEmpty(childText(item, "title"))).text());
            String id = childText(item, atom ? "id" : "guid");
            String dateText = atom ? firstNonBlank(childText(item, "published"), childText(item, "updated"))
                    : firstNonBlank(childText(item, "pubDate"), childText(item, "dc:date"));
            LocalDate published = Dates.parse(dateText).orElse(null);
            if (published == null && dateText != null && !dateText.isBlank()) {
                problems.warning(name.path(), line, "feed item " + n + ": unrecognised date '" + dateText.strip() + "'");
            }
            drafts.add(new Draft(doc(id, name, n), source, Texts.clean(link(item, atom)), title, published, text,
                    line == null ? name.path() : name.at(line), line));
        }
        return drafts;
    }

    private static String bodyText(Element item, boolean atom) {
        List<String> tags = atom ? List.of("content", "summary") : List.of("content:encoded", "description");
        for (String tag : tags) {
            Element e = child(item, tag);
            if (e == null) {
                continue;
            }
            // Escaped or CDATA HTML arrives as text; Atom type="xhtml" content arrives as child elements.
            String html = e.children().isEmpty() ? e.wholeText() : e.html();
            String text = HtmlText.of(Jsoup.parseBodyFragment(html).body());
            if (!text.isBlank()) {
                return text;
            }
        }
        return null;
    }

    private static String link(Element item, boolean atom) {
        if (!atom) {
            return childText(item, "link");
        }
        String fallback = null;
        for (Element link : item.getElementsByTag("link")) {
            String rel = link.attr("rel");
            if (rel.isEmpty() || rel.equals("alternate")) {
                return link.attr("href");
            }
            fallback = fallback == null ? link.attr("href") : fallback;
        }
        return fallback;
    }

    /** Item ids become file-name-safe doc names; without one, {@code <file>-<n>}. */
    private static String doc(String id, InputName name, int n) {
        String safe = id == null ? "" : id.strip().replaceFirst("^[A-Za-z]+://", "")
                .replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
        if (safe.isEmpty()) {
            return name.baseName() + "-" + n;
        }
        return safe.length() > MAX_DOC_LENGTH ? safe.substring(safe.length() - MAX_DOC_LENGTH) : safe;
    }

    private static Element child(Element parent, String tag) {
        for (Element c : parent.children()) {
            if (c.tagName().equalsIgnoreCase(tag)) {
                return c;
            }
        }
        return null;
    }

    private static String childText(Element parent, String tag) {
        Element c = child(parent, tag);
        return c == null ? null : c.wholeText();
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
