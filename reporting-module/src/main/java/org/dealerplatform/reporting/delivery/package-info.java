/** Sending queued report mail through SMTP and recording each outcome in the outbox under its claim. */
package org.dealerplatform.reporting.delivery;
