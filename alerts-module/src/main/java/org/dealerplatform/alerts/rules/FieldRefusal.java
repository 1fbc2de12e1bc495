package org.dealerplatform.alerts.rules;

import java.util.List;

/**
 * Why one field of a group's alert rule was refused: {@code message} in English for the API's
 * field error, {@code messageKey} and {@code arguments} for the console's Chinese or English text.
 */
public record FieldRefusal(String field, String message, String messageKey, List<Object> arguments) {

    public FieldRefusal(String field, String message, String messageKey, Object... arguments) {
        this(field, message, messageKey, List.of(arguments));
    }

    public FieldRefusal {
        arguments = List.copyOf(arguments);
    }
}
