package org.dealerplatform.survey.screening;

import java.util.ArrayList;
import java.util.List;

/** Applies every screening rule to one sample; the worst reason decides the status. */
public final class Screening {

    private final ScreeningPolicy policy;

    public Screening(ScreeningPolicy policy) {
        this.policy = policy;
    }

    public Verdict judge(SampleFacts facts) {
        List<Reason> reasons = new ArrayList<>();
        if (facts.linkRevoked()) {
            reasons.add(Reason.TOKEN_REVOKED);
        }
        if (!facts.shopCollecting()) {
            reasons.add(Reason.SHOP_INACTIVE);
        }
        Integer seconds = facts.durationSeconds();
        if (seconds == null) {
            reasons.add(Reason.NO_TIMING);
        } else if (seconds < policy.minSeconds()) {
            reasons.add(Reason.TOO_FAST);
        }
        if (facts.ticketReused()) {
            reasons.add(Reason.TICKET_REUSED);
        }
        if (facts.ticketExpired()) {
            reasons.add(Reason.TICKET_EXPIRED);
        }
        if (facts.deviceForged()) {
            reasons.add(Reason.DEVICE_FORGED);
        }
        if (facts.allTopScores() && seconds != null && seconds < policy.straightLineSeconds()) {
            reasons.add(Reason.STRAIGHT_LINED_FAST);
        }
        if (facts.sameDevice() > 0) {
            reasons.add(Reason.REPEAT_DEVICE);
        }
        if (facts.samePhone() > 0) {
            reasons.add(Reason.REPEAT_PHONE);
        }
        if (facts.sameRepairOrder() > 0) {
            reasons.add(Reason.REPEAT_REPAIR_ORDER);
        }
        if (facts.sameAddressRecently() >= policy.burstCount()) {
            reasons.add(Reason.ADDRESS_BURST);
        }
        if (facts.rateLimited()) {
            reasons.add(Reason.RATE_LIMITED);
        }
        SampleStatus status = reasons.stream().map(Reason::severity)
                .max(Enum::compareTo).orElse(SampleStatus.VALID);
        return new Verdict(status, reasons);
    }
}
