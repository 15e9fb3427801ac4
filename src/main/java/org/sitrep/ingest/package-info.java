/**
 * Reads news articles from plain text, HTML, JSON Lines and RSS/Atom files (or standard input) into
 * {@link org.sitrep.model.Article}s. {@link org.sitrep.ingest.ArticleReader} is the entry point; a bad
 * file never stops a batch, it becomes an {@link org.sitrep.ingest.IngestProblem} in the report.
 */
package org.sitrep.ingest;
