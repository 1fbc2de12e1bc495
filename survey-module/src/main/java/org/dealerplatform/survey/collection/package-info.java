/**
 * Collecting answers: the public survey page and JSON endpoint, validation, idempotent
 * submission, screening facts, and storing each sample durably with its rollup in one transaction.
 * What an attacker controls is what is checked and limited: single-use start tickets bound to a
 * page view, signed device markers, same-origin form posts, per-address rates and a hard ceiling.
 */
package org.dealerplatform.survey.collection;
