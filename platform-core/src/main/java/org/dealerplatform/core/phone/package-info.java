/**
 * Customers' phone numbers as the platform reads them: one parser and one normalised form, shared
 * by the alerts module (call-back contacts) and core's erasure request, so that a number typed
 * either way finds the same traces. Never printed: {@code toString} hides it.
 */
package org.dealerplatform.core.phone;
