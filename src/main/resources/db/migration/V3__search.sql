-- sitrep store schema, version 3: full-text search over articles and evidence sentences, and indexes for
-- browsing events by date, filtered, a page at a time.
-- Statements end with ';' at the end of a line: the migration runner splits on that, so each trigger body
-- keeps its inner statements and END on its last line.

-- Articles (title, text) and evidence sentences (mentions.text), each indexed as "external content": the
-- index keeps only the words and reads the text from its table by rowid, so nothing is stored twice. Both
-- tables have text primary keys, so the key is SQLite's implicit rowid, which only VACUUM or a table rebuild
-- would renumber: a migration that rebuilds either table must end with
-- INSERT INTO article_search (article_search) VALUES ('rebuild') (or mention_search), and sitrep never VACUUMs.
-- Porter stemming lets "attacks" find "attacked"; unicode61 folds case and diacritics in every script.
CREATE VIRTUAL TABLE article_search USING fts5(
    title, text, content = 'articles', content_rowid = 'rowid',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO article_search (article_search) VALUES ('rebuild');
CREATE TRIGGER article_search_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_search (rowid, title, text) VALUES (new.rowid, new.title, new.text); END;
CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN
    INSERT INTO article_search (article_search, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END;
CREATE TRIGGER article_search_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO article_search (article_search, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); INSERT INTO article_search (rowid, title, text) VALUES (new.rowid, new.title, new.text); END;

CREATE VIRTUAL TABLE mention_search USING fts5(
    text, content = 'mentions', content_rowid = 'rowid',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO mention_search (mention_search) VALUES ('rebuild');
CREATE TRIGGER mention_search_insert AFTER INSERT ON mentions BEGIN
    INSERT INTO mention_search (rowid, text) VALUES (new.rowid, new.text); END;
CREATE TRIGGER mention_search_delete AFTER DELETE ON mentions BEGIN
    INSERT INTO mention_search (mention_search, rowid, text) VALUES ('delete', old.rowid, old.text); END;
CREATE TRIGGER mention_search_update AFTER UPDATE OF text ON mentions BEGIN
    INSERT INTO mention_search (mention_search, rowid, text) VALUES ('delete', old.rowid, old.text); INSERT INTO mention_search (rowid, text) VALUES (new.rowid, new.text); END;

-- The distinct (actor id, name, aliases) combinations, kept by a trigger: there are far fewer of them than
-- actor rows, so an actor filter tests its substring against these and then looks events up by actor id.
CREATE TABLE actor_names (
    actor_id TEXT NOT NULL,
    name     TEXT NOT NULL,
    aliases  TEXT NOT NULL,
    PRIMARY KEY (actor_id, name, aliases)
) WITHOUT ROWID;
INSERT OR IGNORE INTO actor_names (actor_id, name, aliases) SELECT actor_id, name, aliases FROM event_actors;
CREATE TRIGGER actor_names_insert AFTER INSERT ON event_actors BEGIN
    INSERT OR IGNORE INTO actor_names (actor_id, name, aliases) VALUES (new.actor_id, new.name, new.aliases); END;
CREATE TRIGGER actor_names_update AFTER UPDATE OF actor_id, name, aliases ON event_actors BEGIN
    INSERT OR IGNORE INTO actor_names (actor_id, name, aliases) VALUES (new.actor_id, new.name, new.aliases); END;

-- Paging through events in date order, either way, with undated events last. The keys match the ORDER BY
-- clauses of SqliteFilter.orderBy exactly, so a page is read off the index instead of sorting every match, and
-- the index also holds the columns most filters test, so walking it to fill a page never touches the table.
CREATE INDEX events_oldest_first ON events (date_start IS NULL, date_start, id,
    type, factuality, date_end, location_country, location_admin1, location_name);
CREATE INDEX events_newest_first ON events (date_start IS NOT NULL, date_start, id,
    type, factuality, date_end, location_country, location_admin1, location_name);

-- Counting what a filter matches, from indexes alone: a date range, a factuality, the events of an actor.
CREATE INDEX events_by_date_range ON events (date_end, date_start);
CREATE INDEX events_by_factuality ON events (factuality);
CREATE INDEX event_actors_by_names ON event_actors (actor_id, name, aliases, event_id);
