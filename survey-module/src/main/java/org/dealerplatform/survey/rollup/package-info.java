/**
 * The scores read model: sums and counts per shop, advisor, month, questionnaire version and
 * dimension, with tenant, brand and province as plain columns; its measure columns are defined
 * once, in {@link org.dealerplatform.survey.rollup.RollupColumn}. Maintained in each sample's
 * transaction, rebuildable from the raw samples. Every dashboard reads only this.
 */
package org.dealerplatform.survey.rollup;
