package org.dealerplatform.survey.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dealerplatform.survey.screening.SampleStatus;
import org.junit.jupiter.api.Test;

/** The evidence figures of a small, hand-counted shop. */
class EvidenceTest {

    static final Instant T0 = Instant.parse("2026-04-01T08:00:00Z");
    static final Duration GAP = Duration.ofMinutes(10);

    static Evidence.Sample sample(String id, int minute, String network, SampleStatus status, double overall,
                                  boolean own) {
        return new Evidence.Sample(id, T0.plus(Duration.ofMinutes(minute)), network, status, overall, own);
    }

    /**
     * Ten samples: net-A sends s1, s2, s3 at minutes 0, 4, 12 (one run: each within 10 minutes of
     * the last) and s9 at minute 200 (a new run of one); net-B sends s4, s5 at 1 and 2 (a run of two:
     * below the cluster size of 3); net-C s6, s7, s8 at 100, 101, 102; s10 has no known network.
     * Flagged: s2 (SUSPECT), s7 (SUSPECT), s10 (INVALID) = 3 of 10. Perfect: s1, s3, s6, s7 = 4 of 10.
     * Own network: s6, s7, s8 = 3.
     */
    static List<Evidence.Sample> shop() {
        List<Evidence.Sample> samples = new ArrayList<>();
        samples.add(sample("s3", 12, "net-A", SampleStatus.VALID, 100.0, false));
        samples.add(sample("s1", 0, "net-A", SampleStatus.VALID, 100.00000000000001, false));
        samples.add(sample("s2", 4, "net-A", SampleStatus.SUSPECT, 88.9, false));
        samples.add(sample("s4", 1, "net-B", SampleStatus.VALID, 70.0, false));
        samples.add(sample("s5", 2, "net-B", SampleStatus.VALID, 99.99, false));
        samples.add(sample("s6", 100, "net-C", SampleStatus.VALID, 99.999999999999, true));
        samples.add(sample("s7", 101, "net-C", SampleStatus.SUSPECT, 100.0, true));
        samples.add(sample("s8", 102, "net-C", SampleStatus.VALID, 50.0, true));
        samples.add(sample("s9", 200, "net-A", SampleStatus.VALID, 60.0, false));
        samples.add(sample("s10", 3, null, SampleStatus.INVALID, 80.0, false));
        return samples;
    }

    @Test
    void sharesAreCountedOverAllSamplesAndComparedWithTheNation() {
        Evidence.Figures f = Evidence.of(shop(), new Evidence.National(1000, 50, 120), true, 3, GAP, 100);
        assertEquals(10, f.samples());
        assertEquals(3, f.flagged().count());
        assertEquals(10, f.flagged().of());
        assertEquals(0.3, f.flagged().share());
        assertEquals(0.05, f.flagged().nationalShare());
        assertEquals(List.of("s10", "s2", "s7"), f.flagged().sampleIds(), "oldest first (minutes 3, 4, 101)");
        assertEquals(4, f.perfect().count());
        assertEquals(0.4, f.perfect().share());
        assertEquals(0.12, f.perfect().nationalShare());
        assertEquals(List.of("s1", "s3", "s6", "s7"), f.perfect().sampleIds());
        assertEquals(3, f.ownNetwork().samples().count());
        assertTrue(f.ownNetwork().registered());
        assertNull(f.ownNetwork().samples().nationalShare());
    }

    @Test
    void clustersAreRunsFromOneNetworkEachWithinTheGapOfTheLast() {
        Evidence.Figures f = Evidence.of(shop(), new Evidence.National(0, 0, 0), false, 3, GAP, 100);
        List<Evidence.Cluster> clusters = f.clusters().items();
        assertEquals(2, clusters.size(), clusters.toString());
        assertEquals("network 1", clusters.get(0).network());
        assertEquals(List.of("s1", "s2", "s3"), clusters.get(0).sampleIds(), "12 minutes in all, each step within 10");
        assertEquals(T0, clusters.get(0).firstAt());
        assertEquals(T0.plus(Duration.ofMinutes(12)), clusters.get(0).lastAt());
        assertEquals("network 2", clusters.get(1).network());
        assertEquals(List.of("s6", "s7", "s8"), clusters.get(1).sampleIds());
        assertEquals(6, f.clusters().samples().count());
        assertEquals(0.6, f.clusters().samples().share());
        assertEquals(List.of("s1", "s2", "s3", "s6", "s7", "s8"), f.clusters().samples().sampleIds());
        assertNull(f.flagged().nationalShare(), "no national samples: no national share");
        assertFalse(f.ownNetwork().registered());

        Evidence.Figures pairs = Evidence.of(shop(), new Evidence.National(0, 0, 0), false, 2, GAP, 100);
        assertEquals(3, pairs.clusters().items().size(), "with a size of 2, net-B's pair counts too");
        Evidence.Figures tight = Evidence.of(shop(), new Evidence.National(0, 0, 0), false, 3, Duration.ofMinutes(5),
                100);
        assertEquals(List.of("s6", "s7", "s8"), tight.clusters().items().get(0).sampleIds(),
                "s3 came 8 minutes after s2: with a 5-minute gap net-A's run breaks");
    }

    @Test
    void idListsAreBoundedAndAnEmptyShopHasNoShares() {
        Evidence.Figures f = Evidence.of(shop(), new Evidence.National(10, 1, 1), true, 3, GAP, 2);
        assertEquals(3, f.flagged().count(), "the count is exact");
        assertEquals(List.of("s10", "s2"), f.flagged().sampleIds(), "the ids are the first two");
        Evidence.Figures none = Evidence.of(List.of(), new Evidence.National(10, 1, 1), false, 3, GAP, 2);
        assertEquals(0, none.samples());
        assertNull(none.perfect().share());
        assertEquals(0.1, none.perfect().nationalShare());
        assertEquals(0.3333, Evidence.share(1, 3));
    }
}
