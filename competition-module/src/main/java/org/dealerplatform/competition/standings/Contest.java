package org.dealerplatform.competition.standings;

/** The team contest ranks shops; the individual contest ranks service advisors. */
public enum Contest {
    SHOPS, ADVISORS;

    public static Contest fromPath(String path) {
        return switch (path) {
            case "shops" -> SHOPS;
            case "advisors" -> ADVISORS;
            default -> throw new org.dealerplatform.core.domain.NotFound("contest");
        };
    }
}
