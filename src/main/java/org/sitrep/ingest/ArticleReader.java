package org.sitrep.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.sitrep.model.Article;

/**
 * Turns files, directories and standard input into {@link Article}s. Formats are told apart by extension
 * (.txt or none, .html/.htm, .jsonl/.ndjson, .xml/.rss/.atom) or, on standard input, by content. A file that
 * cannot be read is reported in the {@link IngestReport} and the batch goes on.
 */
public final class ArticleReader {
    static final String NO_DATE = "no publication date; only absolute dates in the text will be used; pass --date";
    /** Whole-file formats are held in memory; beyond this a file is surely not one article. */
    private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    private static final int SNIFF_BYTES = 1024;

    private final IngestOptions options;
    private final HtmlFormat html;
    private final JsonLinesFormat jsonLines;

    public ArticleReader(IngestOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        ObjectMapper json = new ObjectMapper();
        this.html = new HtmlFormat(json);
        this.jsonLines = new JsonLinesFormat(json);
    }

    /**
     * Reads every input (a file, a directory recursively with files in sorted path order, or "-" for
     * {@code stdin}) and hands each article to {@code sink} in order. Bad inputs never throw: they become
     * errors in the report. Exceptions thrown by {@code sink} propagate.
     */
    public IngestReport read(List<String> inputs, InputStream stdin, Consumer<Article> sink) {
        Objects.requireNonNull(inputs, "inputs");
        Run run = new Run(Objects.requireNonNull(sink, "sink"));
        for (String input : inputs) {
            if (input.equals("-")) {
                run.readStdin(stdin);
            } else {
                run.readPath(input);
            }
        }
        return run.report();
    }

    /** The mutable state of one read call. */
    private final class Run {
        private final Consumer<Article> sink;
        private final Problems problems = new Problems();
        private final Map<String, Integer> skipped = new TreeMap<>();
        private int filesRead;
        private int articlesRead;

        Run(Consumer<Article> sink) {
            this.sink = sink;
        }

        IngestReport report() {
            return new IngestReport(filesRead, articlesRead, skipped, problems.errors(), problems.warnings());
        }

        void readPath(String input) {
            Path path;
            try {
                path = Path.of(input);
            } catch (InvalidPathException e) {
                problems.error(input, null, "not a valid path: " + e.getReason());
                return;
            }
            if (Files.isDirectory(path)) {
                List<Path> files = new ArrayList<>();
                collect(path, files, new HashSet<>());
                files.sort(null);
                files.forEach(f -> readFile(f, false));
            } else if (Files.exists(path)) {
                readFile(path, true);
            } else {
                problems.error(input, null, "no such file or directory");
            }
        }

        /** Regular files under {@code dir}, skipping hidden entries and directories already seen (symlink loops). */
        private void collect(Path dir, List<Path> files, Set<Path> seen) {
            try {
                if (!seen.add(dir.toRealPath())) {
                    return;
                }
            } catch (IOException e) {
                problems.error(dir.toString(), null, "cannot resolve directory: " + describe(e));
                return;
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    if (entry.getFileName().toString().startsWith(".")) {
                        continue;
                    }
                    if (Files.isDirectory(entry)) {
                        collect(entry, files, seen);
                    } else if (Files.isRegularFile(entry)) {
                        files.add(entry);
                    } else {
                        // Reading a pipe or device found while walking a tree could block forever.
                        problems.error(entry.toString(), null, "not a regular file (a broken link, pipe or device)");
                    }
                }
            } catch (IOException e) {
                problems.error(dir.toString(), null, "cannot list directory: " + describe(e));
            } catch (DirectoryIteratorException e) {
                problems.error(dir.toString(), null, "cannot list directory: " + describe(e.getCause()));
            }
        }

