package org.dealerplatform.survey.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every screening rule on its own, and how reasons decide the status. */
class ScreeningTest {

    final Screening screening = new Screening(new ScreeningPolicy(20, 45, 30, 5, 10));

    /** A calm, unremarkable sample: 90 seconds, mixed scores, nothing repeated. */
    static SampleFacts ordinary() {
        return new SampleFacts(90, false, false, true, 0, 0, 0, 0, false);
    }

    Verdict judge(SampleFacts facts) {
        return screening.judge(facts);
    }

    @Test
    void anOrdinarySampleIsValidWithoutReasons() {
        Verdict v = judge(ordinary());
        assertEquals(SampleStatus.VALID, v.status());
        assertEquals(List.of(), v.reasons());
        assertEquals("", v.reasonCodes());
    }

    @Test
    void fasterThanTheMinimumIsSuspect() {
        assertEquals(List.of(Reason.TOO_FAST), judge(new SampleFacts(19, false, false, true, 0, 0, 0, 0, false)).reasons());
        assertEquals(SampleStatus.VALID, judge(new SampleFacts(20, false, false, true, 0, 0, 0, 0, false)).status());
    }

    @Test
    void unknownTimingIsSuspect() {
        Verdict v = judge(new SampleFacts(null, false, false, true, 0, 0, 0, 0, false));
        assertEquals(SampleStatus.SUSPECT, v.status());
        assertEquals(List.of(Reason.NO_TIMING), v.reasons());
    }

    @Test
    void topScoresAnsweredQuicklyAreSuspectButTopScoresAnsweredCalmlyAreNot() {
        assertEquals(List.of(Reason.STRAIGHT_LINED_FAST),
                judge(new SampleFacts(30, true, false, true, 0, 0, 0, 0, false)).reasons());
        assertEquals(SampleStatus.VALID, judge(new SampleFacts(45, true, false, true, 0, 0, 0, 0, false)).status());
    }

    @Test
    void theSameDeviceOrPhoneForTheSameShopIsSuspect() {
        assertEquals(List.of(Reason.REPEAT_DEVICE), judge(new SampleFacts(90, false, false, true, 1, 0, 0, 0, false)).reasons());
        assertEquals(List.of(Reason.REPEAT_PHONE), judge(new SampleFacts(90, false, false, true, 0, 2, 0, 0, false)).reasons());
    }

    @Test
    void aRepairOrderAnsweredTwiceIsSuspect() {
        assertEquals(List.of(Reason.REPEAT_REPAIR_ORDER),
                judge(new SampleFacts(90, false, false, true, 0, 0, 1, 0, false)).reasons());
    }

    @Test
    void aBurstFromOneAddressIsSuspectFromTheConfiguredCount() {
        assertEquals(SampleStatus.VALID, judge(new SampleFacts(90, false, false, true, 0, 0, 0, 4, false)).status());
        assertEquals(List.of(Reason.ADDRESS_BURST),
                judge(new SampleFacts(90, false, false, true, 0, 0, 0, 5, false)).reasons());
    }

    @Test
    void overTheRateLimitIsKeptAsSuspect() {
        assertEquals(List.of(Reason.RATE_LIMITED), judge(new SampleFacts(90, false, false, true, 0, 0, 0, 0, true)).reasons());
    }

    @Test
    void aRevokedCodeOrAShopNotCollectingMakesTheSampleInvalid() {
        assertEquals(SampleStatus.INVALID, judge(new SampleFacts(90, false, true, true, 0, 0, 0, 0, false)).status());
        assertEquals(List.of(Reason.TOKEN_REVOKED), judge(new SampleFacts(90, false, true, true, 0, 0, 0, 0, false)).reasons());
        assertEquals(List.of(Reason.SHOP_INACTIVE), judge(new SampleFacts(90, false, false, false, 0, 0, 0, 0, false)).reasons());
    }

    @Test
    void aReusedOrExpiredTicketOrAForgedDeviceMarkerIsSuspect() {
        assertEquals(List.of(Reason.TICKET_REUSED),
                judge(new SampleFacts(90, false, false, true, 0, 0, 0, 0, false, true, false, false)).reasons());
        assertEquals(List.of(Reason.TICKET_EXPIRED),
                judge(new SampleFacts(9000, false, false, true, 0, 0, 0, 0, false, false, true, false)).reasons());
        Verdict forged = judge(new SampleFacts(90, false, false, true, 0, 0, 0, 0, false, false, false, true));
        assertEquals(SampleStatus.SUSPECT, forged.status());
        assertEquals(List.of(Reason.DEVICE_FORGED), forged.reasons());
        assertEquals(SampleStatus.VALID,
                judge(new SampleFacts(90, false, false, true, 0, 0, 0, 0, false, false, false, false)).status());
    }

    @Test
    void aReusedTicketDoesNotHideThatItWasFast() {
        assertEquals(List.of(Reason.TOO_FAST, Reason.TICKET_REUSED),
                judge(new SampleFacts(3, false, false, true, 0, 0, 0, 0, false, true, false, false)).reasons());
    }

    @Test
    void theWorstReasonDecidesAndAllReasonsAreKept() {
        Verdict v = judge(new SampleFacts(5, true, true, true, 1, 1, 1, 9, true));
        assertEquals(SampleStatus.INVALID, v.status());
        assertEquals(List.of(Reason.TOKEN_REVOKED, Reason.TOO_FAST, Reason.STRAIGHT_LINED_FAST, Reason.REPEAT_DEVICE,
                Reason.REPEAT_PHONE, Reason.REPEAT_REPAIR_ORDER, Reason.ADDRESS_BURST, Reason.RATE_LIMITED), v.reasons());
        assertEquals(List.of("TOKEN_REVOKED", "TOO_FAST", "STRAIGHT_LINED_FAST", "REPEAT_DEVICE", "REPEAT_PHONE",
                "REPEAT_REPAIR_ORDER", "ADDRESS_BURST", "RATE_LIMITED"), Verdict.parseCodes(v.reasonCodes()));
    }
}
