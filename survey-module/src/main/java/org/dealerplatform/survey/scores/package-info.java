/**
 * Scores for shops, groups, brands, provinces and the nation, read from the rollup read model
 * only; published to other modules as core's ScoreReader ({@link org.dealerplatform.survey.scores.PublishedScores}).
 */
package org.dealerplatform.survey.scores;
