/**
 * Where shops and advisors stand in a competition season, for modules that show it without
 * depending on the competition module: a shop's place for the monthly report
 * ({@link org.dealerplatform.core.standings.StandingReader}) and a contest's whole table for the
 * standings export ({@link org.dealerplatform.core.standings.SeasonStandingsReader}).
 */
package org.dealerplatform.core.standings;
