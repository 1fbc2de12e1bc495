package org.dealerplatform.core.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classification against real sockets: no server, a server that never answers, and a scripted
 * SMTP dialogue that refuses the recipient with a chosen reply (GreenMail accepts everybody).
 */
class MailSenderTest {

    private final MailSender sender = new MailSender();

    @Test
    void server_down_means_retry_later() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        assertEquals(SendOutcome.Verdict.RETRY_LATER, sender.send(message(port)).verdict());
    }

    @Test
    void stalled_server_times_out_and_means_retry_later() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {  // accepts (backlog) but never greets
            assertEquals(SendOutcome.Verdict.RETRY_LATER, sender.send(message(silent.getLocalPort())).verdict());
        }
    }

    @Test
    void recipient_refused_with_5xx_fails_for_good() throws Exception {
        try (ScriptedSmtp server = new ScriptedSmtp("550 5.1.1 mailbox unavailable")) {
            SendOutcome outcome = sender.send(message(server.port()));
            assertEquals(SendOutcome.Verdict.REFUSED_FOR_GOOD, outcome.verdict(), outcome::toString);
            assertEquals(550, outcome.replyCode());
        }
    }

    @Test
    void recipient_deferred_with_4xx_means_retry_later() throws Exception {
        try (ScriptedSmtp server = new ScriptedSmtp("451 4.7.1 greylisted, try again")) {
            SendOutcome outcome = sender.send(message(server.port()));
            assertEquals(SendOutcome.Verdict.RETRY_LATER, outcome.verdict(), outcome::toString);
            assertEquals(451, outcome.replyCode());
        }
    }

    private static MimeMessage message(int port) throws Exception {
        MailSettings settings = new MailSettings("127.0.0.1", port, MailSettings.StartTls.NONE, null, null,
                MailAddress.of("reports@dealer-platform.example"), "平台", Duration.ofMillis(800));
        return new MailComposer(settings.newSession(), settings, Clock.systemUTC()).compose(
                new OutgoingMail(MailAddress.of("gone@shop.example"), null, "月报", "t", "<p>t</p>",
                        List.of(), List.of(), "<r.1@dealer-platform>", null, null));
    }

    /** Answers one SMTP session, replying to RCPT TO with the given line. */
    private static final class ScriptedSmtp implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0);
        private final Thread thread;

        ScriptedSmtp(String rcptReply) throws IOException {
            thread = new Thread(() -> serve(rcptReply), "scripted-smtp");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve(String rcptReply) {
            try (Socket client = socket.accept();
                 BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                 PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
                reply(out, "220 scripted ESMTP");
                for (String line; (line = in.readLine()) != null; ) {
                    String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line;
                    switch (command) {
                        case "EHLO", "HELO", "MAIL", "RSET", "NOOP" -> reply(out, "250 ok");
                        case "RCPT" -> reply(out, rcptReply);
                        case "QUIT" -> {
                            reply(out, "221 bye");
                            return;
                        }
                        default -> reply(out, "502 not implemented");
                    }
                }
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        private static void reply(PrintWriter out, String line) {
            out.print(line + "\r\n");
            out.flush();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
