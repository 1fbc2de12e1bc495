package org.dealerplatform.reporting.outbox;

/** The monthly reports a run produces; the names are the API's. */
public enum ReportKind {
    /** Each shop's report, to the recipients its group admin keeps. */
    SHOP_MONTHLY,
    /** Each dealer group's report, to the group's admins. */
    GROUP_MONTHLY,
    /** The nation's report, to the association's admins. */
    NATIONAL_MONTHLY;

    /** The kind of this exact name (as the API and the console send it); empty for anything else. */
    public static java.util.Optional<ReportKind> named(String name) {
        String given = name == null ? "" : name.strip();
        return java.util.Arrays.stream(values()).filter(k -> k.name().equals(given)).findFirst();
    }
}
