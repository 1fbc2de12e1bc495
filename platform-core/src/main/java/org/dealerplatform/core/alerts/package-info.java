/**
 * What an alert rule reads of one sample, published in core so the module that owns the samples
 * can fill it and the alerts module can judge it without either depending on the other:
 * {@link org.dealerplatform.core.alerts.AlertAnswers}, and {@link org.dealerplatform.core.alerts.AlertSamples},
 * the samples that count in the order they came to count.
 */
package org.dealerplatform.core.alerts;
