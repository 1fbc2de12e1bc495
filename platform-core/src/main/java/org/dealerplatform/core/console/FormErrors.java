package org.dealerplatform.core.console;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.FieldError;

/**
 * Turns a refused form submission into per-field errors for re-rendering the form. Only input
 * problems (400, 409) are shown on the form; anything else (403, 404, 503) propagates to the
 * error page, because the form cannot fix it.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static Map<String, String> of(RuntimeException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (e instanceof RuleViolation rule) {
            errors.put(rule.field(), rule.getMessage());
        } else if (e instanceof org.dealerplatform.core.domain.Conflict conflict) {
            errors.put(conflict.field() == null ? "form" : conflict.field(),
                    conflict.isDuplicate() ? "duplicate" : conflict.getMessage());
        } else if (e instanceof ApiException api && (api.status() == 400 || api.status() == 409)) {
            for (FieldError error : api.errors()) {
                errors.putIfAbsent(error.field(), api.status() == 409 ? "duplicate" : error.message());
            }
            if (errors.isEmpty()) {
                errors.put("form", api.getMessage());
            }
        } else {
            throw e;
        }
        return errors;
    }
}
