/**
 * The association's questionnaire: five fixed dimensions, versioned items and weights. A version
 * is immutable once published, and every answer keeps the version it answered.
 */
package org.dealerplatform.survey.questionnaire;
