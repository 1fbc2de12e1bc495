package org.dealerplatform.core.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The Hazelcast data grid that Payara Micro starts and joins with the other nodes (see the
 * README's "Production" section for the member list). Payara binds it in JNDI; a node started
 * with {@code --nocluster} has none, and then every user of this class keeps its state in this
 * JVM, which is exactly right for one node.
 */
@ApplicationScoped
public class DataGrid {

    private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());
    static final String JNDI_NAME = "payara/Hazelcast";

    /** How long a node that found no grid goes on without asking JNDI again. */
    private static final long ASK_AGAIN_MILLIS = 30_000;

    private volatile HazelcastInstance instance;
    private volatile long missingSince;

    /** The running grid, if this node has one. */
    public Optional<HazelcastInstance> instance() {
        HazelcastInstance known = instance;
        if (known == null && System.currentTimeMillis() - missingSince > ASK_AGAIN_MILLIS) {
            known = lookUp().orElse(null);
            instance = known;
            missingSince = known == null ? System.currentTimeMillis() : 0;
        }
        return Optional.ofNullable(known).filter(h -> h.getLifecycleService().isRunning());
    }

    /** The grid's members as {@code host:port}, this node's first; empty without a grid. */
    public List<String> members() {
        return instance().map(h -> h.getCluster().getMembers().stream()
                .sorted((a, b) -> Boolean.compare(b.localMember(), a.localMember()))
                .map(DataGrid::address).toList()).orElse(List.of());
    }

    private static String address(Member member) {
        return member.getAddress().getHost() + ":" + member.getAddress().getPort();
    }

    private static Optional<HazelcastInstance> lookUp() {
        try {
            Object found = new InitialContext().lookup(JNDI_NAME);
            if (found instanceof HazelcastInstance hazelcast) {
                LOG.info(() -> "data grid " + hazelcast.getConfig().getClusterName() + " joined as " + ThisNode.NAME);
                return Optional.of(hazelcast);
            }
        } catch (NamingException | RuntimeException e) {
            LOG.info(() -> "no data grid (" + e + "): shared state stays in this node");
        }
        return Optional.empty();
    }
}
