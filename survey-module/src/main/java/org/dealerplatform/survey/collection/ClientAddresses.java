package org.dealerplatform.survey.collection;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a request comes from. The connection's peer, unless that peer is one of
 * {@code SURVEY_TRUSTED_PROXIES} (none by default): then {@code X-Forwarded-For} is read from
 * the right, hop by hop, while the hop is a trusted proxy; the first other hop is the client.
 * Whatever a client writes into the header itself lies to the left of that and is never believed.
 * <p>
 * {@code SURVEY_EXEMPT_ADDRESSES} (none by default) names clients that no per-address rule
 * limits: the test run's own machine, from which every test sends. Never list customers' networks.
 */
@ApplicationScoped
public class ClientAddresses {

    /** A header with more hops than this is cut: the hops to the right are the ones that matter. */
    private static final int MAX_HOPS = 20;

    @Inject
    @ConfigProperty(name = "SURVEY_TRUSTED_PROXIES")
    Optional<String> trustedSetting;

    @Inject
    @ConfigProperty(name = "SURVEY_EXEMPT_ADDRESSES")
    Optional<String> exemptSetting;

    List<AddressRange> trusted = List.of();
    List<AddressRange> exempt = List.of();

    @PostConstruct
    void read() {
        trusted = AddressRange.list(trustedSetting, "SURVEY_TRUSTED_PROXIES");
        exempt = AddressRange.list(exemptSetting, "SURVEY_EXEMPT_ADDRESSES");
    }

    public record Client(NetworkAddress address, boolean exempt) {
    }

    public Client of(String peer, String forwardedFor) {
        Optional<InetAddress> current = NetworkAddress.parse(peer);
        if (current.isEmpty()) {
            return new Client(NetworkAddress.opaque(peer), false);
        }
        InetAddress client = current.get();
        if (forwardedFor != null && !forwardedFor.isBlank() && AddressRange.any(trusted, client)) {
            String[] hops = forwardedFor.split(",");
            for (int i = hops.length - 1; i >= Math.max(0, hops.length - MAX_HOPS)
                    && AddressRange.any(trusted, client); i--) {
                Optional<InetAddress> hop = NetworkAddress.parse(hops[i]);
                if (hop.isEmpty()) {
                    break; // garbage in the header: the last proxy we trust saw the client as itself
                }
                client = hop.get();
            }
        }
        return new Client(NetworkAddress.of(client), AddressRange.any(exempt, client));
    }
}
