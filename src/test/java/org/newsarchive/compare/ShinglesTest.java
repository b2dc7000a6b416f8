package org.newsarchive.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShinglesTest {

    static final String WIRE = "The written response of NATO and the United States to the security demands presented "
            + "by Russia will be sent by the end of this week, informed different diplomatic sources today.";

    @Test
    void republishedCopyWithSmallEditsSharesMostRuns() {
        String copy = WIRE.replace("today", "on Wednesday") + " Read more on our site.";
        assertThat(Shingles.jaccard(Shingles.of(WIRE), Shingles.of(copy))).isGreaterThan(StoryGrouping.SAME_TEXT);
    }

    @Test
    void independentReportsOfTheSameEventShareFewRuns() {
        String report = "Washington and NATO have sent Moscow their written answers to its security demands, "
                + "diplomats said, rejecting a veto on enlargement but offering talks.";
        assertThat(Shingles.jaccard(Shingles.of(WIRE), Shingles.of(report))).isLessThan(0.1);
    }

    @Test
    void textsTooShortForARunShareNothing() {
        assertThat(Shingles.jaccard(Shingles.of("NATO replies"), Shingles.of("NATO replies"))).isZero();
    }
}
