package org.dealerplatform.core.modules;

import java.util.Set;

/** A console menu entry contributed by a module. {@code path} is below {@code /console}. */
public record NavigationEntry(String path, LocalizedText label, Set<String> roles, int order) {
}
