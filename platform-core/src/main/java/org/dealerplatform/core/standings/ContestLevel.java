package org.dealerplatform.core.standings;

/** The two contests of a season: the team contest ranks shops, the individual contest service advisors. */
public enum ContestLevel {
    SHOP, ADVISOR
}
