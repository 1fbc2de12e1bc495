package org.dealerplatform.core.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.dealerplatform.core.phone.PhoneNumber.Kind;
import org.dealerplatform.core.phone.PhoneNumberRefused.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678", "+8613812345678",
            "0086 13812345678", "008613812345678", "8613812345678", "+86-138-1234-5678", "(+86) 138.1234.5678",
            "１３８１２３４５６７８", "＋８６ １３８－１２３４－５６７８", " 13812345678 "})
    void a_mobile_number_however_typed_is_one_number(String typed) {
        PhoneNumber phone = PhoneNumber.parse(typed);
        assertEquals("+8613812345678", phone.normalised());
        assertEquals(Kind.MOBILE, phone.kind());
        assertEquals("138 1234 5678", phone.national());
        assertEquals("tel:+8613812345678", phone.telUri());
        assertEquals(PhoneNumber.parse("13812345678"), phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"13012345678", "14512345678", "15912345678", "16612345678", "17712345678", "18812345678",
            "19912345678"})
    void every_mainland_mobile_range_from_13_to_19_is_taken(String typed) {
        assertEquals("+86" + typed, PhoneNumber.parse(typed).normalised());
    }

    @ParameterizedTest
    @CsvSource({
            "010-62345678,        +861062345678,  010-6234 5678",
            "(010) 8765 4321,     +861087654321,  010-8765 4321",
            "021 62345678,        +862162345678,  021-6234 5678",
            "0755-22345678,       +8675522345678, 0755-2234 5678",
            "0755-2345678,        +867552345678,  0755-234 5678",
            "0411 8234 5678,      +8641182345678, 0411-8234 5678",
    })
    void a_landline_with_its_area_code_is_taken(String typed, String normalised, String national) {
        PhoneNumber phone = PhoneNumber.parse(typed);
        assertEquals(normalised, phone.normalised());
        assertEquals(Kind.LANDLINE, phone.kind());
        assertEquals(national, phone.national());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+86 10 62345678", "+86 (0)10 62345678", "0086-10-62345678", "+861062345678"})
    void a_landline_in_international_form_is_the_same_landline(String typed) {
        assertEquals(PhoneNumber.parse("010-62345678"), PhoneNumber.parse(typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "               | EMPTY",
            "'   '          | EMPTY",
            "1381234567812345678901234567890123456789012 | TOO_LONG",
            "call me        | NOT_DIGITS",
            "138123456７8a  | NOT_DIGITS",
            "1381234+5678   | NOT_DIGITS",
            "010-62345678转801 | EXTENSION",
            "010-62345678 ext 801 | EXTENSION",
            "010 62345678 x801 | EXTENSION",
            "+1 415 555 0100 | NOT_MAINLAND",
            "+852 9123 4567 | NOT_MAINLAND",
            "0044 20 7946 0958 | NOT_MAINLAND",
            "12812345678    | BAD_MOBILE",
            "1381234567     | BAD_MOBILE",
            "138123456789   | BAD_MOBILE",
            "+86 12345678901 | BAD_MOBILE",
            "82345678       | NO_AREA_CODE",
            "400 810 8888   | NO_AREA_CODE",
            "010-2345678    | BAD_LANDLINE",
            "0755-0234567   | BAD_LANDLINE",
            "0755-234567    | BAD_LANDLINE",
            "010-62345678-801 | BAD_LANDLINE",
            "00             | NOT_MAINLAND",
    })
    void anything_the_shop_could_not_call_back_is_refused_with_its_reason(String typed, Reason reason) {
        PhoneNumberRefused refused = assertThrows(PhoneNumberRefused.class, () -> PhoneNumber.parse(typed));
        assertEquals(reason, refused.reason());
        assertEquals("phone", refused.field(), "a RuleViolation on 'phone': the API answers 400 with a field error");
        assertEquals("phone.refused." + reason.name(), reason.messageKey());
        if (typed != null && typed.length() > 4) {
            assertFalse(refused.getMessage().contains(typed.strip()), "the refusal never repeats what was typed");
        }
    }

    @Test
    void masked_is_enough_to_recognise_not_to_call() {
        assertEquals("138****5678", PhoneNumber.parse("13812345678").masked());
        assertEquals("010****5678", PhoneNumber.parse("010-62345678").masked());
        assertEquals("075*****5678", PhoneNumber.parse("0755-22345678").masked());
    }

    @Test
    void printing_a_number_never_shows_it() {
        PhoneNumber phone = PhoneNumber.parse("13812345678");
        assertEquals("PhoneNumber[mobile, hidden]", phone.toString());
        for (String printed : new String[] {phone.toString(), String.valueOf(List.of(phone))}) {
            assertFalse(printed.contains("5678") || printed.contains("1381234"), printed);
        }
    }

    @Test
    void different_numbers_are_different() {
        assertNotEquals(PhoneNumber.parse("13812345678"), PhoneNumber.parse("13812345679"));
        assertNotEquals(PhoneNumber.parse("13812345678").hashCode(), PhoneNumber.parse("13912345678").hashCode());
    }
}
