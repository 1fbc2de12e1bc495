package org.dealerplatform.survey.scoring;

/**
 * Net Promoter Score of the 0-10 recommendation question: % promoters (9-10) minus % detractors
 * (0-6), from -100 to 100. Reported beside the index, never part of it.
 */
public final class Nps {

    private Nps() {
    }

    public static boolean promoter(int answer) {
        return answer >= 9;
    }

    public static boolean detractor(int answer) {
        return answer <= 6;
    }

    /** Null when nobody answered. */
    public static Double of(long answered, long promoters, long detractors) {
        return answered == 0 ? null : 100.0 * (promoters - detractors) / answered;
    }
}
