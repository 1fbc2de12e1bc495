/**
 * The on-site round (现场PK): the best eligible teams become finalists, assigned judges score them
 * against a weighted rubric on their phones, and the trimmed mean of the judges joins the survey
 * score in the team result. A judge sees only their own scores until the round is closed.
 */
package org.dealerplatform.competition.onsite;
