package org.sitrep.cluster;

/**
 * The thresholds of the merging rules (docs/architecture.md, "Clustering", explains each).
 *
 * @param slackDays        days two reports of one happening may disagree by (night against day, time zones,
 *                         "Sunday night" against "overnight")
 * @param threshold        score a mention needs to join an event ({@link Scorer} gives the points)
 * @param wildFactor       counts of one item are different happenings, not a dispute, when the larger exceeds
 *                         {@code wildFactor} times the smaller plus {@code wildMargin}
 * @param wildMargin       see {@code wildFactor}; keeps small tolls (2 killed, later 9) a dispute
 * @param ordinalTolerance ordinals ("third visit") further apart than this are different happenings
 * @param textMembers      how many of an event's first reports a new mention's wording is compared with
 * @param margin           how many points the best event must lead every other event the mention could join by;
 *                         closer than that, joining either would be a guess, and the mention founds its own event
 *                         (1: only a tie is a guess; a point of shared wording or place already tells them apart)
 */
public record Rules(int slackDays, int threshold, long wildFactor, long wildMargin, long ordinalTolerance,
                    int textMembers, int margin) {

    public static final Rules DEFAULT = new Rules(1, 5, 3, 10, 1, 4, 1);

    public Rules {
        if (slackDays < 0 || threshold < 1 || wildFactor < 1 || wildMargin < 0 || ordinalTolerance < 0
                || textMembers < 1 || margin < 1) {
            throw new IllegalArgumentException("inconsistent clustering rules: slack " + slackDays + ", threshold "
                    + threshold + ", wild " + wildFactor + "x+" + wildMargin + ", ordinal tolerance "
                    + ordinalTolerance + ", text members " + textMembers + ", margin " + margin);
        }
    }
}
