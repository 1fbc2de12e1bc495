/**
 * The scores read model: sums and counts per shop, advisor, month and dimension, with tenant,
 * brand and province as plain columns. Maintained in each sample's transaction, rebuildable
 * from the raw samples. Every dashboard reads only this.
 */
package org.dealerplatform.survey.rollup;
