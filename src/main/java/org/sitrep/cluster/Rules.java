package org.sitrep.cluster;

/**
 * The thresholds of the merging rules (docs/architecture.md, "Clustering", explains each).
 *
 * @param slackDays            days two reports of one happening may disagree by across articles (night against
 *                             day, time zones, "Sunday night" against "overnight")
 * @param threshold            score a mention needs to join an event reported by other articles
 * @param sameArticleThreshold score a mention needs to join an event its own article already reports: a writer
 *                             who tells two things of one type on one day usually tells two happenings, so a
 *                             second sentence joins only when it shares place, figures or wording as well
 * @param wildFactor           counts of one item are different happenings, not a dispute, when the larger
 *                             exceeds {@code wildFactor} times the smaller plus {@code wildMargin}
 * @param wildMargin           see {@code wildFactor}; keeps small tolls (2 killed, later 9) a dispute
 * @param ordinalTolerance     ordinals ("third visit") further apart than this are different happenings
 * @param textMembers          how many of an event's first reports a new mention's wording is compared with
 * @param margin               how many points the best event must lead every other event the mention could join
 *                             by; closer than that, joining either would be a guess, and the mention founds its
 *                             own event
 */
public record Rules(int slackDays, int threshold, int sameArticleThreshold, long wildFactor, long wildMargin,
                    long ordinalTolerance, int textMembers, int margin) {

    public static final Rules DEFAULT = new Rules(1, 5, 7, 3, 10, 1, 4, 2);

    public Rules {
        if (slackDays < 0 || threshold < 1 || sameArticleThreshold < threshold || wildFactor < 1 || wildMargin < 0
                || ordinalTolerance < 0 || textMembers < 1 || margin < 1) {
            throw new IllegalArgumentException("inconsistent clustering rules: " + slackDays + ", " + threshold
                    + ", " + sameArticleThreshold + ", " + wildFactor + ", " + wildMargin + ", " + ordinalTolerance
                    + ", " + textMembers + ", " + margin);
        }
    }
}
