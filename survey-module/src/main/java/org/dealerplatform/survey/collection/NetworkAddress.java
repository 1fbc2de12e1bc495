package org.dealerplatform.survey.collection;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A client's network address as the limits count it. An IPv4 address is one client and its /24
 * the network around it; an IPv6 client gets a whole /64 (2^64 addresses) from one router, so
 * there the /64 is both the address and the network. Counting anything per full IPv6 address
 * would let one phone look like billions.
 */
public record NetworkAddress(String address, String network) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    public static NetworkAddress of(InetAddress ip) {
        byte[] bytes = ip.getAddress();
        if (ip instanceof Inet4Address) {
            return new NetworkAddress(ip.getHostAddress(), prefix(bytes, 24) + "/24");
        }
        String slash64 = prefix(bytes, 64) + "/64";
        return new NetworkAddress(slash64, slash64);
    }

    /** For an address that is not an IP literal (it should not happen): itself, bounded in length. */
    static NetworkAddress opaque(String raw) {
        String kept = raw == null ? "unknown" : raw.length() > 64 ? raw.substring(0, 64) : raw;
        return new NetworkAddress(kept, kept);
    }

    /**
     * An IP literal, parsed without any name lookup (IPv6 zone ids dropped, IPv4-mapped IPv6 as
     * IPv4); empty for anything else, host names included.
     */
    public static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String literal = text.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        int zone = literal.indexOf('%');
        if (zone > 0) {
            literal = literal.substring(0, zone);
        }
        boolean v4 = IPV4.matcher(literal).matches();
        if (!v4 && !(literal.indexOf(':') >= 0 && IPV6.matcher(literal).matches())) {
            return Optional.empty();
        }
        try {
            // a literal: InetAddress parses it, no DNS
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String prefix(byte[] address, int bits) {
        byte[] masked = Arrays.copyOf(address, address.length);
        for (int i = 0; i < masked.length; i++) {
            int keep = Math.max(0, Math.min(8, bits - 8 * i));
            masked[i] = (byte) (masked[i] & (0xff00 >> keep));
        }
        try {
            return InetAddress.getByAddress(masked).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
