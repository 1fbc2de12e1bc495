package org.dealerplatform.core.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginResourceTest {

    @Test
    void returnsOnlyToConsolePaths() {
        assertEquals("/console/shops?page=2", LoginResource.safeReturn("/console/shops?page=2"));
        assertEquals("/console", LoginResource.safeReturn(null));
        assertEquals("/console", LoginResource.safeReturn("https://evil.example.com/console"));
        assertEquals("/console", LoginResource.safeReturn("//evil.example.com/console"));
        assertEquals("/console", LoginResource.safeReturn("/console/login?next=/x"));
        assertEquals("/console", LoginResource.safeReturn("/api/v1/tenants"));
        assertEquals("/console", LoginResource.safeReturn("/console/a b"), "not a URI: no 500 after sign-in");
    }

    @Test
    void pkceChallengeIsS256OfVerifier() {
        // expected value computed independently: printf VERIFIER | openssl dgst -sha256 -binary | base64url
        assertEquals("sdd5LEKgSFj-FDVk7sIFQ7d1g2ZzHJpLoo0uqpogJFg",
                OidcClient.challenge("dBjftJeZ4CVP-mJ92ZUk2HbO6KhRAMgPHqXswD1sHbA"));
    }

    @Test
    void escapesMarkup() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;",
                EscapeByDefault.escape("<script>alert('x')</script> & \""));
    }
}
