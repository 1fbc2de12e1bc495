/**
 * Screening: every sample is kept and classified VALID, SUSPECT or INVALID with machine-readable
 * reasons. The rules are pure functions of facts the collection pipeline gathers.
 */
package org.dealerplatform.survey.screening;
