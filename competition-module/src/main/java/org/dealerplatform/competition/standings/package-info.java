/**
 * Standings of both contests: which entries are eligible (and every reason why not), the fair
 * ranking of core's {@code FairRanking} over the season's valid samples, who may see which names,
 * and the immutable snapshot a season's standings become when it closes.
 */
package org.dealerplatform.competition.standings;
