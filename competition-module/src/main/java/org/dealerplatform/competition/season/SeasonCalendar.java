package org.dealerplatform.competition.season;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.Duration;
import org.dealerplatform.core.scheduling.ClusterTask;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes seasons whose last collection month is over (Beijing calendar), so the standings freeze
 * at the end of collection even if nobody presses the button. Once every ten minutes in the
 * cluster ({@link ClusterTask}); should two runs meet, the season row's version makes sure only one
 * close commits. The association can still close earlier by hand.
 */
@Singleton
@Startup
@DependsOn("Migrations")    // no check before the season tables exist
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SeasonCalendar extends ClusterTask {

    private static final Logger LOG = Logger.getLogger(SeasonCalendar.class.getName());

    @Inject
    Seasons seasons;

    @Override
    protected String taskName() {
        return "season-calendar";
    }

    @Override
    protected Duration interval() {
        return Duration.ofMinutes(10);
    }

    /** Outside a transaction (as every task), so each season closes in its own (a failure leaves the others alone). */
    @Override
    protected void runOnce() {
        YearMonth now = YearMonth.now(Season.BEIJING);
        for (Season season : seasons.list()) {
            if (season.status() == SeasonStatus.COLLECTING && season.collectionOver(now)) {
                try {
                    seasons.move(season.id(), SeasonStatus.CLOSED, null);
                    LOG.info(() -> "season " + season.code() + " closed: collection ended " + season.collectTo());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "could not close season " + season.code(), e);
                }
            }
        }
    }
}
