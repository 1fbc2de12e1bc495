/**
 * Awards and published results: the final top teams and advisors decided when a season becomes
 * FINAL, public once PUBLISHED, each with a certificate whose QR code opens a verification page.
 */
package org.dealerplatform.competition.awards;
