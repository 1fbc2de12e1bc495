/**
 * When a sample raises a hot alert. The association sets the national rule; a dealer group may
 * only make it stricter for its shops, so a customer the nation would call back is never left
 * alone by a group. An evaluation names every condition that fired, with the figures, for the
 * alert's text.
 */
package org.dealerplatform.alerts.rules;
