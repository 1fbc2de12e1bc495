package org.dealerplatform.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealmImportTest {

    @TempDir
    Path realmDir;

    @TempDir
    Path importDir;

    @Test
    void keepsServiceAccountsAndAddsDemoUsers() throws IOException {
        Files.writeString(realmDir.resolve(RealmImport.REALM_FILE), "{\"realm\":\"dealer-platform\",\"enabled\":true,"
                + "\"roles\":{\"realm\":[{\"name\":\"group-admin\"}]},"
                + "\"users\":[{\"username\":\"service-account-platform-provisioner\",\"serviceAccountClientId\":\"platform-provisioner\"}]}");
        Files.writeString(realmDir.resolve(RealmImport.DEMO_USERS_FILE), "[{\"username\":\"assoc\"},"
                + "{\"username\":\"group-a\",\"attributes\":{\"tenant\":[\"demo-group-a\"]}}]");

        JsonObject realm = read(RealmImport.write(realmDir, importDir.resolve("data/import"), true));

        assertEquals(List.of("service-account-platform-provisioner", "assoc", "group-a"), usernames(realm));
        assertEquals("demo-group-a", realm.getJsonArray("users").getJsonObject(2)
                .getJsonObject("attributes").getJsonArray("tenant").getString(0));
        assertEquals("group-admin", realm.getJsonObject("roles").getJsonArray("realm").getJsonObject(0).getString("name"));
    }

    @Test
    void addsAUsersArrayWhenTheRealmHasNone() {
        String merged = RealmImport.withUsers("{\"realm\":\"dealer-platform\"}", "[{\"username\":\"shop-a1\"}]");

        assertEquals(List.of("shop-a1"), usernames(Json.createReader(new StringReader(merged)).readObject()));
    }

    @Test
    void leavesUsersOutWhenDemoUsersAreNotWanted() throws IOException {
        Files.writeString(realmDir.resolve(RealmImport.REALM_FILE), "{\"realm\":\"dealer-platform\",\"users\":[]}");

        JsonObject realm = read(RealmImport.write(realmDir, importDir, false));

        assertEquals(List.of(), usernames(realm));
    }

    @Test
    void demoClientsCompleteTheRealmsClientsWithSecretsAndLocalRedirects() {
        String realm = "{\"realm\":\"dealer-platform\",\"clients\":["
                + "{\"clientId\":\"dealer-platform-web\",\"publicClient\":false,\"redirectUris\":[],"
                + "\"attributes\":{\"pkce.code.challenge.method\":\"S256\"}},"
                + "{\"clientId\":\"platform-provisioner\",\"serviceAccountsEnabled\":true}]}";
        String demo = "[{\"clientId\":\"platform-cli\",\"publicClient\":true},"
                + "{\"clientId\":\"dealer-platform-web\",\"secret\":\"demo-web-secret\",\"redirectUris\":[\"http://localhost:*\"],"
                + "\"attributes\":{\"post.logout.redirect.uris\":\"http://localhost:*\"}},"
                + "{\"clientId\":\"platform-provisioner\",\"secret\":\"demo-provisioner-secret\"}]";

        JsonObject merged = Json.createReader(new StringReader(RealmImport.withClients(realm, demo))).readObject();

        List<JsonObject> clients = merged.getJsonArray("clients").getValuesAs(JsonObject.class);
        assertEquals(List.of("dealer-platform-web", "platform-provisioner", "platform-cli"),
                clients.stream().map(c -> c.getString("clientId")).toList());
        JsonObject web = clients.get(0);
        assertEquals("demo-web-secret", web.getString("secret"));
        assertEquals("http://localhost:*", web.getJsonArray("redirectUris").getString(0));
        assertEquals("S256", web.getJsonObject("attributes").getString("pkce.code.challenge.method"), "kept");
        assertEquals("http://localhost:*", web.getJsonObject("attributes").getString("post.logout.redirect.uris"));
        assertEquals(false, web.getBoolean("publicClient"));
        assertEquals("demo-provisioner-secret", clients.get(1).getString("secret"));
        assertEquals(true, clients.get(1).getBoolean("serviceAccountsEnabled"));
    }

    @Test
    void theProductionRealmCarriesNoSecretsNorLocalAddresses() throws IOException {
        Path shipped = DevstackPaths.realmDir().resolve(RealmImport.REALM_FILE);
        String text = Files.readString(shipped);
        JsonObject realm = Json.createReader(new StringReader(text)).readObject();
        for (JsonObject client : realm.getJsonArray("clients").getValuesAs(JsonObject.class)) {
            assertFalse(client.containsKey("secret"), client.getString("clientId") + " has a secret in " + shipped);
        }
        assertFalse(text.contains("localhost"), "no localhost address in " + shipped);
        assertFalse(text.contains("demo-"), "no demo value in " + shipped);
    }

    private static JsonObject read(Path file) throws IOException {
        return Json.createReader(new StringReader(Files.readString(file))).readObject();
    }

    private static List<String> usernames(JsonObject realm) {
        return realm.getJsonArray("users").stream().map(JsonValue::asJsonObject)
                .map(user -> user.getString("username")).toList();
    }
}
