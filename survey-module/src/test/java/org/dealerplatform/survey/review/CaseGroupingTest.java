package org.dealerplatform.survey.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dealerplatform.survey.review.CaseGrouping.Cause;
import org.dealerplatform.survey.review.CaseGrouping.Held;
import org.dealerplatform.survey.screening.Reason;
import org.dealerplatform.survey.screening.SampleStatus;
import org.dealerplatform.survey.screening.ScreeningPolicy;
import org.dealerplatform.survey.screening.Verdict;
import org.junit.jupiter.api.Test;

/** Which case a suspect sample lands in, as pure rules over what the lock rows hold. */
class CaseGroupingTest {

    static final ScreeningPolicy POLICY = new ScreeningPolicy(20, 45, 30, 5, 10);
    static final Instant NOW = Instant.parse("2026-04-01T08:00:00Z");

    static Cause cause(CauseKind kind, String value) {
        return new Cause(kind, CaseGrouping.key("shop-1", kind, value));
    }

    static Held row(CauseKind kind, String caseId, String first, Instant lastAt) {
        return new Held(cause(kind, kind.name().toLowerCase()), caseId, first, lastAt);
    }

    static Held fresh(CauseKind kind) {
        return new Held(cause(kind, kind.name().toLowerCase()), null, null, NOW);
    }

    static Verdict suspect(Reason... reasons) {
        return new Verdict(SampleStatus.SUSPECT, List.of(reasons));
    }

    @Test
    void causesAreKeyedPerShopAndKindAndSplitIntoTheTwoLockingGroups() {
        Map<CauseKind, String> values = CaseGrouping.values("RO-1", "ph", " ", "dev", "addr");
        assertEquals(Set.of(CauseKind.REPAIR_ORDER, CauseKind.PHONE, CauseKind.DEVICE, CauseKind.ADDRESS),
                values.keySet(), "a blank ticket is no cause");
        List<Cause> every = CaseGrouping.everySampleCauses("shop-1", values);
        List<Cause> suspectOnly = CaseGrouping.suspectOnlyCauses("shop-1", values);
        assertEquals(Set.of(CauseKind.REPAIR_ORDER, CauseKind.PHONE), Set.copyOf(every.stream().map(Cause::kind).toList()));
        assertEquals(Set.of(CauseKind.DEVICE, CauseKind.ADDRESS),
                Set.copyOf(suspectOnly.stream().map(Cause::kind).toList()));
        assertTrue(every.get(0).key().compareTo(every.get(1).key()) < 0, "each group locked in key order");
        assertEquals(64, every.get(0).key().length());
        assertFalse(every.get(0).key().contains("RO-1"), "the value itself is not in the key");
        assertNotEquals(CaseGrouping.key("shop-1", CauseKind.REPAIR_ORDER, "RO-1"),
                CaseGrouping.key("shop-2", CauseKind.REPAIR_ORDER, "RO-1"), "per shop");
        assertNotEquals(CaseGrouping.key("shop-1", CauseKind.DEVICE, "x"),
                CaseGrouping.key("shop-1", CauseKind.ADDRESS, "x"), "per kind");
    }

    @Test
    void aCauseStaysLiveForTheWindowOfItsScreeningRule() {
        assertFalse(CaseGrouping.live(fresh(CauseKind.REPAIR_ORDER), POLICY, NOW), "a row just made names nobody");
        assertTrue(CaseGrouping.live(row(CauseKind.REPAIR_ORDER, null, "s-1", NOW.minus(Duration.ofDays(400))),
                POLICY, NOW), "a repair order never expires");
        assertTrue(CaseGrouping.live(row(CauseKind.PHONE, null, "s-1", NOW.minus(Duration.ofDays(30))), POLICY, NOW));
        assertFalse(CaseGrouping.live(row(CauseKind.PHONE, null, "s-1", NOW.minus(Duration.ofDays(31))), POLICY, NOW));
        assertTrue(CaseGrouping.live(row(CauseKind.ADDRESS, "c-1", "s-1", NOW.minus(Duration.ofMinutes(10))),
                POLICY, NOW));
        assertFalse(CaseGrouping.live(row(CauseKind.ADDRESS, "c-1", "s-1", NOW.minus(Duration.ofMinutes(11))),
                POLICY, NOW), "an address feeds a case only within the burst window");
    }

