package org.dealerplatform.core.console;

import org.dealerplatform.core.modules.LocalizedText;
import org.dealerplatform.core.security.Caller;

/**
 * A number a module shows beside one of its menu entries, such as the open alerts of a shop
 * manager's shop. It is asked on every console page the entry shows on, so {@link #count} must be
 * one cheap, indexed query; it is asked only when the caller sees the entry (role and module
 * enabled), and a count that fails shows no number rather than no page.
 */
public interface MenuBadge {

    /** The menu entry's path below {@code /console}, as in its {@code NavigationEntry}. */
    String path();

    /** How many; zero shows nothing. */
    long count(Caller caller);

    /** What the number counts, read after it by screen readers ("3 open alerts"). */
    LocalizedText meaning();
}
