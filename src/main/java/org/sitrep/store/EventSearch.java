package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.model.EventType;
import org.sitrep.model.Factuality;
import org.sitrep.model.GeoPrecision;
import org.sitrep.query.EventQuery;

/**
 * What browsing the record needs beyond {@link EventStore}: full-text search over articles and evidence
 * sentences, and counts for a filter. Kept apart from the store so each database can use its own full-text
 * engine (SQLite FTS5 in {@link SqliteSearch}; PostgreSQL's text search can follow).
 */
public interface EventSearch extends AutoCloseable {

    /**
     * Articles and events whose text holds every word of {@code query} (words are stemmed, so "attacks" finds
     * "attacked"; "quoted words" must appear together; a trailing * matches any ending), best match first.
     *
     * @param limit at most this many articles and this many events
     * @throws IllegalArgumentException when the query has no word to look for
     */
    Results search(String query, int limit);

    /** How many events match the query's filters (its limit and offset are ignored). */
    long count(EventQuery query);

    /** The places of the events matching the query's filters, with how many events each, most first. */
    List<Place> places(EventQuery query, int limit);

    /** The evidence sentences read from one article, in text order, with the events they support. */
    List<ArticleMention> mentionsIn(String articleId);

    @Override
    void close();

    /** Search results: articles, and events found through their evidence sentences. */
    record Results(List<ArticleHit> articles, List<EventHit> events) {
        public Results {
            articles = List.copyOf(articles);
            events = List.copyOf(events);
        }
    }

    /** An article that matches, with a passage around the matching words. */
    record ArticleHit(String id, String doc, String title, String source, LocalDate published, Snippet snippet) {
        public ArticleHit {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(snippet, "snippet");
        }
    }

    /** An event one of whose evidence sentences matches; the snippet is from that sentence. */
    record EventHit(String eventId, EventType type, Factuality factuality, LocalDate date, String articleId,
                    String doc, String source, Snippet snippet) {
        public EventHit {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(snippet, "snippet");
        }
    }

    /** A place on the map: where events happened, and how many. */
    record Place(String name, String country, String admin1, double lat, double lon, GeoPrecision precision,
                 int events) {
    }

    /** One evidence sentence in an article: its character span and the event it supports. */
    record ArticleMention(String eventId, EventType type, Factuality factuality, int start, int end) {
    }

    /** A passage of text in parts, the parts that matched the query marked. */
    record Snippet(List<Part> parts) {
        public Snippet {
            parts = List.copyOf(parts);
        }

        /** Splits text in which matches are enclosed by {@code open} and {@code close}. */
        public static Snippet parse(String marked, char open, char close) {
            List<Part> parts = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            boolean match = false;
            for (int i = 0; i < marked.length(); i++) {
                char c = marked.charAt(i);
                if (c == open || c == close) {
                    if (current.length() > 0) {
                        parts.add(new Part(current.toString(), match));
                        current.setLength(0);
                    }
                    match = c == open;
                } else {
                    current.append(c);
                }
            }
            if (current.length() > 0) {
                parts.add(new Part(current.toString(), match));
            }
            return new Snippet(parts);
        }

        /** One run of text; {@code match} when it is a word the query asked for. */
        public record Part(String text, boolean match) {
            public Part {
                Objects.requireNonNull(text, "text");
            }
        }
    }
}