    @Test
    void aRowNamingAnEarlierSampleMakesARepeatEvenWhenTheCountsMissedIt() {
        Verdict valid = new Verdict(SampleStatus.VALID, List.of());
        Verdict order = CaseGrouping.recheck(valid, List.of(row(CauseKind.REPAIR_ORDER, null, "s-1", NOW)), POLICY, NOW);
        assertEquals(SampleStatus.SUSPECT, order.status());
        assertEquals(List.of(Reason.REPEAT_REPAIR_ORDER), order.reasons());
        assertEquals(valid, CaseGrouping.recheck(valid, List.of(fresh(CauseKind.REPAIR_ORDER)), POLICY, NOW),
                "the first with this order");
        assertEquals(valid, CaseGrouping.recheck(valid, List.of(row(CauseKind.PHONE, null, "s-1",
                NOW.minus(Duration.ofDays(40)))), POLICY, NOW), "a phone last seen 40 days ago is no repeat");
        Verdict already = suspect(Reason.REPEAT_REPAIR_ORDER);
        assertEquals(already, CaseGrouping.recheck(already, List.of(row(CauseKind.REPAIR_ORDER, "c-1", "s-1", NOW)),
                POLICY, NOW), "a reason is not added twice");
        Verdict invalid = new Verdict(SampleStatus.INVALID, List.of(Reason.TOKEN_REVOKED));
        assertEquals(SampleStatus.INVALID, CaseGrouping.recheck(invalid, List.of(row(CauseKind.PHONE, null, "s-1", NOW)),
                POLICY, NOW).status(), "the worst reason still decides");
    }

    @Test
    void aSuspectSampleJoinsTheOpenCaseOfItsMostSpecificLiveCause() {
        Held address = row(CauseKind.ADDRESS, "c-address", "s-1", NOW.minusSeconds(60));
        Held device = row(CauseKind.DEVICE, "c-device", "s-2", NOW.minus(Duration.ofDays(2)));
        Held order = row(CauseKind.REPAIR_ORDER, "c-order", "s-3", NOW.minus(Duration.ofDays(90)));
        assertEquals(Optional.of(order), CaseGrouping.caseToJoin(List.of(address, device, order), Set.of(), POLICY, NOW));
        assertEquals(Optional.empty(), CaseGrouping.caseToJoin(List.of(address, device, order), Set.of("c-order"),
                POLICY, NOW), "a decided case is not joined: its cause starts a new one");
        assertEquals(Optional.of(device), CaseGrouping.caseToJoin(List.of(address, device), Set.of(), POLICY, NOW));
        Held staleAddress = row(CauseKind.ADDRESS, "c-address", "s-1", NOW.minus(Duration.ofHours(1)));
        assertEquals(Optional.empty(), CaseGrouping.caseToJoin(List.of(staleAddress, fresh(CauseKind.DEVICE)), Set.of(),
                POLICY, NOW), "nothing live: a case of one");
        assertEquals(Optional.empty(), CaseGrouping.caseToJoin(List.of(row(CauseKind.REPAIR_ORDER, null, "s-1", NOW)),
                Set.of(), POLICY, NOW), "the first sample of an order was valid: it has no case yet");
        assertEquals(Optional.empty(), CaseGrouping.caseToJoin(List.of(address, row(CauseKind.REPAIR_ORDER, null, "s-9",
                NOW)), Set.of(), POLICY, NOW), "a repeated order is its own group, not a member of the address's case");
        assertEquals(Optional.empty(), CaseGrouping.caseToJoin(List.of(address, row(CauseKind.REPAIR_ORDER,
                "c-gone", "s-9", NOW)), Set.of("c-gone"), POLICY, NOW), "an order whose case was decided starts afresh");
    }

