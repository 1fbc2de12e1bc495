package org.dealerplatform.survey.scoring;

/**
 * Net Promoter Score of the 0-10 recommendation question: % promoters (9-10) minus % detractors
 * (0-6), from -100 to 100. Reported beside the index, never part of it.
 */
public final class Nps {

    /** Lowest promoter answer and highest detractor answer; the rollup's recount uses them too. */
    public static final int PROMOTER_FROM = 9;
    public static final int DETRACTOR_UP_TO = 6;

    private Nps() {
    }

    public static boolean promoter(int answer) {
        return answer >= PROMOTER_FROM;
    }

    public static boolean detractor(int answer) {
        return answer <= DETRACTOR_UP_TO;
    }

    /** Null when nobody answered. */
    public static Double of(long answered, long promoters, long detractors) {
        return answered == 0 ? null : 100.0 * (promoters - detractors) / answered;
    }
}
