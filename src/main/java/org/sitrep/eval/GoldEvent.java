package org.sitrep.eval;

import java.time.LocalDate;
import java.util.Set;

/**
 * One hand-coded event of a gold file (samples/gold/events.jsonl): what a careful coder reads from one sentence.
 *
 * @param evidence an exact substring of the article that lies inside the sentence reporting the event
 */
public record GoldEvent(String doc, String type, String factuality, LocalDate start, LocalDate end, Set<String> actors,
                        String place, Set<String> quantities, String evidence, int line) {
}
