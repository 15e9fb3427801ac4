package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.Mention;

/**
 * Decides whether an event whose doer its sentence does not name is still kept. The rules find no actor for about a
 * third of the events the gold codes; most of what they would keep without one is noise, so a model trained on the
 * samples' gold picks (see {@link LogisticModel}, model/actorless.tsv). Only events told plainly in the past come
 * before it: a plan or a denial kept with no one to own it would be an invented happening.
 */
@FunctionalInterface
public interface ActorlessJudge {

    /** Keeps nothing: the rules alone, as before the model. */
    ActorlessJudge NONE = (mention, features) -> false;

    /**
     * @param mention  the event as extracted, with no actor
     * @param features what {@link ActorlessFeatures} read of it and its sentence
     */
    boolean keeps(Mention mention, List<String> features);
}
