/**
 * Scores for shops, groups, brands, provinces and the nation, read from the rollup read model
 * only; published to other modules as core's ScoreReader ({@link org.dealerplatform.survey.scores.PublishedScores}).
 * What reports need of the samples themselves (comments, flags by reason) is core's SampleNotes
 * ({@link org.dealerplatform.survey.scores.PublishedSampleNotes}).
 */
package org.dealerplatform.survey.scores;
