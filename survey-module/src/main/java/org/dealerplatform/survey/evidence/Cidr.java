package org.dealerplatform.survey.evidence;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.dealerplatform.survey.collection.NetworkAddress;

/**
 * An address range in CIDR notation, IPv4 ({@code 203.0.113.0/24}) or IPv6 ({@code 2001:db8:1::/48}).
 * {@link #parse} accepts exactly the canonical form of a network: the address part without host
 * bits set, a prefix length within the address's size; a bare address is a range of one. Matching
 * takes either a single address or a network such as an IPv6 client's {@code /64} (how the
 * survey pipeline knows an IPv6 sender): a network is inside the range when all of it is.
 */
public final class Cidr {

    private final byte[] network;
    private final int prefix;

    private Cidr(byte[] network, int prefix) {
        this.network = network;
        this.prefix = prefix;
    }

    /** Why a text is not a usable range; empty when it is one. */
    public enum Problem { NOT_A_RANGE, HOST_BITS_SET }

    /** A range, or why not. */
    public record Parsed(Cidr range, Problem problem) {
    }

    public static Parsed read(String text) {
        if (text == null || text.isBlank() || text.length() > 50) {
            return new Parsed(null, Problem.NOT_A_RANGE);
        }
        String value = text.strip();
        int slash = value.indexOf('/');
        Optional<InetAddress> ip = NetworkAddress.parse(slash < 0 ? value : value.substring(0, slash));
        if (ip.isEmpty()) {
            return new Parsed(null, Problem.NOT_A_RANGE);
        }
        byte[] address = ip.get().getAddress();
        int bits = address.length * 8;
        if (slash >= 0) {
            String length = value.substring(slash + 1);
            if (!length.matches("\\d{1,3}")) {
                return new Parsed(null, Problem.NOT_A_RANGE);
            }
            bits = Integer.parseInt(length);
            if (bits > address.length * 8) {
                return new Parsed(null, Problem.NOT_A_RANGE);
            }
        }
        byte[] masked = mask(address, bits);
        if (!java.util.Arrays.equals(masked, address)) {
            return new Parsed(new Cidr(masked, bits), Problem.HOST_BITS_SET);
        }
        return new Parsed(new Cidr(masked, bits), null);
    }

    /** The range when the text is one, exactly (see {@link #read} for why not). */
    public static Optional<Cidr> parse(String text) {
        Parsed parsed = read(text);
        return parsed.problem() == null ? Optional.of(parsed.range()) : Optional.empty();
    }

    public boolean ipv4() {
        return network.length == 4;
    }

    public int prefix() {
        return prefix;
    }

    /**
     * Whether the sender is inside: {@code address} is an IP literal or a network in CIDR
     * notation (all of which must lie inside). Anything unreadable is outside.
     */
    public boolean contains(String address) {
        if (address == null) {
            return false;
        }
        int slash = address.indexOf('/');
        if (slash < 0) {
            return NetworkAddress.parse(address).map(ip -> contains(ip.getAddress(), ip.getAddress().length * 8))
                    .orElse(false);
        }
        Parsed sender = read(address);
        return sender.range() != null && contains(sender.range().network, sender.range().prefix);
    }

    private boolean contains(byte[] address, int addressPrefix) {
        if (address.length != network.length || addressPrefix < prefix) {
            return false;
        }
        return java.util.Arrays.equals(mask(address, prefix), network);
    }

    private static byte[] mask(byte[] address, int bits) {
        byte[] masked = address.clone();
        for (int i = 0; i < masked.length; i++) {
            int keep = Math.max(0, Math.min(8, bits - 8 * i));
            masked[i] = (byte) (masked[i] & (0xff00 >> keep));
        }
        return masked;
    }

    /** Canonical text: {@code 203.0.113.0/24}, {@code 2001:db8:1:0:0:0:0:0/48}. */
    public String text() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cidr c && c.prefix == prefix && java.util.Arrays.equals(c.network, network);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(network) * 31 + prefix;
    }

    @Override
    public String toString() {
        return text();
    }
}
