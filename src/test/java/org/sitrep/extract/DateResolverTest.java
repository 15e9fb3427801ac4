package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.nlp.EntitySpan;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

class DateResolverTest {

    private static final LocalDate MONDAY = LocalDate.of(2024, 10, 21);
    private static final DateResolver DATES = new DateResolver(Lexicon.loadDefault());

    private static EntitySpan time(String text, String value) {
        return new EntitySpan("DATE", value, text, 0, 1, 0, text.length());
    }

    @Test
    void overnightIsTheNightEndingOnThePublicationMorning() {
        EventDate d = DateResolver.toDate(new EntitySpan("TIME", "2024-10-21TNI", "overnight", 0, 1, 0, 9),
                MONDAY, true, true);
        assertEquals(new EventDate(LocalDate.of(2024, 10, 20), MONDAY, DatePrecision.NIGHT), d);
    }

    @Test
    void sundayNightInAMondayArticleIsTheNightJustPastNotTheComingOne() {
        // SUTime puts a bare weekday in the document date's Monday-to-Sunday week: 2024-10-27.
        EventDate d = DateResolver.toDate(time("Sunday night", "2024-10-27TNI"), MONDAY, true, true);
        assertEquals(new EventDate(LocalDate.of(2024, 10, 20), MONDAY, DatePrecision.NIGHT), d);
    }

    @Test
    void aFutureEventKeepsTheComingWeekday() {
        EventDate d = DateResolver.toDate(time("Friday", "2024-10-25"), MONDAY, false, false);
        assertEquals(EventDate.day(LocalDate.of(2024, 10, 25)), d);
    }

    @Test
    void aDurationJoinedToAWeekdayIsThatDay() {
        // SUTime reads "for almost an hour on Thursday" as one expression, "2024-10-17-WXX-4 INTERSECT PT1H".
        EventDate d = DateResolver.toDate(time("an hour on Thursday", "2024-10-17-WXX-4 INTERSECT PT1H"), MONDAY, true,
                false);
        assertEquals(LocalDate.of(2024, 10, 17), d.start());
        assertEquals(LocalDate.of(2024, 10, 17), d.end());
    }

