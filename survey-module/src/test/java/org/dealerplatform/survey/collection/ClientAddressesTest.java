package org.dealerplatform.survey.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** X-Forwarded-For is believed only from configured proxies, hop by hop from the right. */
class ClientAddressesTest {

    static ClientAddresses with(String trusted, String exempt) {
        ClientAddresses addresses = new ClientAddresses();
        addresses.trustedSetting = Optional.ofNullable(trusted);
        addresses.exemptSetting = Optional.ofNullable(exempt);
        addresses.read();
        return addresses;
    }

    @Test
    void byDefaultTheHeaderIsIgnored() {
        ClientAddresses addresses = with(null, null);
        assertEquals("198.51.100.7", addresses.of("198.51.100.7", "203.0.113.1").address().address());
        assertEquals("127.0.0.1", addresses.of("127.0.0.1", "203.0.113.1").address().address());
    }

    @Test
    void behindATrustedProxyTheClientIsTheFirstUntrustedHopFromTheRight() {
        ClientAddresses addresses = with("10.0.0.0/8, 127.0.0.1", null);
        assertEquals("203.0.113.9", addresses.of("10.1.2.3", "203.0.113.9").address().address());
        assertEquals("203.0.113.9", addresses.of("127.0.0.1", "1.2.3.4, 203.0.113.9, 10.9.9.9").address().address(),
                "a client's own entry (1.2.3.4) left of the real hop is not believed");
        assertEquals("10.1.2.3", addresses.of("10.1.2.3", "not-an-address").address().address(),
                "garbage stops the walk at the last trusted hop");
        assertEquals("198.51.100.7", addresses.of("198.51.100.7", "203.0.113.9").address().address(),
                "a peer that is no trusted proxy cannot choose its address");
        assertEquals("10.1.2.3", addresses.of("10.1.2.3", "").address().address());
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64() {
        ClientAddresses addresses = with("::1", null);
        ClientAddresses.Client client = addresses.of("0:0:0:0:0:0:0:1", "2001:db8:5:6::abcd");
        assertEquals("2001:db8:5:6:0:0:0:0/64", client.address().address());
        assertEquals(client.address().address(), client.address().network());
    }

    @Test
    void exemptAddressesAreNamedOnlyInTheSettings() {
        ClientAddresses addresses = with("127.0.0.1", "127.0.0.1,::1");
        assertTrue(addresses.of("127.0.0.1", null).exempt(), "the test run's own machine");
        assertTrue(addresses.of("0:0:0:0:0:0:0:1", null).exempt());
        assertFalse(addresses.of("127.0.0.1", "203.0.113.9").exempt(), "a client behind the proxy is not");
        assertFalse(with(null, null).of("127.0.0.1", null).exempt(), "none by default");
    }

    @Test
    void aMistakeInTheSettingsIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> with("proxy.internal", null));
        assertTrue(e.getMessage().contains("SURVEY_TRUSTED_PROXIES"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> with("10.0.0.0/33", null));
    }
}
