package org.dealerplatform.deployment.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The two demo dealer groups whose users are in the demo realm. Created through the API like any
 * tenant (so they are provisioned in Keycloak too); existing ones are reused.
 */
public final class DemoTenants {

    private DemoTenants() {
    }

    public static void ensure(Http api) {
        Http assoc = api.as(Keycloak.token("assoc"));
        ensureTenant(assoc, "demo-group-a", "华东汽车服务集团", "admin@group-a.example.com");
        ensureTenant(assoc, "demo-group-b", "华南汽车集团", "admin@group-b.example.com");
    }

    public static void ensureTenant(Http assoc, String code, String name, String email) {
        JsonObject body = Json.createObjectBuilder().add("code", code).add("name", name)
                .add("contactEmail", email).add("modules", Json.createArrayBuilder().add("tenants").add("surveys").add("competitions")).build();
        Http.Answer answer = assoc.post("/api/v1/tenants", body);
        if (answer.status() != 201 && answer.status() != 409) {
            throw new IllegalStateException("cannot create tenant " + code + ": " + answer);
        }
        if (answer.status() == 409) {
            // another test class may have changed the group's modules: every class starts from all three
            setModules(assoc, code, body.getJsonArray("modules"));
        }
    }

    /** The demo group's three modules plus the reporting module, for the classes that test reports. */
    public static void enableReports(Http assoc, String code) {
        enableModule(assoc, code, "reports");
    }

    /** The demo group's three modules plus the alerts module, for the classes that test hot alerts. */
    public static void enableAlerts(Http assoc, String code) {
        enableModule(assoc, code, "alerts");
    }

    /** The demo group's three modules plus the alerts and reporting modules, for the alert figures in reports. */
    public static void enableAlertsAndReports(Http assoc, String code) {
        Http.Answer patched = setModules(assoc, code, Json.createArrayBuilder().add("tenants").add("surveys")
                .add("competitions").add("alerts").add("reports").build());
        if (patched.status() != 200) {
            throw new IllegalStateException("cannot enable alerts and reports for " + code + ": " + patched);
        }
    }

    private static void enableModule(Http assoc, String code, String module) {
        Http.Answer patched = setModules(assoc, code, Json.createArrayBuilder().add("tenants").add("surveys")
                .add("competitions").add(module).build());
        if (patched.status() != 200) {
            throw new IllegalStateException("cannot enable " + module + " for " + code + ": " + patched);
        }
    }

    private static Http.Answer setModules(Http assoc, String code, jakarta.json.JsonArray modules) {
        String id = assoc.get("/api/v1/tenants?size=200").items().getValuesAs(JsonObject.class).stream()
                .filter(t -> code.equals(t.getString("code"))).findFirst().orElseThrow().getString("id");
        return assoc.patch("/api/v1/tenants/" + id, Json.createObjectBuilder().add("modules", modules).build());
    }

    /** Creates a shop (or finds it by code) and returns its id. */
    public static String ensureShop(Http groupAdmin, String code, String name) {
        JsonObject body = Json.createObjectBuilder().add("code", code).add("name", name).add("brand", "TOYOTA")
                .add("province", "31").add("city", "上海").add("address", "浦东新区张江路 " + code + " 号").build();
        Http.Answer answer = groupAdmin.post("/api/v1/shops", body);
        if (answer.status() == 201) {
            return answer.json().getString("id");
        }
        if (answer.status() != 409) {
            throw new IllegalStateException("cannot create shop " + code + ": " + answer);
        }
        return groupAdmin.get("/api/v1/shops?size=200").items().getValuesAs(JsonObject.class).stream()
                .filter(s -> code.equals(s.getString("code"))).findFirst().orElseThrow().getString("id");
    }
}
