package org.dealerplatform.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real GreenMail process on free ports, driven the way the platform and the tests will use it. */
class MailServerTest {

    private static final String SHOP = "shop-a1@demo.example.com";
    private static MailServer mail;

    @BeforeAll
    static void start() {
        mail = MailServer.startForTests(Path.of("target", "greenmail-test.log"));
    }

    @AfterAll
    static void stop() {
        mail.stop();
    }

    @BeforeEach
    void emptyInboxes() {
        mail.startSmtp();
        mail.purge();
    }

    @Test
    void acceptsAnyRecipientWithoutLoginAndServesWhatArrivedDecoded() throws Exception {
        send("<march-1@dealer-platform.local>", "三月服务质量报告", SHOP, "someone@elsewhere.example");

        List<MailMessage> inbox = mail.awaitMessagesFor(SHOP, 1, Duration.ofSeconds(10));
        MailMessage message = inbox.get(0);
        assertEquals("三月服务质量报告", message.subject());
        assertEquals("reports@dealer-platform.local", message.from());
        assertEquals("服务质量报告", message.fromName());
        assertEquals(List.of(SHOP, "someone@elsewhere.example"), message.to());
        assertEquals("<march-1@dealer-platform.local>", message.messageId());
        assertTrue(message.mime().contains("Message-ID: <march-1@dealer-platform.local>"), message.mime());
        assertEquals("第一段", message.parsed().getContent().toString().strip());
        assertEquals(1, mail.messagesFor("someone@elsewhere.example").size(), "every recipient gets a mailbox");
    }

    @Test
    void anAddressThatNeverGotMailHasAnEmptyInbox() {
        assertEquals(List.of(), mail.messagesFor("nobody@demo.example.com"));
    }

    @Test
    void smtpStopsAndComesBackOnTheSamePortKeepingWhatArrivedBefore() throws Exception {
        int port = mail.smtpPort();
        send("<before@dealer-platform.local>", "before", SHOP);

        mail.stopSmtp();
        assertFalse(mail.isSmtpRunning());
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
        MessagingException refused = assertThrows(MessagingException.class,
                () -> send("<during@dealer-platform.local>", "during", SHOP));
        assertTrue(refused.getCause() instanceof ConnectException, String.valueOf(refused.getCause()));

        mail.startSmtp();
        assertEquals(port, mail.smtpPort());
        send("<after@dealer-platform.local>", "after", SHOP);
        List<String> ids = mail.awaitMessagesFor(SHOP, 2, Duration.ofSeconds(10)).stream()
                .map(MailMessage::messageId).toList();
        assertEquals(List.of("<before@dealer-platform.local>", "<after@dealer-platform.local>"), ids);
    }

    @Test
    void purgeEmptiesEveryInbox() throws Exception {
        send("<purged@dealer-platform.local>", "purged", SHOP);
        mail.awaitMessagesFor(SHOP, 1, Duration.ofSeconds(10));
        mail.purge();
        assertEquals(List.of(), mail.messagesFor(SHOP));
    }

    @Test
    void tellsThePlatformToSendPlainSmtpToItsPort() {
        assertEquals("127.0.0.1", mail.platformConfig().get("MAIL_HOST"));
        assertEquals(Integer.toString(mail.smtpPort()), mail.platformConfig().get("MAIL_PORT"));
        assertEquals("none", mail.platformConfig().get("MAIL_STARTTLS"));
        assertEquals("reports@dealer-platform.local", mail.platformConfig().get("MAIL_FROM"));
        assertEquals("服务质量报告", mail.platformConfig().get("MAIL_FROM_NAME"));
        assertEquals(mail.url() + "/api/user/" + SHOP + "/messages/INBOX", mail.inboxUrl(SHOP));
    }

    /** Sent the way the platform sends: Jakarta Mail over plain SMTP, no login. */
    private static void send(String messageId, String subject, String... to)
            throws MessagingException, UnsupportedEncodingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(mail.smtpPort()));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "5000");
        MimeMessage message = new MimeMessage(Session.getInstance(props)) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(MailServer.SENDER, MailServer.SENDER_NAME, "UTF-8"));
        for (String recipient : to) {
            message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(recipient));
        }
        message.setSubject(subject, "UTF-8");
        message.setText("第一段", "UTF-8");
        Transport.send(message);
    }
}
