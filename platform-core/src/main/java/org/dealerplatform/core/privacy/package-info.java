/**
 * Erasing every stored trace of one phone number on the association's request. Core owns the
 * request and its audit entry; each module that stores something derived from a number publishes
 * a {@link org.dealerplatform.core.privacy.PhoneTraces}, because only it knows how it derived it
 * (its own keys, its own per-group hashing). Removing a module's jar removes its traces' eraser
 * and nothing else.
 */
package org.dealerplatform.core.privacy;
