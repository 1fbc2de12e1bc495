package org.dealerplatform.core.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The association's ranking method eb-1 (docs/METHODOLOGY.md, "Competition standings"): each entrant's
 * raw mean is shrunk toward the field mean by empirical Bayes, ranks come from the published (rounded)
 * adjusted score, and the probability of finishing in the award places comes from seeded posterior
 * draws. Deterministic: the same entrants, seed and number of draws give the same result in any order.
 */
public final class FairRanking {

    public static final String METHOD_VERSION = "eb-1";     // bump when the method changes
    public static final int DEFAULT_DRAWS = 10_000;

    /** Ranked entrants: by published score; tie display order is more valid samples first, then id. */
    private static final Comparator<Line> RANKED_ORDER = Comparator.comparingDouble(Line::published).reversed()
            .thenComparing(Comparator.comparingLong((Line l) -> l.standing().n()).reversed())
            .thenComparing(l -> l.standing().id());
    /** Unranked entrants after them: by published score (entrants without samples last), then id. */
    private static final Comparator<Line> UNRANKED_ORDER = Comparator
            .comparingDouble((Line l) -> Double.isNaN(l.published()) ? Double.NEGATIVE_INFINITY : l.published())
            .reversed()
            .thenComparing(l -> l.standing().id());

    /** A standing with its published score, rounded once. */
    private record Line(Standing standing, double published) {
    }

    private FairRanking() {
    }

    /** {@link #rank(List, int, long, int)} with {@value #DEFAULT_DRAWS} draws. */
    public static RankingResult rank(List<Entrant> entrants, int awardPlaces, long seed) {
        return rank(entrants, awardPlaces, seed, DEFAULT_DRAWS);
    }

    /**
     * Ranks the entrants. {@code awardPlaces} ≥ 0 is the number of award places; {@code draws} ≥ 0 the
     * number of posterior draws for the award probabilities (0: not computed, pAward NaN for every ranked
     * entrant; for callers that need only the order, such as a dashboard). Ids must be unique.
     */
    public static RankingResult rank(List<Entrant> entrants, int awardPlaces, long seed, int draws) {
        if (awardPlaces < 0 || draws < 0) {
            throw new IllegalArgumentException("award places and draws must not be negative");
        }
        List<Entrant> byId = new ArrayList<>(entrants);
        byId.sort(Comparator.comparing(Entrant::id));
        for (int i = 1; i < byId.size(); i++) {
            if (byId.get(i).id().equals(byId.get(i - 1).id())) {
                throw new IllegalArgumentException("entrant listed twice: " + byId.get(i).id());
            }
        }
        List<Entrant> ranked = byId.stream().filter(FairRanking::isRanked).toList();
        FieldEstimate field = FieldEstimate.of(ranked);
        Map<String, Double> pAward = awardProbabilities(ranked, field, awardPlaces, seed, draws);

        List<Line> inRanking = new ArrayList<>();
        List<Line> outside = new ArrayList<>();
        for (Entrant e : byId) {
            Standing s = standing(e, field, null, pAward.getOrDefault(e.id(), 0.0));
            (isRanked(e) ? inRanking : outside).add(new Line(s, published(s.score())));
        }
        inRanking.sort(RANKED_ORDER);
        outside.sort(UNRANKED_ORDER);

        List<Standing> standings = new ArrayList<>(byId.size());
        Double cutoff = null;
        int rank = 0;
        for (int i = 0; i < inRanking.size(); i++) {
            Line line = inRanking.get(i);
            if (i == 0 || line.published() != inRanking.get(i - 1).published()) {
                rank = i + 1;                                   // standard competition ranking: 1, 2, 2, 4
            }
            standings.add(withRank(line.standing(), rank));
            if (rank <= awardPlaces) {
                cutoff = line.published();
            }
        }
        outside.forEach(line -> standings.add(line.standing()));
        return new RankingResult(METHOD_VERSION, field, standings, cutoff, awardPlaces, seed, draws);
    }

    /**
     * Published precision: two decimals, half-up (the figure shown and compared for ties). The value is
     * first rounded to 9 decimals, so that floating-point noise (89.62499999999999 for 89.625) rounds the
     * way a hand computation does.
     */
    public static double published(double value) {
        return round(value, 2);
    }

    static double round(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return value;
        }
        return BigDecimal.valueOf(value).setScale(9, RoundingMode.HALF_EVEN)
                .setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /** In the field, ranked and drawn: eligible and with at least one valid sample. */
    private static boolean isRanked(Entrant e) {
        return e.eligible() && e.n() > 0;
    }

    private static Map<String, Double> awardProbabilities(List<Entrant> ranked, FieldEstimate field,
                                                          int awardPlaces, long seed, int draws) {
        double[] score = new double[ranked.size()];
        double[] sd = new double[ranked.size()];
        for (int i = 0; i < score.length; i++) {
            Entrant e = ranked.get(i);
            score[i] = field.adjusted(e.n(), e.mean());
            sd[i] = Math.sqrt(field.posteriorVariance(e.n()));
        }
        double[] p = AwardProbabilities.estimate(score, sd, awardPlaces, seed, draws);
        Map<String, Double> byId = new HashMap<>();
        for (int i = 0; i < p.length; i++) {
            byId.put(ranked.get(i).id(), round(p[i], 3));
        }
        return byId;
    }

    private static Standing standing(Entrant e, FieldEstimate field, Integer rank, double pAward) {
        double mean = e.mean();
        double score = field.adjusted(e.n(), mean);
        return new Standing(e.id(), rank, e.n(), mean, e.margin(), score, score - mean, field.weight(e.n()),
                pAward, e.eligible());
    }

    private static Standing withRank(Standing s, int rank) {
        return new Standing(s.id(), rank, s.n(), s.mean(), s.margin(), s.score(), s.adjustment(), s.weight(),
                s.pAward(), s.eligible());
    }
}
