package org.dealerplatform.core.audit;

import java.util.Collection;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * The summary of a change in one format for every module: {@code name: 华东集团 → 华东汽车集团;
 * city: 上海 → 苏州} for fields, {@code modules: +surveys −reports} for sets. Unchanged fields are
 * left out, so {@link #isEmpty()} tells whether anything changed at all.
 */
public final class Changes {

    private final StringJoiner parts = new StringJoiner("; ");
    private boolean empty = true;

    private Changes() {
    }

    public static Changes of() {
        return new Changes();
    }

    public Changes field(String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            add(name + ": " + show(before) + " → " + show(after));
        }
        return this;
    }

    /** Members added and removed, each in name order. */
    public Changes members(String name, Collection<String> before, Collection<String> after) {
        StringJoiner change = new StringJoiner(" ");
        new TreeSet<>(after).stream().filter(m -> !before.contains(m)).forEach(m -> change.add("+" + m));
        new TreeSet<>(before).stream().filter(m -> !after.contains(m)).forEach(m -> change.add("−" + m));
        if (change.length() > 0) {
            add(name + ": " + change);
        }
        return this;
    }

    public boolean isEmpty() {
        return empty;
    }

    @Override
    public String toString() {
        return parts.toString();
    }

    private void add(String part) {
        parts.add(part);
        empty = false;
    }

    private static String show(Object value) {
        return value == null || value.toString().isBlank() ? "—" : value.toString();
    }
}
