package org.dealerplatform.alerts.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dealerplatform.core.settings.PlatformMode;
import org.junit.jupiter.api.Test;
import org.dealerplatform.core.phone.PhoneNumber;

class ContactSettingsTest {

    static final PlatformMode DEMO = PlatformMode.of("demo");
    static final PlatformMode PRODUCTION = PlatformMode.of(null);
    static final String KEY = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq8M=";
    static final String OTHER = "ASNFZ4mrze8BI0VniavN7wEjRWeJq83vASNFZ4mrze8=";

    static Function<String, Optional<String>> settings(Map<String, String> given) {
        return name -> Optional.ofNullable(given.get(name));
    }

    @Test
    void theDemoStackNeedsNoKeysAndItsDemoKeysSealAndOpen() {
        assertEquals(List.of(), ContactSettings.refusals(DEMO, settings(Map.of())));
        ContactSecrets secrets = ContactSecrets.load(ContactSettings.withDemoKeys(DEMO, settings(Map.of())));
        PhoneNumber phone = PhoneNumber.parse("13812345678");
        assertEquals(phone, secrets.cipher().open(secrets.cipher().seal(phone, "g", "a"), "g", "a"));
    }

    @Test
    void productionRefusesMissingKeysNamingEachSetting() {
        List<String> refusals = ContactSettings.refusals(PRODUCTION, settings(Map.of()));
        assertEquals(2, refusals.size(), refusals.toString());
        assertTrue(refusals.get(0).startsWith(ContactSecrets.KEY + " is not set"), refusals.get(0));
        assertTrue(refusals.get(1).startsWith(ContactSecrets.FINGERPRINT_KEY + " is not set"), refusals.get(1));
    }

    @Test
    void productionRefusesTheDemoKeysAndAcceptsItsOwn() {
        List<String> refusals = ContactSettings.refusals(PRODUCTION, settings(ContactSettings.DEMO));
        assertEquals(2, refusals.size(), refusals.toString());
        assertTrue(refusals.stream().allMatch(r -> r.contains("demo stack's published key")), refusals.toString());
        assertEquals(List.of(), ContactSettings.refusals(PRODUCTION,
                settings(Map.of(ContactSecrets.KEY, KEY, ContactSecrets.FINGERPRINT_KEY, OTHER))));
    }

    @Test
    void aConfiguredKeyThatIsWrongIsRefusedInTheDemoStackToo() {
        List<String> refusals = ContactSettings.refusals(DEMO, settings(Map.of(ContactSecrets.KEY, "short")));
        assertEquals(1, refusals.size(), refusals.toString());
        assertTrue(refusals.get(0).startsWith(ContactSecrets.KEY), refusals.get(0));
    }
}
