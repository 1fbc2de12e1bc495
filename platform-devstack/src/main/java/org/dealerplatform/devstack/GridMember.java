package org.dealerplatform.devstack;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One platform node's place in a data grid on this machine: Payara Micro's Hazelcast bound to
 * loopback only, members found by an explicit TCP/IP list (no multicast, so nothing else on the
 * network can join or be joined) under a cluster name of its own, so two stacks on one machine
 * (a test and the quick start) never merge.
 *
 * @param clusterName the grid's name, shared by all nodes of one stack
 * @param firstPort   node {@code i} (1-based) takes {@code firstPort + i - 1} for the grid
 * @param nodes       how many nodes the grid has
 * @param node        this node's number, 1 to {@code nodes}
 */
public record GridMember(String clusterName, int firstPort, int nodes, int node) {

    public GridMember {
        if (node < 1 || node > nodes) {
            throw new IllegalArgumentException("node " + node + " of " + nodes);
        }
    }

    public String nodeName() {
        return "node-" + node;
    }

    public int gridPort() {
        return firstPort + node - 1;
    }

    List<String> payaraOptions() {
        String members = IntStream.range(0, nodes).mapToObj(i -> "127.0.0.1:" + (firstPort + i))
                .collect(Collectors.joining(","));
        return List.of("--clustername", clusterName, "--clustermode", "tcpip:" + members,
                "--startport", Integer.toString(gridPort()), "--interfaces", "127.0.0.1",
                "--hzpublicaddress", "127.0.0.1", "--name", nodeName());
    }
}
