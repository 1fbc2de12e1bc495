package org.dealerplatform.devstack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The HAProxy configuration the cluster run writes: loopback only, health-checked nodes, sticky browsers. */
class LoadBalancerTest {

    @Test
    void everyNodeIsCheckedOnReadinessBehindALoopbackFrontend() {
        String config = LoadBalancer.config(8080, List.of(8081, 8082));
        assertTrue(config.contains("bind 127.0.0.1:8080"), config);
        assertTrue(config.contains("option httpchk GET /health/ready"), config);
        assertTrue(config.contains("option redispatch"), config);
        assertTrue(config.contains("server node-1 127.0.0.1:8081 check cookie node-1"), config);
        assertTrue(config.contains("server node-2 127.0.0.1:8082 check cookie node-2"), config);
    }

    @Test
    void gridMembersAreListedExplicitlyOnLoopback() {
        List<String> options = new GridMember("dealer-platform-local", 15900, 2, 2).payaraOptions();
        assertTrue(String.join(" ", options).contains(
                "--clustermode tcpip:127.0.0.1:15900,127.0.0.1:15901 --startport 15901 --interfaces 127.0.0.1"), options.toString());
    }
}
