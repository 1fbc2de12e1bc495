package org.dealerplatform.reporting.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.reporting.recipients.Recipient;
import org.dealerplatform.reporting.recipients.Recipients;

/**
 * The recipients box as typed: one address per line, optionally followed by {@code en} or
 * {@code zh}; blank lines are ignored. This only splits the text into the list the API takes
 * (addresses and their languages); whether an address is acceptable is {@link Recipients#checked}'s
 * decision, and its refusal is turned back into the line the admin typed.
 */
public record RecipientLines(List<String> emails, Map<String, String> locales, List<Integer> lineNumbers,
                             List<String> texts,
                             Problem problem) {

    /** Enough for the allowed number of long addresses; more is refused before reading. */
    static final int MOST_CHARACTERS = 20_000;

    private static final Pattern ENTRY = Pattern.compile("emails\\[(\\d+)]");

    /**
     * What is wrong, for the page: {@code code} picks the sentence ({@code address}, {@code format},
     * {@code language}, {@code tooMany}, {@code tooLong}), {@code line} counts from 1 (0: the whole box).
     * Public, as templates only reach public types.
     */
    public record Problem(String code, int line, String text) {
    }

    static RecipientLines read(String typed) {
        List<String> emails = new ArrayList<>();
        Map<String, String> locales = new LinkedHashMap<>();
        List<Integer> numbers = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        if (typed.length() > MOST_CHARACTERS) {
            return new RecipientLines(emails, locales, numbers, texts, new Problem("tooLong", 0, ""));
        }
        String[] lines = typed.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("[\\s,;]+");
            if (parts.length > 2) {
                return new RecipientLines(emails, locales, numbers, texts, new Problem("format", i + 1, line));
            }
            String locale = Recipient.CHINESE;
            if (parts.length == 2) {
                String language = parts[1].toLowerCase(Locale.ROOT);
                if (language.equals("en")) {
                    locale = Recipient.ENGLISH;
                } else if (!language.equals("zh") && !language.equals("zh-cn")) {
                    return new RecipientLines(emails, locales, numbers, texts, new Problem("language", i + 1, line));
                }
            }
            emails.add(parts[0]);
            locales.putIfAbsent(parts[0], locale);
            numbers.add(i + 1);
            texts.add(line);
        }
        return new RecipientLines(emails, locales, numbers, texts, null);
    }

    /** The list's refusal as the line the admin typed. */
    Problem problemOf(RuleViolation refused) {
        Matcher m = ENTRY.matcher(refused.field() == null ? "" : refused.field());
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            if (index < lineNumbers.size()) {
                return new Problem("address", lineNumbers.get(index), texts.get(index));
            }
        }
        return new Problem("tooMany", 0, "");
    }

    /** A stored recipient as a line of the box. */
    static String line(Recipient r) {
        return Recipient.ENGLISH.equals(r.locale()) ? r.address().value() + " en" : r.address().value();
    }
}
