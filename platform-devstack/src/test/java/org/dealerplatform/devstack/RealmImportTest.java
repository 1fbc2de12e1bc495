package org.dealerplatform.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    private static JsonObject read(Path file) throws IOException {
        return Json.createReader(new StringReader(Files.readString(file))).readObject();
    }

    private static List<String> usernames(JsonObject realm) {
        return realm.getJsonArray("users").stream().map(JsonValue::asJsonObject)
                .map(user -> user.getString("username")).toList();
    }
}
