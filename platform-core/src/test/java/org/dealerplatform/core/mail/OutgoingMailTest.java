package org.dealerplatform.core.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutgoingMailTest {

    private static OutgoingMail mail(String messageId, URI unsubscribe) {
        return new OutgoingMail(MailAddress.of("a@shop.example"), null, "s", "t", "<p>t</p>", List.of(), List.of(),
                messageId, unsubscribe, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.1@dealer-platform", "<report.1@dealer-platform>\r\nBcc: x@evil.example",
            "<a b@dealer-platform>", "<a@b@dealer-platform>", "<@dealer-platform>", "<a<b@dealer-platform>"})
    void refuses_malformed_message_ids(String id) {
        assertThrows(IllegalArgumentException.class, () -> mail(id, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://dealer-platform.example/u/x", "javascript:alert(1)", "/u/x",
            "mailto:x@evil.example", "https:/u/x", "http://localhost.evil.example/u/x", "http://127.0.0.2/u/x"})
    void refuses_unsubscribe_urls_that_are_not_plain_https(String url) {
        URI uri = URI.create(url);
        assertThrows(IllegalArgumentException.class, () -> mail("<r.1@dealer-platform>", uri));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://dealer-platform.example/r/unsubscribe/x", "http://localhost:8080/r/unsubscribe/x",
            "http://127.0.0.1:8080/r/unsubscribe/x"})
    void accepts_https_and_plain_http_on_the_loopback_host_only(String url) {
        assertEquals(URI.create(url), mail("<r.1@dealer-platform>", URI.create(url)).unsubscribeUrl());
    }

    @Test
    void inline_images_take_plain_and_addr_spec_content_ids() {
        assertEquals("trend@report.dealerplatform",
                new OutgoingMail.InlineImage("trend@report.dealerplatform", new byte[1]).contentId());
        assertThrows(IllegalArgumentException.class, () -> new OutgoingMail.InlineImage("a>b@x", new byte[1]));
        assertThrows(IllegalArgumentException.class, () -> new OutgoingMail.InlineImage("a@b@c", new byte[1]));
    }

    @Test
    void attachment_names_lose_line_breaks_and_path_separators() {
        assertEquals("a b_c_d.pdf", OutgoingMail.Attachment.pdf("a\r\nb/c\\d.pdf", new byte[1]).fileName());
    }
}
