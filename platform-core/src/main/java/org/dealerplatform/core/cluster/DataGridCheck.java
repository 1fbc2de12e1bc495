package org.dealerplatform.core.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * What this node sees of the cluster, on {@code /health} and {@code /health/live}: its name and
 * the data grid's members. Always up: a node that lost its peers still serves (its shared state
 * falls back to what the grid keeps on it), and the operator reads the member list to see it.
 */
@Liveness
@ApplicationScoped
public class DataGridCheck implements HealthCheck {

    @Inject
    DataGrid grid;

    @Override
    public HealthCheckResponse call() {
        List<String> members = grid.members();
        return HealthCheckResponse.named("cluster").up()
                .withData("node", ThisNode.NAME)
                .withData("dataGrid", grid.instance().isPresent())
                .withData("members", members.size())
                .withData("memberAddresses", String.join(",", members))
                .build();
    }
}
