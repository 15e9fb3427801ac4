package org.sitrep.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.cluster.Cluster;
import org.sitrep.cluster.MentionRecord;
import org.sitrep.model.Article;

/**
 * Scores clustering against gold clusters with B-cubed precision and recall (Bagga and Baldwin, 1998): for each gold
 * mention, precision is the share of its predicted cluster that belongs to its gold cluster, recall the share of
 * its gold cluster that its predicted cluster holds; both are averaged over gold mentions. Clusters are compared
 * on gold mentions only.
 *
 * <p>A gold mention is located as the predicted mention of its document whose evidence sentence contains the gold
 * evidence substring, preferring one of the gold type: gold mentions first take the mentions of their own type,
 * then those left take any other mention of their sentence (extraction may have mistyped it; clustering is
 * judged on grouping what extraction found). Each predicted mention stands for one gold mention at most. A gold
 * mention that extraction missed, so that no predicted mention stands for it, counts as a cluster of its own:
 * missing a mention costs recall (its gold partners are not found with it) but never precision, so clustering is
 * not blamed twice for extraction's misses.
 */
public final class ClusterScore {

    /**
     * One gold mention.
     *
     * @param cluster  the gold cluster it belongs to
     * @param evidence an exact substring of the sentence reporting it
     * @param type     the PLOVER type it has, or null when the gold does not say
     */
    public record GoldMention(String cluster, String doc, String evidence, String type) {
    }

