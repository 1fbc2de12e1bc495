/** The association's review of SUSPECT samples: a cross-tenant queue, and decisions recorded with who, when and why. */
package org.dealerplatform.survey.review;
