package org.dealerplatform.reporting.outbox;

/** The monthly reports a run produces; the names are the API's. */
public enum ReportKind {
    SHOP_MONTHLY,
    GROUP_MONTHLY,
    NATIONAL_MONTHLY
}
