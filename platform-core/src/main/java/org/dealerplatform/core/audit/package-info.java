/**
 * The audit trail: who did what, when and why, recorded by every module in the transaction of the
 * action itself so the two cannot disagree, and only ever appended to. The association reads it
 * across all dealer groups (API and console), so it is a plain table with {@code tenant_id} as data.
 */
package org.dealerplatform.core.audit;