    @Test
    void rangesWeeksMonthsAndYears() {
        assertEquals(new EventDate(LocalDate.of(2024, 10, 20), MONDAY, DatePrecision.NIGHT),
                DateResolver.toDate(time("from Sunday to Monday", "20241020/20241021"), MONDAY, true, true));
        assertEquals(new EventDate(LocalDate.of(2024, 10, 14), LocalDate.of(2024, 10, 20), DatePrecision.WEEK),
                DateResolver.toDate(time("last week", "2024-W42"), MONDAY, true, false));
        assertEquals(new EventDate(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 28), DatePrecision.MONTH),
                DateResolver.toDate(time("February 2022", "2022-02"), MONDAY, true, false));
        assertEquals(DatePrecision.YEAR, DateResolver.toDate(time("2022", "2022"), MONDAY, true, false).precision());
    }

    @Test
    void vagueReferencesGiveNoDate() {
        assertNull(DateResolver.toDate(time("previously", "PAST_REF"), MONDAY, true, false));
        assertNull(DateResolver.toDate(new EntitySpan("TIME", "2024-10-21TXX:XX", "the Second", 0, 1, 0, 10),
                MONDAY, true, false));
    }

    @Test
    void withoutAPublicationDateOnlyExpressionsNamingTheirYearCount() {
        Token t = new Token(0, "attack", "attack", "NN", "O", null, 0, 6);
        Sentence s = new Sentence(0, 0, 30, "attack on Monday in March 2022", List.of(t),
                List.of(new EntitySpan("DATE", "2026-11-23", "Monday", 2, 3, 10, 16),
                        new EntitySpan("DATE", "2022-03", "March 2022", 4, 6, 20, 30)), List.of());
        DateResolver.Resolved r = DATES.resolve(s, 0, null, true).orElseThrow();
        assertEquals(DatePrecision.MONTH, r.date().precision());
        assertTrue(DATES.resolve(new Sentence(0, 0, 6, "attack", List.of(t), List.of(), List.of()),
                0, null, true).isEmpty());
    }

    /** An unparsed sentence of single-word tokens with the given time expressions (token index, ner, value). */
    private static Sentence sentence(String text, Object... times) {
        String[] words = text.split(" ");
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(i, words[i], words[i].toLowerCase(), "NN", "O", null, at, at + words[i].length()));
            at += words[i].length() + 1;
        }
        List<EntitySpan> entities = new ArrayList<>();
        for (int k = 0; k < times.length; k += 3) {
            Token t = tokens.get((Integer) times[k]);
            entities.add(new EntitySpan((String) times[k + 1], (String) times[k + 2], t.word(), t.index(),
                    t.index() + 1, t.begin(), t.end()));
        }
        return new Sentence(0, 0, text.length(), text, tokens, entities, List.of());
    }

    @Test
    void aDatelineDatesTheStoryNotTheEvent() {
        // Monday 2025-04-14; the strike was on Sunday.
        Sentence s = sentence("SUMY, Ukraine, April 14 (Wire) - Missiles struck Sumy on Sunday killing 34",
                3, "DATE", "2025-04-14", 10, "DATE", "2025-04-13");
        DateResolver.Resolved r = DATES.resolve(s, 6, LocalDate.of(2025, 4, 14), true).orElseThrow();
        assertEquals(EventDate.day(LocalDate.of(2025, 4, 13)), r.date());
    }

    @Test
    void overnightIntoSundayIsTheNightThatEndedOnSunday() {
        // A Monday article: SUTime reads "overnight" as the night ending Monday, but the text says into Sunday.
        Sentence s = sentence("Russia launched 472 drones overnight into Sunday",
                4, "TIME", "2025-06-02TNI", 6, "DATE", "2025-06-01");
        DateResolver.Resolved r = DATES.resolve(s, 1, LocalDate.of(2025, 6, 2), true).orElseThrow();
        assertEquals(new EventDate(LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 1), DatePrecision.NIGHT), r.date());
    }

    @Test
    void aPlanWithNoTimeOfItsOwnHasNoDateButAReportHasItsArticles() {
        Sentence s = sentence("Austin will meet Zelensky");
        assertTrue(DATES.resolve(s, 2, MONDAY, false).isEmpty());
        assertEquals(EventDate.day(MONDAY), DATES.resolve(s, 2, MONDAY, true).orElseThrow().date());
        assertTrue(DATES.resolve(sentence("Washington has so far refused"), 4, MONDAY, true).isEmpty());
    }

    @Test
    void aWeekdayInAPlanIsTheComingOneWhateverTheTenseSutimeSaw() {
        // SUTime put "Tuesday" in the week before a Monday article because the sentence was reported speech.
        assertEquals(EventDate.day(LocalDate.of(2024, 10, 22)),
                DateResolver.toDate(time("Tuesday", "2024-10-15"), MONDAY, false, false));
        assertEquals(EventDate.day(LocalDate.of(2024, 10, 15)),
                DateResolver.toDate(time("last Tuesday", "2024-10-22"), MONDAY, true, false));
    }

    @Test
    void thePreviousNightIsTheNightBeforeTheOneJustReported() {
        // A Thursday report of an overnight attack: "the previous night" ended on Wednesday morning.
        EventDate d = DateResolver.toDate(new EntitySpan("TIME", "2025-07-09TNI", "The previous night", 0, 3, 0, 18),
                LocalDate.of(2025, 7, 10), true, true);
        assertEquals(new EventDate(LocalDate.of(2025, 7, 8), LocalDate.of(2025, 7, 9), DatePrecision.NIGHT), d);
    }

    @Test
    void aPartOfAMonthWithNoYearIsThatMonthLastPassed() {
        // "in the first week of March", read in an October article: SUTime writes "XXXX-03 INTERSECT P1W-#1".
        assertEquals(new EventDate(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), DatePrecision.MONTH),
                DateResolver.toDate(time("the first week of March", "XXXX-03 INTERSECT P1W-#1"), MONDAY, true, false));
        // "in the first days of December", in October, of what happened: last December.
        assertEquals(LocalDate.of(2023, 12, 1),
                DateResolver.toDate(time("the first days of December", "XXXX-12 INTERSECT P3D"), MONDAY, true, false)
                        .start());
    }

    @Test
    void aSeasonWithItsYearToldIsThatYearAndOneWithoutIsUndated() {
        assertEquals(new EventDate(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), DatePrecision.YEAR),
                DateResolver.toDate(time("the autumn of 2023", "2023-FA"), MONDAY, true, false));
        assertNull(DateResolver.toDate(time("last summer", "2023-SU"), MONDAY, true, false));
    }
}
