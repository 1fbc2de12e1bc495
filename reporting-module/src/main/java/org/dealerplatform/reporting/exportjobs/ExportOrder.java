package org.dealerplatform.reporting.exportjobs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.FieldError;
import org.dealerplatform.reporting.export.ExportFormat;
import org.dealerplatform.reporting.export.ExportKind;
import org.dealerplatform.reporting.export.ExportPeriod;
import org.dealerplatform.reporting.export.ExportScope;

/**
 * A background export as asked for, checked: which table, which format, which months. Longer
 * periods than a streamed download may have ({@link #MOST_MONTHS}): that is what the background
 * is for. Every bad field is named at once, before a job exists.
 */
public record ExportOrder(ExportKind kind, ExportFormat format, ExportPeriod period, Locale locale) {

    /** Five years: sample exports stream whatever their size; score rows are read whole, shops × months. */
    public static final int MOST_MONTHS = 60;

    public static ExportOrder parse(String table, String format, String from, String to, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        ExportKind kind = choice(ExportKind.class, "table", table, errors);
        ExportFormat type = choice(ExportFormat.class, "format", format, errors);
        ExportPeriod period = null;
        try {
            period = ExportPeriod.parse(from, to, MOST_MONTHS);
        } catch (ApiException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new ExportOrder(kind, type, period, locale);
    }

    /**
     * What makes two requests the same job: who asks, what they may read, and what they asked for.
     * Hashed to fit one unique column that is set only while the job is queued or running.
     */
    public String sameRequestKey(String owner, ExportScope.Reach reach) {
        String text = String.join("\n", owner, String.valueOf(reach.tenant()), String.valueOf(reach.group()),
                kind.name(), format.name(), period.from().toString(), period.to().toString(), locale.toLanguageTag());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String field, String value, List<FieldError> errors) {
        List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        String given = value == null ? "" : value.strip();
        if (names.contains(given)) {
            return Enum.valueOf(type, given);
        }
        errors.add(new FieldError(field, given.isEmpty() ? "is required, one of " + String.join(", ", names)
                : "must be one of " + String.join(", ", names)));
        return null;
    }
}
