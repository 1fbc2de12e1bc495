/**
 * The customer's consented call-back contact: a phone number checked and normalised on the way
 * in, sealed with AES-256-GCM under a key that never lives in the database and bound to its
 * tenant and alert, a keyed fingerprint so one number can be found and erased everywhere without
 * decrypting anything, and the versioned consent text the customer agreed to. Nothing here ever
 * prints a number or a key.
 */
package org.dealerplatform.alerts.contact;
