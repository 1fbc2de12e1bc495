/**
 * How long a customer's call-back contact may be kept, as data rather than scattered dates: until
 * the case is closed or 30 days after the alert, whichever comes first. The rule the consent text
 * promises, the sweep enforces and the README's retention table states.
 */
package org.dealerplatform.alerts.retention;
