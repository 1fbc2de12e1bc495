/**
 * The scores read model: sums and counts per shop, advisor, month, questionnaire version and
 * dimension, with tenant, brand and province as plain columns; its measure columns are defined
 * once, in {@link org.dealerplatform.survey.rollup.RollupColumn}. Maintained in each sample's
 * transaction; recounted from the raw samples while they keep arriving
 * ({@link org.dealerplatform.survey.rollup.RollupRebuild}: lock-free reads, corrections added in
 * short transactions). Every dashboard reads only this.
 */
package org.dealerplatform.survey.rollup;
