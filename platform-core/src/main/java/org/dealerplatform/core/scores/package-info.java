/**
 * Scores as other modules may read them: typed sums and counts of screened samples, published by
 * the module that owns the samples. Means, intervals and NPS are derived here, once, from sums.
 */
package org.dealerplatform.core.scores;
