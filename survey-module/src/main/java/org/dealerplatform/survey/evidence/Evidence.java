package org.dealerplatform.survey.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.dealerplatform.survey.screening.SampleStatus;

/**
 * The arithmetic of score-begging evidence for one shop and period, as pure functions of its
 * samples and the national counts. Evidence, not a verdict: nothing here changes a sample.
 * <ul>
 * <li><b>flagged</b>: samples that are SUSPECT or INVALID now (as the competitions count them), as
 * a share of all the shop's samples, against the same share nationally;</li>
 * <li><b>perfect</b>: samples with every item at the top of the scale (overall score 100), against
 * the national share;</li>
 * <li><b>clusters</b>: runs of at least {@code clusterSize} samples from one network, each within
 * {@code clusterGap} of the one before (a chain, so a long run is one cluster);</li>
 * <li><b>own network</b>: samples sent from the address ranges the group registered for the shop.</li>
 * </ul>
 * Every figure carries the ids of the samples behind it (oldest first, at most {@code idLimit}).
 */
public final class Evidence {

    /** An overall score of 100 up to floating-point noise: every answered item at the top. */
    static final double PERFECT = 100 - 1e-9;

    private Evidence() {
    }

    /** One sample as the evidence sees it; {@code network} is the keyed address hash (null when unknown). */
    public record Sample(String id, Instant submittedAt, String network, SampleStatus status, double overall,
                         boolean fromShopNetwork) {

        boolean flagged() {
            return status != SampleStatus.VALID;
        }

        boolean perfect() {
            return overall >= PERFECT;
        }
    }

    /** All samples of the nation in the period: how many, how many flagged, how many perfect. */
    public record National(long samples, long flagged, long perfect) {
    }

    /** {@code count} of {@code of} samples; shares are null without samples. */
    public record Figure(long count, long of, Double share, Double nationalShare, List<String> sampleIds) {
    }

    /** Samples from one network in a short time; networks are numbered, their hashes not shown. */
    public record Cluster(String network, int count, Instant firstAt, Instant lastAt, List<String> sampleIds) {
    }

    public record Clusters(int clusterSize, long gapMinutes, Figure samples, List<Cluster> items) {
    }

    public record OwnNetwork(boolean registered, Figure samples) {
    }

    public record Figures(long samples, Figure flagged, Figure perfect, Clusters clusters, OwnNetwork ownNetwork) {
    }

    public static Figures of(List<Sample> samples, National national, boolean networksRegistered, int clusterSize,
                             Duration clusterGap, int idLimit) {
        List<Sample> ordered = new ArrayList<>(samples);
        ordered.sort(Comparator.comparing(Sample::submittedAt).thenComparing(Sample::id));
        Figure flagged = figure(ordered, Sample::flagged, share(national.flagged(), national.samples()), idLimit);
        Figure perfect = figure(ordered, Sample::perfect, share(national.perfect(), national.samples()), idLimit);
        List<Cluster> clusters = clusters(ordered, clusterSize, clusterGap, idLimit);
        long inClusters = clusters.stream().mapToLong(Cluster::count).sum();
        List<String> clusterIds = clusters.stream().flatMap(c -> c.sampleIds().stream()).limit(idLimit).toList();
        Figure clustered = new Figure(inClusters, ordered.size(), share(inClusters, ordered.size()), null, clusterIds);
        Figure own = figure(ordered, Sample::fromShopNetwork, null, idLimit);
        return new Figures(ordered.size(), flagged, perfect, new Clusters(clusterSize, clusterGap.toMinutes(), clustered,
                clusters), new OwnNetwork(networksRegistered, own));
    }

    private static Figure figure(List<Sample> ordered, Predicate<Sample> counted, Double nationalShare, int idLimit) {
        List<Sample> matching = ordered.stream().filter(counted).toList();
        return new Figure(matching.size(), ordered.size(), share(matching.size(), ordered.size()), nationalShare,
                matching.stream().limit(idLimit).map(Sample::id).toList());
    }

    /**
     * Runs per network: a sample within {@code gap} of the previous one of its network continues the
     * run; runs of at least {@code size} are clusters, in the order they started.
     */
    static List<Cluster> clusters(List<Sample> ordered, int size, Duration gap, int idLimit) {
        Map<String, List<List<Sample>>> runs = new LinkedHashMap<>();
        for (Sample s : ordered) {
            if (s.network() == null) {
                continue;
            }
            List<List<Sample>> ofNetwork = runs.computeIfAbsent(s.network(), k -> new ArrayList<>());
            List<Sample> last = ofNetwork.isEmpty() ? null : ofNetwork.get(ofNetwork.size() - 1);
            if (last != null && !s.submittedAt().isAfter(last.get(last.size() - 1).submittedAt().plus(gap))) {
                last.add(s);
            } else {
                List<Sample> run = new ArrayList<>();
                run.add(s);
                ofNetwork.add(run);
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        List<List<Sample>> found = new ArrayList<>();
        runs.values().forEach(ofNetwork -> ofNetwork.stream().filter(r -> r.size() >= size).forEach(found::add));
        found.sort(Comparator.comparing((List<Sample> r) -> r.get(0).submittedAt()).thenComparing(r -> r.get(0).id()));
        List<Cluster> clusters = new ArrayList<>();
        for (List<Sample> run : found) {
            String label = labels.computeIfAbsent(run.get(0).network(), k -> "network " + (labels.size() + 1));
            clusters.add(new Cluster(label, run.size(), run.get(0).submittedAt(), run.get(run.size() - 1).submittedAt(),
                    run.stream().limit(idLimit).map(Sample::id).toList()));
        }
        return clusters;
    }

    /** count / of, rounded to four decimals; null without a denominator. */
    static Double share(long count, long of) {
        return of == 0 ? null : Math.round(10_000.0 * count / of) / 10_000.0;
    }
}
