package org.dealerplatform.survey.screening;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A sample's classification and the reasons for it (empty for VALID). */
public record Verdict(SampleStatus status, List<Reason> reasons) {

    public Verdict {
        reasons = List.copyOf(reasons);
    }

    /** Reasons as stored: comma-separated codes. */
    public String reasonCodes() {
        return reasons.stream().map(Reason::name).collect(Collectors.joining(","));
    }

    public static List<String> parseCodes(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.split(","));
    }
}
