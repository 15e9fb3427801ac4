-- sitrep store schema, version 2: an event is a cluster of mentions from one or more articles (issue 4).
-- Mentions keep everything extraction read, so clusters can be rebuilt (recluster) and re-read (reprocess);
-- the events table holds each cluster's merged view: representative fields, source counts and disputes.

ALTER TABLE articles ADD COLUMN wire TEXT;
ALTER TABLE articles ADD COLUMN minhash TEXT;

ALTER TABLE events ADD COLUMN sources_articles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN sources_independent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN disputes TEXT NOT NULL DEFAULT '[]';
-- The merging stage's block (cluster.Block): the days the event's reports agree on and its country. A new
-- mention is compared only with events whose block it falls in, or that hold a sentence of its own article.
ALTER TABLE events ADD COLUMN block_from TEXT;
ALTER TABLE events ADD COLUMN block_to TEXT;
ALTER TABLE events ADD COLUMN block_country TEXT;

-- The event a mention belongs to is checked at commit, not per statement: a rebuild deletes and rewrites
-- events while their mentions wait.
CREATE TABLE mentions_v2 (
    id             TEXT PRIMARY KEY,
    event_id       TEXT NOT NULL REFERENCES events (id) DEFERRABLE INITIALLY DEFERRED,
    article_id     TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    doc            TEXT NOT NULL,
    source         TEXT,
    start_char     INTEGER NOT NULL,
    end_char       INTEGER NOT NULL,
    text           TEXT NOT NULL,
    highlights     TEXT NOT NULL DEFAULT '[]',
    type           TEXT NOT NULL,
    factuality     TEXT NOT NULL,
    date_start     TEXT,
    date_end       TEXT,
    date_precision TEXT,
    country        TEXT,
    payload        TEXT NOT NULL,
    CHECK ((date_start IS NULL) = (date_end IS NULL) AND (date_start IS NULL) = (date_precision IS NULL))
);

-- Version 1 stored one event per mention (the event id is the mention's hash with another prefix), so
-- every old mention becomes a mention of its old event with the fields of that event.
INSERT INTO mentions_v2 (id, event_id, article_id, doc, source, start_char, end_char, text, highlights, type,
                         factuality, date_start, date_end, date_precision, country, payload)
SELECT CASE WHEN m.id = (SELECT min(m2.id) FROM mentions m2 WHERE m2.event_id = m.event_id)
                 AND e.id LIKE 'ev-%' THEN 'mn-' || substr(e.id, 4)
            ELSE 'mn-v1-' || m.id END,
       e.id, m.article_id, m.doc, m.source, m.start_char, m.end_char, m.text, m.highlights, e.type,
       coalesce(e.factuality, 'hypothetical'), e.date_start, e.date_end, e.date_precision, e.location_country,
       json_object(
           'modes', json(e.modes),
           'contexts', json(e.contexts),
           'claimed_by', json(e.claimed_by),
           'location', CASE WHEN e.location_name IS NULL THEN NULL ELSE json_object(
               'name', e.location_name, 'country', e.location_country, 'admin1', e.location_admin1,
               'lat', e.location_lat, 'lon', e.location_lon, 'precision', e.location_precision) END,
           'actors', (SELECT json_group_array(json_object('role', a.role, 'name', a.name, 'id', a.actor_id,
                                                          'aliases', json(a.aliases)))
                      FROM (SELECT * FROM event_actors WHERE event_id = e.id ORDER BY ord) a),
           'quantities', (SELECT json_group_array(json_object('item', q.item, 'subtype', q.subtype,
                                                              'count', q.count, 'bound', q.bound,
                                                              'status', q.status, 'start', q.start_char,
                                                              'end', q.end_char))
                          FROM (SELECT * FROM quantities WHERE event_id = e.id ORDER BY ord) q))
FROM mentions m JOIN events e ON e.id = m.event_id;

DROP TABLE mentions;
ALTER TABLE mentions_v2 RENAME TO mentions;
CREATE INDEX mentions_by_event ON mentions (event_id);
CREATE INDEX mentions_by_article ON mentions (article_id, type);

UPDATE events SET
    block_from = date_start,
    block_to = date_end,
    block_country = location_country,
    sources_articles = (SELECT count(DISTINCT article_id) FROM mentions WHERE event_id = events.id),
    sources_independent = max(1, (SELECT count(DISTINCT lower(source)) FROM mentions
                                  WHERE event_id = events.id AND source IS NOT NULL));

-- An id that no longer names an event (its cluster merged into another, or split) resolves through here.
CREATE INDEX events_by_block ON events (type, block_to, block_from);

CREATE TABLE event_aliases (
    alias    TEXT PRIMARY KEY,
    event_id TEXT NOT NULL
);
CREATE INDEX event_aliases_by_event ON event_aliases (event_id);
