/**
 * What an alert rule reads of one sample, published in core so the module that owns the samples
 * can fill it and the alerts module can judge it without either depending on the other.
 */
package org.dealerplatform.core.alerts;
