-- sitrep store schema, version 1. Dates are ISO-8601 text (they sort as text); lists are JSON arrays.
-- Statements end with ';' at the end of a line: the migration runner splits on that.

CREATE TABLE articles (
    id          TEXT PRIMARY KEY,
    doc         TEXT NOT NULL,
    source      TEXT,
    url         TEXT,
    title       TEXT,
    published   TEXT,
    text        TEXT NOT NULL,
    origin      TEXT,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_by_published ON articles (published, doc);

CREATE TABLE events (
    id                 TEXT PRIMARY KEY,
    type               TEXT NOT NULL,
    factuality         TEXT,
    date_start         TEXT,
    date_end           TEXT,
    date_precision     TEXT,
    modes              TEXT NOT NULL DEFAULT '[]',
    contexts           TEXT NOT NULL DEFAULT '[]',
    location_name      TEXT,
    location_country   TEXT,
    location_admin1    TEXT,
    location_lat       REAL,
    location_lon       REAL,
    location_precision TEXT,
    claimed_by         TEXT NOT NULL DEFAULT '[]',
    CHECK ((date_start IS NULL) = (date_end IS NULL) AND (date_start IS NULL) = (date_precision IS NULL))
);
CREATE INDEX events_by_type ON events (type);
CREATE INDEX events_by_date ON events (date_start, id);
CREATE INDEX events_by_date_end ON events (date_end);
CREATE INDEX events_by_location ON events (location_country, location_admin1, location_name);

CREATE TABLE event_actors (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    ord      INTEGER NOT NULL,
    role     TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    name     TEXT NOT NULL,
    aliases  TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (event_id, ord)
);
CREATE INDEX event_actors_by_actor ON event_actors (actor_id);

CREATE TABLE quantities (
    event_id   TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    item       TEXT NOT NULL,
    subtype    TEXT,
    count      INTEGER NOT NULL,
    bound      TEXT NOT NULL,
    status     TEXT,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    PRIMARY KEY (event_id, ord)
);

-- One row per (event, article, sentence): the same sentence re-read for the same event is not a new mention.
CREATE TABLE mentions (
    id         INTEGER PRIMARY KEY,
    event_id   TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    doc        TEXT NOT NULL,
    source     TEXT,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    highlights TEXT NOT NULL DEFAULT '[]',
    UNIQUE (event_id, article_id, start_char, end_char)
);
CREATE INDEX mentions_by_article ON mentions (article_id);
