package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.EntitySpan;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/** Ranges of days read as one time, on sentences with the entities SUTime gives them. */
class DayRangesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 7, 6);

    /** Space-separated words; the time entity spans words {@code from} to {@code to} (exclusive) with its value. */
    private static Sentence sentence(String words, int from, int to, String value) {
        String[] w = words.split(" ");
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < w.length; i++) {
            tokens.add(new Token(i, w[i], w[i], "NN", "O", null, at, at + w[i].length()));
            at += w[i].length() + 1;
        }
        EntitySpan time = new EntitySpan("DATE", value, String.join(" ", List.of(w).subList(from, to)), from, to,
                tokens.get(from).begin(), tokens.get(to - 1).end());
        return new Sentence(0, 0, words.length(), words, tokens, List.of(time), List.of());
    }

    private static List<String> times(Sentence s) {
        return DayRanges.of(s, PUBLISHED).stream().map(e -> e.text() + "=" + e.normalized()).toList();
    }

    @Test
    void twoDaysBeforeTheMonthAreOneSpan() {
        assertEquals(List.of("9 to 11 July=20240709/20240711"),
                times(sentence("Leaders meet from 9 to 11 July .", 5, 7, "2024-07-11")));
        assertEquals(List.of("3 and 5 May=20240503/20240505"),
                times(sentence("Drills ran between 3 and 5 May .", 5, 7, "2024-05-05")));
    }

    @Test
    void twoDaysAfterTheMonthAreOneSpanWithTheYearWhenTheTextGivesIt() {
        assertEquals(List.of("June 15-16=20240615/20240616"),
                times(sentence("a summit on June 15-16 in Switzerland", 3, 4, "2024-06")));
        assertEquals(List.of("June 15-16, 2023=20230615/20230616"),
                times(sentence("a summit on June 15-16, 2023 in Switzerland", 3, 4, "2023-06")));
    }

    @Test
    void numbersThatAreNotDaysOfTheMonthAreLeftAlone() {
        // No month: a count, not days.
        Sentence counts = sentence("between 9 and 11 people died on Monday", 7, 8, "2024-07-01");
        assertEquals(List.of("Monday=2024-07-01"), times(counts));
        // No such day, and a range that runs backwards.
        assertEquals(List.of("31 June=2024-06-31"), times(sentence("from 30 to 31 June", 3, 5, "2024-06-31")));
        assertEquals(List.of("9 July=2024-07-09"), times(sentence("from 11 to 9 July", 3, 5, "2024-07-09")));
    }
}
