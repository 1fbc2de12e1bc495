package org.dealerplatform.core.privacy;

import org.dealerplatform.core.phone.PhoneNumber;

/**
 * Published by every module that stores something derived from a customer's phone number (a
 * keyed hash, a fingerprint, a sealed contact): erases all of it, in every dealer group, inside
 * the caller's transaction, so that the erasure and its audit entry commit together.
 */
public interface PhoneTraces {

    /** The module's id, as the erasure answer names it ({@code surveys}, {@code alerts}). */
    String module();

    /** Erases every trace of this number the module keeps; how many stored items it erased. */
    long erase(PhoneNumber phone);
}
