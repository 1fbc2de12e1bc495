/** Scores for shops, groups, brands, provinces and the nation, read from the rollup read model only. */
package org.dealerplatform.survey.scores;