    /**
     * B-cubed precision and recall over {@code mentions} gold mentions, {@code located} of them found.
     *
     * @param splits the gold happenings whose located mentions sit in more than one predicted event (recall lost)
     * @param blends the predicted events holding located mentions of more than one gold happening (precision lost)
     */
    public record Result(double precision, double recall, int mentions, int located, int goldClusters,
                         int predictedClusters, List<Grouping> splits, List<Grouping> blends) {
        public Result {
            splits = List.copyOf(splits);
            blends = List.copyOf(blends);
        }

        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    /**
     * Located gold mentions that clustering grouped differently from the gold, each with the predicted mention that
     * stands for it and the index of its predicted event in the list scored.
     */
    public record Grouping(List<GoldMention> gold, List<MentionRecord> found, List<Integer> predictedEvents) {
        public Grouping {
            gold = List.copyOf(gold);
            found = List.copyOf(found);
            predictedEvents = List.copyOf(predictedEvents);
        }
    }

    private ClusterScore() {
    }

    /** Reads a gold cluster file: a header, then {@code cluster<TAB>doc<TAB>evidence} rows; {@code #} comments. */
    public static List<GoldMention> readClusters(Path tsv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold clusters " + tsv + ": " + e.getMessage(), e);
        }
        List<GoldMention> out = new ArrayList<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 3 || cells[0].isBlank() || cells[1].isBlank() || cells[2].isBlank()) {
                throw new IllegalArgumentException(tsv + ":" + (i + 1)
                        + ": expected cluster, doc and evidence, tab-separated");
            }
            out.add(new GoldMention(cells[0].trim(), cells[1].trim(), cells[2], null));
        }
        return out;
    }

    /**
     * The gold clusters, plus every gold event no cluster row names, as a cluster of its own: the cluster file lists
     * the happenings reported more than once, so a gold event it leaves out was reported once. A cluster row takes
     * the type of the gold event it names (same document, one evidence inside the other).
     */
    public static List<GoldMention> withGoldEvents(List<GoldMention> rows, List<GoldEvent> events) {
        List<GoldMention> out = new ArrayList<>();
        Set<GoldEvent> named = new HashSet<>();
        for (GoldMention row : rows) {
            String type = row.type();
            for (GoldEvent g : events) {
                if (g.doc().equals(row.doc()) && !named.contains(g)
                        && (g.evidence().contains(row.evidence()) || row.evidence().contains(g.evidence()))) {
                    named.add(g);
                    type = type == null ? g.type() : type;
                    break;
                }
            }
            out.add(new GoldMention(row.cluster(), row.doc(), row.evidence(), type));
        }
        for (GoldEvent g : events) {
            if (!named.contains(g)) {
                out.add(new GoldMention("gold-line-" + g.line(), g.doc(), g.evidence(), g.type()));
            }
        }
        return out;
    }

    /**
     * The articles with an identity per file: files with the same text are one article to sitrep (its identity is
     * the text's hash), but a gold file counts each as a report of its own (a reprint word for word), so a file
     * whose text another file also has gets its document name added to its id.
     */
    public static List<Article> oneArticlePerFile(List<Article> read) {
        Map<String, Integer> copies = new HashMap<>();
        read.forEach(a -> copies.merge(a.id(), 1, Integer::sum));
        List<Article> out = new ArrayList<>(read.size());
        for (Article a : read) {
            out.add(copies.get(a.id()) == 1 ? a : new Article(a.id() + "/" + a.doc(), a.doc(), a.source(), a.url(),
                    a.title(), a.published(), a.text(), a.origin()));
        }
        return out;
    }

    /** Scores {@code predicted} (every event, each with its mentions) against the gold mentions. */
    public static Result score(List<GoldMention> gold, List<Cluster> predicted) {
        Map<String, List<Located>> byDoc = new HashMap<>();
        for (int c = 0; c < predicted.size(); c++) {
            for (MentionRecord m : predicted.get(c).members()) {
                byDoc.computeIfAbsent(m.mention().evidence().doc(), d -> new ArrayList<>()).add(new Located(m, c));
            }
        }
        int[] predictedLabel = new int[gold.size()];
        int[] goldLabel = new int[gold.size()];
        Map<String, Integer> goldIds = new HashMap<>();
        Set<MentionRecord> used = new HashSet<>();
        int located = 0;
        int next = predicted.size();
        Set<Integer> predictedSeen = new HashSet<>();
        Located[] hits = new Located[gold.size()];
        for (boolean sameType : new boolean[] {true, false}) {
            for (int i = 0; i < gold.size(); i++) {
                GoldMention g = gold.get(i);
                if (hits[i] != null) {
                    continue;
                }
                for (Located l : byDoc.getOrDefault(g.doc(), List.of())) {
                    if (!used.contains(l.record()) && l.record().mention().evidence().text().contains(g.evidence())
                            && (!sameType || g.type() == null || l.record().mention().type().name().equals(g.type()))) {
                        hits[i] = l;
                        used.add(l.record());
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            goldLabel[i] = goldIds.computeIfAbsent(gold.get(i).cluster(), k -> goldIds.size());
            if (hits[i] == null) {
                predictedLabel[i] = next++;
            } else {
                predictedLabel[i] = hits[i].cluster();
                located++;
            }
            predictedSeen.add(predictedLabel[i]);
        }
        double[] pr = bcubed(predictedLabel, goldLabel);
        return new Result(pr[0], pr[1], gold.size(), located, goldIds.size(), predictedSeen.size(),
                groupings(gold, hits, goldLabel, true), groupings(gold, hits, goldLabel, false));
    }

    /**
     * Splits ({@code byGold}: located members of one gold cluster in several predicted events) or blends (members
     * of one predicted event from several gold clusters), in the order of their first gold mention.
     */
    private static List<Grouping> groupings(List<GoldMention> gold, Located[] hits, int[] goldLabel, boolean byGold) {
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            if (hits[i] != null) {
                groups.computeIfAbsent(byGold ? goldLabel[i] : hits[i].cluster(), k -> new ArrayList<>()).add(i);
            }
        }
        List<Grouping> out = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            Set<Integer> other = new HashSet<>();
            members.forEach(i -> other.add(byGold ? hits[i].cluster() : goldLabel[i]));
            if (other.size() > 1) {
                out.add(new Grouping(members.stream().map(gold::get).toList(),
                        members.stream().map(i -> hits[i].record()).toList(),
                        members.stream().map(i -> hits[i].cluster()).toList()));
            }
        }
        return out;
    }

    private record Located(MentionRecord record, int cluster) {
    }

    /**
     * B-cubed precision and recall of a predicted labelling against a gold one, item by item.
     *
     * @return {precision, recall}; both 1 for no items
     */
    public static double[] bcubed(int[] predicted, int[] gold) {
        if (predicted.length != gold.length) {
            throw new IllegalArgumentException("labellings of different lengths: " + predicted.length + " and "
                    + gold.length);
        }
        int n = predicted.length;
        if (n == 0) {
            return new double[] {1, 1};
        }
        return new double[] {sharedOverFirst(predicted, gold) / n, sharedOverFirst(gold, predicted) / n};
    }

    /**
     * The sum over items of |first(i) ∩ second(i)| / |first(i)|, which is the sum over label pairs of
     * n(first, second)² / n(first): pairs sorted by first label, then second, give both counts as runs.
     */
    private static double sharedOverFirst(int[] first, int[] second) {
        long[] pairs = new long[first.length];
        for (int i = 0; i < first.length; i++) {
            if (first[i] < 0 || second[i] < 0) {
                throw new IllegalArgumentException("labels must not be negative");
            }
            pairs[i] = (long) first[i] << 32 | second[i];
        }
        java.util.Arrays.sort(pairs);
        double sum = 0;
        int i = 0;
        while (i < pairs.length) {
            int label = (int) (pairs[i] >>> 32);
            int j = i;
            while (j < pairs.length && (int) (pairs[j] >>> 32) == label) {
                j++;
            }
            double squares = 0;
            int k = i;
            while (k < j) {
                int m = k;
                while (m < j && pairs[m] == pairs[k]) {
                    m++;
                }
                squares += (double) (m - k) * (m - k);
                k = m;
            }
            sum += squares / (j - i);
            i = j;
        }
        return sum;
    }
}