        private void readFile(Path path, boolean named) {
            String fileName = path.getFileName().toString();
            int dot = fileName.lastIndexOf('.');
            String extension = dot > 0 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
            InputName name = new InputName(path.toString(), dot > 0 ? fileName.substring(0, dot) : fileName);
            var format = Format.forExtension(extension);
            if (format.isEmpty()) {
                skipped.merge(extension, 1, Integer::sum);
                if (named) {
                    problems.warning(name.path(), null, "skipped: ." + extension + " files are not read; "
                            + "supported are .txt, .html, .htm, .jsonl, .ndjson, .xml, .rss, .atom");
                }
                return;
            }
            try {
                if (format.get() == Format.JSON_LINES) {
                    try (InputStream in = Files.newInputStream(path)) {
                        filesRead++;
                        jsonLines.parse(in, name, problems, draft -> deliver(draft, name));
                    }
                    return;
                }
                if (Files.size(path) > MAX_FILE_BYTES) {
                    throw new UnreadableInputException("larger than " + (MAX_FILE_BYTES >> 20)
                            + " MiB, too big for one article; split it, or use JSON Lines for many articles");
                }
                String content = Texts.decodeUtf8(Files.readAllBytes(path));
                filesRead++;
                parseWhole(format.get(), content, name);
            } catch (UnreadableInputException e) {
                problems.error(name.path(), null, e.getMessage());
            } catch (IOException e) {
                problems.error(name.path(), null, "cannot read: " + describe(e));
            }
        }

        void readStdin(InputStream stdin) {
            InputName name = InputName.STDIN;
            if (stdin == null) {
                problems.error(name.path(), null, "standard input is not available");
                return;
            }
            // Not closed: standard input belongs to the caller.
            BufferedInputStream in = new BufferedInputStream(stdin);
            try {
                in.mark(SNIFF_BYTES);
                Format format = Format.sniff(new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8));
                in.reset();
                if (format == Format.JSON_LINES) {
                    filesRead++;
                    jsonLines.parse(in, name, problems, draft -> deliver(draft, name));
                    return;
                }
                byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
                if (bytes.length > MAX_FILE_BYTES) {
                    throw new UnreadableInputException("more than " + (MAX_FILE_BYTES >> 20)
                            + " MiB on standard input; for many articles send JSON Lines");
                }
                String content = Texts.decodeUtf8(bytes);
                filesRead++;
                parseWhole(format, content, name);
            } catch (UnreadableInputException e) {
                problems.error(name.path(), null, e.getMessage());
            } catch (IOException e) {
                problems.error(name.path(), null, "cannot read: " + describe(e));
            }
        }

        private void parseWhole(Format format, String content, InputName name) throws UnreadableInputException {
            List<Draft> drafts = switch (format) {
                case TEXT -> List.of(PlainTextFormat.parse(content, name));
                case HTML -> List.of(html.parse(content, name));
                case FEED -> FeedFormat.parse(content, name, problems);
                case JSON_LINES -> throw new IllegalStateException("JSON Lines is streamed, not parsed whole");
            };
            drafts.forEach(d -> deliver(d, name));
        }

        /** Applies the user's defaults and the identity hash, then hands the article on. */
        private void deliver(Draft draft, InputName name) {
            String text = Texts.clean(draft.text());
            if (text == null) {
                problems.error(name.path(), draft.line(), "no article text");
                return;
            }
            String source = options.defaultSource() != null ? options.defaultSource() : Texts.clean(draft.source());
            LocalDate published = draft.published() != null ? draft.published() : options.defaultDate();
            if (published == null) {
                problems.warning(name.path(), draft.line(), NO_DATE);
            }
            sink.accept(new Article(ArticleIds.of(text), draft.doc(), source, Texts.clean(draft.url()),
                    Texts.clean(draft.title()), published, text, draft.origin()));
            articlesRead++;
        }
    }

    /** The useful part of an I/O failure: Java's messages for these are just the path. */
    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied; check the file's permissions";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file (it may have been removed while reading)";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
