package org.dealerplatform.tenant.identity;

/** The first group admin of a new dealer group; the password must be changed at first login. */
public record InitialAdmin(String username, String temporaryPassword) {
}
