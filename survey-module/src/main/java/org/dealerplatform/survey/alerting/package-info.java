/**
 * What the survey module publishes for hot alerts ({@link org.dealerplatform.core.alerts.AlertSamples}):
 * the samples that count, in the order they came to count, with their answers as the alert rule
 * reads them. The module knows nothing of alerts beyond this.
 */
package org.dealerplatform.survey.alerting;
