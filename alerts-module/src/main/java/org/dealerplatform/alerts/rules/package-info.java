/**
 * When a sample raises a hot alert. The association sets the national rule ({@code NationalRules};
 * the defaults until it does); a dealer group may only make it stricter for its shops, judged
 * against the national rule in force, so a customer the nation would call back is never left alone
 * by a group. An evaluation names every condition that fired, with the figures, for the alert's
 * text.
 */
package org.dealerplatform.alerts.rules;
