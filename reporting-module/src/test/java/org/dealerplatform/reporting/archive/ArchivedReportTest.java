package org.dealerplatform.reporting.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.dealerplatform.reporting.outbox.ReportKind;
import org.junit.jupiter.api.Test;

class ArchivedReportTest {

    private static ArchivedReport report(String html, String text) {
        return new ArchivedReport("a", "t", "s", ReportKind.SHOP_MONTHLY, YearMonth.of(2026, 1), "zh-CN", "subject",
                html, text, new byte[0], List.of(), Instant.EPOCH);
    }

    @Test
    void each_recipient_gets_their_own_unsubscribe_link_in_html_and_text() {
        String p = ArchivedReport.UNSUBSCRIBE_PLACEHOLDER;
        ArchivedReport r = report("<a href=\"" + p + "\">x</a>", "unsubscribe: " + p);
        assertEquals("<a href=\"https://x.example/r/unsubscribe/AbC-_1\">x</a>",
                r.htmlFor("https://x.example/r/unsubscribe/AbC-_1"));
        assertEquals("unsubscribe: https://x.example/r/unsubscribe/AbC-_1",
                r.textFor("https://x.example/r/unsubscribe/AbC-_1"));
    }

    @Test
    void a_link_cannot_leave_its_html_attribute() {
        ArchivedReport r = report("<a href=\"" + ArchivedReport.UNSUBSCRIBE_PLACEHOLDER + "\">", "");
        assertEquals("<a href=\"https://x.example/?a=1&amp;b=&quot;&gt;\">", r.htmlFor("https://x.example/?a=1&b=\">"));
    }
}
