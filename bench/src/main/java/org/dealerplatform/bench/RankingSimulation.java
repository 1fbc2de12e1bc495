package org.dealerplatform.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.dealerplatform.core.ranking.Entrant;
import org.dealerplatform.core.ranking.FairRanking;
import org.dealerplatform.core.ranking.RankingResult;
import org.dealerplatform.core.ranking.Standing;

/**
 * How well each candidate ranking finds the truly best shops (not a test: it prints figures).
 * <p>
 * Each replication simulates one season of {@value #SHOPS} shops with known true scores (Normal(88, 2.5²)),
 * a strongly skewed number of samples per shop (log-normal, median 100, log-SD 0.7, at least 5: about a
 * third with 20–80 samples, one in six under the 50-sample minimum, one in seventeen over 300) and
 * individual answers Normal(true score, 10²) clipped to 0–100. Three scores rank the shops: the raw mean,
 * the lower bound of the 95 % interval (mean − 1.96·s/√n) and the adjusted score of method eb-1; each is
 * rounded to two decimals and every shop with competition rank ≤ 10 is an award winner. The truth is the
 * top 10 of all shops by true score (so a minimum-sample rule that shuts out a truly great small shop pays
 * for it). Then it times the method on the lead's benchmark sizes.
 * <p>
 * Environment: SIM_REPLICATIONS (default 500), SIM_SEED (default 2025).
 */
public final class RankingSimulation {

    static final int SHOPS = 1_000;
    static final int PLACES = 10;
    static final int MINIMUM = 50;
    static final double TRUE_MEAN = 88;
    static final double TRUE_SD = 2.5;
    static final double ANSWER_SD = 10;

    /** One simulated shop: its true score and the sums of its season's answers. */
    record Shop(String id, double truth, Entrant sums) {
    }

    enum Method {
        RAW_MEAN("raw mean"), LOWER_BOUND("95 % lower bound"), ADJUSTED("adjusted (eb-1)");

        final String label;

        Method(String label) {
            this.label = label;
        }
    }

    /** Groups of seasons by the true best shop's sample count (why "true #1 in" differs between methods). */
    static final long[] GROUP_FLOORS = {0, 50, 100, 200};
    static final String[] GROUP_LABELS = {"n < 50", "50-99", "100-199", "200+"};

    static int group(long n) {
        int g = 0;
        while (g + 1 < GROUP_FLOORS.length && n >= GROUP_FLOORS[g + 1]) {
            g++;
        }
        return g;
    }

    /** Running totals of one method under one rule. */
    static final class Tally {
        final int[] seasonsByGroup = new int[GROUP_FLOORS.length];
        final int[] trueFirstInsideByGroup = new int[GROUP_FLOORS.length];
        double overlap;
        double trueFirstInside;
        double falseWinners;
        double farOffWinners;
        double spearman;
        int replications;

        void add(Set<String> winners, Shop trueFirst, Set<String> trueTop, Set<String> trueTop50,
                 double rankCorrelation) {
            int inTruth = 0;
            int farOff = 0;
            for (String id : winners) {
                inTruth += trueTop.contains(id) ? 1 : 0;
                farOff += trueTop50.contains(id) ? 0 : 1;
            }
            overlap += inTruth;
            falseWinners += winners.size() - inTruth;
            farOffWinners += farOff;
            boolean firstInside = winners.contains(trueFirst.id());
            trueFirstInside += firstInside ? 1 : 0;
            int g = group(trueFirst.sums().n());
            seasonsByGroup[g]++;
            trueFirstInsideByGroup[g] += firstInside ? 1 : 0;
            spearman += rankCorrelation;
            replications++;
        }
    }

    private RankingSimulation() {
    }

