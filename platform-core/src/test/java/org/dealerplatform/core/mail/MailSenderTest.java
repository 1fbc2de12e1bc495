package org.dealerplatform.core.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.Session;
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
import java.util.concurrent.atomic.AtomicInteger;
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

    @Test
    void batch_sends_over_one_connection_and_starts_a_fresh_one_after_a_failure() throws Exception {
        // the scripted server refuses recipients whose address starts with "gone"
        try (ScriptedSmtp server = new ScriptedSmtp("550 5.1.1 mailbox unavailable");
             MailSender.Batch batch = sender.batch(session(server.port()))) {
            for (String to : List.of("a@shop.example", "b@shop.example", "gone@shop.example", "c@shop.example")) {
                MimeMessage message = message(server.port(), to);
                assertEquals(to.startsWith("gone") ? SendOutcome.Verdict.REFUSED_FOR_GOOD : SendOutcome.Verdict.SENT,
                        batch.send(message).verdict(), to);
            }
            batch.close();
            server.awaitSessions(2);
            assertEquals(3, server.accepted());
            assertEquals(2, server.sessions(), "one connection for a and b (and the refusal), a fresh one for c");
        }
    }

    private static MimeMessage message(int port) throws Exception {
        return message(port, "gone@shop.example");
    }

    private static Session session(int port) {
        return settings(port).newSession();
    }

    private static MailSettings settings(int port) {
        return new MailSettings("127.0.0.1", port, MailSettings.StartTls.NONE, null, null,
                MailAddress.of("reports@dealer-platform.example"), "平台", Duration.ofMillis(800));
    }

    private static MimeMessage message(int port, String to) throws Exception {
        MailSettings settings = new MailSettings("127.0.0.1", port, MailSettings.StartTls.NONE, null, null,
                MailAddress.of("reports@dealer-platform.example"), "平台", Duration.ofMillis(800));
        return new MailComposer(settings.newSession(), settings, Clock.systemUTC()).compose(
                new OutgoingMail(MailAddress.of(to), null, "月报", "t", "<p>t</p>",
                        List.of(), List.of(), "<r.1@dealer-platform>", null, null));
    }

    /**
     * Answers SMTP sessions one after another, replying to RCPT TO for an address starting with
     * "gone" with the given line (and accepting any other), and counting sessions and messages.
     */
    private static final class ScriptedSmtp implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0);
        private final Thread thread;
        private final AtomicInteger sessions = new AtomicInteger();
        private final AtomicInteger accepted = new AtomicInteger();

        ScriptedSmtp(String rcptReply) throws IOException {
            thread = new Thread(() -> serve(rcptReply), "scripted-smtp");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        int sessions() {
            return sessions.get();
        }

        int accepted() {
            return accepted.get();
        }

        void awaitSessions(int n) throws InterruptedException {
            for (int i = 0; i < 100 && sessions.get() < n; i++) {
                Thread.sleep(20);
            }
        }

        private void serve(String rcptReply) {
            while (!socket.isClosed()) {
                serveOne(rcptReply);
            }
        }

        private void serveOne(String rcptReply) {
            try (Socket client = socket.accept();
                 BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                 PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
                sessions.incrementAndGet();
                reply(out, "220 scripted ESMTP");
                for (String line; (line = in.readLine()) != null; ) {
                    String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line;
                    switch (command) {
                        case "EHLO", "HELO", "MAIL", "RSET", "NOOP" -> reply(out, "250 ok");
                        case "RCPT" -> reply(out, line.toLowerCase().contains("<gone") ? rcptReply : "250 ok");
                        case "DATA" -> {
                            reply(out, "354 go ahead");
                            for (String body; (body = in.readLine()) != null && !body.equals("."); ) {
                                // the message itself is not looked at
                            }
                            accepted.incrementAndGet();
                            reply(out, "250 queued");
                        }
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
