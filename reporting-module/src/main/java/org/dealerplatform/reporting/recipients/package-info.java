/**
 * Who receives each shop's report (kept by the group admin) and the signed one-click unsubscribe
 * (RFC 8058) that takes an address off until it is added again.
 */
package org.dealerplatform.reporting.recipients;
