package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.eval.ClusterScore;
import org.sitrep.eval.Evaluator;
import org.sitrep.eval.GoldEvent;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.model.Article;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A gold file and the articles it codes: what {@code eval} scores against and {@code train-actorless} learns from. */
final class GoldOptions {

    @Parameters(paramLabel = "GOLD", description = "gold events, JSON Lines (see docs/event-schema.md)")
    Path gold;

    @Option(names = "--articles", paramLabel = "DIR",
            description = "the articles the gold file codes (default: ../articles beside the gold file)")
    Path articles;

    /** The gold events; checks first that the articles are there too, so that no time goes on a bad call. */
    List<GoldEvent> readGold() {
        if (!Files.isRegularFile(gold)) {
            throw new UserInputException("gold file " + gold + " does not exist");
        }
        if (!Files.isDirectory(articlesDir())) {
            throw new UserInputException("articles directory " + articlesDir()
                    + " does not exist; pass --articles DIR");
        }
        return Evaluator.readGold(gold);
    }

    /** The articles, one per file (a reprint in another file is scored as its own article). */
    List<Article> readArticles() {
        List<Article> files = new ArrayList<>();
        new ArticleReader(new IngestOptions(null, null)).read(List.of(articlesDir().toString()), System.in,
                files::add);
        return ClusterScore.oneArticlePerFile(files);
    }

    private Path articlesDir() {
        return articles != null ? articles : gold.toAbsolutePath().getParent().resolveSibling("articles");
    }
}
