package org.dealerplatform.competition.console;

import java.util.Map;

/**
 * A refused form on a page with several forms: which form ({@code form}, e.g. "move" or
 * "decide-&lt;entry id&gt;"), its field problems, and what was typed, so only that form is marked
 * and refilled.
 */
record Trouble(String form, Map<String, String> errors, Map<String, String> values) {

    static Trouble none() {
        return new Trouble("", Map.of(), Map.of());
    }

    boolean any() {
        return !errors.isEmpty();
    }

    int status() {
        return errors.isEmpty() ? 200 : 400;
    }
}
