package org.dealerplatform.survey.collection;

/**
 * Who is answering, as far as the platform may know: the survey device marker ({@code deviceId}
 * is its value, {@code deviceForged} when the platform did not sign it), the network address
 * ({@code address}: an IPv4 address or an IPv6 /64; {@code network}: the IPv4 /24 or the IPv6
 * /64), whether per-address rules spare it ({@code exempt}, see {@link ClientAddresses}), and the
 * idempotency key of this submission. Only keyed hashes of device and address are stored.
 */
public record Visitor(String deviceId, String address, String idempotencyKey, String network, boolean deviceForged,
                      boolean exempt) {

    /** A visitor with a signed (or no) device marker, counted at its own address. */
    public Visitor(String deviceId, String address, String idempotencyKey) {
        this(deviceId, address, idempotencyKey, address, false, false);
    }
}
