package org.dealerplatform.tenant.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RoleMemberTest {

    @Test
    void aShopManagerAsKeycloakListsThem() {
        RoleMember m = RoleMember.of(user("""
                {"username":"shop-a1","enabled":true,"email":"Shop-A1@Demo.Example.com",
                 "attributes":{"tenant":["demo-group-a"],"shop":["A1"],"locale":["en-GB"]}}"""));
        assertEquals("demo-group-a", m.tenant());
        assertEquals("A1", m.shop());
        var contact = m.contact().orElseThrow();
        assertEquals("shop-a1", contact.username());
        assertEquals(Locale.ENGLISH, contact.locale());
        assertTrue(contact.email().value().endsWith("@demo.example.com"), contact.email().value());
    }

    @Test
    void chineseUnlessTheAccountChoseEnglish() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, RoleMember.of(user("""
                {"username":"a","enabled":true,"email":"a@x.example"}""")).contact().orElseThrow().locale());
        assertEquals(Locale.SIMPLIFIED_CHINESE, RoleMember.language("zh-TW"));
        assertEquals(Locale.ENGLISH, RoleMember.language("EN"));
    }

    @Test
    void disabledUsersAndMissingOrUnusableAddressesAreNoContacts() {
        assertTrue(RoleMember.of(user("""
                {"username":"a","enabled":false,"email":"a@x.example"}""")).contact().isEmpty());
        assertTrue(RoleMember.of(user("""
                {"username":"a","enabled":true}""")).contact().isEmpty());
        assertTrue(RoleMember.of(user("""
                {"username":"a","enabled":true,"email":"not an address\\r\\nBcc: x@evil.example"}""")).contact()
                .isEmpty());
    }

    @Test
    void oddShapesReadAsNothingRatherThanFail() {
        RoleMember m = RoleMember.of(user("""
                {"username":"a","enabled":"yes","email":7,"attributes":{"tenant":[],"shop":"A1"}}"""));
        assertEquals(null, m.tenant());
        assertEquals(null, m.shop());
        assertTrue(m.contact().isEmpty());
    }

    private static JsonObject user(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
