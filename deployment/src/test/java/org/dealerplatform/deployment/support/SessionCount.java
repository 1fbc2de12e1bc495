package org.dealerplatform.deployment.support;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-only probe, added to the WAR by the tests that need it and never shipped: counts the
 * server's live HTTP sessions and answers the count at {@value #PATH} (Payara's metrics have no
 * session figure).
 */
public final class SessionCount {

    public static final String PATH = "/it-probe/sessions";

    private static final AtomicInteger LIVE = new AtomicInteger();

    private SessionCount() {
    }

    public static Class<?>[] classes() {
        return new Class<?>[] {SessionCount.class, Listener.class, Endpoint.class};
    }

    @WebListener
    public static class Listener implements HttpSessionListener {

        @Override
        public void sessionCreated(HttpSessionEvent event) {
            LIVE.incrementAndGet();
        }

        @Override
        public void sessionDestroyed(HttpSessionEvent event) {
            LIVE.decrementAndGet();
        }
    }

    @WebServlet(PATH)
    public static class Endpoint extends HttpServlet {

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getWriter().print(LIVE.get());
        }
    }
}
