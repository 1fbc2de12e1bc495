package org.dealerplatform.core.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MailAddressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "wang.fang@dealer.example.com   | wang.fang@dealer.example.com",
            "Wang.Fang@Dealer.EXAMPLE.com   | Wang.Fang@dealer.example.com",
            "  service+report@shop.cn       | service+report@shop.cn",
            "a@b.co                         | a@b.co",
            "o'brien@example.org            | o'brien@example.org",
            "kefu@例子.中国                  | kefu@xn--fsqu00a.xn--fiqs8s",
            "x@xn--fsqu00a.xn--fiqs8s        | x@xn--fsqu00a.xn--fiqs8s",
    })
    void accepts_and_normalises(String raw, String expected) {
        assertEquals(expected, MailAddress.of(raw).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "a", "@example.com", "user@", "user@localhost", "user@@example.com",
            "a@b@example.com", "user@example.com\r\nBcc: x@evil.com", "user@example.com\nBcc:x@evil.com",
            "user\r@example.com", "user@example.com\r\n", "user@example.com\n", "user\t@example.com", "us\u0000er@example.com", "user@exa\u0085mple.com",
            "Evil <x@evil.com>", "\"Boss\" <boss@example.com>", "x@evil.com, y@example.com",
            "x@evil.com;y@example.com", "\"quoted local\"@example.com", "user name@example.com",
            ".user@example.com", "user.@example.com", "us..er@example.com", "user@-example.com",
            "user@example-.com", "user@example..com", "user@example.c", "user@example.123",
            "用户@example.com", "user@exa_mple.com", "user@[127.0.0.1]", "user@example.com.",
    })
    void refuses(String raw) {
        assertThrows(InvalidMailAddress.class, () -> MailAddress.of(raw));
        assertFalse(MailAddress.isValid(raw));
    }

    @org.junit.jupiter.api.Test
    void refuses_length_beyond_rfc_limits() {
        String local65 = "a".repeat(65);
        assertThrows(InvalidMailAddress.class, () -> MailAddress.of(local65 + "@example.com"));
        String longDomain = ("d".repeat(60) + ".").repeat(5) + "com";
        assertThrows(InvalidMailAddress.class, () -> MailAddress.of("a@" + longDomain));
        assertThrows(InvalidMailAddress.class, () -> MailAddress.of(null));
    }

    @org.junit.jupiter.api.Test
    void equal_when_the_same_after_normalising() {
        assertEquals(MailAddress.of("a@EXAMPLE.com"), MailAddress.of("a@example.com"));
    }

    @org.junit.jupiter.api.Test
    void display_name_cannot_carry_a_header() throws Exception {
        var address = MailAddress.of("a@example.com").toInternetAddress("Boss\r\nBcc: x@evil.com");
        assertEquals("Boss Bcc: x@evil.com", address.getPersonal());
        assertFalse(address.toString().contains("\n"));
    }
}
