package org.sitrep.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.model.Ids;

/**
 * An event as a group of mentions. Members are kept in {@link MentionRecord#CANONICAL} order, so the first is
 * the founder: the earliest report.
 *
 * @param eventId stable id (see {@link StableIds} and docs/stable-ids.md)
 */
public record Cluster(String eventId, List<MentionRecord> members) {

    public Cluster {
        Objects.requireNonNull(eventId, "eventId");
        if (members.isEmpty()) {
            throw new IllegalArgumentException("cluster " + eventId + " has no mentions");
        }
        List<MentionRecord> sorted = new ArrayList<>(members);
        sorted.sort(MentionRecord.CANONICAL);
        members = List.copyOf(sorted);
    }

    /** A new event founded by {@code m}: its id is {@link Ids#eventFoundedBy(String)} of the mention id. */
    public static Cluster founding(MentionRecord m) {
        return new Cluster(Ids.eventFoundedBy(m.id()), List.of(m));
    }

    /** This cluster with one more mention; the id does not change. */
    public Cluster with(MentionRecord m) {
        List<MentionRecord> more = new ArrayList<>(members.size() + 1);
        more.addAll(members);
        more.add(m);
        return new Cluster(eventId, more);
    }

    public MentionRecord founder() {
        return members.get(0);
    }
}
