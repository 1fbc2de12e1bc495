package org.dealerplatform.core.cluster;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Tells the operator which node served a request: every answer carries {@code X-Platform-Node},
 * and each node counts the requests it served ({@code platform_requests_total{node=...}} on its
 * {@code /metrics}), so an uneven load balancer or a node that serves nothing shows at a glance.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class NodeHeader extends HttpFilter {

    public static final String HEADER = "X-Platform-Node";

    @Inject
    Instance<MetricRegistry> metrics;

    private volatile Counter served;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(HEADER, ThisNode.NAME);
        Counter counter = counter();
        if (counter != null) {
            counter.inc();
        }
        chain.doFilter(request, response);
    }

    /** Null where the server offers no MicroProfile Metrics: the header alone still names the node. */
    private Counter counter() {
        Counter known = served;
        if (known == null && metrics.isResolvable()) {
            known = metrics.get().counter("platform_requests", new Tag("node", ThisNode.NAME));
            served = known;
        }
        return known;
    }
}
