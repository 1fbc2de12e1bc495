/**
 * The group report (a dealer group's shops side by side, with the group's anonymised rank among
 * groups) and the national report (by brand, by province, the distribution of shop scores), in the
 * console and as PDF. Figures come from core's published score reader, never from samples; the
 * group report's hot-alert figures from core's alert figures reader, when the group has the module.
 */
package org.dealerplatform.reporting.overview;
