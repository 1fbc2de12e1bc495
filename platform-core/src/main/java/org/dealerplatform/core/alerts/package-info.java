/**
 * What an alert rule reads of one sample, published in core so the module that owns the samples
 * can fill it and the alerts module can judge it without either depending on the other:
 * {@link org.dealerplatform.core.alerts.AlertAnswers}, and {@link org.dealerplatform.core.alerts.AlertSamples},
 * the samples that count in the order they came to count (and one sample by id, for the call-back
 * offer). The other way round, {@link org.dealerplatform.core.alerts.AlertOffers}: the alerts
 * module tells the survey pages whether to offer a call-back and keeps the customer's consent, and
 * {@link org.dealerplatform.core.alerts.AlertFiguresReader} gives the dashboards and reports the
 * alert figures ({@link org.dealerplatform.core.alerts.AlertFigures} defines them,
 * {@link org.dealerplatform.core.alerts.AlertFigureTexts} prints them the same everywhere).
 */
package org.dealerplatform.core.alerts;
