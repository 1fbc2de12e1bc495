package org.dealerplatform.survey.screening;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A sample's classification and the reasons for it (empty for VALID). */
public record Verdict(SampleStatus status, List<Reason> reasons) {

    public Verdict {
        reasons = List.copyOf(reasons);
    }

    /**
     * This verdict with one more reason (the worst reason still decides the status): a repeat
     * that only the lock row of a repair order or phone could show, after the counts were read.
     */
    public Verdict with(Reason reason) {
        if (reasons.contains(reason)) {
            return this;
        }
        java.util.List<Reason> more = new java.util.ArrayList<>(reasons);
        more.add(reason);
        SampleStatus worst = status.compareTo(reason.severity()) >= 0 ? status : reason.severity();
        return new Verdict(worst, more);
    }

    /** Reasons as stored: comma-separated codes. */
    public String reasonCodes() {
        return reasons.stream().map(Reason::name).collect(Collectors.joining(","));
    }

    public static List<String> parseCodes(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.split(","));
    }
}
