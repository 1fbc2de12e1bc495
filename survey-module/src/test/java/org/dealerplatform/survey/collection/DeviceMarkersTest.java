package org.dealerplatform.survey.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.dealerplatform.survey.collection.DeviceMarker.State;
import org.junit.jupiter.api.Test;

/** The device cookie is signed by the platform: a made-up, altered or unsigned one is told apart. */
class DeviceMarkersTest {

    static DeviceMarkers with(String secret) {
        SurveySecrets secrets = new SurveySecrets();
        secrets.configured = Optional.of(secret);
        DeviceMarkers markers = new DeviceMarkers();
        markers.secrets = secrets;
        return markers;
    }

    final DeviceMarkers markers = with(StartTicketsTest.SECRET);

    @Test
    void anIssuedMarkerIsSignedAndEveryOneIsNew() {
        String marker = markers.issue();
        assertTrue(marker.matches("[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{22}"), marker);
        assertEquals(new DeviceMarker(State.SIGNED, marker), markers.read(marker));
        assertNotEquals(marker, markers.issue());
    }

    @Test
    void aForgedOrUnsignedMarkerIsDetected() {
        String marker = markers.issue();
        String random = marker.substring(0, 22);
        String signature = marker.substring(23);
        String other = markers.issue();
        assertEquals(State.FORGED, markers.read(random).state(), "unsigned, as cookies were before they were signed");
        assertEquals(State.FORGED, markers.read("AAAAAAAAAAAAAAAAAAAAAA." + signature).state(), "another random part");
        assertEquals(State.FORGED, markers.read(random + "." + other.substring(23)).state(), "another marker's signature");
        assertEquals(State.FORGED, markers.read(random + "." + signature.substring(1) + "A").state(), "one character changed");
        assertEquals(State.FORGED, with(StartTicketsTest.SECRET + "x").read(marker).state(), "signed with another secret");
        assertEquals(State.FORGED, markers.read("<script>").state());
        assertEquals("<script>", markers.read("<script>").id(), "kept as sent, so its samples can be grouped");
        assertEquals(100, markers.read("x".repeat(5000)).id().length(), "but never more than 100 characters");
    }

    @Test
    void noMarkerIsAbsentNotForged() {
        assertEquals(new DeviceMarker(State.ABSENT, null), markers.read(null));
        assertEquals(State.ABSENT, markers.read("").state());
    }
}
