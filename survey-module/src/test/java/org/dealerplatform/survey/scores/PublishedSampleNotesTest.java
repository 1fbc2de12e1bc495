package org.dealerplatform.survey.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.dealerplatform.core.modules.LocalizedText;
import org.dealerplatform.core.samples.FlagReason;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.survey.screening.Reason;
import org.junit.jupiter.api.Test;

/**
 * What can be checked without a database: the statements and their parameters (the tenant filter
 * above all), the argument checks, reason lists becoming counts, and the labels. Whether MariaDB
 * answers the statements as intended is for an integration test.
 */
class PublishedSampleNotesTest {

    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final ShopProfile SHOP = new ShopProfile("shop-1", "group-a", "S001", "浦东店", "TOYOTA", "丰田", "Toyota",
            "31", "上海", true);

    final PublishedSampleNotes notes = new PublishedSampleNotes();

    static ShopProfile inTenant(String tenantId) {
        return new ShopProfile("shop-1", tenantId, "S001", "浦东店", "TOYOTA", "丰田", "Toyota", "31", "上海", true);
    }

    @Test
    void bothReadsFilterByTenantAndShopOnTheIndexColumnsThenByMonth() {
        assertEquals("select comment_text, submitted_at, score_overall from survey_response"
                + " where tenant_id = ? and shop_id = ? and submitted_at >= ? and submitted_at < ? and month = ?"
                + " and status = 'VALID' and comment_text is not null and comment_text <> ''"
                + " order by submitted_at desc, id desc limit ", PublishedSampleNotes.LATEST_COMMENTS);
        assertEquals("select status, reasons, count(*) from survey_response"
                + " where tenant_id = ? and shop_id = ? and submitted_at >= ? and submitted_at < ? and month = ?"
                + " and status in ('SUSPECT', 'INVALID') group by status, reasons", PublishedSampleNotes.FLAGGED);
    }

    @Test
    void theParametersAreTheShopsTenantTheShopAWindowAroundTheMonthAndTheMonth() {
        assertEquals(List.of("group-a", "shop-1", Timestamp.from(Instant.parse("2026-02-28T00:00:00Z")),
                Timestamp.from(Instant.parse("2026-04-02T00:00:00Z")), "2026-03"),
                PublishedSampleNotes.shopMonth(SHOP, MARCH));
    }

    @Test
    void theWindowHoldsEverySampleFiledInTheMonthInBeijing() {
        for (YearMonth month : List.of(MARCH, YearMonth.of(2026, 1), YearMonth.of(2025, 12), YearMonth.of(2028, 2))) {
            List<Object> p = PublishedSampleNotes.shopMonth(SHOP, month);
            Instant from = ((Timestamp) p.get(2)).toInstant();
            Instant to = ((Timestamp) p.get(3)).toInstant();
            Instant first = ZonedDateTime.of(month.atDay(1).atStartOfDay(), BEIJING).toInstant();
            Instant last = ZonedDateTime.of(month.atEndOfMonth().atTime(23, 59, 59, 999_000_000), BEIJING)
                    .toInstant();
            assertTrue(!first.isBefore(from) && last.isBefore(to), month + ": " + from + " to " + to);
        }
    }

    @Test
    void noTenantMeansNoRead() {
        assertThrows(IllegalArgumentException.class, () -> notes.flagReasons(inTenant(null), MARCH));
        assertThrows(IllegalArgumentException.class, () -> notes.flagReasons(inTenant(" "), MARCH));
        assertThrows(IllegalArgumentException.class, () -> notes.latestComments(inTenant(""), MARCH, 5));
        assertThrows(NullPointerException.class, () -> notes.latestComments(null, MARCH, 5));
        assertThrows(NullPointerException.class, () -> notes.flagReasons(SHOP, null));
    }

    @Test
    void aReportAsksForAFewCommentsNeverNoneOrAMonthsWorth() {
        assertThrows(IllegalArgumentException.class, () -> notes.latestComments(SHOP, MARCH, 0));
        assertThrows(IllegalArgumentException.class, () -> notes.latestComments(SHOP, MARCH, -3));
        assertThrows(IllegalArgumentException.class, () -> notes.latestComments(SHOP, MARCH, 51));
    }

    @Test
    void eachReasonOfAListCountsItsSamplesBySuspectAndInvalid() {
        List<FlagReason> reasons = PublishedSampleNotes.countByReason(List.of(
                new Object[] {"SUSPECT", "TOO_FAST,REPEAT_PHONE", 3L},
                new Object[] {"SUSPECT", "TOO_FAST", 2L},
                new Object[] {"INVALID", "TOKEN_REVOKED", BigInteger.ONE},
                // a suspect sample rejected in review: invalid now, its reasons kept
                new Object[] {"INVALID", "TOO_FAST,REPEAT_PHONE", 1L}));
        assertEquals(List.of("TOO_FAST", "REPEAT_PHONE", "TOKEN_REVOKED"),
                reasons.stream().map(FlagReason::code).toList());
        FlagReason tooFast = reasons.get(0);
        assertEquals(5, tooFast.suspect());
        assertEquals(1, tooFast.invalid());
        assertEquals(new LocalizedText("答题过快", "Answered too fast"), tooFast.label());
        assertEquals(3, reasons.get(1).suspect());
        assertEquals(1, reasons.get(1).invalid());
        assertEquals(0, reasons.get(2).suspect());
        assertEquals(1, reasons.get(2).invalid());
    }

    @Test
    void equalCountsAreInCodeOrderAndEmptyListsCountNothing() {
        List<FlagReason> reasons = PublishedSampleNotes.countByReason(List.of(
                new Object[] {"SUSPECT", "REPEAT_PHONE", 2L},
                new Object[] {"SUSPECT", "", 4L},
                new Object[] {"SUSPECT", "ADDRESS_BURST", 2L}));
        assertEquals(List.of("ADDRESS_BURST", "REPEAT_PHONE"), reasons.stream().map(FlagReason::code).toList());
        assertEquals(List.of(), PublishedSampleNotes.countByReason(List.of()));
    }

    @Test
    void everyReasonHasAChineseAndAnEnglishLabel() {
        for (Reason reason : Reason.values()) {
            LocalizedText label = PublishedSampleNotes.label(reason.name());
            assertNotEquals(reason.name(), label.zh(), reason + " has no Chinese label");
            assertNotEquals(reason.name(), label.en(), reason + " has no English label");
            assertNotEquals(label.zh(), label.en(), reason.name());
        }
        assertEquals(new LocalizedText("二维码已停用", "QR code no longer in use"),
                PublishedSampleNotes.label("TOKEN_REVOKED"));
    }

    @Test
    void aCodeWithoutALabelIsShownAsItsCode() {
        assertEquals(new LocalizedText("RETIRED_RULE", "RETIRED_RULE"), PublishedSampleNotes.label("RETIRED_RULE"));
    }

    @Test
    void submittedAtIsReadTheWayItWasWritten() {
        Instant sent = Instant.parse("2026-03-14T02:30:00.123Z");
        Timestamp written = Timestamp.from(sent);
        assertEquals(sent, PublishedSampleNotes.instant(written));
        assertEquals(sent, PublishedSampleNotes.instant(written.toLocalDateTime()));
        assertThrows(IllegalStateException.class, () -> PublishedSampleNotes.instant(null));
    }
}
