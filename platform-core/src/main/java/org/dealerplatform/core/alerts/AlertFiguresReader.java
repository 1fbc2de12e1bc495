package org.dealerplatform.core.alerts;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Published by the alerts module (absent when it is not installed): the {@link AlertFigures} of
 * shops, dealer groups and the nation over the months {@code from} to {@code to} inclusive (Beijing
 * calendar). Only dealer groups that have the alerts module enabled have figures: a shop or group
 * of another group is simply left out, so a page shows no alert section for it. Cross-tenant by
 * design, like {@code ScoreReader}: the caller decides which shops and groups its reader may see.
 * Runs in the caller's transaction, or its own; it only reads.
 */
public interface AlertFiguresReader {

    /** Each named shop's figures; shops of groups without the module (or unknown ones) are absent. */
    Map<String, AlertFigures> shops(Collection<String> shopIds, YearMonth from, YearMonth to);

    /** One dealer group's figures; empty when it has not enabled the module. */
    Optional<AlertFigures> group(String tenantId, YearMonth from, YearMonth to);

    /** Every dealer group that has the module enabled, by tenant id. */
    Map<String, AlertFigures> groups(YearMonth from, YearMonth to);

    /** All those groups together (a median over all their cases, not of the groups'); empty when no group has the module. */
    Optional<AlertFigures> nation(YearMonth from, YearMonth to);
}
