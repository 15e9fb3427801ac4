package org.sitrep.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.model.Ids;

/**
 * Keeps event ids across a rebuild (docs/stable-ids.md). A rebuild ({@code recluster}, {@code reprocess}) clusters
 * every mention afresh; this maps the old ids onto the fresh clusters so that links, exports and notes keep working:
 *
 * <ol>
 *   <li>Each fresh cluster takes the old id that holds most of its mentions. Conflicts are settled greedily, largest
 *       overlap first; between equal overlaps, the old id whose earliest mention comes first in canonical order
 *       (the older event), then the fresh cluster whose founder comes first, then the smaller id.</li>
 *   <li>A fresh cluster with no old mention, or whose old ids all went to other clusters, is named after its
 *       founder ({@link Ids#eventFoundedBy(String)}); if that id is already in use (an old id, or taken), after its
 *       next member whose id is free.</li>
 *   <li>An old id no fresh cluster took becomes an alias of the fresh cluster holding most of its old mentions
 *       (ties: the one whose founder comes first). An old id none of whose mentions survive is dropped.</li>
 * </ol>
 *
 * A rebuild from the same inputs gives every cluster its old id back and no aliases.
 */
public final class StableIds {

    private StableIds() {
    }

    /**
     * @param clusters the fresh clusters, renamed, in the order given
     * @param aliases  old id to the id of the fresh cluster that now holds its mentions
     */
    public record Renaming(List<Cluster> clusters, Map<String, String> aliases) {
        public Renaming {
            clusters = List.copyOf(clusters);
            aliases = Map.copyOf(aliases);
        }
    }

    /**
     * @param fresh             clusters from {@link Clusterer#clusterAll}
     * @param oldEventOfMention mention id to the id of the event that held it before the rebuild
     */
    public static Renaming carryOver(List<Cluster> fresh, Map<String, String> oldEventOfMention) {
        // How many of each fresh cluster's mentions each old id held, and where each old id's mentions came first.
        List<Map<String, Integer>> overlap = new ArrayList<>(fresh.size());
        Map<String, MentionRecord> oldFirst = new HashMap<>();
        Map<String, Map<Integer, Integer>> oldSpread = new HashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            Map<String, Integer> counts = new TreeMap<>();
            for (MentionRecord m : fresh.get(i).members()) {
                String old = oldEventOfMention.get(m.id());
                if (old == null) {
                    continue;
                }
                counts.merge(old, 1, Integer::sum);
                oldFirst.merge(old, m, (a, b) -> MentionRecord.CANONICAL.compare(a, b) <= 0 ? a : b);
                oldSpread.computeIfAbsent(old, k -> new TreeMap<>()).merge(i, 1, Integer::sum);
            }
            overlap.add(counts);
        }

        record Claim(int cluster, String old, int count) {
        }
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            for (Map.Entry<String, Integer> e : overlap.get(i).entrySet()) {
                claims.add(new Claim(i, e.getKey(), e.getValue()));
            }
        }
        Comparator<Claim> order = Comparator.<Claim>comparingInt(c -> -c.count())
                .thenComparing(c -> oldFirst.get(c.old()), MentionRecord.CANONICAL)
                .thenComparing(c -> fresh.get(c.cluster()).founder(), MentionRecord.CANONICAL)
                .thenComparing(Claim::old);
        claims.sort(order);

        String[] ids = new String[fresh.size()];
        Set<String> taken = new HashSet<>();
        for (Claim c : claims) {
            if (ids[c.cluster()] == null && !taken.contains(c.old())) {
                ids[c.cluster()] = c.old();
                taken.add(c.old());
            }
        }
        Set<String> reserved = new HashSet<>(oldEventOfMention.values());
        reserved.addAll(taken);
        for (int i = 0; i < fresh.size(); i++) {
            if (ids[i] == null) {
                ids[i] = freeId(fresh.get(i), reserved);
                reserved.add(ids[i]);
            }
        }

        Map<String, String> aliases = new LinkedHashMap<>();
        for (Map.Entry<String, Map<Integer, Integer>> e : new TreeMap<>(oldSpread).entrySet()) {
            if (taken.contains(e.getKey())) {
                continue;
            }
            int best = -1;
            int bestCount = 0;
            for (Map.Entry<Integer, Integer> s : e.getValue().entrySet()) {
                int i = s.getKey();
                if (s.getValue() > bestCount || s.getValue() == bestCount
                        && MentionRecord.CANONICAL.compare(fresh.get(i).founder(), fresh.get(best).founder()) < 0) {
                    best = i;
                    bestCount = s.getValue();
                }
            }
            aliases.put(e.getKey(), ids[best]);
        }

        List<Cluster> renamed = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            Cluster c = fresh.get(i);
            renamed.add(c.eventId().equals(ids[i]) ? c : new Cluster(ids[i], c.members()));
        }
        return new Renaming(renamed, aliases);
    }

    /**
     * Earlier aliases after a further renaming: an alias whose target became an alias itself now points where that
     * one points, so an id handed out once resolves after any number of rebuilds. New aliases win.
     */
    public static Map<String, String> chain(Map<String, String> earlier, Renaming renaming) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : earlier.entrySet()) {
            String target = e.getValue();
            Set<String> seen = new HashSet<>();
            while (renaming.aliases().containsKey(target) && seen.add(target)) {
                target = renaming.aliases().get(target);
            }
            out.put(e.getKey(), target);
        }
        out.putAll(renaming.aliases());
        for (Cluster c : renaming.clusters()) {
            out.remove(c.eventId());
        }
        return out;
    }

    private static String freeId(Cluster c, Set<String> reserved) {
        for (MentionRecord m : c.members()) {
            String id = Ids.eventFoundedBy(m.id());
            if (!reserved.contains(id)) {
                return id;
            }
        }
        // Every member's own id is in use (a small cluster split off from events it founded): derive one.
        for (int k = 1; ; k++) {
            String id = "ev-" + hex(c.founder().id() + "#" + k);
            if (!reserved.contains(id)) {
                return id;
            }
        }
    }

    private static String hex(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
