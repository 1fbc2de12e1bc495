package org.dealerplatform.competition.season;

/**
 * A season's life cycle. Each step goes one forward; the only step back is re-opening a closed
 * season for more collection, which needs a reason.
 */
public enum SeasonStatus {
    DRAFT, ENROLLING, COLLECTING, CLOSED, FINAL, PUBLISHED;

    public boolean canMoveTo(SeasonStatus to) {
        return to.ordinal() == ordinal() + 1 || isReopening(to);
    }

    public boolean isReopening(SeasonStatus to) {
        return this == CLOSED && to == COLLECTING;
    }

    /** Rules may be edited in place only before anyone could enrol under them. */
    public boolean rulesFixed() {
        return this != DRAFT;
    }

    /** Standings move with every sample until the season closes; then they are a snapshot. */
    public boolean standingsFrozen() {
        return ordinal() >= CLOSED.ordinal();
    }
}
