package org.sitrep.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.model.Article;

class IndependenceTest {

    private static final String STORY = "Russia launched dozens of drones and several cruise missiles at the capital "
            + "overnight, damaging a power station on the eastern bank and a residential block in the north of the "
            + "city, where rescuers worked through the morning to free people trapped under the rubble. The mayor "
            + "said water and heating had been cut in several districts and that repair crews had been sent out. "
            + "The air force said most of the drones had been shot down by mobile fire groups and air defence "
            + "units, while debris fell on a kindergarten that was empty at the time.";

    private static Article article(String doc, String source, String text) {
        return new Article("id-" + doc, doc, source, null, null, LocalDate.of(2024, 10, 21), text, doc + ".txt");
    }

    private static int count(Article... articles) {
        List<ArticleFingerprint> fps = new ArrayList<>();
        for (Article a : articles) {
            fps.add(Fingerprints.of(a));
        }
        return Independence.count(fps);
    }

    @Test
    void wireCreditsAreReadFromDatelinesAndSignOffsButNotFromCitations() {
        assertEquals("Reuters", Fingerprints.wireOf("KYIV, Oct 21 (Reuters) - Russia launched drones."));
        assertEquals("AP", Fingerprints.wireOf("KYIV, Ukraine (AP) — Russia launched drones."));
        assertEquals("AFP", Fingerprints.wireOf("Russia launched drones at Kyiv.\n\n— AFP\n"));
        assertEquals("AFP", Fingerprints.wireOf("(AFP) - Russia launched drones at Kyiv."));
        assertEquals("Reuters", Fingerprints.wireOf("Russia launched drones.\n\nReporting by Olena Harmash; "
                + "Editing by Mark Heinrich"));
        assertEquals("AP", Fingerprints.wireOf("Russia launched drones. Associated Press writer Hanna Arhirova in "
                + "Kyiv contributed to this report."));
        assertEquals("Sample Wire", Fingerprints.wireOf("KYIV, April 3 (Sample Wire) - Ukraine regained the "
                + "region."), "an agency not listed keeps its name");
        assertNull(Fingerprints.wireOf("(LONDON) — Lloyd Austin arrived in Kyiv."), "a dateline city is no agency");
        assertNull(Fingerprints.wireOf("Russia launched drones, Reuters reported, citing officials."));
        assertNull(Fingerprints.wireOf("An official told AFP the attack had ended."));
        assertNull(Fingerprints.wireOf("The attack ended at dawn.\n\n- Agencies"), "no single agency");
    }

    @Test
    void wireReprintsCountOnce() {
        Article original = article("a", "Gazette", "KYIV, Oct 21 (Reuters) - " + STORY);
        Article rewritten = article("b", "Courier", "KYIV, Oct 21 (Reuters) - Officials in Kyiv said a power "
                + "station was damaged after an overnight barrage of drones and missiles; heating was cut.");
        Article own = article("c", "Herald", "Our correspondent in Kyiv heard explosions before dawn as air "
                + "defences fired at incoming drones over the left bank.");
        assertEquals(1, count(original, rewritten));
        assertEquals(2, count(original, rewritten, own));
    }

    @Test
    void twoArticlesOfOneOutletCountOnceAndTheWireCountsWithItsReprints() {
        Article monday = article("a", "Kyiv Post", "Drones struck the capital overnight, officials said.");
        Article tuesday = article("b", "kyiv post", "Repairs began at the damaged power station on Tuesday.");
        assertEquals(1, count(monday, tuesday), "the outlet is compared without case");
        Article wire = article("c", "Reuters", "Russia hit energy sites across the country on Monday.");
        Article reprint = article("d", "Gazette", "Russia hit energy sites.\n\nReporting by Tom Balmforth; Editing "
                + "by Alex Richardson");
        assertEquals(1, count(wire, reprint));
    }

    @Test
    void nearDuplicateTextsCountOnceIndependentReportsDoNot() {
        String edited = STORY.replace("dozens of", "about 40").replace("the morning", "Monday morning")
                .replace("kindergarten", "nursery school");
        String trimmed = STORY.substring(0, STORY.indexOf("The air force"));
        Article a = article("a", "Gazette", STORY);
        Article b = article("b", "Courier", edited);
        Article c = article("c", "Herald", trimmed);
        Article d = article("d", "Monitor", "Explosions were heard in the capital before dawn. The city's military "
                + "administration reported a strike on energy infrastructure and urged residents to stay in "
                + "shelters until the all-clear. Two people were injured, according to the emergency service.");
        assertTrue(Fingerprints.of(a).similarity(Fingerprints.of(b)) >= Independence.NEAR_DUPLICATE);
        assertEquals(1, count(a, b, c));
        assertEquals(2, count(a, b, c, d));
        assertTrue(Fingerprints.of(a).similarity(Fingerprints.of(d)) < 0.1);
    }

    @Test
    void manyArticlesAreComparedThroughBandsWithTheSameAnswer() {
        List<ArticleFingerprint> fps = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String text = i % 3 == 0 ? STORY + " Copy " + i + "." : words(new java.util.Random(i), 60);
            fps.add(Fingerprints.of(article("doc" + i, "Outlet " + i, text)));
        }
        assertEquals(1 + 200, Independence.count(fps), "the hundred copies of one story are one source");
    }

    /** A text of made-up words, sharing nothing with another one but by chance. */
    private static String words(java.util.Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(Integer.toString(1000 + random.nextInt(1_000_000), 36)).append(' ');
        }
        return sb.toString();
    }

    @Test
    void anEmptyCollectionHasNoSourceAndAnArticleGivenTwiceIsOne() {
        assertEquals(0, Independence.count(List.of()));
        ArticleFingerprint a = Fingerprints.of(article("a", null, STORY));
        assertEquals(1, Independence.count(List.of(a, a)));
    }

    @Test
    void signaturesSurviveTheirTextForm() {
        long[] sig = Fingerprints.of(article("a", null, STORY)).minhash();
        assertEquals(Fingerprints.SIGNATURE_LENGTH, sig.length);
        assertArrayEquals(sig, Fingerprints.decode(Fingerprints.encode(sig)));
        assertArrayEquals(new long[0], Fingerprints.decode(Fingerprints.encode(new long[0])));
        assertThrows(IllegalArgumentException.class, () -> Fingerprints.decode("abc"));
        assertThrows(IllegalArgumentException.class, () -> Fingerprints.decode("not base64!"));
    }

    @Test
    void theSampleReprintAndItsWireOriginalAreOneSource() throws IOException {
        List<Article> read = new ArrayList<>();
        new ArticleReader(new IngestOptions(null, null)).read(List.of(
                Path.of("samples/articles/2024-09-25-putin-nuclear-doctrine.txt").toString(),
                Path.of("samples/articles/2024-09-26-putin-nuclear-doctrine-reprint.txt").toString(),
                Path.of("samples/articles/2024-08-26-energy-attack-zelensky.txt").toString()), System.in, read::add);
        assertEquals(3, read.size());
        List<ArticleFingerprint> fps = read.stream().map(Fingerprints::of).toList();
        assertEquals(2, Independence.count(fps));
        assertEquals(1, Independence.count(fps.subList(0, 2)));
    }
}
