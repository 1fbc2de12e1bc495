/**
 * Collecting answers: the public survey page and JSON endpoint, validation, idempotent
 * submission, screening facts, and storing each sample durably with its rollup in one transaction.
 */
package org.dealerplatform.survey.collection;
