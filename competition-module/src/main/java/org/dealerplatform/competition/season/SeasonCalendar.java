package org.dealerplatform.competition.season;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes seasons whose last collection month is over (Beijing calendar), so the standings freeze
 * at the end of collection even if nobody presses the button. Every node runs the check; the
 * season row's version makes sure only one close commits (the others fail on the optimistic lock
 * and leave it). The association can still close earlier by hand.
 */
@Singleton
@Startup
public class SeasonCalendar {

    private static final Logger LOG = Logger.getLogger(SeasonCalendar.class.getName());

    @Inject
    Seasons seasons;

    /** Outside a transaction, so each season closes in its own (a failure leaves the others alone). */
    @Schedule(hour = "*", minute = "*/10", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void closeFinishedCollections() {
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
