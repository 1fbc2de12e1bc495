package org.dealerplatform.core.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    @Test
    void reads_plain_values_with_safe_defaults() {
        Map<String, String> config = Map.of("mail.host", "smtp.example.com", "mail.user", "reports",
                "mail.password", "s3cret", "mail.from", "reports@dealer-platform.example",
                "mail.from-name", "经销商平台");
        MailSettings settings = MailSettings.from(config::get);
        assertEquals(587, settings.port());
        assertEquals(MailSettings.StartTls.REQUIRED, settings.startTls());
        assertEquals(Duration.ofSeconds(10), settings.timeout());
        assertFalse(settings.toString().contains("s3cret"));

        Properties props = settings.newSession().getProperties();
        assertEquals("10000", props.getProperty("mail.smtp.connectiontimeout"));
        assertEquals("10000", props.getProperty("mail.smtp.timeout"));
        assertEquals("10000", props.getProperty("mail.smtp.writetimeout"));
        assertEquals("true", props.getProperty("mail.smtp.starttls.required"));
        assertEquals("true", props.getProperty("mail.smtp.auth"));
    }

    @Test
    void refuses_nonsense() {
        assertThrows(IllegalArgumentException.class, () -> MailSettings.from(Map.of(
                "mail.host", "smtp.example.com\r\nX: y", "mail.from", "a@b.example")::get));
        assertThrows(IllegalArgumentException.class, () -> MailSettings.from(Map.of(
                "mail.host", "smtp.example.com", "mail.starttls", "sometimes", "mail.from", "a@b.example")::get));
        assertThrows(IllegalArgumentException.class, () -> MailSettings.from(Map.of(
                "mail.host", "smtp.example.com", "mail.from", "not-an-address")::get));
    }
}
