/**
 * Score-begging evidence per shop for the association and the shop's dealer group: flagged and
 * perfect-score shares against the nation, answers clustered on one network, answers from the
 * shop's own registered network, each with the samples behind it. Evidence, never a verdict:
 * nothing here changes a sample.
 */
package org.dealerplatform.survey.evidence;
