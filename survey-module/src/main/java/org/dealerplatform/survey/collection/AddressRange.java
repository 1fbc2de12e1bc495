package org.dealerplatform.survey.collection;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** An address or a CIDR range from the settings ({@code 10.0.0.0/8}, {@code 127.0.0.1}, {@code ::1}). */
record AddressRange(byte[] base, int bits) {

    /** Parses a comma-separated list; anything that is not an address or range is a mistake in the settings. */
    static List<AddressRange> list(Optional<String> setting, String name) {
        return setting.map(s -> Arrays.stream(s.split(",")).map(String::strip).filter(p -> !p.isEmpty())
                .map(p -> parse(p).orElseThrow(() -> new IllegalArgumentException(
                        name + ": '" + p + "' is not an IP address or CIDR range")))
                .toList()).orElse(List.of());
    }

    static Optional<AddressRange> parse(String text) {
        int slash = text.indexOf('/');
        Optional<InetAddress> ip = NetworkAddress.parse(slash < 0 ? text : text.substring(0, slash));
        if (ip.isEmpty()) {
            return Optional.empty();
        }
        byte[] base = ip.get().getAddress();
        int bits = base.length * 8;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(text.substring(slash + 1).strip());
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (bits < 0 || bits > base.length * 8) {
                return Optional.empty();
            }
        }
        return Optional.of(new AddressRange(base, bits));
    }

    boolean contains(InetAddress ip) {
        byte[] address = ip.getAddress();
        if (address.length != base.length) {
            return false;
        }
        for (int i = 0; i < base.length; i++) {
            int keep = Math.max(0, Math.min(8, bits - 8 * i));
            int mask = 0xff00 >> keep & 0xff;
            if ((address[i] & mask) != (base[i] & mask)) {
                return false;
            }
        }
        return true;
    }

    static boolean any(List<AddressRange> ranges, InetAddress ip) {
        return ranges.stream().anyMatch(r -> r.contains(ip));
    }
}
