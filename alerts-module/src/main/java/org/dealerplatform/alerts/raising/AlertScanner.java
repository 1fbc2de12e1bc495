package org.dealerplatform.alerts.raising;

import org.dealerplatform.core.scheduling.ClusterTask;
import java.time.Duration;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dealerplatform.alerts.callback.ConsentStore;
import org.dealerplatform.alerts.contact.ContactSettings;
import org.dealerplatform.alerts.module.AlertSettings;
import org.dealerplatform.core.alerts.AlertSamples;
import org.dealerplatform.core.alerts.AlertSamples.Position;

/**
 * Once per {@code ALERTS_SCAN_SECONDS} (10) in the cluster ({@link ClusterTask}): read the samples
 * that came to count since the watermark, page by page, raise their alerts, move the watermark.
 * Which node scans decides nothing (see the package): a scan overlapping another raises nothing twice.
 */
@Singleton
@Startup
@DependsOn("Migrations")    // no scan before the alert tables exist
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AlertScanner extends ClusterTask {

    private static final Logger LOG = Logger.getLogger(AlertScanner.class.getName());

    @Inject
    AlertSettings settings;

    @Inject
    AlertRaising raising;

    @Inject
    ConsentStore consents;

    @Inject
    AlertWithdrawal withdrawal;

    @Inject
    Watermarks watermarks;

    @Inject
    ContactSettings contactSettings;

    @Override
    protected String taskName() {
        return "alert-scan";
    }

    @Override
    protected Duration interval() {
        return settings.scanInterval();
    }

    @Override
    protected void runOnce() {
        try {
            Position position = raising.start(Instant.now());
            AlertRaising.PageRead page;
            int raised = 0;
            do {
                page = raising.raisePage(position);
                position = page.next();
                raised += page.raised();
            } while (page.read() == AlertSamples.MOST_PER_READ);
            raising.advance(position.changedAt(), Instant.now());
            if (raised > 0) {
                LOG.fine("alerts raised: " + raised);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "alert scan failed; the next tick reads the same samples again", e);
        }
        try {
            withdrawUntouchedAlertsOfSamplesNoLongerCounting();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "withdrawing alerts failed; the next tick reads the same samples again", e);
        }
        try {
            // consents given before their alert existed: onto the alerts raised by now
            consents.pickUp(contactSettings.secrets().cipher());
            consents.sweep(Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "moving consents onto their alerts failed; the next tick tries again", e);
        }
    }

    /** Each scan reads the samples' status as it is now, so which of the two runs first does not matter. */
    private void withdrawUntouchedAlertsOfSamplesNoLongerCounting() {
        Position position = watermarks.start(AlertWithdrawal.WATERMARK, Instant.now());
        AlertRaising.PageRead page;
        do {
            page = withdrawal.withdrawPage(position);
            position = page.next();
        } while (page.read() == AlertSamples.MOST_PER_READ);
        watermarks.advance(AlertWithdrawal.WATERMARK, position.changedAt(), Instant.now());
    }
}
