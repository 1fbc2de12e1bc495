package org.dealerplatform.survey.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;

/**
 * Recognises a returning survey device by its signed first-party cookie ({@link DeviceMarkers},
 * no fingerprinting), and the network address ({@link ClientAddresses}).
 */
@ApplicationScoped
public class Visitors {

    public static final String DEVICE_COOKIE = "sv_device";

    @Inject
    DeviceMarkers markers;

    @Inject
    ClientAddresses addresses;

    public Visitor of(HttpServletRequest request, String idempotencyKey) {
        DeviceMarker device = device(request);
        ClientAddresses.Client client = client(request);
        return new Visitor(device.id(), client.address().address(), idempotencyKey, client.address().network(),
                device.forged(), client.exempt());
    }

    public DeviceMarker device(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        String value = cookies == null ? null : Arrays.stream(cookies).filter(c -> DEVICE_COOKIE.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
        return markers.read(value);
    }

    public ClientAddresses.Client client(HttpServletRequest request) {
        return addresses.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    /** A new signed device marker, for a browser that has none (or a forged one). */
    public String newDeviceId() {
        return markers.issue();
    }
}
