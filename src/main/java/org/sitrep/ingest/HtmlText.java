package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;

/** The readable body of an HTML page or fragment: the article's paragraphs without the page around them. */
final class HtmlText {
    /** Never article prose. */
    private static final String CHROME = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, select, [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [hidden], [aria-hidden=true]";
    /** class/id words that mark boxes around the article: ads, share bars, "related" and newsletter teasers. */
    private static final Set<String> NOISE_WORDS = Set.of(
            "ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsored", "promo", "banner",
            "related", "recommended", "popular", "trending", "most", "newsletter", "subscribe", "subscription",
            "signup", "share", "sharing", "social", "comments", "comment", "breadcrumb", "breadcrumbs",
            "sidebar", "cookie", "cookies", "consent", "paywall", "outbrain", "taboola");
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s_-]+");
    /** Elements whose text is one paragraph of the result; their children are not visited again. */
    private static final Set<String> BLOCKS = Set.of(
            "p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td");

    private HtmlText() {
    }

    /**
     * Paragraphs of the main text under {@code root}, joined by blank lines, or "" when there are none.
     * {@code root} is modified: page chrome and noise boxes are removed from it.
     */
    static String of(Element root) {
        root.select(CHROME).remove();
        removeNoiseBoxes(root);
        Element main = mainElement(root);
        List<String> paragraphs = paragraphs(main);
        if (paragraphs.isEmpty()) {
            // Text straight in <div>s or <body> with <br>s: better one long paragraph than nothing.
            return main.text().strip();
        }
        return String.join("\n\n", paragraphs);
    }

    private static void removeNoiseBoxes(Element root) {
        List<Element> noisy = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            // The article container itself sometimes carries a "has-share-bar" style class; never drop it.
            if (e == root || e.nameIs("article") || e.nameIs("main") || e.nameIs("body")) {
                continue;
            }
            if (isNoise(e.className()) || isNoise(e.id())) {
                noisy.add(e);
            }
        }
        noisy.forEach(Element::remove);
    }

    private static boolean isNoise(String attribute) {
        if (attribute.isEmpty()) {
            return false;
        }
        for (String word : WORD_SPLIT.split(attribute.toLowerCase(Locale.ROOT))) {
            if (NOISE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** {@code <article>} if the page has one with text, else the element that holds the most paragraph text. */
    private static Element mainElement(Element root) {
        Element best = null;
        int bestLength = 0;
        for (Element article : root.select("article, [itemprop=articleBody]")) {
            int length = paragraphLength(article.select("p"));
            if (length > bestLength) {
                best = article;
                bestLength = length;
            }
        }
        if (best != null) {
            return best;
        }
        // Readability-style: a paragraph credits its parent fully and its grandparent by half, so text split
        // across sibling <div>s still elects their common container.
        // LinkedHashMap: candidates in document order, so ties resolve the same way every run.
        Map<Element, Integer> scores = new LinkedHashMap<>();
        for (Element p : root.select("p")) {
            int length = p.text().length();
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, length, Integer::sum);
                if (parent != root && parent.parent() != null) {
                    scores.merge(parent.parent(), length / 2, Integer::sum);
                }
            }
        }
        Element top = root;
        int topScore = 0;
        for (Map.Entry<Element, Integer> e : scores.entrySet()) {
            if (e.getValue() > topScore) {
                top = e.getKey();
                topScore = e.getValue();
            }
        }
        return top;
    }

    private static int paragraphLength(Elements paragraphs) {
        int length = 0;
        for (Element p : paragraphs) {
            length += p.text().length();
        }
        return length;
    }

    private static List<String> paragraphs(Element main) {
        List<String> out = new ArrayList<>();
        main.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    String text = e.text().strip();
                    if (!text.isEmpty()) {
                        out.add(text);
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        });
        return out;
    }
}
