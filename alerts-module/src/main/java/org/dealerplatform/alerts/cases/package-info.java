/**
 * The case a hot alert opens and the shop works: OPEN, then CONTACTED once somebody spoke to the
 * customer, then RESOLVED or NOT_RESOLVED with a reason; a closed case may be reopened. Each step
 * keeps who took it and when, because the time to first contact and the share resolved are how a
 * shop is judged. A step the workflow does not allow is refused, never bent into a nearby one.
 */
package org.dealerplatform.alerts.cases;
