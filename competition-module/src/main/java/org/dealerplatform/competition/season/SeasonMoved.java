package org.dealerplatform.competition.season;

/**
 * Fired synchronously inside the transaction that moves a season: observers freeze standings on
 * CLOSED, decide awards on FINAL, and may refuse the step by throwing (the move then rolls back).
 */
public record SeasonMoved(Season season, SeasonStatus from, SeasonStatus to, String reason) {
}
