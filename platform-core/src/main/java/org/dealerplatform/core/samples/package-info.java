/**
 * What other modules may read of the samples themselves, beyond the totals of
 * {@link org.dealerplatform.core.scores.ScoreReader}: what customers wrote and why samples were
 * flagged. Published by the module that owns the samples, so a report never needs its classes.
 */
package org.dealerplatform.core.samples;