    @Test
    void threeHundredJunkAnswersFromOneAddressFeedOneCase() {
        Held row = fresh(CauseKind.ADDRESS);
        String caseId = null;
        Instant at = NOW;
        for (int i = 0; i < 300; i++) {
            Optional<Held> join = CaseGrouping.caseToJoin(List.of(row), Set.of(), POLICY, at);
            String target = join.map(Held::caseId).orElse("c-" + i);
            if (caseId == null) {
                caseId = target;
            }
            assertEquals(caseId, target, "answer " + i);
            row = CaseGrouping.after(row, "s-" + i, target, Set.of(), POLICY, at).orElse(row);
            at = at.plusSeconds(5);
        }
        assertEquals("c-0", caseId);
        assertEquals("s-0", row.firstSampleId(), "the row keeps the first of the run");
    }

    @Test
    void aRowRemembersTheSampleAndTheCaseItFeeds() {
        Held fresh = fresh(CauseKind.REPAIR_ORDER);
        assertEquals(new Held(fresh.cause(), null, "s-1", NOW), CaseGrouping.after(fresh, "s-1", null, Set.of(), POLICY,
                NOW).orElseThrow(), "a valid first sample: the row names it, no case");
        Held first = new Held(fresh.cause(), null, "s-1", NOW);
        assertEquals(new Held(fresh.cause(), "c-1", "s-1", NOW.plusSeconds(9)), CaseGrouping.after(first, "s-2", "c-1",
                Set.of(), POLICY, NOW.plusSeconds(9)).orElseThrow(), "the repeat's case is the group's");
        Held other = row(CauseKind.ADDRESS, "c-other", "s-1", NOW);
        assertEquals(Optional.empty(), CaseGrouping.after(other, "s-2", "c-1", Set.of(), POLICY, NOW),
                "a live row feeding another open case stays with it");
        assertEquals(new Held(other.cause(), "c-1", "s-2", NOW), CaseGrouping.after(other, "s-2", "c-1",
                Set.of("c-other"), POLICY, NOW).orElseThrow(), "a decided case's row starts afresh");
        Held stale = row(CauseKind.ADDRESS, "c-other", "s-1", NOW.minus(Duration.ofHours(2)));
        assertEquals(new Held(stale.cause(), "c-1", "s-2", NOW), CaseGrouping.after(stale, "s-2", "c-1", Set.of(),
                POLICY, NOW).orElseThrow());
    }

    @Test
    void aNewCaseStartsWithTheCauseItsFirstSampleNames() {
        assertEquals(CauseKind.REPAIR_ORDER, CaseGrouping.startingCause(suspect(Reason.ADDRESS_BURST,
                Reason.REPEAT_REPAIR_ORDER)));
        assertEquals(CauseKind.PHONE, CaseGrouping.startingCause(suspect(Reason.REPEAT_PHONE, Reason.TOO_FAST)));
        assertEquals(null, CaseGrouping.startingCause(suspect(Reason.NO_TIMING, Reason.TOO_FAST)));
    }

    @Test
    void onlyAnUntouchedValidSampleIsFlaggedAlong() {
        assertTrue(CaseGrouping.flaggedAlong(SampleStatus.VALID, ""));
        assertFalse(CaseGrouping.flaggedAlong(SampleStatus.VALID, "REPEAT_REPAIR_ORDER"), "accepted by a reviewer");
        assertFalse(CaseGrouping.flaggedAlong(SampleStatus.SUSPECT, "TOO_FAST"), "already in review");
        assertFalse(CaseGrouping.flaggedAlong(SampleStatus.INVALID, "TOKEN_REVOKED"));
    }

    @Test
    void aCasesReasonsAreItsSamplesReasonsOnceEach() {
        assertEquals("NO_TIMING,ADDRESS_BURST,REPEAT_REPAIR_ORDER",
                CaseGrouping.mergeReasons("NO_TIMING,ADDRESS_BURST", "ADDRESS_BURST,REPEAT_REPAIR_ORDER"));
        assertEquals("TOO_FAST", CaseGrouping.mergeReasons("", "TOO_FAST"));
    }
}
