package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.cluster.Cluster;
import org.sitrep.cluster.Clusterer;
import org.sitrep.cluster.EventMerger;
import org.sitrep.cluster.MentionRecord;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;

/**
 * The events one article yields once its mentions are merged, as the store exports them: the lede, the air force's
 * figures two sentences on and "the strikes killed 11 people" are one attack. Scoring these, not the sentences, is
 * scoring what an analyst reads; other articles are left out so that their figures do not score for this one.
 */
public final class ArticleEvents {

    private final Clusterer clusterer = new Clusterer();
    private final EventMerger merger = new EventMerger();

    public List<Event> of(Article article, List<Mention> mentions) {
        List<MentionRecord> records = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            records.add(MentionRecord.of(article, m));
        }
        List<Event> out = new ArrayList<>();
        for (Cluster c : clusterer.clusterAll(records)) {
            out.add(merger.merge(c, Map.of()));
        }
        return out;
    }
}
