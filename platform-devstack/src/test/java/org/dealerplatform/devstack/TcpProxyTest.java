package org.dealerplatform.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TcpProxyTest {

    private ServerSocket echoServer;
    private TcpProxy proxy;

    @BeforeEach
    void startEcho() throws IOException {
        echoServer = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::echoForever);
        acceptor.setDaemon(true);
        acceptor.start();
        proxy = TcpProxy.start("localhost", echoServer.getLocalPort());
    }

    @AfterEach
    void stop() throws IOException {
        proxy.close();
        echoServer.close();
    }

    @Test
    void forwardsThenRefusesWhileDisabledThenForwardsAgainOnTheSamePort() throws IOException {
        int port = proxy.port();
        assertEquals("hello", roundTrip(port, "hello"));

        proxy.disable();
        assertFalse(proxy.isEnabled());
        assertThrows(ConnectException.class, () -> roundTrip(port, "nobody home"));

        proxy.enable();
        assertTrue(proxy.isEnabled());
        assertEquals(port, proxy.port());
        assertEquals("back again", roundTrip(port, "back again"));
    }

    @Test
    void disablingCutsConnectionsThatAreAlreadyOpen() throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
            PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out.println("before");
            assertEquals("before", in.readLine());

            proxy.disable();

            socket.setSoTimeout(5000);
            assertEquals(null, in.readLine());
        }
    }

    private static String roundTrip(int port, String line) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5000);
            new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8).println(line);
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
        }
    }

    private void echoForever() {
        while (!echoServer.isClosed()) {
            try {
                Socket client = echoServer.accept();
                Thread echo = new Thread(() -> echo(client));
                echo.setDaemon(true);
                echo.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void echo(Socket client) {
        try (client) {
            client.getInputStream().transferTo(client.getOutputStream());
        } catch (IOException ignored) {
            // the test side hung up
        }
    }
}
