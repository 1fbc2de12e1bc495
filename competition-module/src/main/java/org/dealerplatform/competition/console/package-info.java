/**
 * The competition's console pages: seasons and enrolment, standings with the reasons behind every
 * exclusion, the association's on-site round and the judges' scoring on a phone. Pages call the
 * control beans and render module templates; what each role sees follows the standings' and
 * entries' own visibility rules.
 */
package org.dealerplatform.competition.console;
