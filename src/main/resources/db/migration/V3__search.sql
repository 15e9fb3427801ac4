-- sitrep store schema, version 3: full-text search over articles and evidence sentences, and indexes for
-- browsing events by date. (Version 2 is the merging schema.)
-- Statements end with ';' at the end of a line: the migration runner splits on that, so each trigger body
-- keeps its inner statements and END on its last line.

-- Articles: a full-text table of its own (title, text) keyed by the article id. FTS5 "external content" would
-- avoid the copy, but it needs a stable integer key and articles have a text primary key.
-- Porter stemming lets "attacks" find "attacked"; unicode61 folds case and diacritics in every script.
CREATE VIRTUAL TABLE article_search USING fts5(
    article_id UNINDEXED, title, text,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO article_search (article_id, title, text) SELECT id, coalesce(title, ''), text FROM articles;
CREATE TRIGGER article_search_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_search (article_id, title, text) VALUES (new.id, coalesce(new.title, ''), new.text); END;
CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN
    DELETE FROM article_search WHERE article_id = old.id; END;
CREATE TRIGGER article_search_update AFTER UPDATE OF title, text ON articles BEGIN
    UPDATE article_search SET title = coalesce(new.title, ''), text = new.text WHERE article_id = old.id; END;

-- Evidence sentences: an external-content index over mentions (its integer id is the row key), so sentences
-- are stored once. Events are found through their mentions.
CREATE VIRTUAL TABLE mention_search USING fts5(
    text, content = 'mentions', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO mention_search (mention_search) VALUES ('rebuild');
CREATE TRIGGER mention_search_insert AFTER INSERT ON mentions BEGIN
    INSERT INTO mention_search (rowid, text) VALUES (new.id, new.text); END;
CREATE TRIGGER mention_search_delete AFTER DELETE ON mentions BEGIN
    INSERT INTO mention_search (mention_search, rowid, text) VALUES ('delete', old.id, old.text); END;
CREATE TRIGGER mention_search_update AFTER UPDATE OF text ON mentions BEGIN
    INSERT INTO mention_search (mention_search, rowid, text) VALUES ('delete', old.id, old.text); INSERT INTO mention_search (rowid, text) VALUES (new.id, new.text); END;

-- Paging through events in date order, either way, with undated events last: these match the ORDER BY
-- clauses of SqliteFilter.orderBy exactly, so a page is read off the index instead of sorting every row.
CREATE INDEX events_oldest_first ON events (date_start IS NULL, date_start, id);
CREATE INDEX events_newest_first ON events (date_start IS NOT NULL, date_start, id);
CREATE INDEX events_by_type_oldest_first ON events (type, date_start IS NULL, date_start, id);
CREATE INDEX events_by_type_newest_first ON events (type, date_start IS NOT NULL, date_start, id);
