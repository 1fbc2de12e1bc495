/**
 * The customer's consent to a call-back, asked on the survey's thank-you step through core's
 * {@link org.dealerplatform.core.alerts.AlertOffers}: offered when the answers meet the group's
 * effective alert rule (the scan's own), accepted within an hour of the submission.
 * <p>
 * <b>Consent before the alert.</b> The customer answers seconds after submitting; the scan raises
 * the alert every {@code ALERTS_SCAN_SECONDS}, and a sample held for review only once accepted,
 * days later. The consent is therefore kept by sample id in {@code alert_contact_awaiting} (sealed,
 * bound to the sample) and the scan moves it onto the alert, sealed anew for the alert, when it is
 * there. Raising the alert on the spot instead would raise one for a sample that screening holds
 * for review, and perhaps rejects: the scan stays the only place that decides an alert exists, and the one-alert-per-
 * sample key stays its alone. A consent whose sample never raises an alert is erased after the same
 * 30 days as any contact.
 */
package org.dealerplatform.alerts.callback;
