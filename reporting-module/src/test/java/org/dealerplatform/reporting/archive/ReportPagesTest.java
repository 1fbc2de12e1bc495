package org.dealerplatform.reporting.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReportPagesTest {

    @Test
    void theResendFormOpensTheBody() {
        String page = ReportPages.withForm("<html><head><title>x</title></head><body style=\"margin:0\"><h1>A1</h1>"
                + "</body></html>", "<form></form>");
        assertEquals("<html><head><title>x</title></head><body style=\"margin:0\">\n<form></form><h1>A1</h1>"
                + "</body></html>", page);
    }

    @Test
    void aDocumentWithoutABodyTagStillGetsTheForm() {
        assertEquals("<form></form><p>report</p>", ReportPages.withForm("<p>report</p>", "<form></form>"));
    }

    @Test
    void onlyTheGroupAdminsPagePostsAndOnlyToUs() {
        assertTrue(ReportPages.REPORT_POLICY.contains("form-action 'none'"));
        assertTrue(ReportPages.REPORT_WITH_FORM_POLICY.contains("form-action 'self'"));
        assertEquals(ReportPages.REPORT_POLICY.replace("'none'; frame", "'self'; frame"),
                ReportPages.REPORT_WITH_FORM_POLICY);
    }
}
