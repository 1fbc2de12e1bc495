package org.dealerplatform.core.mail;

/** An address refused at entry; the message names the rule, never echoes the input (it may be hostile). */
public final class InvalidMailAddress extends IllegalArgumentException {

    public InvalidMailAddress(String rule) {
        super("invalid email address: " + rule);
    }
}
