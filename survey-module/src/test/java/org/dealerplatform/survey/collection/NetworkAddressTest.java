package org.dealerplatform.survey.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Addresses are counted as IPv4 addresses and /24 networks, and as IPv6 /64s. */
class NetworkAddressTest {

    static NetworkAddress of(String ip) {
        return NetworkAddress.of(NetworkAddress.parse(ip).orElseThrow());
    }

    @Test
    void anIpv4AddressIsItselfInItsSlash24() {
        assertEquals(new NetworkAddress("203.0.113.77", "203.0.113.0/24"), of("203.0.113.77"));
        assertEquals(of("203.0.113.1").network(), of("203.0.113.254").network());
        assertTrue(!of("203.0.113.1").network().equals(of("203.0.114.1").network()));
    }

    @Test
    void anIpv6AddressCountsAsItsWholeSlash64() {
        NetworkAddress one = of("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
        assertEquals(new NetworkAddress("2001:db8:1:2:0:0:0:0/64", "2001:db8:1:2:0:0:0:0/64"), one);
        assertEquals(one, of("2001:db8:1:2::1"), "2^64 addresses of one router are one client");
        assertEquals(one, of("[2001:DB8:1:2::ffff]"));
        assertEquals(one, of("2001:db8:1:2::9%eth0"), "zone ids are dropped");
        assertTrue(!one.equals(of("2001:db8:1:3::1")), "the next /64 is another client");
    }

    @Test
    void anIpv4MappedIpv6AddressIsIpv4() {
        assertEquals(of("198.51.100.9"), of("::ffff:198.51.100.9"));
    }

    @Test
    void onlyLiteralsAreParsedNeverHostNames() {
        assertTrue(NetworkAddress.parse("localhost").isEmpty(), "no name lookup, ever");
        assertTrue(NetworkAddress.parse("evil.example").isEmpty());
        assertTrue(NetworkAddress.parse("unknown").isEmpty());
        assertTrue(NetworkAddress.parse("999.1.1.1").isEmpty());
        assertTrue(NetworkAddress.parse("").isEmpty());
        assertTrue(NetworkAddress.parse(null).isEmpty());
        assertEquals("x".repeat(64), NetworkAddress.opaque("x".repeat(500)).address(), "bounded");
    }
}
