/**
 * Competition seasons: their dates, the questionnaire versions that count, versioned rules, and a
 * guarded life cycle from draft to published results. Only the association changes a season.
 */
package org.dealerplatform.competition.season;
