-- sitrep store schema, version 4: word-for-word reprints of a stored article by other outlets (issue 4).
-- An article's identity is its text, so a reprint is not stored a second time; but it is another article on the
-- record, and the events the text backs count it in sources.articles (never in sources.independent: a copy is
-- not a witness). One row per other outlet; the outlet that was stored first is the article's own source.
-- Statements end with ';' at the end of a line: the migration runner splits on that.

CREATE TABLE article_reprints (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    source     TEXT NOT NULL COLLATE NOCASE,
    doc        TEXT NOT NULL,
    url        TEXT,
    title      TEXT,
    published  TEXT,
    origin     TEXT,
    added_at   TEXT NOT NULL,
    PRIMARY KEY (article_id, source)
);
