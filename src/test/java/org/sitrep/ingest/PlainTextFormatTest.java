package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlainTextFormatTest {
    private static final InputName NAME = new InputName("in/report.txt", "report");
    private static final LocalDate OCT_21 = LocalDate.of(2024, 10, 21);

    private static Draft parse(String content) throws UnreadableInputException {
        return PlainTextFormat.parse(Texts.light(content), NAME);
    }

    @Test
    void headerBlockWithColonsAndMixedCase() throws Exception {
        Draft d = parse("Date: 2024-10-21\nSOURCE: Example Wire\nurl https://example.org/a/1\n"
                + "Title: Drones over the river\n\nFirst line of the body.\nSecond line.\n");
        assertEquals(OCT_21, d.published());
        assertEquals("Example Wire", d.source());
        assertEquals("https://example.org/a/1", d.url());
        assertEquals("Drones over the river", d.title());
        assertEquals("First line of the body.\nSecond line.", d.text());
        assertEquals("report", d.doc());
        assertEquals("in/report.txt", d.origin());
    }

    @Test
    void dateHeaderOnTheSameLineAsTheFirstSentence() throws Exception {
        Draft d = parse(" date 2024-10-21 A minister arrived in the capital on Monday.\n\nMore text here.\n");
        assertEquals(OCT_21, d.published());
        assertEquals("A minister arrived in the capital on Monday.\n\nMore text here.", d.text());
    }

    @Test
    void writtenOutDatesAndIsoDatetimes() throws Exception {
        assertEquals(OCT_21, parse("date: 21 October 2024\n\nBody.").published());
        assertEquals(OCT_21, parse("date October 21, 2024\n\nBody.").published());
        assertEquals(OCT_21, parse("date: 2024-10-21T23:10:00+03:00\n\nBody.").published());
        Draft sameLine = parse("date 21 Oct 2024 Talks resumed.");
        assertEquals(OCT_21, sameLine.published());
        assertEquals("Talks resumed.", sameLine.text());
    }

    @Test
    void headerEndedWithoutBlankLineStillStripsStrongHeaders() throws Exception {
        Draft d = parse("date: 2024-10-21\nThe body starts at once.");
        assertEquals(OCT_21, d.published());
        assertEquals("The body starts at once.", d.text());
    }

    @Test
    void textWithoutHeaderIsAllBody() throws Exception {
        Draft d = parse("\n  Shelling continued overnight.\nNo header here.\n\n");
        assertNull(d.published());
        assertNull(d.source());
        assertEquals("Shelling continued overnight.\nNo header here.", d.text());
    }

    @Test
    void neverEatsRealText() throws Exception {
        // "date" followed by something that is not a date is prose.
        Draft notADate = parse("Date night plans were cancelled by the air raid.\n\nSecond paragraph.");
        assertNull(notADate.published());
        assertTrue(notADate.text().startsWith("Date night plans"));
        // "source" without a colon that runs into more text is a sentence, not a header.
        Draft sentence = parse("Source close to the talks said no deal was near\nand officials agreed.");
        assertNull(sentence.source());
        assertTrue(sentence.text().startsWith("Source close to the talks"));
        // A sentence ending in a period is not a title.
        Draft title = parse("Title holders met in Geneva.\n\nThey talked.");
        assertNull(title.title());
        assertTrue(title.text().startsWith("Title holders"));
        // Not a URL, so not a url header.
        assertNull(parse("url shortening is common\n\nBody").url());
    }

    @Test
    void aLongSourceOrTitleUnderADateLineIsStillAHeader() throws Exception {
        String source = "Letters from the Chamber (the weekly constituency newsletter of a member of a regional "
                + "parliament)";
        Draft d = parse("title A long night of drones over the west of the country, and what the chamber should do\n"
                + "date 2024-10-21\nsource " + source + "\nurl https://example.org/n/7\n\nDear readers,\n\nBody.");
        assertEquals(OCT_21, d.published());
        assertEquals(source, d.source());
        assertEquals("https://example.org/n/7", d.url());
        assertEquals("Dear readers,\n\nBody.", d.text());
    }

    @Test
    void aHeadlineEndingWithAFullStopIsAHeaderWhenADateLineFollows() throws Exception {
        Draft d = parse("title Trump Says Talks Will Begin. Kyiv Is Not So Sure.\ndate 2024-10-21\nsource Example Wire\n\n"
                + "WASHINGTON - The call lasted two hours.");
        assertEquals(OCT_21, d.published());
        assertEquals("Trump Says Talks Will Begin. Kyiv Is Not So Sure.", d.title());
        assertEquals("WASHINGTON - The call lasted two hours.", d.text());
        // Without a date line under it, such a line is still the body's first sentence.
        assertNull(parse("Title holders met in Geneva.\nThey talked.").title());
    }

    @Test
    void headerWithoutBodyIsAnError() {
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> parse("date: 2024-10-21\nsource: Wire\n\n  \n"));
        assertTrue(e.getMessage().contains("no article text"), e.getMessage());
        assertThrows(UnreadableInputException.class, () -> parse("  \n\n"));
    }

    @Test
    void lightNormalizationOfLineBreaksAndInvisibles() throws Exception {
        Draft d = parse("\uFEFFdate 2024-10-21\r\n\r\nKyiv\u00A0region\u200B was hit.\r\nSecond.");
        assertEquals(OCT_21, d.published());
        assertEquals("Kyiv region was hit.\nSecond.", d.text());
    }
}
