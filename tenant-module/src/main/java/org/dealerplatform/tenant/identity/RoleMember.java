package org.dealerplatform.tenant.identity;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.dealerplatform.core.directory.StaffContact;
import org.dealerplatform.core.mail.InvalidMailAddress;
import org.dealerplatform.core.mail.MailAddress;

/**
 * A user holding a realm role, reduced to what staff mail needs: whose they are (the {@code tenant}
 * and {@code shop} attributes the tokens carry) and where to write. Only an enabled user with a
 * valid address is a contact; a stored address we cannot use is logged by username, never printed.
 */
record RoleMember(String username, MailAddress email, boolean enabled, String tenant, String shop, Locale locale) {

    private static final Logger LOG = Logger.getLogger(RoleMember.class.getName());

    static RoleMember of(JsonObject user) {
        String username = text(user.get("username"));
        JsonValue attributes = user.get("attributes");
        JsonObject attrs = attributes instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
        return new RoleMember(username, address(username, text(user.get("email"))),
                user.get("enabled") == JsonValue.TRUE, first(attrs, "tenant"), first(attrs, "shop"),
                language(first(attrs, "locale")));
    }

    Optional<StaffContact> contact() {
        return enabled && email != null ? Optional.of(new StaffContact(username, email, locale)) : Optional.empty();
    }

    /** English when the account chose an English locale; the platform's Chinese otherwise. */
    static Locale language(String locale) {
        return locale != null && locale.strip().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    private static MailAddress address(String username, String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        try {
            return MailAddress.of(email);
        } catch (InvalidMailAddress e) {
            LOG.warning(() -> "user " + username + " has an e-mail address that cannot be used (" + e.getMessage()
                    + "); left out of staff mail");
            return null;
        }
    }

    private static String first(JsonObject attributes, String name) {
        return attributes.get(name) instanceof JsonArray values && !values.isEmpty() ? text(values.get(0)) : null;
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : null;
    }
}
