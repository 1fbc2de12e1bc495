package org.dealerplatform.alerts.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.dealerplatform.alerts.retention.RetentionRule;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.phone.PhoneNumber;
import org.junit.jupiter.api.Test;

class CallbackConsentTest {

    @Test
    void the_current_version_is_published_in_chinese_and_english() {
        assertTrue(CallbackConsent.PUBLISHED.contains(CallbackConsent.CURRENT));
        ConsentText zh = CallbackConsent.text(CallbackConsent.CURRENT, Locale.SIMPLIFIED_CHINESE);
        ConsentText en = CallbackConsent.text(CallbackConsent.CURRENT, Locale.ENGLISH);
        assertEquals("同意门店就本次服务给我回电（可选）", zh.checkbox());
        assertEquals("The shop may call me about this visit (optional)", en.checkbox());
        assertEquals(CallbackConsent.CURRENT, zh.version());
        assertEquals(zh.purpose() + " " + zh.whoSees() + " " + zh.retention(), zh.full());
    }

    @Test
    void the_text_says_purpose_who_sees_it_and_how_long_it_is_kept() {
        ConsentText zh = CallbackConsent.text(CallbackConsent.CURRENT, Locale.SIMPLIFIED_CHINESE);
        ConsentText en = CallbackConsent.text(CallbackConsent.CURRENT, Locale.ENGLISH);
        assertTrue(zh.purpose().contains("不用于推销") && en.purpose().contains("never for sales calls"));
        assertTrue(zh.whoSees().contains("店长") && en.whoSees().contains("manager"));
        long days = RetentionRule.CONTACT_DATA.keepAtMost().toDays();
        assertEquals(30, days);
        assertTrue(zh.retention().contains("回访结束后立即删除") && zh.retention().contains("最长保存 " + days + " 天"),
                "the promise and the retention rule agree");
        assertTrue(en.retention().contains("after " + days + " days at the latest"), en.retention());
    }

    /**
     * Alerts store the version, not the text: once published, a version's words must never change.
     * Changing them fails here; publish a new version instead.
     */
    @Test
    void a_published_versions_words_never_change() throws Exception {
        StringBuilder all = new StringBuilder();
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ConsentText t = CallbackConsent.text("callback-v1", locale);
            all.append(t.checkbox()).append('\n').append(t.full()).append('\n');
        }
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(all.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(PINNED_V1, digest);
    }

    private static final String PINNED_V1 = "27321097ee0f8e5cd6eed72b8bbf4fa31ca12b6f635b6bb50d9bec23114024da";

    @Test
    void an_unknown_version_is_refused() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> CallbackConsent.accepted("callback-v0"));
        assertEquals("consentVersion", refused.field());
        assertThrows(RuleViolation.class, () -> new CallbackContact(PhoneNumber.parse("13812345678"), null, Instant.EPOCH));
        assertThrows(RuleViolation.class, () -> CallbackConsent.text("v9", Locale.ENGLISH));
    }

    @Test
    void printing_a_contact_never_shows_its_number() {
        PhoneNumber phone = PhoneNumber.parse("13812345678");
        CallbackContact contact = new CallbackContact(phone, CallbackConsent.CURRENT, Instant.parse("2026-03-02T02:10:00Z"));
        for (String printed : new String[] {contact.toString(), String.valueOf(List.of(contact))}) {
            assertFalse(printed.contains("5678") || printed.contains("1381234"), printed);
        }
    }
}
