package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedFormatTest {
    private static final LocalDate OCT_21 = LocalDate.of(2024, 10, 21);

    private static List<Draft> parse(String xml, Problems problems) throws UnreadableInputException {
        return FeedFormat.parse(xml, new InputName("feeds/world.rss", "world"), problems);
    }

    @Test
    void rssItems() throws Exception {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel>
                  <title>World Desk</title>
                  <item>
                    <title>Strike on depot</title>
                    <link>https://example.org/depot</link>
                    <guid>https://example.org/?p=101</guid>
                    <pubDate>Mon, 21 Oct 2024 08:00:00 GMT</pubDate>
                    <description>Short teaser.</description>
                    <content:encoded><![CDATA[<p>A fuel depot burned.</p><p>No casualties were reported.</p>]]></content:encoded>
                  </item>
                  <item>
                    <title>Talks &amp; truce</title>
                    <description>&lt;p&gt;Envoys met &lt;b&gt;again&lt;/b&gt;.&lt;/p&gt;</description>
                  </item>
                  <item>
                    <title>Headline only</title>
                  </item>
                </channel>
                </rss>
                """;
        Problems problems = new Problems();
        List<Draft> items = parse(rss, problems);

        assertEquals(2, items.size());
        Draft first = items.get(0);
        assertEquals("Strike on depot", first.title());
        assertEquals("https://example.org/depot", first.url());
        assertEquals(OCT_21, first.published());
        assertEquals("A fuel depot burned.\n\nNo casualties were reported.", first.text());
        assertEquals("World Desk", first.source());
        assertEquals("example.org-p-101", first.doc());

        Draft second = items.get(1);
        assertEquals("Talks & truce", second.title());
        assertEquals("Envoys met again.", second.text());
        assertEquals("world-2", second.doc());
        assertNull(second.published());

        assertEquals(1, problems.errors().size());
        assertTrue(problems.errors().get(0).reason().startsWith("feed item 3 has no text"));
        assertEquals(17, problems.errors().get(0).line());
    }

    @Test
    void atomEntries() throws Exception {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Front Line Blog</title>
                  <entry>
                    <title>Morning update</title>
                    <id>tag:example.org,2024:entry-9</id>
                    <link rel="self" href="https://example.org/api/9"/>
                    <link rel="alternate" href="https://example.org/9"/>
                    <updated>2024-10-22T09:00:00Z</updated>
                    <published>2024-10-21T07:00:00Z</published>
                    <summary>Teaser only.</summary>
                    <content type="html">&lt;p&gt;Air defence was active overnight.&lt;/p&gt;</content>
                  </entry>
                  <entry>
                    <title>Evening update</title>
                    <updated>2024-10-21T19:00:00Z</updated>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Calm evening.</p></div></content>
                  </entry>
                </feed>
                """;
        List<Draft> entries = parse(atom, new Problems());
        assertEquals(2, entries.size());
        Draft first = entries.get(0);
        assertEquals("Morning update", first.title());
        assertEquals("https://example.org/9", first.url());
        assertEquals(OCT_21, first.published());
        assertEquals("Air defence was active overnight.", first.text());
        assertEquals("Front Line Blog", first.source());
        assertEquals("tag-example.org-2024-entry-9", first.doc());
        Draft second = entries.get(1);
        assertEquals(OCT_21, second.published());
        assertEquals("Calm evening.", second.text());
        assertEquals("world-2", second.doc());
    }

    @Test
    void rss1RdfItems() throws Exception {
        String rdf = """
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel><title>Old Style</title></channel>
                  <item><title>One</title><dc:date>2024-10-21</dc:date><description>Ceasefire held.</description></item>
                </rdf:RDF>
                """;
        Draft d = parse(rdf, new Problems()).get(0);
        assertEquals("Old Style", d.source());
        assertEquals(OCT_21, d.published());
        assertEquals("Ceasefire held.", d.text());
    }

    @Test
    void xmlThatIsNotAFeedIsAnError() {
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> parse("<?xml version=\"1.0\"?><config><entry2/></config>", new Problems()));
        assertTrue(e.getMessage().contains("not an RSS or Atom feed"), e.getMessage());
        assertThrows(UnreadableInputException.class, () -> parse("<rss><channel><title>x", new Problems()));
    }
}
