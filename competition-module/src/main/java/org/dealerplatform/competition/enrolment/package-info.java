/**
 * Enrolment: a dealer group enters its own shops (and, per shop, the advisors of the individual
 * contest); the association approves or rejects each entry with a reason; a group may withdraw.
 * Entries carry the group as a plain tenant_id (the association ranks across groups); every
 * group-admin lookup filters on it in {@link org.dealerplatform.competition.enrolment.Entries}.
 */
package org.dealerplatform.competition.enrolment;
