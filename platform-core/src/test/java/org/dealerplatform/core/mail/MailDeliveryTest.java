package org.dealerplatform.core.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Composes real report mails and sends them through a real SMTP server (GreenMail, free port). */
class MailDeliveryTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    private static final byte[] PDF = "%PDF-1.7 test".getBytes();
    private static final String ID = "<report.SHOP_MONTHLY.2026-11.shop42.ab12cd@dealer-platform>";

    private final MailSender sender = new MailSender();

    private MailComposer composer(String senderName) {
        MailSettings settings = new MailSettings("127.0.0.1", SMTP.getSmtp().getPort(),
                MailSettings.StartTls.NONE, null, null, MailAddress.of("reports@dealer-platform.example"),
                senderName, Duration.ofSeconds(5));
        return new MailComposer(settings.newSession(), settings,
                Clock.fixed(Instant.parse("2026-12-01T01:00:00Z"), ZoneOffset.UTC));
    }

    private static OutgoingMail report(String to, String toName, String subject) {
        return new OutgoingMail(MailAddress.of(to), toName, subject,
                "本月得分 91.2", "<p>本月得分 <b>91.2</b></p><img src=\"cid:trend\">",
                List.of(new OutgoingMail.InlineImage("trend", PNG), new OutgoingMail.InlineImage("dims", PNG)),
                List.of(OutgoingMail.Attachment.pdf("2026年11月 服务报告.pdf", PDF)), ID,
                URI.create("https://dealer-platform.example/u/abc_DEF-123"),
                MailAddress.of("unsubscribe@dealer-platform.example"));
    }

    @Test
    void report_arrives_with_alternatives_inline_images_attachment_and_stable_headers() throws Exception {
        SendOutcome outcome = sender.send(composer("经销商平台").compose(
                report("manager@shop.example", "王经理", "2026年11月 售后服务报告 · 北京一店")));

        assertTrue(outcome.sent(), outcome::toString);
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertEquals(ID, received.getMessageID());
        assertEquals("2026年11月 售后服务报告 · 北京一店", received.getSubject());
        assertTrue(received.getHeader("Subject")[0].startsWith("=?UTF-8?"), "RFC 2047 encoded");
        assertEquals("<https://dealer-platform.example/u/abc_DEF-123>, "
                        + "<mailto:unsubscribe@dealer-platform.example?subject=unsubscribe>",
                received.getHeader("List-Unsubscribe", null));
        assertEquals("List-Unsubscribe=One-Click", received.getHeader("List-Unsubscribe-Post", null));
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertEquals("经销商平台", from.getPersonal());
        assertEquals("reports@dealer-platform.example", from.getAddress());
        assertTrue(received.getHeader("From", null).startsWith("=?UTF-8?"), "RFC 2047 encoded");

        Multipart mixed = (Multipart) received.getContent();
        assertTrue(mixed.getContentType().startsWith("multipart/mixed"));
        assertEquals(2, mixed.getCount());
        Multipart related = (Multipart) mixed.getBodyPart(0).getContent();
        assertTrue(related.getContentType().startsWith("multipart/related"));
        Multipart alternative = (Multipart) related.getBodyPart(0).getContent();
        assertTrue(alternative.getContentType().startsWith("multipart/alternative"));
        assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(alternative.getBodyPart(0).getContentType().toUpperCase().contains("UTF-8"));
        assertEquals("本月得分 91.2", alternative.getBodyPart(0).getContent());
        assertTrue(alternative.getBodyPart(1).isMimeType("text/html"));
        assertTrue(((String) alternative.getBodyPart(1).getContent()).contains("cid:trend"));

        assertEquals(3, related.getCount());
        MimeBodyPart image = (MimeBodyPart) related.getBodyPart(1);
        assertTrue(image.isMimeType("image/png"));
        assertEquals("<trend>", image.getContentID());
        assertEquals(Part.INLINE, image.getDisposition());
        assertArrayEquals(PNG, image.getInputStream().readAllBytes());
        assertEquals("<dims>", ((MimeBodyPart) related.getBodyPart(2)).getContentID());

        BodyPart pdf = mixed.getBodyPart(1);
        assertTrue(pdf.isMimeType("application/pdf"));
        assertEquals(Part.ATTACHMENT, pdf.getDisposition());
        assertEquals("2026年11月 服务报告.pdf", pdf.getFileName());
        assertTrue(((MimeBodyPart) pdf).getHeader("Content-Disposition", null).contains("filename*=UTF-8''"),
                "RFC 2231 file name");
        try (InputStream in = pdf.getInputStream()) {
            assertArrayEquals(PDF, in.readAllBytes());
        }
    }

    @Test
    void message_id_survives_repeated_saves() throws Exception {
        MimeMessage message = composer("平台").compose(report("a@shop.example", null, "x"));
        message.saveChanges();
        message.saveChanges();
        assertEquals(ID, message.getMessageID());
    }

    @Test
    void line_breaks_in_subject_and_names_cannot_add_headers() throws Exception {
        String attack = "月报\r\nBcc: x@evil.example\r\nX-Injected: yes";
        SendOutcome outcome = sender.send(composer("Platform\r\nBcc: y@evil.example")
                .compose(report("manager@shop.example", "Wang\nBcc: z@evil.example", attack)));

        assertTrue(outcome.sent(), outcome::toString);
        assertEquals(1, SMTP.getReceivedMessages().length, "nobody else got a copy");
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertNull(received.getHeader("Bcc"));
        assertNull(received.getHeader("X-Injected"));
        assertEquals(1, received.getAllRecipients().length);
        assertEquals("月报 Bcc: x@evil.example X-Injected: yes", received.getSubject());
        String raw = GreenMailUtil.getWholeMessage(received);
        assertTrue(raw.lines().noneMatch(line -> line.regionMatches(true, 0, "Bcc:", 0, 4)
                || line.regionMatches(true, 0, "X-Injected", 0, 10)), raw);
    }

    @Test
    void no_unsubscribe_headers_for_mail_without_an_unsubscribe_url() throws Exception {
        OutgoingMail mail = new OutgoingMail(MailAddress.of("a@shop.example"), null, "Alert", "t", "<p>t</p>",
                List.of(), List.of(), "<alert.1@dealer-platform>", null, null);
        MimeMessage message = composer("平台").compose(mail);
        assertNull(message.getHeader("List-Unsubscribe"));
        assertNull(message.getHeader("List-Unsubscribe-Post"));
    }
}
