package org.dealerplatform.survey.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dealerplatform.core.web.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Address ranges in CIDR notation, IPv4 and IPv6, and whether a sender lies inside. */
class CidrTest {

    static Cidr range(String text) {
        return Cidr.parse(text).orElseThrow(() -> new AssertionError(text));
    }

    @Test
    void ipv4RangesMatchTheirAddressesOnly() {
        Cidr shop = range("203.0.113.0/24");
        assertTrue(shop.ipv4());
        assertEquals(24, shop.prefix());
        assertEquals("203.0.113.0/24", shop.text());
        assertTrue(shop.contains("203.0.113.0"));
        assertTrue(shop.contains("203.0.113.255"));
        assertFalse(shop.contains("203.0.114.1"));
        assertFalse(shop.contains("203.0.112.255"));
        assertTrue(range("10.0.0.0/8").contains("10.255.1.2"));
        assertTrue(range("198.51.100.7").contains("198.51.100.7"), "a bare address is a range of one");
        assertFalse(range("198.51.100.7").contains("198.51.100.8"));
        assertTrue(range("192.0.2.128/25").contains("192.0.2.200"));
        assertFalse(range("192.0.2.128/25").contains("192.0.2.100"), "a prefix not on a byte boundary");
        assertTrue(range("0.0.0.0/0").contains("8.8.8.8"));
    }

    @Test
    void ipv6RangesMatchAddressesAndWholeSlash64Networks() {
        Cidr shop = range("2001:db8:1::/48");
        assertFalse(shop.ipv4());
        assertEquals("2001:db8:1:0:0:0:0:0/48", shop.text());
        assertTrue(shop.contains("2001:db8:1:ffff::1"));
        assertTrue(shop.contains("[2001:DB8:1::abcd]"), "brackets and upper case");
        assertFalse(shop.contains("2001:db8:2::1"));
        assertTrue(shop.contains("2001:db8:1:42::/64"), "an IPv6 sender is known by its /64");
        assertFalse(shop.contains("2001:db8:2:42::/64"));
        assertFalse(range("2001:db8:1:42::/64").contains("2001:db8:1::/48"), "a wider network is not inside");
        assertTrue(range("2001:db8:1:42::/64").contains("2001:db8:1:42::/64"));
        assertFalse(shop.contains("203.0.113.5"), "IPv4 is never inside an IPv6 range");
        assertFalse(range("203.0.113.0/24").contains("2001:db8:1::1"));
        assertTrue(range("203.0.113.0/24").contains("::ffff:203.0.113.9"), "an IPv4-mapped address is IPv4");
    }

    @Test
    void onlyCanonicalRangesAreAccepted() {
        assertEquals(Cidr.Problem.HOST_BITS_SET, Cidr.read("203.0.113.5/24").problem());
        assertEquals("203.0.113.0/24", Cidr.read("203.0.113.5/24").range().text(), "the network it meant");
        assertEquals(Cidr.Problem.HOST_BITS_SET, Cidr.read("2001:db8::1/64").problem());
        for (String bad : new String[] {"", "shop", "203.0.113.0/33", "203.0.113.0/", "203.0.113.0/-1", "256.1.1.1",
                "203.0.113/24", "2001:db8::/129", "example.com", "203.0.113.0/24/1", "1.2.3.4/2 4", null}) {
            assertEquals(Cidr.Problem.NOT_A_RANGE, Cidr.read(bad).problem(), String.valueOf(bad));
        }
        assertFalse(range("10.0.0.0/8").contains("not-an-ip"));
        assertFalse(range("10.0.0.0/8").contains(null));
    }

    @Test
    void aShopsRangesAreValidatedTogetherWithEveryProblemNamed() {
        assertEquals(List.of(range("203.0.113.0/24"), range("2001:db8:1::/48")),
                ShopNetworks.validated(List.of("203.0.113.0/24", " 2001:db8:1::/48 ", "203.0.113.0/24")));
        assertEquals(List.of(), ShopNetworks.validated(List.of()), "no ranges: removed");
        ApiException refused = refused(() -> ShopNetworks.validated(List.of("203.0.113.0/24", "10.0.0.0/7",
                "2001:db8::/80", "203.0.113.9/24", "nonsense")));
        assertEquals(List.of("cidrs[1]", "cidrs[2]", "cidrs[3]", "cidrs[4]"), fields(refused));
        refused(() -> ShopNetworks.validated(null));
        refused(() -> ShopNetworks.validated(java.util.Collections.nCopies(21, "10.0.0.0/8")));
    }

    static ApiException refused(Executable call) {
        return org.junit.jupiter.api.Assertions.assertThrows(ApiException.class, call);
    }

    static List<String> fields(ApiException e) {
        return e.errors().stream().map(f -> f.field()).toList();
    }

    @Test
    void parseIsEmptyForAnythingButACanonicalRange() {
        assertTrue(Cidr.parse("203.0.113.5/24").isEmpty());
        assertNull(Cidr.read("x").range());
    }
}
