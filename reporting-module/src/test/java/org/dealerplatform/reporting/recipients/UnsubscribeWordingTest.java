package org.dealerplatform.reporting.recipients;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnsubscribeWordingTest {

    @Test
    void thePageNamesTheReportTheLinkCameFrom() {
        assertEquals("unsubscribe.done", UnsubscribeResource.worded("unsubscribe.done",
                "7f3c2a10-0000-4000-8000-00000000a001"));
        assertEquals("unsubscribe.done.group", UnsubscribeResource.worded("unsubscribe.done", "group:demo-group-a"));
        assertEquals("unsubscribe.confirm.national", UnsubscribeResource.worded("unsubscribe.confirm", "national"));
    }
}
