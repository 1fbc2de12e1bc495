/**
 * Outgoing email shared by every module that writes to people: the monthly reports now, hot
 * alerts later. Composition, SMTP delivery with a clear "retry later" versus "failed for good"
 * answer, validated addresses, and signed one-click unsubscribe tokens. No container needed, so
 * all of it is tested against a real SMTP server in plain unit tests.
 */
package org.dealerplatform.core.mail;