    public static void main(String[] args) {
        int replications = Integer.parseInt(System.getenv().getOrDefault("SIM_REPLICATIONS", "500"));
        long seed = Long.parseLong(System.getenv().getOrDefault("SIM_SEED", "2025"));
        long started = System.nanoTime();
        Tally[][] tallies = new Tally[2][Method.values().length];
        for (Tally[] row : tallies) {
            Arrays.setAll(row, i -> new Tally());
        }
        double sampleCount = 0;
        double underMinimum = 0;
        double trueTopUnderMinimum = 0;
        double k = 0;
        for (int r = 0; r < replications; r++) {
            SplittableRandom random = new SplittableRandom(seed + r);
            List<Shop> season = season(random, SHOPS, 100, "shop-");
            List<Shop> byTruth = new ArrayList<>(season);
            byTruth.sort(Comparator.comparingDouble(Shop::truth).reversed());
            Set<String> trueTop = ids(byTruth.subList(0, PLACES));
            Set<String> trueTop50 = ids(byTruth.subList(0, 50));
            Shop trueFirst = byTruth.get(0);
            for (Shop s : season) {
                sampleCount += s.sums().n();
                underMinimum += s.sums().n() < MINIMUM ? 1 : 0;
            }
            for (Shop s : byTruth.subList(0, PLACES)) {
                trueTopUnderMinimum += s.sums().n() < MINIMUM ? 1 : 0;
            }
            for (int rule = 0; rule < 2; rule++) {
                boolean minimum = rule == 1;
                List<Shop> ranked = season.stream().filter(s -> !minimum || s.sums().n() >= MINIMUM).toList();
                List<Entrant> entrants = season.stream()
                        .map(s -> new Entrant(s.id(), s.sums().n(), s.sums().sum(), s.sums().sumOfSquares(),
                                !minimum || s.sums().n() >= MINIMUM))
                        .toList();
                RankingResult result = FairRanking.rank(entrants, PLACES, seed, 0);
                if (minimum) {
                    k += result.field().k();
                }
                Map<String, Double> adjusted = new HashMap<>();
                result.standings().forEach(st -> adjusted.put(st.id(), st.score()));
                for (Method method : Method.values()) {
                    ToDoubleFunction<Shop> score = switch (method) {
                        case RAW_MEAN -> s -> s.sums().mean();
                        case LOWER_BOUND -> s -> s.sums().mean() - s.sums().margin();
                        case ADJUSTED -> s -> adjusted.get(s.id());
                    };
                    Set<String> winners = method == Method.ADJUSTED
                            ? new HashSet<>(result.awarded().stream().map(Standing::id).toList())
                            : winners(ranked, score);
                    tallies[rule][method.ordinal()].add(winners, trueFirst, trueTop, trueTop50, spearman(ranked, score));
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        System.out.printf(Locale.ROOT, "Ranking simulation: %d seasons of %d shops (seed %d), true scores Normal(%.0f, %.1f²),"
                        + " answers Normal(truth, %.0f²) clipped to 0-100%n",
                replications, SHOPS, seed, TRUE_MEAN, TRUE_SD, ANSWER_SD);
        System.out.printf(Locale.ROOT, "Samples per shop: mean %.1f; shops under %d samples: %.1f %% (of the true top %d: %.2f"
                        + " on average); eb-1 k with the minimum: %.1f%n",
                sampleCount / replications / SHOPS, MINIMUM, 100 * underMinimum / replications / SHOPS, PLACES,
                trueTopUnderMinimum / replications, k / replications);
        System.out.println("Award winners: competition rank <= 10 on the score rounded to 2 decimals. Truth: top 10 of all"
                + " 1,000 shops by true score.");
        System.out.println();
        System.out.printf(Locale.ROOT, "%-22s %-18s %10s %12s %10s %12s %10s%n", "rule", "method", "overlap@10",
                "true #1 in", "false won", "won, >50th", "Spearman");
        String[] rules = {"no minimum", "minimum " + MINIMUM + " samples"};
        for (int rule = 0; rule < 2; rule++) {
            for (Method method : Method.values()) {
                Tally t = tallies[rule][method.ordinal()];
                System.out.printf(Locale.ROOT, "%-22s %-18s %10.2f %11.1f%% %10.2f %12.2f %10.3f%n", rules[rule], method.label,
                        t.overlap / t.replications, 100 * t.trueFirstInside / t.replications,
                        t.falseWinners / t.replications, t.farOffWinners / t.replications, t.spearman / t.replications);
            }
        }
        System.out.printf(Locale.ROOT, "(overlap@10: true top-10 shops among the winners; true #1 in: seasons with the true best"
                + " shop among the winners;%n false won: winners outside the true top 10; won, >50th: winners outside the true"
                + " top 50;%n Spearman: rank correlation of the score with the true score over the ranked shops)%n");
        System.out.println();
        System.out.println("True #1 among the winners, by the true #1's number of samples (seasons in the group):");
        System.out.printf(Locale.ROOT, "%-22s %-18s", "rule", "method");
        Tally any = tallies[0][0];
        for (int g = 0; g < GROUP_LABELS.length; g++) {
            System.out.printf(Locale.ROOT, " %15s", GROUP_LABELS[g] + " (" + any.seasonsByGroup[g] + ")");
        }
        System.out.println();
        for (int rule = 0; rule < 2; rule++) {
            for (Method method : Method.values()) {
                Tally t = tallies[rule][method.ordinal()];
                System.out.printf(Locale.ROOT, "%-22s %-18s", rules[rule], method.label);
                for (int g = 0; g < GROUP_LABELS.length; g++) {
                    System.out.printf(Locale.ROOT, " %14.1f%%", 100.0 * t.trueFirstInsideByGroup[g] / t.seasonsByGroup[g]);
                }
                System.out.println();
            }
        }
        System.out.printf(Locale.ROOT, "simulation took %.1f s%n%n", seconds);
        timing(seed);
    }

    /** Times FairRanking.rank with the default 10,000 draws on the lead's benchmark sizes. */
    static void timing(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Entrant> shops = season(random, 1_000, 100, "shop-").stream().map(Shop::sums).toList();
        List<Entrant> advisors = season(random, 3_000, 35, "advisor-").stream().map(Shop::sums).toList();
        System.out.printf(Locale.ROOT, "Timing, %,d draws, %d available processors:%n", FairRanking.DEFAULT_DRAWS,
                Runtime.getRuntime().availableProcessors());
        for (List<Entrant> field : List.of(shops, advisors)) {
            long[] millis = new long[12];
            RankingResult last = null;
            for (int i = 0; i < millis.length; i++) {
                long t0 = System.nanoTime();
                last = FairRanking.rank(field, PLACES, seed + i, FairRanking.DEFAULT_DRAWS);
                millis[i] = (System.nanoTime() - t0) / 1_000_000;
            }
            long first = millis[0];
            long[] warm = Arrays.copyOfRange(millis, 2, millis.length);
            Arrays.sort(warm);
            long drawn = last.standings().stream().filter(s -> s.pAward() > 0).count();
            System.out.printf(Locale.ROOT, "  %,5d entrants: first call %4d ms, then median %4d ms (min %d, max %d) over %d calls;"
                            + " %d with pAward > 0%n",
                    field.size(), first, warm[warm.length / 2], warm[0], warm[warm.length - 1], warm.length, drawn);
        }
    }

    /** A season: true scores, skewed sample counts (log-normal around {@code medianSamples}), clipped answers. */
    static List<Shop> season(SplittableRandom random, int shops, double medianSamples, String prefix) {
        List<Shop> season = new ArrayList<>(shops);
        for (int i = 0; i < shops; i++) {
            double truth = TRUE_MEAN + TRUE_SD * random.nextGaussian();
            long n = Math.max(5, Math.round(medianSamples * Math.exp(0.7 * random.nextGaussian())));
            double sum = 0;
            double squares = 0;
            for (long j = 0; j < n; j++) {
                double answer = Math.min(100, Math.max(0, truth + ANSWER_SD * random.nextGaussian()));
                sum += answer;
                squares += answer * answer;
            }
            String id = String.format(Locale.ROOT, "%s%04d", prefix, i);
            season.add(new Shop(id, truth, new Entrant(id, n, sum, squares, true)));
        }
        return season;
    }

    /** The same award rule as eb-1 (rank ≤ 10 on the published score) for another score. */
    static Set<String> winners(List<Shop> ranked, ToDoubleFunction<Shop> score) {
        double[] published = ranked.stream().mapToDouble(s -> FairRanking.published(score.applyAsDouble(s)))
                .sorted().toArray();
        double bar = published[published.length - PLACES];    // the 10th best published score
        Set<String> winners = new HashSet<>();
        for (Shop s : ranked) {
            if (FairRanking.published(score.applyAsDouble(s)) >= bar) {
                winners.add(s.id());
            }
        }
        return winners;
    }

    static double spearman(List<Shop> ranked, ToDoubleFunction<Shop> score) {
        double[] a = ranks(ranked.stream().mapToDouble(score).toArray());
        double[] b = ranks(ranked.stream().mapToDouble(Shop::truth).toArray());
        double ma = Arrays.stream(a).average().orElseThrow();
        double mb = Arrays.stream(b).average().orElseThrow();
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    /** Ranks 1..n with ties given their average rank. */
    static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        for (int i = 0; i < order.length; ) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double average = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                ranks[order[t]] = average;
            }
            i = j + 1;
        }
        return ranks;
    }

    private static Set<String> ids(List<Shop> shops) {
        Set<String> ids = new HashSet<>();
        shops.forEach(s -> ids.add(s.id()));
        return ids;
    }
}
